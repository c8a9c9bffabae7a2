// Tags and custom fields of customers: normalising and setting tags, the
// counts the list's filter offers, the field definitions and their values
// by kind, the round trip through export and import (a bad date is that
// row's error), and the privacy export and erasure.

#include "core/customers/customerfields.h"
#include "core/customers/customerlist.h"
#include "core/customers/customertags.h"
#include "core/customers/privacy.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "tests/common/testdb.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cx;

namespace {

const char* const kCustomers = R"(
INSERT INTO customers (id, uuid, external_id, name, converted_on) VALUES
 (1, 'u1', 'C1', 'Ann Baker', '2026-01-01'),
 (2, 'u2', 'C2', 'Ben Cole', NULL),
 (3, 'u3', 'C3', 'Cat Dunn', '2026-02-01')
)";

QString write(const QString& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

ImportReport importCustomers(cxtest::TestDb& t, const QString& path, QString* error = nullptr)
{
    ImportOptions o;
    o.kind = RecordKind::Customers;
    o.path = path;
    ImportReport r;
    QString e;
    if (!Importer(t.sql()).run(o, &r, &e))
        qWarning("import failed: %s", qPrintable(e));
    if (error)
        *error = e;
    return r;
}

QByteArray exported(cxtest::TestDb& t, FileFormat format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    qint64 count = 0;
    QString error;
    if (!Exporter(t.sql()).write(RecordKind::Customers, format, 0, &buffer, &count, &error))
        qWarning("export failed: %s", qPrintable(error));
    return out;
}

// Two fields like the sample business's, and one yes/no.
void addFields(CustomerFields& fields, qint64* birthday, qint64* allergies, qint64* member)
{
    QString error;
    CustomerField b{0, QStringLiteral("Birthday"), FieldKind::Date, 0, 0, {}};
    CustomerField a{0, QStringLiteral("Allergies"), FieldKind::Text, 0, 0, {}};
    CustomerField m{0, QStringLiteral("Member"), FieldKind::YesNo, 0, 0, {}};
    QVERIFY2(fields.add(b, &error) && fields.add(a, &error) && fields.add(m, &error),
             qPrintable(error));
    *birthday = b.id;
    *allergies = a.id;
    *member = m.id;
}

} // namespace

class TestCustomerTags : public QObject
{
    Q_OBJECT

private slots:
    void normaliseTrimsSplitsAndKeepsTheFirstSpelling()
    {
        QCOMPARE(CustomerTags::normalise({QStringLiteral("  VIP "), QStringLiteral("vip"),
                                          QStringLiteral("Regular;  Newsletter ;"),
                                          QStringLiteral(""), QStringLiteral("Allergic  to nuts")}),
                 (QStringList{QStringLiteral("VIP"), QStringLiteral("Regular"),
                              QStringLiteral("Newsletter"), QStringLiteral("Allergic to nuts")}));
        QCOMPARE(CustomerTags::fromText(QStringLiteral("Zoë;ZOË; Café ")),
                 (QStringList{QStringLiteral("Zoë"), QStringLiteral("Café")}));
        QCOMPARE(CustomerTags::toText({QStringLiteral("A"), QStringLiteral("B")}),
                 QStringLiteral("A;B"));
        QVERIFY(CustomerTags::same({QStringLiteral("b"), QStringLiteral("A")},
                                   {QStringLiteral("a"), QStringLiteral("B")}));
        QVERIFY(
            !CustomerTags::same({QStringLiteral("A")}, {QStringLiteral("A"), QStringLiteral("B")}));
    }

