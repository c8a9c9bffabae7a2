// The store: schema version 1 as documented, created through migrations,
// with its pragmas, permissions and refusals.

#include "core/customers/customerkeys.h"
#include "core/customers/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "core/surveys/printedforms.h"
#include "core/surveys/surveyentry.h"
#include "tests/common/testdb.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace cx;

namespace {

// Opens a copy of a database checked in under tests/data (the original stays
// as it is), upgraded as CX Desk upgrades any file it opens.
bool openCopyOf(const char* fixture, const QTemporaryDir& dir, Database& db, QString* error)
{
    const QString source = QString::fromLocal8Bit(qgetenv("CXDESK_TEST_DATA")) + QLatin1Char('/') +
                           QLatin1String(fixture);
    const QString path = dir.filePath(QLatin1String(fixture));
    if (!QFile::copy(source, path)) {
        *error = QStringLiteral("cannot copy %1").arg(source);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return db.open(path, error);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QStringList columns(QSqlDatabase& db, const QString& table)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private slots:
    void createsTheCurrentSchema()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        QCOMPARE(t.db().schemaVersion(), Database::SchemaVersion);
        QCOMPARE(Database::SchemaVersion, 9);
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::ApplicationId);
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        QVERIFY(t.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    }

    void contractColumnsExist_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("required");
        auto l = [](const char* s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
        QTest::newRow("customers")
            << "customers"
            << l("id uuid external_id name email phone segment first_contact_on converted_on "
                 "churned_on notes row_version");
        QTest::newRow("channels") << "channels" << l("id name");
        QTest::newRow("journeys") << "journeys" << l("id name persona description row_version");
        QTest::newRow("stages") << "stages"
                                << l("id journey_id name position lifecycle_phase row_version");
        QTest::newRow("touchpoints")
            << "touchpoints" << l("id stage_id channel_id name position row_version");
        QTest::newRow("interactions")
            << "interactions"
            << l("id uuid customer_id touchpoint_id channel_id occurred_at kind outcome "
                 "staff_rating customer_rating resolved_at notes row_version");
        QTest::newRow("surveys") << "surveys"
                                 << l("id uuid title touchpoint_id status row_version");
        QTest::newRow("questions")
            << "questions" << l("id survey_id position code kind text required row_version");
        QTest::newRow("responses")
            << "responses"
            << l("id uuid survey_id customer_id channel_id touchpoint_id submitted_at source");
        QTest::newRow("answers") << "answers" << l("response_id question_id value_num value_text");
        QTest::newRow("actions")
            << "actions"
            << l("id customer_id response_id interaction_id title status due_on created_at "
                 "closed_at row_version");
    }
    void contractColumnsExist()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, required);
        cxtest::TestDb t;
        const QStringList have = columns(t.sql(), table);
        for (const QString& c : required)
            QVERIFY2(have.contains(c), qPrintable(table + QLatin1Char('.') + c));
    }

    void seedsChannels()
    {
        cxtest::TestDb t;
        QSqlQuery q(t.sql());
        q.exec(QStringLiteral("SELECT name FROM channels ORDER BY id"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names, QStringList({"Web", "Mobile app", "Store", "Call center", "IVR",
                                     "Social media", "Email", "Self-service", "In person"}));
    }

    void indexesCoverFilters()
    {
        cxtest::TestDb t;
        // Each filter the metrics and lists use is answered from an index.
        const QStringList plans = {
            QStringLiteral("SELECT * FROM interactions WHERE occurred_at >= '2026-01-01'"),
            QStringLiteral("SELECT * FROM interactions WHERE customer_id = 1"),
            QStringLiteral("SELECT * FROM interactions WHERE channel_id = 1"),
            QStringLiteral("SELECT * FROM interactions WHERE touchpoint_id = 1"),
            QStringLiteral("SELECT * FROM responses WHERE submitted_at >= '2026-01-01'"),
            QStringLiteral("SELECT * FROM responses WHERE survey_id = 1"),
            QStringLiteral("SELECT * FROM responses WHERE customer_id = 1"),
            QStringLiteral("SELECT * FROM customers WHERE segment = 'x'"),
            QStringLiteral("SELECT * FROM customers WHERE converted_on >= '2026-01-01'"),
            QStringLiteral("SELECT * FROM actions WHERE status = 'open' AND due_on < '2026-01-01'"),
        };
        for (const QString& sql : plans) {
            QSqlQuery q(t.sql());
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            QString plan;
            while (q.next())
                plan += q.value(3).toString();
            QVERIFY2(plan.contains(QLatin1String("USING INDEX")) ||
                         plan.contains(QLatin1String("USING COVERING INDEX")),
                     qPrintable(sql + QStringLiteral(" -> ") + plan));
        }
    }

    void fileIsOwnerOnly()
    {
        cxtest::TestDb t;
        const QFile::Permissions p = QFile::permissions(t.path());
        QVERIFY(p & QFileDevice::ReadOwner);
        QVERIFY(p & QFileDevice::WriteOwner);
        QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                       QFileDevice::WriteOther)));
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(execSql(db.sql(), QStringLiteral("INSERT INTO journeys (name) VALUES ('Kept')"),
                            &error));
        }
        Database db;
        QVERIFY(db.open(path, &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM journeys")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Kept"));
    }

    void refusesTextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is a shopping list, not a database\n").repeated(200));
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("is not a database file")), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), qint64(8000)); // untouched
    }

    void refusesOtherSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(
                QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("not a CX Desk database")), qPrintable(error));
    }

    void refusesNewerSchema()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral("PRAGMA user_version = 99")));
        const QString path = t.path();
        t.db().close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer CX Desk")), qPrintable(error));
    }

    void missingFolderIsAClearErrorAndCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void upgradesCheckedInVersionOne()
    {
        // Databases of every earlier schema version are checked in and must open.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openCopyOf("schema-v1.sqlite", dir, db, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customers WHERE external_id = 'V1-1'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Version One"));
        // Version 2: the daily sums gain every interaction and every rating of the version 1 rows
        // (5/2, -/4 and 4/- on one day), and new interactions keep them up to date.
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT n, customer_n, customer_total, staff_n, staff_total, gap_n, staff_sum, "
                    "customer_sum FROM daily_interactions")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toInt(), 6);
        QCOMPARE(q.value(3).toInt(), 2);
        QCOMPARE(q.value(4).toInt(), 9);
        QCOMPARE(q.value(5).toInt(), 1);
        QCOMPARE(q.value(6).toInt(), 5);
        QCOMPARE(q.value(7).toInt(), 2);
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interactions (uuid, touchpoint_id, channel_id, "
                                      "occurred_at, customer_rating) "
                                      "VALUES ('v2-i1', 1, 3, '2025-01-02T13:00:00+00:00', 1)")));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT n, customer_n, customer_total FROM daily_interactions")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toInt(), 7);
        QVERIFY(q.exec(
            QStringLiteral("UPDATE touchpoints SET target = 4.5, owner = 'Sam' WHERE id = 1")));
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE touchpoints SET target = 6 WHERE id = 1"))); // a 1-5 score
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE stages SET expected_emotion = 3 WHERE id = 1"))); // -2 to +2
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE journeys SET persona_goals = 'Coffee in five minutes' WHERE id = 1")));
    }

    void upgradesCheckedInVersionThree()
    {
        // A sample business written by the version that read schema 3.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openCopyOf("schema-v3.sqlite", dir, db, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.sql());
        // Version 4: every edited record starts at row version 1, not yet changed.
        for (const char* table : {"customers", "interactions", "actions", "journeys", "stages",
                                  "touchpoints", "surveys", "questions", "settings"}) {
            // (name_order is written on opening by version 5, after this upgrade)
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*), min(row_version), max(row_version), "
                               "count(updated_at) FROM %1%2")
                    .arg(QLatin1String(table), qstrcmp(table, "settings") == 0
                                                   ? QStringLiteral(" WHERE key <> 'name_order'")
                                                   : QString())));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() > 0, table);
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toInt(), 1);
            QCOMPARE(q.value(3).toInt(), 0);
        }
        q.finish();
        // An update from another tool raises the version and says when.
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM customers")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(
            QStringLiteral("UPDATE customers SET notes = 'Edited by hand' WHERE id = %1").arg(id)));
        QVERIFY(q.exec(QStringLiteral("SELECT row_version, updated_at FROM customers WHERE id = %1")
                           .arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY2(QDateTime::fromString(q.value(1).toString(), Qt::ISODate).isValid(),
                 qPrintable(q.value(1).toString()));
        q.finish();
        // CX Desk's own update raises it once, not twice.
        auto c = CustomerRepository(db.sql()).byId(id);
        QVERIFY(c);
        c->notes = QStringLiteral("Edited in CX Desk");
        QVERIFY2(CustomerRepository(db.sql()).update(*c, &error), qPrintable(error));
        QCOMPARE(c->rowVersion, 3);
        QCOMPARE(CustomerRepository(db.sql()).byId(id)->rowVersion, 3);
        QCOMPARE(checkDatabase(db.sql()), QStringList());
    }

    void upgradesCheckedInVersionFour()
    {
        // A sample business written by the version that read schema 4, with
        // one customer whose name has accents.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openCopyOf("schema-v4.sqlite", dir, db, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.sql());
        // Version 5: every customer got its search and sort keys on opening,
        // without counting as an edit.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(search_key), count(sort_key), "
                                      "max(row_version) FROM customers")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 1);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        QCOMPARE(q.value(2).toInt(), q.value(0).toInt());
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT id, search_key FROM customers WHERE external_id = "
                                      "'C-9001'")) &&
                q.next());
        const qint64 id = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(),
                 QStringLiteral("zoe muller | zoe.muller@example.org | c-9001 | 07700123456"));
        q.finish();
        QCOMPARE(CustomerRepository(db.sql()).findOne(QStringLiteral("MULLER")), id);
        // A name changed by another tool loses its keys (the row version rises
        // as before) and gets them again from CX Desk, which is not an edit.
        QVERIFY(q.exec(
            QStringLiteral("UPDATE customers SET name = 'Zoë Fenwick' WHERE id = %1").arg(id)));
        QVERIFY(q.exec(QStringLiteral("SELECT search_key IS NULL AND sort_key IS NULL, "
                                      "row_version FROM customers WHERE id = %1")
                           .arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 2);
        q.finish();
        int written = 0;
        QVERIFY2(refreshCustomerKeys(db.sql(), &error, QString(), &written), qPrintable(error));
        QCOMPARE(written, 1);
        QVERIFY(q.exec(QStringLiteral("SELECT search_key, row_version FROM customers WHERE id = %1")
                           .arg(id)) &&
                q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("zoe fenwick | ")));
        QCOMPARE(q.value(1).toInt(), 2);
        q.finish();
        // The tables of version 5 are there and linked.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (%1, "
                                      "'VIP')")
                           .arg(id)));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (%1, "
                                       "'vip')")
                            .arg(id))); // once per customer, whatever its case
        QVERIFY(q.exec(QStringLiteral("INSERT INTO action_notes (action_id, written_at, text) "
                                      "SELECT min(id), '2026-03-01T10:00:00Z', 'Called' FROM "
                                      "actions")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO contacts (customer_id, contacted_at, how) "
                                       "VALUES (%1, '2026-03-01T10:00:00Z', 'pigeon')")
                            .arg(id)));
        QCOMPARE(checkDatabase(db.sql()), QStringList());
    }

    void upgradesCheckedInVersionFive()
    {
        // A sample business written by the version that read schema 5, with
        // three paper cards (forms 100 to 102 of survey 2) entered.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(openCopyOf("schema-v5.sqlite", dir, db, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        // Version 6: printed batches, none recorded yet; the next batch starts
        // after the last card entered, as before.
        QCOMPARE(columns(db.sql(), QStringLiteral("printed_forms")),
                 QStringList({QStringLiteral("id"), QStringLiteral("survey_id"),
                              QStringLiteral("first_number"), QStringLiteral("last_number"),
                              QStringLiteral("printed_at")}));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM printed_forms")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QCOMPARE(nextFormNumber(db.sql(), 2), qint64(103));
        QVERIFY2(recordPrintedForms(db.sql(), 2, 103, 50, nullptr, &error), qPrintable(error));
        QCOMPARE(nextFormNumber(db.sql(), 2), qint64(153));
        // A batch belongs to a survey, and runs forwards.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO printed_forms (survey_id, first_number, "
                                       "last_number, printed_at) VALUES (999, 1, 2, 'x')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO printed_forms (survey_id, first_number, "
                                       "last_number, printed_at) VALUES (2, 5, 4, 'x')")));
        QCOMPARE(checkDatabase(db.sql()), QStringList());
    }

    // A second connection opened from the first one's location (a page's
    // reading thread) reads the same data and, when it goes, does not wait
    // for the first one's readers to tidy the log.
    void aConnectionBesideLeavesTheLogAlone()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral("INSERT INTO journeys (name) VALUES ('Visit')")));
        QSqlQuery reading(t.sql());
        QVERIFY(reading.exec(QStringLiteral("SELECT name FROM journeys")) && reading.next());
        QElapsedTimer timer;
        timer.start();
        {
            Database beside;
            QString error;
            QVERIFY2(beside.open(t.db().location(), &error), qPrintable(error));
            QCOMPARE(beside.path(), t.db().path());
            QSqlQuery q(beside.sql());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM journeys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reading.value(0).toString(), QStringLiteral("Visit"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        cxtest::TestDb t;
        {
            Transaction tx(t.sql());
            QVERIFY(tx.isActive());
            QVERIFY(t.exec(QStringLiteral("INSERT INTO journeys (name) VALUES ('Dropped')")));
        }
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM journeys")).toInt(), 0);
        {
            Transaction tx(t.sql());
            QVERIFY(t.exec(QStringLiteral("INSERT INTO journeys (name) VALUES ('Kept')")));
            QString error;
            QVERIFY(tx.commit(&error));
        }
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM journeys")).toInt(), 1);
    }

    void foreignKeysEnforced()
    {
        cxtest::TestDb t;
        QSqlQuery q(t.sql());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO stages (journey_id, name) VALUES (42, 'Orphan')")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
