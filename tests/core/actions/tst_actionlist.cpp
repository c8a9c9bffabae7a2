// The follow-ups list: the period is when they were opened (the due and
// overdue views take every one), search folds accents, owner, customer,
// touchpoint and status filters, by due date either way, and the filters
// read through an index.

#include "core/actions/actionlist.h"
#include "core/actions/actionrepository.h"
#include "core/customers/customerrepository.h"
#include "tests/common/testdb.h"

#include <QSqlQuery>
#include <QtTest>

using namespace cx;

namespace {
const QDate kToday(2026, 11, 20);
} // namespace

class TestActionList : public QObject
{
    Q_OBJECT

    // The titles the list shows, in its order.
    QStringList titles(const ActionListFilter& f)
    {
        PagedQuery q = actionListQuery(f, kToday);
        QVector<PagedQuery::Row> rows;
        bool more = false;
        QString error;
        if (!q.fetch(m_db->sql(), 100, &rows, &more, &error))
            qWarning() << error;
        QStringList out;
        for (const auto& row : rows)
            out << row.value(1 + ActionListFilter::Title).toString();
        return out;
    }

    ActionListFilter inPeriod()
    {
        ActionListFilter f;
        f.from = QDate(2026, 11, 1);
        f.to = QDate(2026, 11, 30);
        return f;
    }

