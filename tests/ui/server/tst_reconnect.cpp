// The window on a server that goes away: the status bar says so, an entry
// that could not be saved stays in its form as typed, and once the server is
// back the window connects again by itself, shows the data, and saves the
// entry at the next try. And two windows on one server see each other's saves.

#include "core/demo/demo.h"
#include "core/storage/changewatcher.h"
#include "core/storage/connectionkeeper.h"
#include "core/storage/database.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"
#include "ui/interactions/interactionform.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace cx;

class TestReconnect : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;

    static int count(const QString& uri, const QString& sql)
    {
        Database db;
        QString error;
        if (!db.open(uri, &error, Database::OpenMode::MustExist))
            return -1;
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        cxtest::isolateSettings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void theWindowComesBackWithTheServer()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("shop"), &error), qPrintable(error));
        const QString uri = m_server.uri(QStringLiteral("shop"));
        Database db;
        QVERIFY2(db.open(uri, &error), qPrintable(error));
        DemoOptions sample;
        sample.customers = 40;
        sample.interactions = 300;
        sample.responses = 60;
        QVERIFY2(DemoGenerator(db.sql()).generate(sample, nullptr, &error), qPrintable(error));
        const int before = count(uri, QStringLiteral("SELECT count(*) FROM interactions"));
        QVERIFY(before > 0);

        MainWindow w(db);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QVERIFY(page);
        InteractionForm* form = page->form();
        QVERIFY(w.connectionProblem().isEmpty());
        w.connectionKeeper()->check();
        QVERIFY(!w.connectionKeeper()->isLost());

        QVERIFY2(m_server.stopImmediately(&error), qPrintable(error));
        w.connectionKeeper()->check();
        QVERIFY(w.connectionKeeper()->isLost());
        QVERIFY2(w.connectionProblem().contains(QStringLiteral("does not answer")),
                 qPrintable(w.connectionProblem()));

        // Typed while the server is away: refused with the reason, and kept.
        form->notesField()->setFocus();
        QTest::keyClicks(form->notesField(),
                         QStringLiteral("Asked for oat milk, typed while offline"));
        QTest::keyClick(form->notesField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(form->problem().contains(QStringLiteral("connection")) &&
                     form->problem().contains(QStringLiteral("as soon as the server is back")),
                 qPrintable(form->problem()));
        QVERIFY(page->waitsForTheServer());
        QCOMPARE(form->notesField()->text(),
                 QStringLiteral("Asked for oat milk, typed while offline"));
        // Still away: a look changes nothing.
        w.connectionKeeper()->check();
        QVERIFY(w.connectionKeeper()->isLost());

        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QSignalSpy restored(w.connectionKeeper(), &ConnectionKeeper::restored);
        w.connectionKeeper()->check();
        QCOMPARE(restored.count(), 1);
        QVERIFY(!w.connectionKeeper()->isLost());
        QVERIFY(w.connectionProblem().isEmpty());

        // The same entry, saved by itself once the server is back, and said so;
        // the statements made before the outage work again.
        QVERIFY(!page->waitsForTheServer());
        QVERIFY2(form->problem().contains(QStringLiteral("Logged now that the server is back")),
                 qPrintable(form->problem()));
        QVERIFY(form->notesField()->text().isEmpty());
        QCOMPARE(count(uri, QStringLiteral("SELECT count(*) FROM interactions")), before + 1);
        QCOMPARE(count(uri, QStringLiteral("SELECT count(*) FROM interactions WHERE notes = "
                                           "'Asked for oat milk, typed while offline'")),
                 1);
        QVERIFY(page->model()->rowCount() > 0);
    }

    // Two windows on one server, as at the counter and in the back office:
    // what one saves shows in the other within two seconds (its list, its
    // counts), told by the server and not by polling; neither sees its own
    // save twice.
    void twoWindowsSeeEachOthersSaves()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        const QString uri = m_server.uri(QStringLiteral("team"));
        Database counterDb;
        QVERIFY2(counterDb.open(uri, &error), qPrintable(error));
        DemoOptions sample;
        sample.customers = 30;
        sample.interactions = 200;
        sample.responses = 40;
        QVERIFY2(DemoGenerator(counterDb.sql()).generate(sample, nullptr, &error),
                 qPrintable(error));
        Database officeDb;
        QVERIFY2(officeDb.open(uri, &error), qPrintable(error));
        MainWindow counter(counterDb);
        MainWindow office(officeDb);
        counter.show();
        office.show();
        for (MainWindow* w : {&counter, &office})
            w->showPage(QStringLiteral("interactions"));
        auto* counterPage =
            qobject_cast<InteractionsPage*>(counter.page(QStringLiteral("interactions")));
        auto* officePage =
            qobject_cast<InteractionsPage*>(office.page(QStringLiteral("interactions")));
        QVERIFY(counterPage && officePage);
        const int listedBefore = officePage->model()->rowCount();
        QVERIFY(listedBefore > 0);
        const QString officeCounts = office.statusCounts();
        QVERIFY(officeCounts.contains(QStringLiteral("200 interactions")));
        QSignalSpy officeHears(office.findChild<ChangeWatcher*>(),
                               &ChangeWatcher::changedElsewhere);
        QSignalSpy counterHears(counter.findChild<ChangeWatcher*>(),
                                &ChangeWatcher::changedElsewhere);
        QVERIFY(officeHears.isValid() && counterHears.isValid());

        counter.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&counter));
        InteractionForm* form = counterPage->form();
        form->notesField()->setFocus();
        QTest::keyClicks(form->notesField(), QStringLiteral("Saved at the counter"));
        QElapsedTimer seen;
        seen.start();
        QTest::keyClick(form->notesField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            office.statusCounts().contains(QStringLiteral("201 interactions")),
            qPrintable(office.statusCounts() + QStringLiteral(" | ") + counter.statusCounts() +
                       QStringLiteral(" | rows ") +
                       QString::number(count(uri, QStringLiteral("SELECT count(*) FROM "
                                                                 "interactions"))) +
                       QStringLiteral(" heard ") + QString::number(officeHears.count())),
            2000);
        QVERIFY2(seen.elapsed() < 2000, qPrintable(QString::number(seen.elapsed())));
        QVERIFY(officeHears.count() >= 1);
        // The office's list shows the new row (fewer rows than one page holds).
        QVERIFY(listedBefore < 256);
        QCOMPARE(officePage->model()->rowCount(), listedBefore + 1);
        QTest::qWait(500);
        QCOMPARE(counterHears.count(), 0); // its own save is not news to it
    }
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
