// The customer repository: typed records in and out, empty text stored as
// NULL, and the checks it makes on the way in.

#include "core/customers/customerrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private slots:
    void customerRoundTrip()
    {
        cxtest::TestDb t;
        CustomerRepository repo(t.sql());
        Customer c;
        c.externalId = QStringLiteral("C-1");
        c.name = QStringLiteral("Ann Baker");
        c.email = QStringLiteral("ann@example.com");
        c.segment = QStringLiteral("Retail");
        c.firstContactOn = QDate(2026, 1, 2);
        c.convertedOn = QDate(2026, 1, 9);
        QString error;
        QVERIFY2(repo.insert(c, &error), qPrintable(error));
        QVERIFY(c.id > 0);
        QCOMPARE(c.uuid.size(), 36);
        const auto back = repo.byExternalId(QStringLiteral("C-1"));
        QVERIFY(back);
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->convertedOn, QDate(2026, 1, 9));
        QVERIFY(!back->churnedOn.isValid());
        QVERIFY(back->phone.isEmpty());
        QVERIFY(t.scalar(QStringLiteral("SELECT phone IS NULL FROM customers"))
                    .toBool()); // empty is stored as NULL

        Customer changed = *back;
        changed.churnedOn = QDate(2026, 5, 1);
        QVERIFY(repo.update(changed, &error));
        QCOMPARE(repo.byId(c.id)->churnedOn, QDate(2026, 5, 1));
        QCOMPARE(repo.segments(), QStringList{QStringLiteral("Retail")});

        Customer twin;
        twin.externalId = QStringLiteral("C-1");
        twin.name = QStringLiteral("Someone else");
        QVERIFY(!repo.insert(twin, &error));
        QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
        Customer nameless;
        QVERIFY(!repo.insert(nameless, &error));
        QCOMPARE(repo.count(), 1);
        QVERIFY(repo.remove(c.id, &error));
        QCOMPARE(repo.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
