// The window shows what the login's role may do: staff see no settings or
// restore and cannot erase or merge customers; the owner has Settings → Team,
// where accounts are added and the kiosks' queues are shown; on a file, the
// person at the desk signs what they enter.

#include "core/actions/staff.h"
#include "core/demo/demo.h"
#include "core/storage/database.h"
#include "core/storage/team.h"
#include "core/surveys/kioskqueue.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customerspage.h"
#include "ui/journeys/journeypage.h"
#include "ui/mainwindow.h"
#include "ui/server/teamtab.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest>

using namespace cx;

namespace {

QAction* actionNamed(QWidget& w, const QString& text)
{
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

bool buttonShown(QWidget* parent, const QString& text)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return !b->isHidden();
    return false;
}

} // namespace

class TestTeamWindow : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;

private slots:
    void initTestCase()
    {
        cxtest::isolateSettings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("shop"), &error), qPrintable(error));
        Database owner;
        QVERIFY2(owner.open(m_server.uri(QStringLiteral("shop")), &error), qPrintable(error));
        DemoOptions sample;
        sample.customers = 20;
        sample.interactions = 40;
        sample.responses = 20;
        QVERIFY2(DemoGenerator(owner.sql()).generate(sample, nullptr, &error), qPrintable(error));
        QVERIFY2(addTeamMember(owner.sql(), QStringLiteral("sam"), TeamRole::Staff,
                               QStringLiteral("counter-top-7"), &error),
                 qPrintable(error));
    }

    void staffSeeTheirWorkOnly()
    {
        QString error;
        Database db;
        QVERIFY2(db.open(m_server.uri(QStringLiteral("shop"), QStringLiteral("sam")), &error),
                 qPrintable(error));
        MainWindow w(db);
        QCOMPARE(w.role(), TeamRole::Staff);
        QVERIFY(actionNamed(w, QStringLiteral("&Settings…")));
        QVERIFY(!actionNamed(w, QStringLiteral("&Settings…"))->isVisible());
        QVERIFY(!actionNamed(w, QStringLiteral("Res&tore from backup…"))->isVisible());
        auto* customers = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        QVERIFY(customers);
        QVERIFY(!buttonShown(customers, QStringLiteral("Merge…")));
        QVERIFY(!buttonShown(customers->detail(), QStringLiteral("Erase…")));
        QCOMPARE(w.personText(), QStringLiteral("Signed in as sam (Staff)"));
        // A customer the owner changed says so on its page.
        {
            Database owner;
            QVERIFY2(owner.open(m_server.uri(QStringLiteral("shop")), &error), qPrintable(error));
            QSqlQuery q(owner.sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE customers SET notes = 'VIP', changed_by = "
                                          "'olga', row_version = row_version + 1 WHERE id = "
                                          "(SELECT min(id) FROM customers)")));
            QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM customers")) && q.next());
            auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
            page->detail()->show(q.value(0).toLongLong());
            QLabel* title = page->detail()->findChild<QLabel*>(QStringLiteral("pageTitle"));
            QVERIFY(title);
            QVERIFY2(title->toolTip().startsWith(QStringLiteral("Last changed by olga at ")),
                     qPrintable(title->toolTip()));
        }
        auto* journeys = qobject_cast<JourneysPage*>(w.page(QStringLiteral("journeys")));
        QVERIFY(journeys);
        QVERIFY(!journeys->mayEdit());
        QVERIFY(!buttonShown(journeys, QStringLiteral("Journey and persona…")));
        QVERIFY(buttonShown(journeys, QStringLiteral("Export map…")));
    }

    void theOwnerManagesTheTeam()
    {
        QString error;
        Database db;
        QVERIFY2(db.open(m_server.uri(QStringLiteral("shop")), &error), qPrintable(error));
        MainWindow w(db);
        QCOMPARE(w.role(), TeamRole::Owner);
        QVERIFY(actionNamed(w, QStringLiteral("&Settings…"))->isVisible());
        auto* customers = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        QVERIFY(buttonShown(customers, QStringLiteral("Merge…")));

        TeamTab tab(db);
        QCOMPARE(tab.members()->rowCount(), 1);
        QCOMPARE(tab.members()->item(0, 0)->text(), QStringLiteral("sam"));
        // Counter is the second role in the list.
        QVERIFY2(tab.addAccount(QStringLiteral("till"), 1, QStringLiteral("till-secret"), &error),
                 qPrintable(error));
        QCOMPARE(tab.members()->rowCount(), 2);
        QCOMPARE(tab.members()->item(1, 0)->text(), QStringLiteral("till"));
        QVERIFY(!tab.addAccount(QStringLiteral("pat"), 0, QStringLiteral("short"), &error));
        QVERIFY2(error.contains(QStringLiteral("8 characters")), qPrintable(error));
        QCOMPARE(tab.members()->rowCount(), 2);

        // A kiosk that reports answers waiting: the tab and the status bar say so.
        Database till;
        QVERIFY2(till.open(m_server.uri(QStringLiteral("shop"), QStringLiteral("till")), &error),
                 qPrintable(error));
        QSqlQuery q(till.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT cx_kiosk_report('counter-pc', 5, "
                                      "'2026-12-04T10:00:00Z', 0)")));
        tab.reload();
        QCOMPARE(tab.kiosks()->rowCount(), 1);
        QCOMPARE(tab.kiosks()->item(0, 2)->text(), QStringLiteral("5"));
        w.refreshAfterChangeElsewhere();
        QVERIFY2(w.kioskNews().contains(QStringLiteral("holds 5 answers")),
                 qPrintable(w.kioskNews()));

        // File → Connect with the kiosk's login: refused, the window stays as it was.
        QVERIFY(!w.switchDatabase(m_server.uri(QStringLiteral("shop"), QStringLiteral("till")),
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("kiosk's account")), qPrintable(error));
        QCOMPARE(w.role(), TeamRole::Owner);
        // With a staff login: the window follows its role.
        QVERIFY2(
            w.switchDatabase(m_server.uri(QStringLiteral("shop"), QStringLiteral("sam")), &error),
            qPrintable(error));
        QCOMPARE(w.role(), TeamRole::Staff);
        QVERIFY(!actionNamed(w, QStringLiteral("&Settings…"))->isVisible());
        customers = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        QVERIFY(!buttonShown(customers, QStringLiteral("Merge…")));
    }

    // A desk window that opens takes what a kiosk handed over meanwhile.
    void aDeskTakesWhatTheCounterHandedOver()
    {
        QString error;
        Database till;
        QVERIFY2(till.open(m_server.uri(QStringLiteral("shop"), QStringLiteral("till")), &error),
                 qPrintable(error));
        QSqlQuery first(till.sql());
        QVERIFY(first.exec(QStringLiteral("SELECT min(id) FROM surveys")) && first.next());
        std::optional<Survey> survey =
            SurveyRepository(till.sql()).byId(first.value(0).toLongLong(), &error);
        first.finish();
        QVERIFY2(survey, qPrintable(error));
        const AnswerMap answers = cxtest::validAnswers(*survey, 0, QStringLiteral("Too slow"));
        int sent = 0;
        QCOMPARE(takeKioskResponse(till.sql(), nullptr, *survey, answers,
                                   QStringLiteral("walkin2@example.org"), true, &sent, &error),
                 KioskOutcome::Saved);
        Database desk;
        QVERIFY2(desk.open(m_server.uri(QStringLiteral("shop"), QStringLiteral("sam")), &error),
                 qPrintable(error));
        MainWindow w(desk);
        QSqlQuery q(desk.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM counter_handover), (SELECT "
                                      "count(*) FROM customers WHERE email = "
                                      "'walkin2@example.org')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void onAFileThePersonAtTheDeskSigns()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        QVERIFY2(file.isOpen(), qPrintable(file.error()));
        QString error;
        QVERIFY(setStaffNames(file.sql(), {QStringLiteral("Anna"), QStringLiteral("Ben")}, &error));
        setDeskPerson(QStringLiteral("Ben"));
        MainWindow w(file.db());
        QCOMPARE(w.role(), TeamRole::Owner);
        QCOMPARE(w.personText(), QStringLiteral("At the desk: Ben"));
        QVERIFY(actionNamed(w, QStringLiteral("&Who is at the desk…"))->isVisible());
        QCOMPARE(personOf(file.sql()), QStringLiteral("Ben"));
        // What Ben logs carries his name.
        Interaction i;
        i.occurredAt = QStringLiteral("2026-12-04T09:30:00+01:00");
        i.kind = QStringLiteral("visit");
        QVERIFY2(w.undoStack()->run(edits::logInteraction(i, [] {}), &error), qPrintable(error));
        QSqlQuery q(file.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT created_by FROM interactions ORDER BY id DESC "
                                      "LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ben"));
        setDeskPerson(QString());
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
