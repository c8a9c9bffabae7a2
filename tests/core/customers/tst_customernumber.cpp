// The customer number offered to a new customer: the next free one in the
// pattern most stored numbers follow, whatever the prefix and padding.

#include "core/customers/customernumber.h"
#include "core/customers/customerrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestCustomerNumber : public QObject
{
    Q_OBJECT

private slots:
    void nextInPattern_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("next");
        QTest::newRow("empty database") << QStringList() << QStringLiteral("C-0001");
        QTest::newRow("no numbers with digits")
            << QStringList{QStringLiteral("VIP"), QStringLiteral("walk-in")}
            << QStringLiteral("C-0001");
        QTest::newRow("dash and four digits")
            << QStringList{QStringLiteral("C-1040"), QStringLiteral("C-1042"),
                           QStringLiteral("C-1041")}
            << QStringLiteral("C-1043");
        // Gaps stay gaps: the next number follows the highest.
        QTest::newRow("gaps") << QStringList{QStringLiteral("K00017"), QStringLiteral("K00003"),
                                             QStringLiteral("K00009")}
                              << QStringLiteral("K00018");
        // Numbers without padding grow without it.
        QTest::newRow("unpadded") << QStringList{QStringLiteral("7"), QStringLiteral("12"),
                                                 QStringLiteral("130")}
                                  << QStringLiteral("131");
        // The prefix most numbers share wins over a few odd ones.
        QTest::newRow("prevailing prefix")
            << QStringList{QStringLiteral("C000123"), QStringLiteral("C000500"),
                           QStringLiteral("C000007"), QStringLiteral("OLD-99999"),
                           QStringLiteral("import-7")}
            << QStringLiteral("C000501");
        // Past the padding the digits simply get longer.
        QTest::newRow("past the padding")
            << QStringList{QStringLiteral("A-98"), QStringLiteral("A-99")}
            << QStringLiteral("A-100");
        // A number written by hand in another padding is not taken twice.
        QTest::newRow("taken in another padding")
            << QStringList{QStringLiteral("N-08"), QStringLiteral("N-09"), QStringLiteral("N-010"),
                           QStringLiteral("N-10")}
            << QStringLiteral("N-11");
        QTest::newRow("year prefix")
            << QStringList{QStringLiteral("2026-0041"), QStringLiteral("2026-0040")}
            << QStringLiteral("2026-0042");
    }

    void nextInPattern()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, next);
        QCOMPARE(nextCustomerNumber(existing), next);
        QVERIFY(!existing.contains(nextCustomerNumber(existing)));
    }

    void suggestedFromTheDatabase()
    {
        cxtest::TestDb t;
        QVERIFY(t.isOpen());
        QString error;
        QCOMPARE(suggestCustomerNumber(t.sql(), &error), QStringLiteral("C-0001"));
        QVERIFY(error.isEmpty());
        CustomerRepository repo(t.sql());
        for (const QString& number :
             {QStringLiteral("K00017"), QStringLiteral("K00002"), QString()}) {
            Customer c;
            c.name = QStringLiteral("Someone");
            c.externalId = number; // the last one has none
            QVERIFY2(repo.insert(c, &error), qPrintable(error));
        }
        QCOMPARE(suggestCustomerNumber(t.sql(), &error), QStringLiteral("K00018"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerNumber)
#include "tst_customernumber.moc"
