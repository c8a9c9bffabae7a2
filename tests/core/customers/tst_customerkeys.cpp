// Searching and sorting customers as people expect: case, accents and a
// phone number's spacing do not matter, and names come in the order of the
// business's language.

#include "core/common/search.h"
#include "core/customers/customerkeys.h"
#include "core/customers/customerlist.h"
#include "core/customers/customerrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

namespace {

// The names the list shows for a search, in its order.
QStringList listed(cxtest::TestDb& t, const QString& search,
                   CustomerListFilter::Column column = CustomerListFilter::Name,
                   bool descending = false)
{
    CustomerListFilter f;
    f.search = search;
    f.sortColumn = column;
    f.descending = descending;
    PagedQuery q = customerListQuery(f, QDate(2026, 12, 31));
    QVector<PagedQuery::Row> rows;
    QStringList names;
    bool more = true;
    QString error;
    while (more) {
        if (!q.fetch(t.sql(), 3, &rows, &more, &error)) {
            qWarning() << error;
            return {QStringLiteral("error")};
        }
        for (const PagedQuery::Row& r : rows)
            names << r.value(1).toString();
    }
    return names;
}

void add(cxtest::TestDb& t, const QString& name, const QString& phone = QString(),
         const QString& email = QString(), const QString& number = QString())
{
    Customer c;
    c.name = name;
    c.phone = phone;
    c.email = email;
    c.externalId = number;
    c.firstContactOn = QDate(2026, 1, 1);
    QString error;
    QVERIFY2(CustomerRepository(t.sql()).insert(c, &error), qPrintable(error));
}

} // namespace

