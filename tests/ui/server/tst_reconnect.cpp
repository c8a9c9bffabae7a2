// The window on a server that goes away: the status bar says so, an entry
// that could not be saved stays in its form as typed, and once the server is
// back the window connects again by itself, shows the data, and saves the
// entry at the next try.

#include "core/demo/demo.h"
#include "core/storage/connectionkeeper.h"
#include "core/storage/database.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"
#include "ui/interactions/interactionform.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"

#include <QLineEdit>
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
        QVERIFY2(form->problem().contains(QStringLiteral("connection")),
                 qPrintable(form->problem()));
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

        // The same entry, saved now; the statements made before the outage work again.
        QTest::keyClick(form->notesField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
        QVERIFY(form->notesField()->text().isEmpty());
        QCOMPARE(count(uri, QStringLiteral("SELECT count(*) FROM interactions")), before + 1);
        QCOMPARE(count(uri, QStringLiteral("SELECT count(*) FROM interactions WHERE notes = "
                                           "'Asked for oat milk, typed while offline'")),
                 1);
        QVERIFY(page->model()->rowCount() > 0);
    }
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
