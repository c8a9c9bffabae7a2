#include "core/metrics/dailysums.h"

#include "core/common/text.h"
#include "core/storage/database.h"
#include "core/storage/sqlutil.h"

#include <QSqlQuery>

namespace cx {

namespace {
// What the raw rows add up to, with the same expressions as the triggers in
// the schema: the rebuild writes these rows, the check compares with them.
const char* const kExpectedAnswers = "SELECT substr(r.submitted_at, 1, 10) AS day, r.survey_id AS "
                                     "survey_id, coalesce(r.channel_id, 0) AS channel_id, "
                                     "coalesce(r.touchpoint_id, 0) AS touchpoint_id, q.kind AS "
                                     "kind, a.value_num AS value, count(*) AS n "
                                     "FROM answers a JOIN responses r ON r.id = a.response_id JOIN "
                                     "questions q ON q.id = a.question_id "
                                     "WHERE q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno') "
                                     "AND a.value_num IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6";
const char* const kExpectedInteractions =
    "SELECT substr(occurred_at, 1, 10) AS day, coalesce(channel_id, 0) AS channel_id, "
    "coalesce(touchpoint_id, 0) AS touchpoint_id, "
    "count(resolution_hours) AS resolved_n, coalesce(sum(CAST(round(resolution_hours * 3600000.0) "
    "AS INTEGER)), 0) AS resolved_ms, "
    "count(staff_rating + customer_rating) AS gap_n, coalesce(sum(staff_rating + 0 * "
    "customer_rating), 0) AS staff_sum, "
    "coalesce(sum(customer_rating + 0 * staff_rating), 0) AS customer_sum, count(*) AS n, "
    "count(customer_rating) AS customer_n, "
    "coalesce(sum(customer_rating), 0) AS customer_total, count(staff_rating) AS staff_n, "
    "coalesce(sum(staff_rating), 0) AS staff_total FROM interactions GROUP BY 1, 2, 3";
const char* const kInteractionSums =
    "resolved_n, resolved_ms, gap_n, staff_sum, customer_sum, n, customer_n, customer_total, "
    "staff_n, staff_total";
} // namespace

bool rebuildDailySums(QSqlDatabase& db, QString* error, int which)
{
    struct Step
    {
        int sums;
        QString sql;
    };
    const Step steps[] = {
        {DailyAnswers, QStringLiteral("DELETE FROM daily_answers")},
        {DailyInteractions, QStringLiteral("DELETE FROM daily_interactions")},
        {DailyAnswers, QStringLiteral("INSERT INTO daily_answers (day, survey_id, channel_id, "
                                      "touchpoint_id, kind, value, n) ") +
                           QLatin1String(kExpectedAnswers)},
        {DailyInteractions,
         QStringLiteral("INSERT INTO daily_interactions (day, channel_id, touchpoint_id, %1) ")
                 .arg(QLatin1String(kInteractionSums)) +
             QLatin1String(kExpectedInteractions)},
    };
    for (const Step& step : steps) {
        if (!(step.sums & which))
            continue;
        QString why;
        if (!execSql(db, step.sql, &why)) {
            *error = Text::tr("cannot rebuild the daily sums: %1").arg(why);
            return false;
        }
    }
    return true;
}

QStringList dailySumDrift(QSqlDatabase& db, int perKind, QString* error)
{
    // Each comparison is one statement, so it reads one snapshot: a response
    // written meanwhile by another program cannot look like drift. Rows that
    // deletes have brought down to zero count as absent.
    const QString answers =
        QStringLiteral("WITH expected AS (%1), stored AS (SELECT day, survey_id, channel_id, "
                       "touchpoint_id, kind, value, n "
                       "FROM daily_answers WHERE n <> 0) "
                       "SELECT e.day, e.survey_id, e.channel_id, e.touchpoint_id, e.kind, e.value, "
                       "coalesce(s.n, 0), e.n FROM expected e "
                       "LEFT JOIN stored s ON s.day = e.day AND s.survey_id = e.survey_id AND "
                       "s.channel_id = e.channel_id "
                       "AND s.touchpoint_id = e.touchpoint_id AND s.kind = e.kind AND s.value = "
                       "e.value WHERE s.n IS DISTINCT FROM e.n "
                       "UNION ALL SELECT s.day, s.survey_id, s.channel_id, s.touchpoint_id, "
                       "s.kind, s.value, s.n, 0 FROM stored s "
                       "WHERE NOT EXISTS (SELECT 1 FROM expected e WHERE s.day = e.day AND "
                       "s.survey_id = e.survey_id "
                       "AND s.channel_id = e.channel_id AND s.touchpoint_id = e.touchpoint_id AND "
                       "s.kind = e.kind AND s.value = e.value) "
                       "ORDER BY 1, 2, 3, 4, 5, 6")
            .arg(QLatin1String(kExpectedAnswers));
    QStringList sums;
    for (const QString& c : QString::fromLatin1(kInteractionSums).split(QStringLiteral(", ")))
        sums << c;
    QStringList same, nonzero;
    for (const QString& c : sums) {
        same << QStringLiteral("s.%1 = e.%1").arg(c);
        nonzero << QStringLiteral("%1 <> 0").arg(c);
    }
    const QString interactions =
        QStringLiteral(
            "WITH expected AS (%1), stored AS (SELECT * FROM daily_interactions WHERE %2) "
            "SELECT e.day, e.channel_id, e.touchpoint_id FROM expected e LEFT JOIN stored s ON "
            "s.day = e.day "
            "AND s.channel_id = e.channel_id AND s.touchpoint_id = e.touchpoint_id WHERE s.day IS "
            "NULL OR NOT (%3) "
            "UNION ALL SELECT s.day, s.channel_id, s.touchpoint_id FROM stored s WHERE NOT EXISTS "
            "(SELECT 1 FROM expected e "
            "WHERE s.day = e.day AND s.channel_id = e.channel_id AND s.touchpoint_id = "
            "e.touchpoint_id) ORDER BY 1, 2, 3")
            .arg(QLatin1String(kExpectedInteractions), nonzero.join(QStringLiteral(" OR ")),
                 same.join(QStringLiteral(" AND ")));
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(answers)) {
        *error = Text::tr("cannot compare the daily sums: %1").arg(sql::errorText(q));
        return {};
    }
    int n = 0;
    while (q.next()) {
        if (n++ < perKind)
            out << Text::tr("daily sums: %1, survey %2, channel %3, touchpoint %4, %5 = %6: %7 "
                            "counted, the responses hold %8")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toString(), q.value(7).toString());
    }
    if (n > perKind)
        out << Text::tr("... and %1 more like the line above").arg(n - perKind);
    if (!q.exec(interactions)) {
        *error = Text::tr("cannot compare the daily sums: %1").arg(sql::errorText(q));
        return {};
    }
    n = 0;
    while (q.next()) {
        if (n++ < perKind)
            out << Text::tr("daily sums: %1, channel %2, touchpoint %3: the interaction sums "
                            "differ from the interactions of that day")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    if (n > perKind)
        out << Text::tr("... and %1 more like the line above").arg(n - perKind);
    return out;
}

} // namespace cx
