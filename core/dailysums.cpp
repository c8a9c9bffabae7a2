#include "dailysums.h"
#include "text.h"

#include "database.h"

#include <QSqlQuery>

namespace cx {

bool rebuildDailySums(QSqlDatabase& db, QString* error, int which)
{
    // The same expressions as the triggers in the schema.
    struct Step
    {
        int sums;
        const char* sql;
    };
    static const Step steps[] = {
        {DailyAnswers, "DELETE FROM daily_answers"},
        {DailyInteractions, "DELETE FROM daily_interactions"},
        {DailyAnswers, "INSERT INTO daily_answers (day, survey_id, channel_id, touchpoint_id, kind, value, n) "
        "SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0), "
        "q.kind, a.value_num, count(*) FROM answers a JOIN responses r ON r.id = a.response_id "
        "JOIN questions q ON q.id = a.question_id WHERE q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno') AND a.value_num IS NOT NULL "
        "GROUP BY 1, 2, 3, 4, 5, 6"},
        {DailyInteractions,
         "INSERT INTO daily_interactions (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, "
         "customer_sum, n, customer_n, customer_total, staff_n, staff_total) "
         "SELECT substr(occurred_at, 1, 10), coalesce(channel_id, 0), coalesce(touchpoint_id, 0), "
         "count(resolution_hours), coalesce(sum(CAST(round(resolution_hours * 3600000.0) AS INTEGER)), 0), "
         "count(staff_rating + customer_rating), coalesce(sum(staff_rating + 0 * customer_rating), 0), "
         "coalesce(sum(customer_rating + 0 * staff_rating), 0), count(*), count(customer_rating), "
         "coalesce(sum(customer_rating), 0), count(staff_rating), coalesce(sum(staff_rating), 0) "
         "FROM interactions GROUP BY 1, 2, 3"},
    };
    for (const Step& step : steps) {
        if (!(step.sums & which))
            continue;
        QString why;
        if (!execSql(db, QLatin1String(step.sql), &why)) {
            *error = Text::tr("cannot rebuild the daily sums: %1").arg(why);
            return false;
        }
    }
    return true;
}

bool BulkLoad::suspend(QSqlDatabase& db, const QStringList& tables, QString* error)
{
    m_rebuild.clear();
    m_sums = 0;
    if (tables.contains(QLatin1String("interactions")))
        m_sums |= DailyInteractions;
    if (tables.contains(QLatin1String("answers")) || tables.contains(QLatin1String("responses")))
        m_sums |= DailyAnswers;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                          "AND type IN ('index', 'trigger')"));
    QStringList drops;
    while (q.next()) {
        if (!tables.contains(q.value(2).toString()))
            continue;
        const QString type = q.value(0).toString();
        // Names come from sqlite_master, not from any user.
        drops << QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), q.value(1).toString());
        m_rebuild << q.value(3).toString();
    }
    q.finish();
    for (const QString& drop : std::as_const(drops))
        if (!execSql(db, drop, error))
            return false;
    return true;
}

bool BulkLoad::restore(QSqlDatabase& db, QString* error)
{
    // Each index is a sort. Sorted in slices with a helper thread and a small
    // page cache, it is done sooner and in less memory than in one piece in a
    // large cache (measured: 4.4 s and 120 MB against 5.3 s and 200 MB for the
    // four indexes of a million interactions).
    QSqlQuery q(db);
    qint64 cacheSize = -2000;
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        cacheSize = q.value(0).toLongLong();
    q.finish();
    q.exec(QStringLiteral("PRAGMA cache_size = -8192"));
    q.exec(QStringLiteral("PRAGMA threads = 2"));
    struct PutBack
    {
        QSqlQuery& q;
        qint64 cacheSize;
        ~PutBack()
        {
            q.exec(QStringLiteral("PRAGMA threads = 0"));
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        }
    } putBack{q, cacheSize};
    if (!rebuildDailySums(db, error, m_sums))
        return false;
    for (const QString& statement : std::as_const(m_rebuild))
        if (!execSql(db, statement, error))
            return false;
    m_rebuild.clear();
    return true;
}

BulkWriteMode::BulkWriteMode(QSqlDatabase& db, int cacheKiB, Journal journal, ForeignKeys keys)
    : m_db(db), m_journal(journal == Journal::Rollback), m_foreignKeysOff(keys == ForeignKeys::Vouched)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cacheSize = q.value(0).toLongLong();
    q.finish();
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    if (m_journal)
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (m_foreignKeysOff)
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

BulkWriteMode::~BulkWriteMode()
{
    QSqlQuery q(m_db);
    if (m_foreignKeysOff)
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    if (m_journal)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

} // namespace cx