    void setReplacesAndCountsFeedTheFilter()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kCustomers)));
        CustomerTags tags(t.sql());
        QString error;
        QVERIFY(tags.set(1, {QStringLiteral("VIP"), QStringLiteral("Regular")}, &error));
        // The spelling other customers use wins, so the filter offers one "VIP".
        QVERIFY(tags.set(2, {QStringLiteral("vip"), QStringLiteral("vip ")}, &error));
        QVERIFY(tags.set(3, {QStringLiteral("Regular")}, &error));
        QCOMPARE(tags.of(1), (QStringList{QStringLiteral("Regular"), QStringLiteral("VIP")}));
        QCOMPARE(tags.of(2), QStringList{QStringLiteral("VIP")});
        const QVector<TagCount> all = tags.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].tag, QStringLiteral("Regular"));
        QCOMPARE(all[0].customers, 2);
        QCOMPARE(all[1].tag, QStringLiteral("VIP"));
        QCOMPARE(all[1].customers, 2);
        // Setting again replaces: Regular goes from Ann.
        QVERIFY(tags.set(1, {QStringLiteral("VIP")}, &error));
        QCOMPARE(tags.of(1), QStringList{QStringLiteral("VIP")});
        QCOMPARE(tags.all()[0].customers, 1);

        // The list filtered by a tag, in any case, with the status too.
        CustomerListFilter f;
        f.tag = QStringLiteral("vip");
        PagedQuery q = customerListQuery(f, QDate(2026, 6, 1));
        QVector<PagedQuery::Row> rows;
        bool more = false;
        QVERIFY(q.fetch(t.sql(), 100, &rows, &more, &error));
        QCOMPARE(rows.size(), 2);
        f.show = CustomerListFilter::Show::Prospects;
        q = customerListQuery(f, QDate(2026, 6, 1));
        QVERIFY(q.fetch(t.sql(), 100, &rows, &more, &error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].value(0).toLongLong(), 2);
        // The tag index serves the filter (SQLite's plan; a server plans by its statistics).
        if (cxtest::onServer())
            return;
        QSqlQuery plan(t.sql());
        plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + q.nextStatement() +
                     QStringLiteral(" LIMIT 10"));
        for (const QVariant& v : q.nextBinds())
            plan.addBindValue(v);
        QVERIFY(plan.exec());
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(QLatin1String("customer_tags_tag")), qPrintable(steps));
    }

    void fieldDefinitions()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kCustomers)));
        CustomerFields fields(t.sql());
        qint64 birthday = 0, allergies = 0, member = 0;
        addFields(fields, &birthday, &allergies, &member);
        QVector<CustomerField> list = fields.list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].name, QStringLiteral("Birthday"));
        QCOMPARE(list[2].kind, FieldKind::YesNo);
        QString error;
        // Names are unique whatever their case, and not those of a file's columns.
        CustomerField again{0, QStringLiteral("birthday"), FieldKind::Text, 0, 0, {}};
        QVERIFY(!fields.add(again, &error));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        CustomerField email{0, QStringLiteral("Email"), FieldKind::Text, 0, 0, {}};
        QVERIFY(!fields.add(email, &error));
        QVERIFY2(error.contains(QLatin1String("column")), qPrintable(error));

        // Rename and reorder, each raising the version.
        CustomerField a = list[1];
        a.name = QStringLiteral("Food allergies");
        a.position = 0;
        QVERIFY2(fields.update(a, &error), qPrintable(error));
        QCOMPARE(a.rowVersion, 2);
        QCOMPARE(fields.list()[0].name, QStringLiteral("Food allergies"));
        // An edit based on an old version is refused.
        CustomerField stale = list[1];
        stale.name = QStringLiteral("Intolerances");
        QVERIFY(!fields.update(stale, &error));
        QVERIFY2(error.contains(QLatin1String("changed")), qPrintable(error));

        // A kind changes only while no value conflicts.
        QVERIFY(fields.setValues(1, {{allergies, QStringLiteral("nuts")}}, &error));
        a.kind = FieldKind::Date;
        QVERIFY(!fields.update(a, &error));
        QVERIFY2(error.contains(QLatin1String("cannot become")), qPrintable(error));
        QCOMPARE(fields.conflicts(allergies, FieldKind::Date), 1);
        QCOMPARE(fields.conflicts(birthday, FieldKind::Text), 0);
        QVERIFY(fields.setValues(2, {{birthday, QStringLiteral("1990-05-17")}}, &error));
        QCOMPARE(fields.conflicts(birthday, FieldKind::YesNo), 1);

        // Removing says how many customers had a value, and takes the values along.
        QCOMPARE(fields.valueCount(allergies), 1);
        a = *fields.byId(allergies);
        QVERIFY2(fields.remove(a, &error), qPrintable(error));
        QCOMPARE(fields.list().size(), 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customer_field_values WHERE "
                                         "field_id = %1")
                              .arg(allergies))
                     .toInt(),
                 0);
    }

    void valuesByKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stored");
        QTest::newRow("text trimmed") << int(FieldKind::Text) << " nuts " << true << "nuts";
        QTest::newRow("empty is none") << int(FieldKind::Date) << "  " << true << "";
        QTest::newRow("date") << int(FieldKind::Date) << "1990-05-17" << true << "1990-05-17";
        QTest::newRow("no such day") << int(FieldKind::Date) << "1990-02-30" << false << "";
        QTest::newRow("words") << int(FieldKind::Date) << "17 May" << false << "";
        QTest::newRow("yes") << int(FieldKind::YesNo) << "Yes" << true << "1";
        QTest::newRow("true") << int(FieldKind::YesNo) << "TRUE" << true << "1";
        QTest::newRow("1") << int(FieldKind::YesNo) << "1" << true << "1";
        QTest::newRow("ja") << int(FieldKind::YesNo) << "ja" << true << "1";
        QTest::newRow("no") << int(FieldKind::YesNo) << "no" << true << "0";
        QTest::newRow("false") << int(FieldKind::YesNo) << "false" << true << "0";
        QTest::newRow("0") << int(FieldKind::YesNo) << "0" << true << "0";
        QTest::newRow("non") << int(FieldKind::YesNo) << "non" << true << "0";
        QTest::newRow("maybe") << int(FieldKind::YesNo) << "maybe" << false << "";
    }
    void valuesByKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, stored);
        QString out, problem;
        QCOMPARE(CustomerFields::normalise(FieldKind(kind), input, &out, &problem), valid);
        if (valid)
            QCOMPARE(out, stored);
        else
            QVERIFY(problem.contains(input.trimmed()));
    }

    void valuesOfACustomer()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kCustomers)));
        CustomerFields fields(t.sql());
        qint64 birthday = 0, allergies = 0, member = 0;
        addFields(fields, &birthday, &allergies, &member);
        QString error;
        QVERIFY(fields.setValues(1,
                                 {{birthday, QStringLiteral("1990-05-17")},
                                  {allergies, QString()}, // empty: no value
                                  {member, QStringLiteral("1")},
                                  {999, QStringLiteral("a field removed meanwhile")}},
                                 &error));
        const FieldValues v = fields.values(1);
        QCOMPARE(v.size(), 2);
        QCOMPARE(v.value(birthday), QStringLiteral("1990-05-17"));
        QCOMPARE(CustomerFields::display(FieldKind::YesNo, v.value(member)), QStringLiteral("yes"));
        QVERIFY(fields.setValues(1, {{member, QStringLiteral("0")}}, &error));
        QCOMPARE(fields.values(1), (FieldValues{{member, QStringLiteral("0")}}));
    }

    void exportAndImportRoundTrip()
    {
        cxtest::TestDb source;
        QVERIFY(source.exec(QLatin1String(kCustomers)));
        CustomerFields fields(source.sql());
        qint64 birthday = 0, allergies = 0, member = 0;
        addFields(fields, &birthday, &allergies, &member);
        QString error;
        QVERIFY(CustomerTags(source.sql())
                    .set(1, {QStringLiteral("VIP"), QStringLiteral("=Regular")}, &error));
        QVERIFY(fields.setValues(1,
                                 {{birthday, QStringLiteral("1990-05-17")},
                                  {allergies, QStringLiteral("nuts; sesame")},
                                  {member, QStringLiteral("1")}},
                                 &error));
        QCOMPARE(Exporter(source.sql()).headers(RecordKind::Customers).mid(9),
                 (QStringList{QStringLiteral("tags"), QStringLiteral("Birthday"),
                              QStringLiteral("Allergies"), QStringLiteral("Member")}));
        const QByteArray csv = exported(source, FileFormat::Csv);
        QVERIFY2(csv.contains("'=Regular;VIP,1990-05-17,nuts; sesame,1"), csv.constData());
        const QJsonArray json = QJsonDocument::fromJson(exported(source, FileFormat::Json)).array();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json[0].toObject().value(QStringLiteral("tags")).toString(),
                 QStringLiteral("=Regular;VIP"));
        QCOMPARE(json[0].toObject().value(QStringLiteral("Birthday")).toString(),
                 QStringLiteral("1990-05-17"));

        // Into a database with the same fields: the same files come out.
        cxtest::TestDb target;
        CustomerFields targetFields(target.sql());
        addFields(targetFields, &birthday, &allergies, &member);
        const QString path = write(target.dir(), "customers.csv", csv);
        ImportReport r = importCustomers(target, path);
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(r.added, 3);
        QCOMPARE(exported(target, FileFormat::Csv), csv);
        QCOMPARE(importCustomers(target, path).unchanged, 3); // idempotent
        const QString json_path =
            write(target.dir(), "customers.json", exported(source, FileFormat::Json));
        QCOMPARE(importCustomers(target, json_path).unchanged, 3);

        // Headers in another case, yes/no in words; the tags column replaces
        // the tags, a field's empty cell removes its value, absent columns keep theirs.
        const qint64 ann =
            target.scalar(QStringLiteral("SELECT id FROM customers WHERE external_id = 'C1'"))
                .toLongLong();
        r = importCustomers(target, write(target.dir(), "more.csv",
                                          "external_id,name,TAGS,member,allergies\n"
                                          "C1,Ann Baker,Newsletter,no,\n"));
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(r.updated, 1);
        QCOMPARE(CustomerTags(target.sql()).of(ann), QStringList{QStringLiteral("Newsletter")});
        QCOMPARE(targetFields.values(ann), (FieldValues{{birthday, QStringLiteral("1990-05-17")},
                                                        {member, QStringLiteral("0")}}));

        // A bad date or yes/no is that row's error, and nothing is imported.
        const QString bad = write(target.dir(), "bad.csv",
                                  "external_id,name,birthday,Member,tags\n"
                                  "C7,Gil Hart,1990-05-17,yes,VIP\n"
                                  "C8,Hal Ives,17/13/1990,yes,\n"
                                  "C9,Ivy Jones,,perhaps,\n");
        r = importCustomers(target, bad);
        QCOMPARE(r.problemCount, 2);
        QCOMPARE(r.problems[0],
                 bad + QStringLiteral(":3: column 'birthday': '17/13/1990' is not a possible "
                                      "date: month 13 does not exist"));
        QCOMPARE(r.problems[1], bad + QStringLiteral(":4: column 'Member': 'perhaps' is not yes "
                                                     "or no"));
        QCOMPARE(target.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 3);
        QCOMPARE(target
                     .scalar(QStringLiteral("SELECT count(*) FROM customer_tags WHERE tag = "
                                            "'VIP'"))
                     .toInt(),
                 0);
        // The import dialog maps them like the rest.
        QStringList required;
        QCOMPARE(importFields(target.sql(), RecordKind::Customers, 0, &required).mid(9),
                 (QStringList{QStringLiteral("tags"), QStringLiteral("Birthday"),
                              QStringLiteral("Allergies"), QStringLiteral("Member")}));
    }

    void privacyExportAndErase()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kCustomers)));
        CustomerFields fields(t.sql());
        qint64 birthday = 0, allergies = 0, member = 0;
        addFields(fields, &birthday, &allergies, &member);
        QString error;
        QVERIFY(CustomerTags(t.sql()).set(1, {QStringLiteral("VIP")}, &error));
        QVERIFY(CustomerTags(t.sql()).set(2, {QStringLiteral("VIP")}, &error));
        QVERIFY(fields.setValues(
            1, {{birthday, QStringLiteral("1990-05-17")}, {member, QStringLiteral("1")}}, &error));
        QJsonObject o;
        QVERIFY(exportCustomer(t.sql(), QStringLiteral("C1"), &o, &error));
        QCOMPARE(o.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("VIP")});
        const QJsonObject f = o.value(QStringLiteral("fields")).toObject();
        QCOMPARE(f.value(QStringLiteral("Birthday")).toString(), QStringLiteral("1990-05-17"));
        QCOMPARE(f.value(QStringLiteral("Member")).toString(), QStringLiteral("yes"));
        QVERIFY(!f.contains(QStringLiteral("Allergies")));
        EraseReport r;
        QVERIFY2(eraseCustomer(t.sql(), QStringLiteral("C1"), false, &r, &error),
                 qPrintable(error));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = 1"))
                .toInt(),
            0);
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT count(*) FROM customer_field_values WHERE customer_id = 1"))
                     .toInt(),
                 0);
        QCOMPARE(CustomerTags(t.sql()).of(2),
                 QStringList{QStringLiteral("VIP")}); // others keep theirs
    }
};

QTEST_GUILESS_MAIN(TestCustomerTags)
#include "tst_customertags.moc"
