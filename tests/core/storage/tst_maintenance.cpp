// check, backup and restore.

#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "tests/common/testdb.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace cx;

namespace {
const char* const kSound = R"(
INSERT INTO customers (id, uuid, name) VALUES (1, 'u1', 'Ann');
INSERT INTO surveys (id, uuid, title) VALUES (1, 's1', 'Visit');
INSERT INTO questions (id, survey_id, code, kind, text) VALUES (1, 1, 'nps', 'nps', 'Recommend?'), (2, 1, 'c', 'csat', 'Happy?'), (3, 1, 'y', 'yesno', 'Back?');
INSERT INTO responses (id, uuid, survey_id, customer_id, submitted_at) VALUES (1, 'r1', 1, 1, '2026-03-01T10:00:00+01:00');
INSERT INTO answers (response_id, question_id, value_num) VALUES (1, 1, 10), (1, 2, 5), (1, 3, 1);
INSERT INTO interactions (id, uuid, customer_id, occurred_at, staff_rating, resolved_at) VALUES (1, 'i1', 1, '2026-03-01T10:00:00+01:00', 4, '2026-03-01T10:30:00+01:00')
)";
// Every row of a table, in order, as text: to compare a table before and after.
QString tableText(cxtest::TestDb& t, const char* table)
{
    QSqlQuery q(t.sql());
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4").arg(QLatin1String(table)));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << q.value(c).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    // Rows that tie on the first columns come in any order on a server.
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}

// Backups and restores of files; tst_cliserver and tst_copy show them on a server.
const char* const kFileOnly = "about SQLite files (VACUUM INTO, the file kept beside)";

