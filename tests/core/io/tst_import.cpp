// Importing customers and interactions: validation with FILE:LINE messages,
// all or nothing, skipping invalid rows, dry runs, mapping, idempotence and
// the round trip through export.

#include "core/customers/customerfields.h"
#include "core/demo/demo.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "tests/common/testdb.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace cx;

namespace {
// The first column of every row of a query, joined by sep: what
// group_concat gives on a file, read the same way from a server.
QString joined(cxtest::TestDb& t, const QString& query, const QString& sep = QStringLiteral(","))
{
    QSqlQuery q(t.sql());
    if (!q.exec(query)) {
        qWarning() << "query failed:" << query << q.lastError().text();
        return {};
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out.join(sep);
}

QString write(const QString& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

ImportReport import(cxtest::TestDb& t, ImportOptions o, bool* ok = nullptr,
                    QString* error = nullptr)
{
    ImportReport r;
    QString e;
    const bool done = Importer(t.sql()).run(o, &r, &e);
    if (ok)
        *ok = done;
    if (error)
        *error = e;
    return r;
}

ImportOptions options(RecordKind kind, const QString& path)
{
    ImportOptions o;
    o.kind = kind;
    o.path = path;
    return o;
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void customersAndIdempotence()
    {
        cxtest::TestDb t;
        const QString path = write(t.dir(), "c.csv",
                                   "name;external_id;segment;converted_on\r\n"
                                   "\"Baker, Ann\";C1;Retail;2026-01-05\r\n"
                                   "Ben Cole;C2;;\r\n");
        ImportReport r = import(t, options(RecordKind::Customers, path));
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(r.added, 2);
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT name || '/' || segment || '/' || converted_on FROM customers "
                              "WHERE external_id = 'C1'"))
                     .toString(),
                 QStringLiteral("Baker, Ann/Retail/2026-01-05"));
        QVERIFY(t.scalar(QStringLiteral(
                             "SELECT segment IS NULL FROM customers WHERE external_id = 'C2'"))
                    .toBool());
        const QString uuid =
            t.scalar(QStringLiteral("SELECT uuid FROM customers WHERE external_id = 'C1'"))
                .toString();
        r = import(t, options(RecordKind::Customers, path));
        QCOMPARE(r.added, 0);
        QCOMPARE(r.unchanged, 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 2);
        // A changed row updates the customer it names, and keeps its uuid and what the file lacks.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE customers SET email = 'ann@example.com' WHERE external_id = 'C1'")));
        const QString changed = write(t.dir(), "c2.csv", "external_id,name\nC1,Ann Baker\n");
        r = import(t, options(RecordKind::Customers, changed));
        QCOMPARE(r.updated, 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT name || '/' || email || '/' || uuid FROM "
                                         "customers WHERE external_id = 'C1'"))
                     .toString(),
                 QStringLiteral("Ann Baker/ann@example.com/") + uuid);
    }

    void problemsNameFileLineAndColumn()
    {
        cxtest::TestDb t;
        const QString path = write(t.dir(), "bad.csv",
                                   "external_id,name,email,converted_on,churned_on\n"
                                   "C1,Ann,ann@example.com,2026-01-05,\n"
                                   "C2,,b@example.com,,\n"
                                   "C3,Cat,not-an-email,2026-02-30,\n"
                                   "C4,Dan,,2026-03-01,2026-02-01\n"
                                   "C5,Eve\n");
        const ImportReport r = import(t, options(RecordKind::Customers, path));
        QCOMPARE(r.rows, 5);
        QCOMPARE(r.rejected, 4);
        QCOMPARE(r.problems,
                 (QStringList{
                     path + ":3: column 'name': is empty; every customer needs a name",
                     path + ":4: column 'email': 'not-an-email' is not an email address",
                     path + ":4: column 'converted_on': '2026-02-30' is not a possible date: 30 "
                            "February does not exist",
                     path + ":5: column 'churned_on': 2026-02-01 is before converted_on 2026-03-01",
                     path + ":6: column 'email': is missing from this row (2 of 5 columns)",
                     path + ":6: column 'converted_on': is missing from this row (2 of 5 columns)",
                     path + ":6: column 'churned_on': is missing from this row (2 of 5 columns)"}));
        // All or nothing: the valid row was not imported either.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0);
    }

    void skipInvalidWritesTheRejectedRows()
    {
        cxtest::TestDb t;
        const QString path =
            write(t.dir(), "mixed.csv", "external_id,name,phone\nC1,Ann,=1+1\n,Nobody,\nC3,Cat,\n");
        ImportOptions o = options(RecordKind::Customers, path);
        o.skipInvalid = true;
        const ImportReport r = import(t, o);
        QCOMPARE(r.added, 2);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.rejectedFile, path + QStringLiteral(".rejected.csv"));
        QFile rejected(r.rejectedFile);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(rejected.readAll());
        QVERIFY2(text.startsWith(QLatin1String("external_id,name,phone,reason\r\n,Nobody,,")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String(":3: column 'external_id': is empty")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT phone FROM customers WHERE external_id = 'C1'"))
                     .toString(),
                 QStringLiteral("=1+1"));
    }

    void dryRunAndMap()
    {
        cxtest::TestDb t;
        const QString path = write(t.dir(), "map.csv", "Kundennummer;Name;Farbe\nK1;Anna\n");
        ImportOptions o = options(RecordKind::Customers, path);
        bool ok = true;
        QString error;
        import(t, o, &ok, &error);
        QVERIFY(!ok);
        QCOMPARE(error,
                 path + QStringLiteral(
                            ":1: column 'external_id' is missing; the header needs it (or --map "
                            "external_id=HEADER)"));
        o.map.insert(QStringLiteral("external_id"), QStringLiteral("Kundennummer"));
        o.dryRun = true;
        ImportReport r = import(t, o, &ok);
        QVERIFY(ok);
        QCOMPARE(r.rows, 1);
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(r.notices, QStringList{path + QStringLiteral(": ignored column 'Farbe'")});
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0); // dry run
        o.dryRun = false;
        r = import(t, o);
        QCOMPARE(r.added, 1);
        o.map.insert(QStringLiteral("colour"), QStringLiteral("Farbe"));
        import(t, o, &ok, &error);
        QVERIFY(!ok);
        QVERIFY(error.contains(QLatin1String("'colour' is not a field of customers")));
    }

    void cancelRollsBack()
    {
        cxtest::TestDb t;
        QByteArray csv("external_id,name\n");
        for (int i = 0; i < 5000; ++i)
            csv += "C" + QByteArray::number(i) + ",Person " + QByteArray::number(i) + "\n";
        const QString path = write(t.dir(), "many.csv", csv);
        std::atomic_bool cancel(false);
        Importer importer(t.sql());
        importer.setCancel(&cancel);
        qint64 reported = 0;
        importer.setProgress([&](qint64 rows) {
            reported = rows;
            cancel = true; // the user presses Cancel at the first progress report
        });
        ImportReport r;
        QString error;
        QVERIFY(!importer.run(options(RecordKind::Customers, path), &r, &error));
        QVERIFY(reported > 0 && reported < 5000);
        QCOMPARE(error, QStringLiteral("the import was cancelled; nothing was imported"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0);
    }

    // Dates as spreadsheets write them in the user's locale, with or without a
    // time: day or month first as the rows show (a value above 12), dotted
    // dates day first, the year first as ISO has it.
    void spreadsheetDates_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("expected"); // first_contact_on of C1 and C2
        QTest::addColumn<QString>("order");    // what the rows proved ("" none needed)
        QTest::newRow("day first, slashes")
            << QByteArray("C1,A,03/11/2026\nC2,B,25/12/2026\n") << "2026-11-03 2026-12-25"
            << "DMY";
        QTest::newRow("month first, slashes")
            << QByteArray("C1,A,03/11/2026 14:05\nC2,B,12/25/2026 09:30:15\n")
            << "2026-03-11 2026-12-25"
            << "MDY";
        QTest::newRow("dotted, with times")
            << QByteArray("C1,A,03.11.2026\nC2,B,04.11.2026 08:00\n") << "2026-11-03 2026-11-04"
            << "";
        QTest::newRow("year first, slashes and dashes")
            << QByteArray("C1,A,2026/11/03\nC2,B,2026-11-04 23:59:59\n") << "2026-11-03 2026-11-04"
            << "";
        // The settling row comes after the ambiguous one.
        QTest::newRow("day first, told late")
            << QByteArray("C1,A,03-11-2026\nC2,B,13-11-2026\n") << "2026-11-03 2026-11-13"
            << "DMY";
    }
    void spreadsheetDates()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, expected);
        QFETCH(QString, order);
        cxtest::TestDb t;
        const QString path =
            write(t.dir(), "dates.csv", QByteArray("external_id,name,first_contact_on\n") + rows);
        bool ok = false;
        QString error;
        const ImportReport r = import(t, options(RecordKind::Customers, path), &ok, &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.added, 2);
        QCOMPARE(dateOrderName(r.dateOrder), order);
        QCOMPARE(r.dateOrderFromRows, !order.isEmpty());
        QCOMPARE(
            joined(t, QStringLiteral("SELECT first_contact_on FROM customers ORDER BY external_id"),
                   QStringLiteral(" ")),
            expected);
    }

    // An interaction's time written as a spreadsheet does is this computer's
    // local time, stored with its offset.
    void spreadsheetTimestamps()
    {
        cxtest::TestDb t;
        const QString path = write(t.dir(), "times.csv",
                                   "occurred_at,kind\n03.11.2026 14:05,visit\n2026-11-04,visit\n");
        bool ok = false;
        QString error;
        const ImportReport r = import(t, options(RecordKind::Interactions, path), &ok, &error);
        QVERIFY2(ok && r.problems.isEmpty(),
                 qPrintable(error + r.problems.join(QLatin1Char('\n'))));
        const QStringList stored =
            joined(t, QStringLiteral("SELECT occurred_at FROM interactions ORDER BY occurred_at"),
                   QStringLiteral(" "))
                .split(QLatin1Char(' '));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0],
                 QDateTime(QDate(2026, 11, 3), QTime(14, 5))
                     .toOffsetFromUtc(QDateTime(QDate(2026, 11, 3), QTime(14, 5)).offsetFromUtc())
                     .toString(Qt::ISODate));
        QVERIFY2(stored[1].startsWith(QLatin1String("2026-11-04T00:00:00")), qPrintable(stored[1]));
    }

    // A file where no date tells day from month: the import stops and says
    // so, naming --date-format (or the window's choice), and reads the file
    // once told. Impossible dates say why, with line and column.
    void ambiguousAndImpossibleDates()
    {
        cxtest::TestDb t;
        const QString path = write(t.dir(), "amb.csv",
                                   "external_id,name,first_contact_on\n"
                                   "C1,A,03/11/2026\nC2,B,04/05/2026 10:00\n");
        bool ok = true;
        QString error;
        ImportReport r = import(t, options(RecordKind::Customers, path), &ok, &error);
        QVERIFY(!ok);
        QCOMPARE(error, path + ":2: column 'first_contact_on': '03/11/2026' could be day first or "
                               "month first, and no row of the file tells which; say how they "
                               "are written with --date-format DMY (day first) or --date-format "
                               "MDY (month first)");
        QVERIFY(r.dateQuestion.has_value());
        QCOMPARE(r.dateQuestion->line, 2);
        QCOMPARE(r.dateQuestion->value, QStringLiteral("03/11/2026"));
        QCOMPARE(r.dateQuestion->dayFirst, QDate(2026, 11, 3));
        QCOMPARE(r.dateQuestion->monthFirst, QDate(2026, 3, 11));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0);

        ImportOptions o = options(RecordKind::Customers, path);
        o.window = true;
        r = import(t, o, &ok, &error);
        QVERIFY(!ok);
        QVERIFY2(error.endsWith(QLatin1String("choose how the dates are written under 'Dates' "
                                              "above")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("--")));

        o.window = false;
        o.dateOrder = DateOrder::MonthFirst;
        r = import(t, o, &ok, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(r.added, 2);
        QCOMPARE(r.dateOrder, DateOrder::MonthFirst);
        QCOMPARE(t.scalar(QStringLiteral("SELECT first_contact_on FROM customers WHERE "
                                         "external_id = 'C2'"))
                     .toString(),
                 QStringLiteral("2026-04-05"));

        // A file mixing both orders names a row of each.
        const QString mixed = write(t.dir(), "mixed.csv",
                                    "external_id,name,first_contact_on\n"
                                    "C1,A,13/11/2026\nC2,B,11/13/2026\n");
        r = import(t, options(RecordKind::Customers, mixed), &ok, &error);
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(mixed + ": some dates are written day first (line 2: "
                                          "'13/11/2026') and some month first (line 3: "
                                          "'11/13/2026')"),
                 qPrintable(error));
        QCOMPARE(r.dateQuestion->value, QStringLiteral("13/11/2026"));
        QVERIFY(!r.dateQuestion->monthFirst.isValid());

        // Dates that read the same either way (05/05), or as no date either
        // way (17/13), need no order: nothing to ask.
        const QString same = write(t.dir(), "same.csv",
                                   "external_id,name,first_contact_on,converted_on\n"
                                   "C1,A,05/05/2026,\nC2,B,17/13/2026,\n");
        r = import(t, options(RecordKind::Customers, same), &ok, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(r.problems, QStringList{same + ":3: column 'first_contact_on': '17/13/2026' is "
                                                "not a possible date: month 13 does not exist"});

        const QString impossible = write(t.dir(), "impossible.csv",
                                         "external_id,name,first_contact_on,converted_on\n"
                                         "C1,A,2026-31-12,31.02.2026\nC2,B,29/02/2027,\n"
                                         "C3,C,2026-11-03 25:00,\nC4,D,3rd of May,\n");
        o = options(RecordKind::Customers, impossible);
        o.dateOrder = DateOrder::DayFirst;
        r = import(t, o, &ok, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(r.problems,
                 (QStringList{impossible + ":2: column 'first_contact_on': '2026-31-12' is not a "
                                           "possible date: month 31 does not exist",
                              impossible + ":2: column 'converted_on': '31.02.2026' is not a "
                                           "possible date: 31 February does not exist",
                              impossible + ":3: column 'first_contact_on': '29/02/2027' is not a "
                                           "possible date: 29 February does not exist in 2027",
                              impossible + ":4: column 'first_contact_on': '2026-11-03 25:00' "
                                           "does not name a possible time of day",
                              impossible + ":5: column 'first_contact_on': '3rd of May' is not a "
                                           "date like 2026-11-03, 03.11.2026 or 03/11/2026"}));
        QCOMPARE(r.problemLines, (QList<qint64>{2, 2, 3, 4, 5}));
    }

    // The rejected rows open in the spreadsheet that wrote the file: in its
    // encoding (Windows-1252 stays so; UTF-8 gets the mark spreadsheets need),
    // and only the owner may read them.
    void rejectedRowsKeepTheEncodingAndArePrivate_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expectedStart");
        QTest::newRow("windows-1252") << QByteArray("external_id;name\nC1;Zo\xEB\n;Caf\xE9 \x80\n")
                                      << QByteArray("external_id;name;reason\r\n;Caf\xE9 \x80;");
        QTest::newRow("utf-8") << QByteArray("external_id;name\nC1;Zo\xC3\xAB\n;Caf\xC3\xA9\n")
                               << QByteArray("\xEF\xBB\xBF"
                                             "external_id;name;reason\r\n;Caf\xC3\xA9;");
        QTest::newRow("utf-8 with its mark")
            << QByteArray("\xEF\xBB\xBF"
                          "external_id;name\nC1;Zo\xC3\xAB\n;Caf\xC3\xA9\n")
            << QByteArray("\xEF\xBB\xBF"
                          "external_id;name;reason\r\n;Caf\xC3\xA9;");
    }
    void rejectedRowsKeepTheEncodingAndArePrivate()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expectedStart);
        cxtest::TestDb t;
        const QString path = write(t.dir(), "shop.csv", input);
        ImportOptions o = options(RecordKind::Customers, path);
        o.skipInvalid = true;
        const ImportReport r = import(t, o);
        QCOMPARE(r.rejected, 1);
        QFile rejected(r.rejectedFile);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QByteArray bytes = rejected.readAll();
        QVERIFY2(bytes.startsWith(expectedStart), bytes.constData());
        QVERIFY(bytes.contains("is empty; every customer needs one"));
        QCOMPARE(rejected.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(rejected.permissions() & QFileDevice::ReadOwner);
        // And it imports back as it was written.
        QStringList header;
        QList<QStringList> rows;
        QString error;
        QVERIFY(previewFile(r.rejectedFile, 5, &header, &rows, &error));
        QCOMPARE(header.first(), QStringLiteral("external_id"));
        QVERIFY(rows.first().value(1).startsWith(QStringLiteral(u"Café")));
    }

    // The window's messages speak of its own controls, not of options.
    void windowWording()
    {
        cxtest::TestDb t;
        const QString path = write(t.dir(), "w.csv", "name,email\nAnn,a@example.com\n");
        ImportOptions o = options(RecordKind::Customers, path);
        o.window = true;
        o.labels.insert(QStringLiteral("external_id"), QStringLiteral("Customer no."));
        bool ok = true;
        QString error;
        import(t, o, &ok, &error);
        QVERIFY(!ok);
        QCOMPARE(error, path + ": no column is chosen for 'Customer no.', which every row needs; "
                               "choose a column for 'Customer no.' in the mapping above");
        const QString i = write(t.dir(), "i.csv", "occurred_at,channel\n2026-03-01,Pigeon\n");
        o = options(RecordKind::Interactions, i);
        o.window = true;
        const ImportReport r = import(t, o);
        QCOMPARE(r.problems,
                 QStringList{i + ":2: column 'channel': no channel is named 'Pigeon' (tick “Add "
                                 "channels, touchpoints and customers the file names” to add "
                                 "it)"});
    }

    void previewAndFields()
    {
        cxtest::TestDb t;
        const QString path = write(t.dir(), "p.csv", "name;external_id\nAnn;C1\nBen;C2\nCat;C3\n");
        QStringList header, required;
        QList<QStringList> rows;
        QString error;
        QVERIFY(previewFile(path, 2, &header, &rows, &error));
        QCOMPARE(header, (QStringList{"name", "external_id"}));
        QCOMPARE(rows, (QList<QStringList>{{"Ann", "C1"}, {"Ben", "C2"}}));
        const QStringList fields = importFields(t.sql(), RecordKind::Customers, 0, &required);
        QCOMPARE(required, (QStringList{"external_id", "name"}));
        QCOMPARE(fields.size(), 10); // with tags; no custom fields are defined here

        // Rows carry the line they start on, as the messages number them: a
        // note over two lines and a blank line move the rows after them.
        const QString multi =
            write(t.dir(), "m.csv", "external_id,name,notes\nC1,Ann,\"two\nlines\"\n\nC2,,\n");
        QList<qint64> lines;
        QVERIFY(previewFile(multi, 5, &header, &rows, &error, &lines));
        QCOMPARE(lines, (QList<qint64>{2, 5}));
        const ImportReport r = import(t, options(RecordKind::Customers, multi));
        QCOMPARE(r.problemLines, QList<qint64>{5});
        QVERIFY(r.problems.first().startsWith(multi + QStringLiteral(":5:")));
    }

    void windows1252AndGuards()
    {
        cxtest::TestDb t;
        const QString path =
            write(t.dir(), "latin.csv", "external_id,name,notes\nC1,Zo\xEB Caf\xE9,'=SUM(A1)\n");
        const ImportReport r = import(t, options(RecordKind::Customers, path));
        QCOMPARE(r.added, 1);
        QCOMPARE(r.notices,
                 QStringList{path + QStringLiteral(": not valid UTF-8; read as Windows-1252")});
        QCOMPARE(t.scalar(QStringLiteral("SELECT name || '|' || notes FROM customers")).toString(),
                 QStringLiteral(u"Zoë Café|=SUM(A1)"));
    }

    void interactionsNeedKnownNamesOrCreateMissing()
    {
        cxtest::TestDb t;
        const QString path = write(
            t.dir(), "i.csv",
            "occurred_at,customer_external_id,channel,touchpoint,kind,staff_rating,customer_rating,"
            "resolved_at\n"
            "2026-03-01T10:00:00+01:00,C9,Store,Counter,complaint,4,2,2026-03-01T11:30:00+01:00\n"
            "2026-03-02T10:00:00Z,,Carrier pigeon,,visit,6,,\n"
            "2026-31-03 10:00,,Web,,visit,,,\n");
        ImportReport r = import(t, options(RecordKind::Interactions, path));
        QCOMPARE(r.problems,
                 (QStringList{
                     path + ":2: column 'touchpoint': no touchpoint is named 'Counter' "
                            "(--create-missing adds it)",
                     path + ":2: column 'customer_external_id': no customer has the number 'C9' "
                            "(--create-missing adds one)",
                     path + ":3: column 'staff_rating': '6' is not a rating from 1 to 5",
                     path + ":3: column 'channel': no channel is named 'Carrier pigeon' "
                            "(--create-missing adds it)",
                     path + ":4: column 'occurred_at': '2026-31-03 10:00' is not a possible date: "
                            "month 31 does not exist"}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), 0);

        const QString good = write(
            t.dir(), "good.csv",
            "occurred_at,customer_external_id,channel,touchpoint,kind,staff_rating,customer_rating,"
            "resolved_at\n"
            "2026-03-01T10:00:00+01:00,C9,Store,Counter,complaint,4,2,2026-03-01T11:30:00+01:00\n"
            "2026-03-02T10:00:00Z,,Web,,visit,,,\n");
        ImportOptions o = options(RecordKind::Interactions, good);
        o.createMissing = true;
        r = import(t, o);
        QCOMPARE(r.added, 2);
        QVERIFY(r.notices.join(QLatin1Char(' '))
                    .contains(QLatin1String("created touchpoint 'Counter', customer 'C9'")));
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT resolution_hours FROM interactions WHERE kind = 'complaint'"))
                     .toDouble(),
                 1.5);
        // Rows without a uuid get one from their content: importing again changes nothing.
        r = import(t, o);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.unchanged, 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), 2);
    }

    // A detractor or complaint from the follow-up window opens its action as if
    // typed in; older history opens none, and importing again opens no more.
    void recentRowsOpenFollowUps_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("row by row") << false;
        QTest::newRow("bulk load") << true;
    }
    void recentRowsOpenFollowUps()
    {
        QFETCH(bool, bulk);
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral("INSERT INTO customers (id, uuid, external_id, name) VALUES "
                                      "(1, 'u1', 'C1', 'Ann Baker');\n"
                                      "INSERT INTO surveys (id, uuid, title) VALUES (1, "
                                      "'11111111-2222-4333-8444-555555555555', 'Visit');\n"
                                      "INSERT INTO questions (id, survey_id, position, code, kind, "
                                      "text, required, options) VALUES "
                                      "(1, 1, 0, 'nps', 'nps', 'Recommend?', 1, NULL)")));
        const QByteArray today = QDate::currentDate().toString(Qt::ISODate).toLatin1();
        const QByteArray monthAgo =
            QDate::currentDate().addDays(-30).toString(Qt::ISODate).toLatin1();
        const QString interactions = write(t.dir(), "i.csv",
                                           "occurred_at,customer_external_id,channel,kind\n" +
                                               today + "T09:00:00+01:00,C1,Store,complaint\n" +
                                               today + "T10:00:00+01:00,C1,Store,visit\n" +
                                               monthAgo + "T09:00:00+01:00,C1,Store,complaint\n");
        ImportOptions o = options(RecordKind::Interactions, interactions);
        if (bulk)
            o.bulkFromBytes = 0;
        ImportReport r = import(t, o);
        QCOMPARE(r.added, 3);
        QCOMPARE(r.followUps, 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT i.occurred_at FROM actions a JOIN interactions i "
                                         "ON i.id = a.interaction_id"))
                     .toString(),
                 QString::fromLatin1(today + "T09:00:00+01:00"));
        QVERIFY(t.scalar(QStringLiteral("SELECT title FROM actions"))
                    .toString()
                    .contains(QLatin1String("Ann Baker")));

        const QString responses =
            write(t.dir(), "r.csv",
                  "submitted_at,customer_external_id,nps\n" + today + "T11:00:00+01:00,C1,2\n" +
                      today + "T12:00:00+01:00,,9\n" + monthAgo + "T11:00:00+01:00,,1\n");
        ImportOptions ro = options(RecordKind::Responses, responses);
        ro.surveyId = 1;
        if (bulk)
            ro.bulkFromBytes = 0;
        r = import(t, ro);
        QCOMPARE(r.added, 3);
        QCOMPARE(r.followUps, 1);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM actions WHERE response_id IS NOT NULL"))
                .toInt(),
            1);

        QCOMPARE(import(t, o).followUps, 0);
        QCOMPARE(import(t, ro).followUps, 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(), 2);
    }

    void responsesAndTheOfflineExchangeFile()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO customers (id, uuid, external_id, name) VALUES (1, 'u1', 'C1', 'Ann');\n"
            "INSERT INTO surveys (id, uuid, title) VALUES (1, "
            "'11111111-2222-4333-8444-555555555555', 'Visit');\n"
            "INSERT INTO questions (id, survey_id, position, code, kind, text, required, options) "
            "VALUES "
            "(1, 1, 0, 'nps', 'nps', 'Recommend?', 1, NULL), (2, 1, 1, 'back', 'yesno', 'Back "
            "soon?', 0, NULL), "
            "(3, 1, 2, 'liked', 'multi', 'Liked?', 0, 'Coffee;Cakes;Music'), (4, 1, 3, 'why', "
            "'text', 'Why?', 0, NULL)")));
        const QString bad = write(t.dir(), "r-bad.csv",
                                  "submitted_at,customer_external_id,nps,back,liked,why\n"
                                  "2026-03-01T10:00:00Z,C1,11,maybe,Coffee;Tea,ok\n"
                                  "2026-03-01T11:00:00Z,,,yes,,\n");
        ImportOptions o = options(RecordKind::Responses, bad);
        o.surveyId = 1;
        ImportReport r = import(t, o);
        QCOMPARE(
            r.problems,
            (QStringList{
                bad + ":2: column 'nps': '11' is not a whole number from 0 to 10 (a nps answer)",
                bad +
                    ":2: column 'back': 'maybe' is not a whole number from 0 to 1 (a yesno answer)",
                bad + ":2: column 'liked': 'Tea' is not one of its options: Coffee, Cakes, Music",
                bad + ":3: column 'nps': is empty; the question is required"}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 0);

        const QString good = write(t.dir(), "r.csv",
                                   "submitted_at,customer_external_id,nps,back,liked,why\n"
                                   "2026-03-01T10:00:00Z,C1,3,no,Coffee; Cakes,\"Cold, slow\"\n"
                                   "2026-03-02T10:00:00+01:00,,9,1,,\n");
        o.path = good;
        r = import(t, o);
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(r.added, 2);
        QCOMPARE(joined(t,
                        QStringLiteral("SELECT CASE WHEN value_num IS NULL THEN value_text ELSE "
                                       "CAST(CAST(value_num AS INTEGER) AS TEXT) END FROM answers "
                                       "WHERE response_id = 1 ORDER BY question_id"),
                        QStringLiteral("|")),
                 QStringLiteral("3|0|Coffee;Cakes|Cold, slow"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT source FROM responses LIMIT 1")).toString(),
                 QStringLiteral("import"));

        // A channel the database lacks: the row's problem, or added with --create-missing.
        const QString tablet = write(
            t.dir(), "tablet.csv",
            "submitted_at,channel,nps,back,liked,why\n2026-03-03T09:00:00Z,Counter tablet,8,,,\n");
        ImportOptions withChannel = o;
        withChannel.path = tablet;
        r = import(t, withChannel);
        QCOMPARE(
            r.problems,
            QStringList{tablet +
                        QStringLiteral(":2: column 'channel': no channel is named 'Counter tablet' "
                                       "(--create-missing adds it)")});
        withChannel.createMissing = true;
        r = import(t, withChannel);
        QCOMPARE(r.added, 1);
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT ch.name FROM responses r JOIN channels ch ON ch.id = r.channel_id "
                         "WHERE r.submitted_at LIKE '2026-03-03%'"))
                .toString(),
            QStringLiteral("Counter tablet"));
        t.exec(QStringLiteral("DELETE FROM responses WHERE submitted_at LIKE '2026-03-03%'"));

        // The JSON export is the kiosk-to-office exchange file: importing it, however often, adds
        // nothing twice.
        QFile json(t.dir() + QStringLiteral("/exchange.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        qint64 count = 0;
        QString error;
        QVERIFY(Exporter(t.sql()).write(RecordKind::Responses, FileFormat::Json, 1, &json, &count,
                                        &error));
        json.close();
        cxtest::TestDb office;
        QVERIFY(office.exec(QStringLiteral(
            "INSERT INTO customers (id, uuid, external_id, name) VALUES (1, 'u1', 'C1', 'Ann');\n"
            "INSERT INTO surveys (id, uuid, title) VALUES (1, "
            "'11111111-2222-4333-8444-555555555555', 'Visit');\n"
            "INSERT INTO questions (id, survey_id, position, code, kind, text, required, options) "
            "VALUES "
            "(1, 1, 0, 'nps', 'nps', 'Recommend?', 1, NULL), (2, 1, 1, 'back', 'yesno', 'Back "
            "soon?', 0, NULL), "
            "(3, 1, 2, 'liked', 'multi', 'Liked?', 0, 'Coffee;Cakes;Music'), (4, 1, 3, 'why', "
            "'text', 'Why?', 0, NULL)")));
        ImportOptions fromKiosk = options(RecordKind::Responses, json.fileName());
        fromKiosk.surveyId = 1;
        QCOMPARE(import(office, fromKiosk).added, 2);
        QCOMPARE(import(office, fromKiosk).unchanged, 2);
        QCOMPARE(office.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 2);
        QCOMPARE(joined(office, QStringLiteral("SELECT uuid FROM responses ORDER BY uuid")),
                 joined(t, QStringLiteral("SELECT uuid FROM responses ORDER BY uuid")));
    }

    void roundTripThroughExport_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("row by row") << false;
        QTest::newRow("bulk load") << true; // indexes and triggers suspended, rebuilt at the end
    }
    void roundTripThroughExport()
    {
        QFETCH(bool, bulk);
        cxtest::TestDb source;
        DemoOptions d;
        d.customers = 150;
        d.interactions = 800;
        d.responses = 0;
        d.end = QDate(2026, 6, 30);
        QString error;
        QVERIFY(DemoGenerator(source.sql()).generate(d, nullptr, &error));
        Exporter exporter(source.sql());
        qint64 count = 0;
        QFile customers(source.dir() + QStringLiteral("/customers.csv")),
            interactions(source.dir() + QStringLiteral("/interactions.csv"));
        QVERIFY(customers.open(QIODevice::WriteOnly) && interactions.open(QIODevice::WriteOnly));
        QVERIFY(
            exporter.write(RecordKind::Customers, FileFormat::Csv, 0, &customers, &count, &error));
        QVERIFY(exporter.write(RecordKind::Interactions, FileFormat::Csv, 0, &interactions, &count,
                               &error));
        customers.close();
        interactions.close();

        cxtest::TestDb target;
        // The sample's own customer fields, so their columns are read too.
        for (const CustomerField& f : CustomerFields(source.sql()).list()) {
            CustomerField copy = f;
            QVERIFY2(CustomerFields(target.sql()).add(copy, &error), qPrintable(error));
        }
        const QString schema =
            cxtest::onServer()
                ? QStringLiteral("SELECT name FROM (SELECT indexname AS name FROM pg_indexes "
                                 "WHERE schemaname = current_schema() UNION ALL SELECT tgname || "
                                 "':' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal) "
                                 "AS s ORDER BY name")
                : QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('index', "
                                 "'trigger') ORDER BY name");
        const QString before = joined(target, schema);
        ImportOptions c = options(RecordKind::Customers, customers.fileName());
        if (bulk)
            c.bulkFromBytes = 0;
        ImportReport r = import(target, c);
        QCOMPARE(r.added, 150);
        ImportOptions o = options(RecordKind::Interactions, interactions.fileName());
        o.createMissing = true; // the map itself is not in these files
        if (bulk)
            o.bulkFromBytes = 0;
        r = import(target, o);
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(r.added, 800);
        // Exporting the copy gives the same files.
        for (RecordKind kind : {RecordKind::Customers, RecordKind::Interactions}) {
            QByteArray a, b;
            QBuffer ba(&a), bb(&b);
            ba.open(QIODevice::WriteOnly);
            bb.open(QIODevice::WriteOnly);
            QVERIFY(Exporter(source.sql()).write(kind, FileFormat::Csv, 0, &ba, &count, &error));
            QVERIFY(Exporter(target.sql()).write(kind, FileFormat::Csv, 0, &bb, &count, &error));
            QCOMPARE(b, a);
        }
        // And importing the same files again changes nothing.
        QCOMPARE(import(target, c).unchanged, 150);
        QCOMPARE(import(target, o).unchanged, 800);
        // Every index and trigger is back, and the daily sums match the rows.
        QCOMPARE(joined(target, schema), before);
        QCOMPARE(target.scalar(QStringLiteral("SELECT sum(resolved_n) FROM daily_interactions"))
                     .toLongLong(),
                 target.scalar(QStringLiteral("SELECT count(resolution_hours) FROM interactions"))
                     .toLongLong());
        QVERIFY(target.scalar(QStringLiteral("SELECT sum(resolved_n) FROM daily_interactions"))
                    .toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
