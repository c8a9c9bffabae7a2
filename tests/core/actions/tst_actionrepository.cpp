// The action repository: open, overdue, done and reopened, each change
// raising the row version.

#include "core/actions/actionrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestActionRepository : public QObject
{
    Q_OBJECT

private slots:
    void actions()
    {
        cxtest::TestDb t;
        ActionRepository repo(t.sql());
        Action a;
        a.title = QStringLiteral("Call Ann back");
        a.createdAt = QStringLiteral("2026-03-01T10:00:00+01:00");
        a.dueOn = QDate(2026, 3, 4);
        QString error;
        QVERIFY2(repo.insert(a, &error), qPrintable(error));
        QCOMPARE(repo.openCount(), 1);
        QCOMPARE(repo.overdueCount(QDate(2026, 3, 4)), 0);
        QCOMPARE(repo.overdueCount(QDate(2026, 3, 5)), 1);
        QCOMPARE(a.rowVersion, 1);
        QVERIFY(repo.markDone(a, QStringLiteral("Voucher sent"),
                              QStringLiteral("2026-03-02T09:00:00+01:00"), &error));
        QCOMPARE(a.rowVersion, 2);
        QCOMPARE(repo.byId(a.id)->status, ActionStatus::Done);
        QCOMPARE(repo.byId(a.id)->resolution, QStringLiteral("Voucher sent"));
        QCOMPARE(repo.byId(a.id)->rowVersion, 2);
        QCOMPARE(repo.openCount(), 0);
        QVERIFY(repo.reopen(a, &error));
        QCOMPARE(repo.openCount(), 1);
        QCOMPARE(repo.byId(a.id)->rowVersion, 3);
    }
};

QTEST_GUILESS_MAIN(TestActionRepository)
#include "tst_actionrepository.moc"