// Lets the test write what the schema's checks refuse, as another tool
// might have: SQLite is told to ignore them, a server loses them.
bool allowBadValues(cxtest::TestDb& t)
{
    if (!cxtest::onServer())
        return t.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    QSqlQuery q(t.sql());
    QStringList drops;
    if (!q.exec(QStringLiteral(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE contype = 'c' AND connamespace = current_schema()::regnamespace")))
        return false;
    while (q.next())
        drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT \"%2\"")
                     .arg(q.value(0).toString(), q.value(1).toString());
    return t.exec(drops.join(QStringLiteral(";\n")));
}
} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void soundDatabaseIsOk()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kSound)));
        QCOMPARE(checkDatabase(t.sql()), QStringList());
    }

    void findsEachProblem_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("staff rating") << "UPDATE interactions SET staff_rating = 9"
                                      << "staff_rating 9 is outside 1-5";
        QTest::newRow("customer rating") << "UPDATE interactions SET customer_rating = 0"
                                         << "customer_rating 0 is outside 1-5";
        QTest::newRow("nps 11") << "UPDATE answers SET value_num = 11 WHERE question_id = 1"
                                << "(nps): 11.0 is outside 0-10";
        QTest::newRow("csat 0") << "UPDATE answers SET value_num = 0 WHERE question_id = 2"
                                << "(csat): 0.0 is outside 1-5";
        QTest::newRow("yesno 2") << "UPDATE answers SET value_num = 2 WHERE question_id = 3"
                                 << "(yesno): 2.0 is outside 0-1";
        QTest::newRow("resolved before")
            << "UPDATE interactions SET resolved_at = '2026-03-01T08:00:00+01:00'"
            << "is before occurred_at";
        QTest::newRow("bad timestamp") << "UPDATE interactions SET occurred_at = 'last Tuesday'"
                                       << "is not a timestamp";
        QTest::newRow("bad date") << "UPDATE customers SET converted_on = '2026-02-31'"
                                  << "converted_on '2026-02-31' is not a date";
        // A server enforces every reference as it writes: nothing to find there.
        if (!cxtest::onServer())
            QTest::newRow("foreign key")
                << "PRAGMA foreign_keys = OFF;\nUPDATE responses SET customer_id = 99"
                << "foreign key: responses row 1 points to a missing customers row";
    }
    void findsEachProblem()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kSound)));
        QVERIFY(allowBadValues(t));
        QVERIFY(t.exec(damage));
        const QStringList problems = checkDatabase(t.sql());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
    }

    void findsDuplicateQuestionCodes()
    {
        // The schema forbids duplicates; a file edited by another tool may still hold them.
        // Rebuild the questions table without its UNIQUE constraint to make one.
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kSound)));
        if (cxtest::onServer()) {
            QSqlQuery q(t.sql());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT conname FROM pg_constraint WHERE contype = 'u' AND conrelid = "
                "'questions'::regclass")));
            QStringList drops;
            while (q.next())
                drops << QStringLiteral("ALTER TABLE questions DROP CONSTRAINT \"%1\"")
                             .arg(q.value(0).toString());
            QVERIFY(t.exec(drops.join(QStringLiteral(";\n"))));
            drops.clear();
            QVERIFY(q.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = "
                                          "'questions' AND indexdef LIKE 'CREATE UNIQUE%' AND "
                                          "indexdef LIKE '%code%'")));
            while (q.next())
                drops << QStringLiteral("DROP INDEX \"%1\"").arg(q.value(0).toString());
            // kSound numbered its rows itself, so the server's numbering is still at 1.
            drops << QStringLiteral("INSERT INTO questions (id, survey_id, position, code, kind, "
                                    "text) VALUES (4, 1, 9, 'nps', 'nps', 'Again?')");
            QVERIFY(t.exec(drops.join(QStringLiteral(";\n"))));
        } else
            QVERIFY(
                t.exec(QStringLiteral("PRAGMA foreign_keys = OFF;\n"
                                      "CREATE TABLE q2 AS SELECT * FROM questions;\n"
                                      "DROP TABLE questions;\n"
                                      "CREATE TABLE questions (id INTEGER PRIMARY KEY, survey_id "
                                      "INTEGER, position INTEGER, code TEXT, kind TEXT, "
                                      "text TEXT, required INTEGER, options TEXT, label_min TEXT, "
                                      "label_max TEXT, show_if TEXT, row_version INTEGER, "
                                      "updated_at TEXT, option_codes TEXT);\n"
                                      "INSERT INTO questions SELECT * FROM q2;\n"
                                      "DROP TABLE q2;\n"
                                      "INSERT INTO questions (survey_id, position, code, kind, "
                                      "text) VALUES (1, 9, 'nps', 'nps', 'Again?')")));
        const QStringList problems = checkDatabase(t.sql());
        QCOMPARE(problems,
                 QStringList{QStringLiteral("survey 1: question code 'nps' is used 2 times")});
    }

    void capsRepeatedProblems()
    {
        cxtest::TestDb t;
        QVERIFY(allowBadValues(t));
        QVERIFY(t.exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 60) "
            "INSERT INTO interactions (uuid, occurred_at, staff_rating) SELECT 'u' || x, "
            "'2026-03-01T10:00:00Z', 7 FROM n")));
        const QStringList problems = checkDatabase(t.sql(), 50);
        QCOMPARE(problems.size(), 51);
        QCOMPARE(problems.last(), QStringLiteral("... and 10 more like the line above"));
    }

    // The daily sums behind the dashboard against the raw rows they sum.
    void findsAndRepairsDriftedDailySums_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("answer counted twice")
            << "UPDATE daily_answers SET n = n + 1 WHERE kind = 'nps'"
            << "daily sums: 2026-03-01, survey 1, channel 0, touchpoint 0, nps = 10: 2 counted, "
               "the responses hold 1";
        QTest::newRow("answers missing") << "DELETE FROM daily_answers WHERE kind = 'csat'"
                                         << "csat = 5: 0 counted, the responses hold 1";
        QTest::newRow("answers without a response")
            << "INSERT INTO daily_answers VALUES ('2026-03-02', 1, 0, 0, 'nps', 9, 3)"
            << "daily sums: 2026-03-02, survey 1, channel 0, touchpoint 0, nps = 9: 3 counted, the "
               "responses hold 0";
        QTest::newRow("interaction sum")
            << "UPDATE daily_interactions SET staff_sum = staff_sum + 2"
            << "daily sums: 2026-03-01, channel 0, touchpoint 0: the interaction sums differ";
        QTest::newRow("interactions missing")
            << "DELETE FROM daily_interactions"
            << "daily sums: 2026-03-01, channel 0, touchpoint 0: the interaction sums differ";
        QTest::newRow("interactions without rows")
            << "INSERT INTO daily_interactions (day, channel_id, touchpoint_id, resolved_n, "
               "resolved_ms, gap_n, staff_sum, "
               "customer_sum, n) VALUES ('2026-03-05', 0, 0, 0, 0, 0, 0, 0, 1)"
            << "daily sums: 2026-03-05, channel 0, touchpoint 0: the interaction sums differ";
    }
    void findsAndRepairsDriftedDailySums()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kSound)));
        const QString answers = tableText(t, "daily_answers"),
                      interactions = tableText(t, "daily_interactions");
        QVERIFY(t.exec(damage));
        const QStringList problems = checkDatabase(t.sql());
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
        QCOMPARE(problems.last(),
                 QStringLiteral(
                     "daily sums: rebuild them from the raw rows with: cxdesk check --repair"));
        QString error;
        QVERIFY2(repairDailySums(t.sql(), &error), qPrintable(error));
        QCOMPARE(checkDatabase(t.sql()), QStringList());
        QCOMPARE(tableText(t, "daily_answers"), answers);
        QCOMPARE(tableText(t, "daily_interactions"), interactions);
    }

    void sumsBroughtToZeroAreNotDrift()
    {
        // Deleting the only response leaves its day's rows at zero: that is
        // what the triggers do, not a difference from the rows.
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kSound)));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM responses;\nDELETE FROM interactions")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM daily_answers WHERE n = 0")).toInt(),
                 3);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM daily_interactions WHERE n = 0")).toInt(),
            1);
        QCOMPARE(checkDatabase(t.sql()), QStringList());
    }

    void repairIsAllOrNothing()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kSound)));
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE daily_answers SET n = 7;\nUPDATE daily_interactions SET staff_sum = 9")));
        const QString answers = tableText(t, "daily_answers");
        // The interaction sums cannot be written: the answers rebuilt before them must not stay
        // either.
        if (cxtest::onServer())
            QVERIFY(t.exec(QStringLiteral(
                "CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'disk full'; END $$;\n"
                "CREATE TRIGGER disk_full BEFORE INSERT ON daily_interactions FOR EACH ROW "
                "EXECUTE FUNCTION full_disk()")));
        else
            QVERIFY(t.exec(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON daily_interactions "
                                          "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        QString error;
        QVERIFY(!repairDailySums(t.sql(), &error));
        QVERIFY2(error.contains(QLatin1String("disk full")), qPrintable(error));
        QCOMPARE(tableText(t, "daily_answers"), answers);
        QCOMPARE(checkDatabase(t.sql()).size(), 4 + 1);
    }

    void backupWhileAnotherConnectionWrites()
    {
        if (cxtest::onServer())
            QSKIP(kFileOnly);
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kSound)));
        // A second connection holds an open write transaction with uncommitted rows.
        Database writer;
        QString error;
        QVERIFY(writer.open(t.path(), &error));
        Transaction tx(writer.sql());
        QVERIFY(tx.isActive());
        QVERIFY(QSqlQuery(writer.sql())
                    .exec(QStringLiteral(
                        "INSERT INTO customers (uuid, name) VALUES ('u2', 'Uncommitted')")));

        const QString target = t.dir() + QStringLiteral("/backup.sqlite");
        QVERIFY2(backupDatabase(t.sql(), target, &error), qPrintable(error));
        tx.rollback();
        QVERIFY(!(QFile::permissions(target) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        Database copy;
        QVERIFY2(copy.open(target, &error), qPrintable(error));
        QCOMPARE(checkDatabase(copy.sql()), QStringList());
        QSqlQuery q(copy.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM customers")) && q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("Ann")); // a consistent snapshot, without the open write
    }

    void backupRefusesItselfAndMissingFolders()
    {
        if (cxtest::onServer())
            QSKIP(kFileOnly);
        cxtest::TestDb t;
        QString error;
        QVERIFY(!backupDatabase(t.sql(), t.path(), &error));
        QVERIFY(error.contains(QLatin1String("the database itself")));
        QVERIFY(!backupDatabase(t.sql(), t.dir() + QStringLiteral("/nope/b.sqlite"), &error));
        QVERIFY(error.contains(QLatin1String("does not exist")));
    }

    void restoreKeepsThePreviousFile()
    {
        if (cxtest::onServer())
            QSKIP(kFileOnly);
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(live, &error));
            QVERIFY(execSql(db.sql(),
                            QStringLiteral("INSERT INTO journeys (name) VALUES ('Old journey')"),
                            &error));
            QVERIFY(backupDatabase(db.sql(), backup, &error));
            QVERIFY(execSql(db.sql(),
                            QStringLiteral("UPDATE journeys SET name = 'Changed after the backup'"),
                            &error));
        }
        QString kept;
        QVERIFY2(restoreDatabase(backup, live, &kept, &error), qPrintable(error));
        QVERIFY(kept.contains(QLatin1String("live.sqlite.before-restore-")));
        Database restored;
        QVERIFY(restored.open(live, &error));
        QSqlQuery q(restored.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM journeys")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Old journey"));
        Database previous;
        QVERIFY(previous.open(kept, &error));
        QSqlQuery p(previous.sql());
        QVERIFY(p.exec(QStringLiteral("SELECT name FROM journeys")) && p.next());
        QCOMPARE(p.value(0).toString(), QStringLiteral("Changed after the backup"));
        QVERIFY(QFileInfo::exists(backup)); // the backup itself is left as it was
    }

    void restoreRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray() << "no such file";
        QTest::newRow("empty") << QByteArray("") << "the file is empty";
        QTest::newRow("text") << QByteArray("name,email\nAnn,ann@example.com\n").repeated(100)
                              << "not a database file";
        QByteArray damaged;
        {
            // A real CX Desk database with its pages scrambled past the header.
            QTemporaryDir d;
            Database db;
            QString e;
            const QString p = d.filePath(QStringLiteral("x.sqlite"));
            if (db.open(p, &e)) {
                db.close();
                QFile f(p);
                f.open(QIODevice::ReadOnly);
                damaged = f.readAll();
                for (int i = 4096 * 2; i < damaged.size(); i += 7)
                    damaged[i] = char(0x5A);
            }
        }
        QTest::newRow("damaged") << damaged << "restore from";
    }
    void restoreRefusesBadFiles()
    {
        if (cxtest::onServer())
            QSKIP(kFileOnly);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString source = dir.filePath(QStringLiteral("source.bin"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(live, &error));
            QVERIFY(execSql(db.sql(),
                            QStringLiteral("INSERT INTO journeys (name) VALUES ('Still here')"),
                            &error));
        }
        if (!content.isNull()) {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        QString kept;
        QVERIFY(!restoreDatabase(source, live, &kept, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before); // nothing changed on disk
        Database db;
        QVERIFY(db.open(live, &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM journeys")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Still here"));
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
