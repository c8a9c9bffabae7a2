// A customer's timeline: a follow-up shows who looks after it, who opened it
// and its notes.

#include "core/actions/actionrepository.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customertimeline.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestCustomerTimeline : public QObject
{
    Q_OBJECT

private slots:
    void aFollowUpShowsOwnerOpenerAndNotes()
    {
        cxtest::TestDb t;
        QString error;
        Customer c;
        c.name = QStringLiteral("Ann Smith");
        QVERIFY2(CustomerRepository(t.sql()).insert(c, &error), qPrintable(error));
        ActionRepository actions(t.sql());
        Action a;
        a.customerId = c.id;
        a.title = QStringLiteral("Call back");
        a.createdAt = QStringLiteral("2026-03-01T10:00:00+01:00");
        a.dueOn = QDate(2026, 3, 4);
        a.owner = QStringLiteral("Sam");
        a.createdBy = QStringLiteral("Priya");
        QVERIFY2(actions.insert(a, &error), qPrintable(error));
        QVector<TimelineEntry> entries = customerTimeline(t.sql(), c.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].kind, TimelineEntry::Action);
        QCOMPARE(entries[0].detail,
                 QStringLiteral("open, due 2026-03-04 · owner Sam · opened by Priya"));
        ActionNote first{0, a.id, QStringLiteral("2026-03-01T11:00:00+01:00"),
                         QStringLiteral("Sam"), QStringLiteral("Left a voicemail")};
        QVERIFY(actions.addNote(first, &error));
        QCOMPARE(customerTimeline(t.sql(), c.id)[0].detail,
                 QStringLiteral("open, due 2026-03-04 · owner Sam · opened by Priya · a note: "
                                "“Left a voicemail”"));
        ActionNote second{0, a.id, QStringLiteral("2026-03-02T11:00:00+01:00"),
                          QStringLiteral("Jo"), QStringLiteral("Spoke to her")};
        QVERIFY(actions.addNote(second, &error));
        QVERIFY(customerTimeline(t.sql(), c.id)[0].detail.endsWith(
            QStringLiteral("2 notes, the last: “Spoke to her”")));
    }
};

QTEST_GUILESS_MAIN(TestCustomerTimeline)
#include "tst_customertimeline.moc"