class TestCustomerKeys : public QObject
{
    Q_OBJECT

private slots:
    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << QStringLiteral("Zoë Müller") << QStringLiteral("zoe muller");
        QTest::newRow("French") << QStringLiteral("Chloé Lefèvre-Garçon")
                                << QStringLiteral("chloe lefevre-garcon");
        QTest::newRow("Spanish") << QStringLiteral("ÍÑIGO Peña") << QStringLiteral("inigo pena");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("letters without a base") << QStringLiteral("Søren Łukasz Æbelø Œuvre")
                                                << QStringLiteral("soren lukasz aebelo oeuvre");
        QTest::newRow("spaces") << QStringLiteral("  Ann \t  Baker ")
                                << QStringLiteral("ann baker");
        QTest::newRow("apostrophe") << QStringLiteral("O’Brien") << QStringLiteral("o'brien");
        QTest::newRow("ligature") << QStringLiteral("ﬁne") << QStringLiteral("fine");
    }
    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void phones()
    {
        QCOMPARE(phoneDigits(QStringLiteral("+44 (0)7700-123 456")),
                 QStringLiteral("4407700123456"));
        QVERIFY(looksLikePhone(QStringLiteral("07700 123")));
        QVERIFY(looksLikePhone(QStringLiteral("+44 (0)7700-12")));
        QVERIFY(!looksLikePhone(QStringLiteral("07")));          // too short to tell
        QVERIFY(!looksLikePhone(QStringLiteral("C-1041")));      // a customer number
        QVERIFY(!looksLikePhone(QStringLiteral("flat 12b 34"))); // an address
    }

    void searchIgnoresCaseAccentsAndPhoneSpaces()
    {
        cxtest::TestDb t;
        add(t, QStringLiteral("Zoë Fenwick"), QStringLiteral("07700 123456"),
            QStringLiteral("zoe.f@example.org"), QStringLiteral("C-1"));
        add(t, QStringLiteral("Hans Müller"), QStringLiteral("+49 30 1234-567"));
        add(t, QStringLiteral("Ann Baker"), QString(), QStringLiteral("ANN@Example.com"),
            QStringLiteral("C-3"));
        QCOMPARE(listed(t, QStringLiteral("muller")), QStringList{"Hans Müller"});
        QCOMPARE(listed(t, QStringLiteral("MÜLLER")), QStringList{"Hans Müller"});
        QCOMPARE(listed(t, QStringLiteral("Zoe")), QStringList{"Zoë Fenwick"});
        QCOMPARE(listed(t, QStringLiteral("07700123456")), QStringList{"Zoë Fenwick"});
        QCOMPARE(listed(t, QStringLiteral("0770 0123")), QStringList{"Zoë Fenwick"});
        QCOMPARE(listed(t, QStringLiteral("301234567")), QStringList{"Hans Müller"});
        QCOMPARE(listed(t, QStringLiteral("ann@example")), QStringList{"Ann Baker"});
        QCOMPARE(listed(t, QStringLiteral("c-3")), QStringList{"Ann Baker"});
        QCOMPARE(listed(t, QStringLiteral("50%")), QStringList()); // LIKE's own signs are text
        QCOMPARE(listed(t, QStringLiteral("nobody")), QStringList());

        CustomerRepository repo(t.sql());
        const QVector<Customer> started = repo.startingWith(QStringLiteral("zoe"), 5);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().name, QStringLiteral("Zoë Fenwick"));
        // A word inside the name starts a match too.
        QCOMPARE(repo.startingWith(QStringLiteral("mull"), 5).size(), 1);
        QCOMPARE(repo.named(QStringLiteral("zoe fenwick"), 2).size(), 1);
        QCOMPARE(repo.named(QStringLiteral("zoe"), 2).size(), 0); // a name, not part of one
        QVERIFY(repo.findOne(QStringLiteral("FENWICK")) > 0);
    }

    void namesSortAsTheLanguageDoes_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("order");
        // English and German put accented letters with their base letter,
        // whatever the case; Spanish sorts ñ after n; Swedish å and ö after z.
        const QStringList common{"anna",  "Åsa",  "Muller", "Müller", "Mullet",
                                 "Ñandú", "Nube", "Ödön",   "Oscar",  "Zoë"};
        QTest::newRow("en") << QStringLiteral("en_GB") << common;
        QTest::newRow("de") << QStringLiteral("de_DE") << common;
        QTest::newRow("es") << QStringLiteral("es_ES")
                            << QStringList{"anna", "Åsa",   "Muller", "Müller", "Mullet",
                                           "Nube", "Ñandú", "Ödön",   "Oscar",  "Zoë"};
        QTest::newRow("sv") << QStringLiteral("sv_SE")
                            << QStringList{"anna", "Muller", "Mullet", "Müller", "Ñandú",
                                           "Nube", "Oscar",  "Zoë",    "Åsa",    "Ödön"};
    }
    void namesSortAsTheLanguageDoes()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, order);
        cxtest::TestDb t;
        QString error;
        QVERIFY2(refreshCustomerKeys(t.sql(), &error, locale), qPrintable(error));
        QCOMPARE(nameOrderLocale(t.sql()), locale);
        QStringList shuffled = order;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + 3, shuffled.end());
        for (const QString& name : shuffled)
            add(t, name);
        QCOMPARE(listed(t, QString()), order);
        QStringList backwards = order;
        std::reverse(backwards.begin(), backwards.end());
        QCOMPARE(listed(t, QString(), CustomerListFilter::Name, true), backwards);
    }

    void changingTheLanguageRewritesTheOrder()
    {
        cxtest::TestDb t;
        QString error;
        QVERIFY2(refreshCustomerKeys(t.sql(), &error, QStringLiteral("de_DE")), qPrintable(error));
        for (const char* name : {"Zoë", "Ödön", "Oscar"})
            add(t, QString::fromUtf8(name));
        QCOMPARE(listed(t, QString()), (QStringList{"Ödön", "Oscar", "Zoë"}));
        const int before =
            t.scalar(QStringLiteral("SELECT sum(row_version) FROM customers")).toInt();
        int written = 0;
        QVERIFY2(refreshCustomerKeys(t.sql(), &error, QStringLiteral("sv_SE"), &written),
                 qPrintable(error));
        QCOMPARE(written, 3);
        QCOMPARE(listed(t, QString()), (QStringList{"Oscar", "Zoë", "Ödön"}));
        // Not an edit: no open edit of these customers is refused because of it.
        QCOMPARE(t.scalar(QStringLiteral("SELECT sum(row_version) FROM customers")).toInt(),
                 before);
        // Nothing to do: nothing written.
        QVERIFY2(refreshCustomerKeys(t.sql(), &error, QStringLiteral("sv_SE"), &written),
                 qPrintable(error));
        QCOMPARE(written, 0);
    }

    // Many customers at once (on a server they go in by COPY): every one
    // gets its keys, the order follows the new language, and row versions stay.
    void manyCustomersChangeLanguageAtOnce()
    {
        cxtest::TestDb t;
        QString error;
        QVERIFY2(refreshCustomerKeys(t.sql(), &error, QStringLiteral("de_DE")), qPrintable(error));
        QStringList expected;
        for (int i = 0; i < 150; ++i) {
            const QString name = QStringLiteral("%1 %2")
                                     .arg(i % 2 ? QStringLiteral("Ödön") : QStringLiteral("Oscar"))
                                     .arg(i, 3, 10, QLatin1Char('0'));
            add(t, name, QStringLiteral("07700 900%1").arg(i, 3, 10, QLatin1Char('0')));
            expected << name;
        }
        const int before =
            t.scalar(QStringLiteral("SELECT sum(row_version) FROM customers")).toInt();
        int written = 0;
        QVERIFY2(refreshCustomerKeys(t.sql(), &error, QStringLiteral("sv_SE"), &written),
                 qPrintable(error));
        QCOMPARE(written, 150);
        // Swedish puts Ö after O and Z: every Oscar, then every Ödön.
        std::stable_sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
            return a.startsWith(QLatin1Char('O')) && !b.startsWith(QLatin1Char('O'));
        });
        std::sort(expected.begin(), expected.begin() + 75);
        std::sort(expected.begin() + 75, expected.end());
        QCOMPARE(listed(t, QString()), expected);
        QCOMPARE(listed(t, QStringLiteral("07700900014")),
                 QStringList{QStringLiteral("Oscar 014")});
        QCOMPARE(t.scalar(QStringLiteral("SELECT sum(row_version) FROM customers")).toInt(),
                 before);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE search_key IS "
                                         "NULL OR sort_key IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(nameOrderLocale(t.sql()), QStringLiteral("sv_SE"));
    }

    void theSqlFunctionFoldsAsTheSearchDoes()
    {
        cxtest::TestDb t;
        QCOMPARE(t.scalar(QStringLiteral("SELECT cx_fold('Crème BRÛLÉE, Straße')")).toString(),
                 QStringLiteral("creme brulee, strasse"));
        QVERIFY(t.scalar(QStringLiteral("SELECT cx_fold(NULL) IS NULL")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCustomerKeys)
#include "tst_customerkeys.moc"