    std::unique_ptr<cxtest::TestDb> m_db;
    qint64 m_muller = 0, m_ann = 0;

private slots:
    void init()
    {
        m_db = std::make_unique<cxtest::TestDb>();
        cxtest::TestDb& t = *m_db;
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO channels (id, name) VALUES (100, 'Test shop');\n"
            "INSERT INTO journeys (id, name) VALUES (100, 'Visit');\n"
            "INSERT INTO stages (id, journey_id, name) VALUES (100, 100, 'Buy');\n"
            "INSERT INTO touchpoints (id, stage_id, name) VALUES (101, 100, 'Counter'), (102, 100, "
            "'Delivery')")));
        CustomerRepository customers(t.sql());
        QString error;
        Customer zoe;
        zoe.name = QStringLiteral("Zoë Müller");
        zoe.externalId = QStringLiteral("C0042");
        QVERIFY2(customers.insert(zoe, &error), qPrintable(error));
        Customer ann;
        ann.name = QStringLiteral("Ann Smith");
        QVERIFY2(customers.insert(ann, &error), qPrintable(error));
        m_muller = zoe.id;
        m_ann = ann.id;
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO interactions (id, uuid, touchpoint_id, channel_id, occurred_at, kind) "
            "VALUES (10, 'i10', 101, 100, '2026-11-05T09:00:00+01:00', 'complaint');\n"
            "INSERT INTO surveys (id, uuid, title, touchpoint_id) VALUES (1, 's1', 'After "
            "delivery', 102);\n"
            "INSERT INTO responses (id, uuid, survey_id, touchpoint_id, submitted_at) VALUES "
            "(20, 'r20', 1, 102, '2026-11-15T09:00:00+01:00')")));
        ActionRepository actions(t.sql());
        struct Row
        {
            const char* title;
            qint64 customer, interaction, response;
            const char* owner;
            const char* created;
            QDate due;
            bool done;
        };
        const Row rows[] = {
            // Overdue, opened in the period.
            {"Call back", m_muller, 10, 0, "Sam", "2026-11-05T10:00:00+01:00", QDate(2026, 11, 8),
             false},
            // Due today, opened in the period.
            {"Send a voucher", m_ann, 0, 20, "Priya", "2026-11-15T10:00:00+01:00",
             QDate(2026, 11, 20), false},
            // Overdue, opened before the period, nobody's.
            {"Café thank-you card", 0, 0, 0, "", "2026-10-01T10:00:00+01:00", QDate(2026, 10, 5),
             false},
            // Done, opened in the period.
            {"Refund", m_ann, 0, 0, "Sam", "2026-11-10T10:00:00+01:00", QDate(2026, 11, 12), true},
        };
        for (const Row& r : rows) {
            Action a;
            a.title = QString::fromUtf8(r.title);
            a.customerId = r.customer;
            a.interactionId = r.interaction;
            a.responseId = r.response;
            a.owner = QLatin1String(r.owner);
            a.createdAt = QLatin1String(r.created);
            a.dueOn = r.due;
            if (r.done) {
                a.status = ActionStatus::Done;
                a.closedAt = QStringLiteral("2026-11-11T10:00:00+01:00");
            }
            QVERIFY2(actions.insert(a, &error), qPrintable(error));
        }
    }

    void thePeriodIsWhenTheyWereOpened()
    {
        ActionListFilter f = inPeriod();
        QCOMPARE(titles(f), QStringList({"Call back", "Send a voucher"}));
        f.show = ActionListFilter::Show::All;
        QCOMPARE(titles(f), QStringList({"Call back", "Refund", "Send a voucher"}));
        f.show = ActionListFilter::Show::Done;
        QCOMPARE(titles(f), QStringList({"Refund"}));
        // Overdue and due: whenever they were opened.
        f.show = ActionListFilter::Show::Overdue;
        QCOMPARE(titles(f), QStringList({"Café thank-you card", "Call back"}));
        f.show = ActionListFilter::Show::Due;
        QCOMPARE(titles(f), QStringList({"Café thank-you card", "Call back", "Send a voucher"}));
        // Opened up to a day: that whole day.
        f = ActionListFilter();
        f.show = ActionListFilter::Show::All;
        f.to = QDate(2026, 11, 10);
        QCOMPARE(titles(f), QStringList({"Café thank-you card", "Call back", "Refund"}));
    }

    void sortsByDueDateEitherWay()
    {
        ActionListFilter f = inPeriod();
        f.show = ActionListFilter::Show::All;
        f.descending = true;
        QCOMPARE(titles(f), QStringList({"Send a voucher", "Refund", "Call back"}));
    }

    void statusCodes()
    {
        ActionListFilter f;
        f.show = ActionListFilter::Show::All;
        PagedQuery q = actionListQuery(f, kToday);
        QVector<PagedQuery::Row> rows;
        bool more = false;
        QString error;
        QVERIFY(q.fetch(m_db->sql(), 10, &rows, &more, &error));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].value(1 + ActionListFilter::Status).toInt(),
                 int(ActionListFilter::Overdue));
        QCOMPARE(rows[2].value(1 + ActionListFilter::Title).toString(), QStringLiteral("Refund"));
        QCOMPARE(rows[2].value(1 + ActionListFilter::Status).toInt(), int(ActionListFilter::Done));
        QCOMPARE(rows[3].value(1 + ActionListFilter::Status).toInt(), int(ActionListFilter::Open));
        QCOMPARE(rows[3].value(1 + ActionListFilter::Owner).toString(), QStringLiteral("Priya"));
        QCOMPARE(rows[3].value(1 + ActionListFilter::CreatedAt).toString(),
                 QStringLiteral("2026-11-15"));
    }

    void searchFoldsAccents()
    {
        ActionListFilter f;
        f.show = ActionListFilter::Show::All;
        f.search = QStringLiteral("muller");
        QCOMPARE(titles(f), QStringList({"Call back"}));
        f.search = QStringLiteral("c0042"); // the customer's number
        QCOMPARE(titles(f), QStringList({"Call back"}));
        f.search = QStringLiteral("CAFE");
        QCOMPARE(titles(f), QStringList({"Café thank-you card"}));
        f.search = QStringLiteral("ann");
        QCOMPARE(titles(f), QStringList({"Refund", "Send a voucher"}));
        f.search = QStringLiteral("50%"); // no wildcard
        QVERIFY(titles(f).isEmpty());
    }

    void ownerCustomerAndTouchpoint()
    {
        ActionListFilter f;
        f.show = ActionListFilter::Show::All;
        f.owner = QStringLiteral("Sam");
        QCOMPARE(titles(f), QStringList({"Call back", "Refund"}));
        f.owner.clear();
        f.withoutOwner = true;
        QCOMPARE(titles(f), QStringList({"Café thank-you card"}));
        f.withoutOwner = false;
        f.customerId = m_ann;
        QCOMPARE(titles(f), QStringList({"Refund", "Send a voucher"}));
        f.customerId = 0;
        f.touchpointId = 101; // the interaction's
        QCOMPARE(titles(f), QStringList({"Call back"}));
        f.touchpointId = 102; // the response's
        QCOMPARE(titles(f), QStringList({"Send a voucher"}));
    }

    void filtersReadThroughAnIndex_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("index");
        QTest::newRow("owner") << 0 << "actions_owner";
        QTest::newRow("customer") << 1 << "actions_customer";
        QTest::newRow("touchpoint") << 2 << "interactions_touchpoint";
        QTest::newRow("period") << 3 << "actions_created_at";
        QTest::newRow("overdue") << 4 << "actions_status_due";
    }

    void filtersReadThroughAnIndex()
    {
        if (cxtest::onServer())
            QSKIP("SQLite's query plan; a server plans by its statistics");
        QFETCH(int, which);
        QFETCH(QString, index);
        ActionListFilter f;
        f.show = ActionListFilter::Show::All;
        switch (which) {
        case 0:
            f.owner = QStringLiteral("Sam");
            break;
        case 1:
            f.customerId = m_ann;
            break;
        case 2:
            f.touchpointId = 101;
            break;
        case 3:
            f.from = QDate(2026, 11, 1);
            break;
        default:
            f.show = ActionListFilter::Show::Overdue;
        }
        const PagedQuery q = actionListQuery(f, kToday);
        QSqlQuery plan(m_db->sql());
        plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + q.nextStatement() +
                     QStringLiteral(" LIMIT 10"));
        int i = 0;
        for (const QVariant& v : q.nextBinds())
            plan.bindValue(i++, v);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QString text;
        while (plan.next())
            text += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(text.contains(index), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestActionList)
#include "tst_actionlist.moc"
