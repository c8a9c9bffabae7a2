// The record of each contact, and how a customer's timeline shows it.

#include "core/common/clock.h"
#include "core/contact/contactrepository.h"
#include "core/customers/customertimeline.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

namespace {
const char* const kData = R"(
INSERT INTO customers (id, uuid, name, email, phone) VALUES (1, 'c1', 'Zoë Fenwick', 'zoe@example.com', '07700 123456'), (2, 'c2', 'Other', NULL, NULL);
INSERT INTO actions (id, customer_id, title, status, created_at) VALUES (1, 1, 'Call Zoë back', 'open', '2026-03-01T10:00:00Z')
)";
} // namespace

class TestContactRepository : public QObject
{
    Q_OBJECT

private slots:
    void recordsWithAndWithoutAction()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        const clock::Pinned at(QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC));
        ContactRepository contacts(t.sql());
        Contact email{
            0, 1, 1, {}, QStringLiteral("email"), QStringLiteral("apology"), QStringLiteral("Sam")};
        QString error;
        QVERIFY2(contacts.record(email, &error), qPrintable(error));
        QVERIFY(email.id > 0);
        QVERIFY(email.contactedAt.startsWith(QStringLiteral("2026-03-02T")));
        Contact call{0,  1, 0, QStringLiteral("2026-03-03T08:00:00Z"), QStringLiteral("phone"),
                     {}, {}};
        QVERIFY(contacts.record(call, &error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE action_id IS NULL"))
                     .toInt(),
                 1);
        const QVector<Contact> forZoe = contacts.forCustomer(1);
        QCOMPARE(forZoe.size(), 2);
        QCOMPARE(forZoe[0].how, QStringLiteral("phone")); // newest first
        QCOMPARE(forZoe[0].actionId, 0);
        QCOMPARE(forZoe[1].templateName, QStringLiteral("apology"));
        QCOMPARE(forZoe[1].contactedBy, QStringLiteral("Sam"));
        const QVector<Contact> forAction = contacts.forAction(1);
        QCOMPARE(forAction.size(), 1);
        QCOMPARE(forAction[0].id, email.id);
        QVERIFY(contacts.forCustomer(2).isEmpty());

        Contact fax{0, 1, 0, {}, QStringLiteral("fax"), {}, {}};
        QVERIFY(!contacts.record(fax, &error));
        QVERIFY(error.contains(QStringLiteral("fax")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 2);
    }

    void timelineListsContacts()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO contacts (customer_id, action_id, contacted_at, how, template, "
            "contacted_by) VALUES (1, 1, '2026-03-02T09:15:00Z', 'email', 'apology', 'Sam'), "
            "(1, NULL, '2026-03-04T12:00:00Z', 'phone', NULL, NULL)")));
        const QVector<TimelineEntry> entries = customerTimeline(t.sql(), 1);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].kind, TimelineEntry::Contact);
        QCOMPARE(entries[0].title, QStringLiteral("Phoned"));
        QCOMPARE(entries[0].at, QStringLiteral("2026-03-04T12:00:00Z"));
        QCOMPARE(entries[0].detail, QString());
        QCOMPARE(entries[1].title, QStringLiteral("Emailed — apology"));
        QCOMPARE(entries[1].detail, QStringLiteral("by Sam · about the follow-up: Call Zoë back"));
        QCOMPARE(entries[2].kind, TimelineEntry::Action);
        QCOMPARE(contactSummary(QStringLiteral("email"), QStringLiteral("thankyou")),
                 QStringLiteral("Emailed — thank-you"));
        QCOMPARE(contactSummary(QStringLiteral("email"), QStringLiteral("invitation")),
                 QStringLiteral("Emailed — survey invitation"));
    }
};

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"
