// The daily sums behind the dashboard stay equal to the raw rows through
// every kind of change: inserts, edits, deletes and cascading deletes.

#include "core/metrics/dailysums.h"
#include "core/storage/bulkload.h"
#include "core/storage/database.h"
#include "core/storage/sqlutil.h"
#include "tests/common/windowfixture.h"

#include <QSqlQuery>
#include <QtTest>

using namespace cx;

namespace {
// Both sides as "key=n" lines, sorted, zero rows left out.
QStringList answerSums(cxtest::TestDb& t, bool daily)
{
    const QString sql =
        daily ? QStringLiteral("SELECT day || '|' || survey_id || '|' || channel_id || '|' || "
                               "touchpoint_id || '|' || kind || '|' "
                               "|| value || '=' || n FROM daily_answers WHERE n <> 0 ORDER BY 1")
              : QStringLiteral(
                    "SELECT substr(r.submitted_at, 1, 10) || '|' || r.survey_id || '|' || "
                    "coalesce(r.channel_id, 0) "
                    "|| '|' || coalesce(r.touchpoint_id, 0) || '|' || q.kind || '|' || a.value_num "
                    "|| '=' || count(*) "
                    "FROM answers a JOIN responses r ON r.id = a.response_id JOIN questions q ON "
                    "q.id = a.question_id "
                    "WHERE q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno') AND a.value_num IS "
                    "NOT NULL GROUP BY "
                    "substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), "
                    "coalesce(r.touchpoint_id, 0), q.kind, a.value_num ORDER BY 1");
    QStringList out;
    QSqlQuery q(t.sql());
    q.exec(sql);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList interactionSums(cxtest::TestDb& t, bool daily)
{
    const QString sql =
        daily ? QStringLiteral("SELECT day || '|' || channel_id || '|' || touchpoint_id || '=' || "
                               "resolved_n || ',' || resolved_ms "
                               "|| ',' || gap_n || ',' || staff_sum || ',' || customer_sum || ',' "
                               "|| n || ',' || customer_n || ',' "
                               "|| customer_total || ',' || staff_n || ',' || staff_total FROM "
                               "daily_interactions "
                               "WHERE n <> 0 ORDER BY 1")
              : QStringLiteral(
                    "SELECT * FROM (SELECT substr(occurred_at, 1, 10) || '|' || "
                    "coalesce(channel_id, 0) || '|' || "
                    "coalesce(touchpoint_id, 0) || '=' || count(resolution_hours) || ',' || "
                    "coalesce(sum(CAST(round(resolution_hours * 3600000.0) AS BIGINT)), 0) || ',' "
                    "|| "
                    "count(staff_rating + customer_rating) || ',' || coalesce(sum(staff_rating + 0 "
                    "* customer_rating), 0) "
                    "|| ',' || coalesce(sum(customer_rating + 0 * staff_rating), 0) || ',' || "
                    "count(*) || ',' || "
                    "count(customer_rating) || ',' || coalesce(sum(customer_rating), 0) || ',' || "
                    "count(staff_rating) "
                    "|| ',' || coalesce(sum(staff_rating), 0) AS line FROM interactions "
                    "GROUP BY substr(occurred_at, 1, 10), coalesce(channel_id, 0), "
                    "coalesce(touchpoint_id, 0)) AS sums "
                    "ORDER BY 1");
    QStringList out;
    QSqlQuery q(t.sql());
    q.exec(sql);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The sample business these tests start from, its history ending on a fixed day.
cxtest::SampleData sample()
{
    cxtest::SampleData data;
    data.customers = 200;
    data.interactions = 1500;
    data.responses = 600;
    data.end = QDate(2026, 6, 30);
    return data;
}
} // namespace

class TestDailySums : public QObject
{
    Q_OBJECT

private slots:
    void afterTheSampleFill()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, sample()));
        QVERIFY(answerSums(t, true).size() > 50);
        QCOMPARE(answerSums(t, true), answerSums(t, false));
        QCOMPARE(interactionSums(t, true), interactionSums(t, false));
    }

    // A bulk load of interactions leaves the answers' triggers working and
    // rebuilds only the interaction sums; a rollback brings everything back.
    void bulkLoadSuspendsOnlyItsTables()
    {
        if (cxtest::onServer())
            QSKIP("a server keeps the indexes and triggers through a bulk load (sqlite_master)");
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, sample()));
        const QString schema =
            QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                           "WHERE type IN ('index', 'trigger') ORDER BY name)");
        const QString before = t.scalar(schema).toString();
        const QStringList answersBefore = answerSums(t, true);
        for (bool commit : {false, true}) {
            Transaction tx(t.sql());
            QVERIFY(tx.isActive());
            BulkLoad bulk;
            QString error;
            QVERIFY2(bulk.suspend(t.sql(), {QStringLiteral("interactions")}, &error),
                     qPrintable(error));
            QCOMPARE(
                t.scalar(QStringLiteral(
                             "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'interactions' "
                             "AND type IN ('index', 'trigger') AND sql IS NOT NULL"))
                    .toInt(),
                0);
            QVERIFY(t.scalar(QStringLiteral(
                                 "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'answers' "
                                 "AND type = 'trigger'"))
                        .toInt() > 0);
            QVERIFY(execSql(
                t.sql(),
                QStringLiteral(
                    "INSERT INTO interactions (uuid, channel_id, occurred_at, staff_rating, "
                    "customer_rating, resolved_at) SELECT 'bulk-' || id, channel_id, "
                    "occurred_at, 5, 1, occurred_at FROM interactions LIMIT 40"),
                &error));
            // An answer written meanwhile is summed by its trigger, as always.
            QVERIFY2(
                execSql(
                    t.sql(),
                    QStringLiteral(
                        "UPDATE answers SET value_num = 10 WHERE value_num < 10 AND "
                        "question_id IN (SELECT id FROM questions WHERE kind = 'nps') AND "
                        "response_id = (SELECT min(response_id) FROM answers a JOIN questions q "
                        "ON q.id = a.question_id WHERE q.kind = 'nps' AND a.value_num < 10)"),
                    &error),
                qPrintable(error));
            QVERIFY2(bulk.restore(t.sql(), &error), qPrintable(error));
            QCOMPARE(t.scalar(schema).toString(), before);
            QCOMPARE(interactionSums(t, true), interactionSums(t, false));
            QCOMPARE(answerSums(t, true), answerSums(t, false));
            QVERIFY(answerSums(t, true) != answersBefore);
            if (commit)
                QVERIFY(tx.commit(&error));
        }
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE uuid LIKE 'bulk-%'"))
                .toInt(),
            40);
        QCOMPARE(t.scalar(schema).toString(), before);
    }

    void bulkWriteModeIsPutBack()
    {
        if (cxtest::onServer())
            QSKIP("SQLite's journal and cache settings (PRAGMA); a server has none to put back");
        cxtest::TestDb t;
        auto pragma = [&](const char* name) {
            return t.scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))).toString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        const QString cache = pragma("cache_size");
        {
            BulkWriteMode mode(t.sql(), 4096, BulkWriteMode::Journal::Rollback,
                               BulkWriteMode::ForeignKeys::Vouched);
            QCOMPARE(pragma("journal_mode"), QStringLiteral("delete"));
            QCOMPARE(pragma("foreign_keys"), QStringLiteral("0"));
            QCOMPARE(pragma("cache_size"), QStringLiteral("-4096"));
        }
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("cache_size"), cache);
        {
            BulkWriteMode mode(t.sql(), 4096, BulkWriteMode::Journal::Keep);
            QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
            QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        }
    }

    void followEveryChange_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("new answer")
            << "INSERT INTO answers (response_id, question_id, value_num) "
               "SELECT r.id, q.id, 4 FROM responses r JOIN questions q ON q.survey_id = "
               "r.survey_id "
               "WHERE q.kind = 'rating' AND NOT EXISTS (SELECT 1 FROM answers a WHERE "
               "a.response_id = r.id AND a.question_id = q.id) LIMIT 5";
        QTest::newRow("answer value")
            << "UPDATE answers SET value_num = 0 WHERE value_num = 10 AND question_id IN "
               "(SELECT id FROM questions WHERE kind = 'nps')";
        QTest::newRow("answer deleted") << "DELETE FROM answers WHERE response_id % 9 = 0";
        QTest::newRow("response moved")
            << "UPDATE responses SET submitted_at = '2026-01-01T12:00:00Z', channel_id = 5 "
               "WHERE id % 7 = 0";
        QTest::newRow("response deleted") << "DELETE FROM responses WHERE id % 5 = 0";
        QTest::newRow("question kind")
            << "UPDATE questions SET kind = 'rating' WHERE kind = 'csat'";
        QTest::newRow("question deleted") << "DELETE FROM questions WHERE kind = 'ces'";
        QTest::newRow("survey deleted") << "DELETE FROM surveys WHERE id = 2";
        QTest::newRow("interaction edited")
            << "UPDATE interactions SET staff_rating = 1, resolved_at = NULL WHERE id % 3 = 0";
        QTest::newRow("interaction resolved")
            << "UPDATE interactions SET resolved_at = '2026-07-01T10:00:00.125+02:00' "
               "WHERE resolved_at IS NULL";
        QTest::newRow("interaction moved")
            << "UPDATE interactions SET occurred_at = '2026-02-02T09:00:00Z', "
               "touchpoint_id = 3 WHERE id % 4 = 0 AND (resolved_at IS NULL OR "
               "resolved_at > '2026-02-02T09:00:00Z')";
        QTest::newRow("interaction deleted") << "DELETE FROM interactions WHERE id % 2 = 0";
        QTest::newRow("touchpoint deleted") << "DELETE FROM touchpoints WHERE id = 4";
        QTest::newRow("customer erased") << "DELETE FROM customers WHERE id < 20";
    }
    void followEveryChange()
    {
        QFETCH(QString, change);
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, sample()));
        QVERIFY(t.exec(change));
        QCOMPARE(answerSums(t, true), answerSums(t, false));
        QCOMPARE(interactionSums(t, true), interactionSums(t, false));
    }
};

QTEST_GUILESS_MAIN(TestDailySums)
#include "tst_dailysums.moc"
