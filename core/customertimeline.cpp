#include "customertimeline.h"

#include <QSqlQuery>

namespace cx {

QVector<TimelineEntry> customerTimeline(QSqlDatabase& db, qint64 customerId, int limit)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One query, three sources, newest first; each indexed by customer.
    q.prepare(QStringLiteral(
        "SELECT 0, i.id, i.occurred_at, "
        " coalesce(i.kind, 'interaction') || coalesce(' at ' || t.name, '') || coalesce(' (' || ch.name || ')', ''), "
        " trim(coalesce('staff ' || i.staff_rating || '/5 ', '') || coalesce('customer ' || i.customer_rating || '/5 ', '') "
        " || coalesce('· ' || i.outcome || ' ', '') || CASE WHEN i.resolved_at IS NULL THEN '' ELSE '· resolved ' || "
        " substr(i.resolved_at, 1, 10) || ' ' END || coalesce('· ' || i.notes, '')) "
        "FROM interactions i LEFT JOIN touchpoints t ON t.id = i.touchpoint_id LEFT JOIN channels ch ON ch.id = i.channel_id "
        "WHERE i.customer_id = ? "
        "UNION ALL "
        "SELECT 1, r.id, r.submitted_at, 'answered \"' || s.title || '\"' || coalesce(' (' || ch.name || ')', ''), "
        " (SELECT group_concat(CASE WHEN a.value_num IS NOT NULL THEN upper(q.code) || ' ' || CAST(a.value_num AS INTEGER) "
        "   ELSE '\"' || a.value_text || '\"' END, ' · ') FROM answers a JOIN questions q ON q.id = a.question_id "
        "   WHERE a.response_id = r.id) "
        "FROM responses r JOIN surveys s ON s.id = r.survey_id LEFT JOIN channels ch ON ch.id = r.channel_id "
        "WHERE r.customer_id = ? "
        "UNION ALL "
        "SELECT 2, a.id, a.created_at, 'follow-up: ' || a.title, "
        " CASE WHEN a.status = 'done' THEN 'done ' || substr(a.closed_at, 1, 10) || coalesce(' · ' || a.resolution, '') "
        " ELSE 'open, due ' || a.due_on END "
        "FROM actions a WHERE a.customer_id = ? "
        "ORDER BY 3 DESC LIMIT ?"));
    // Qt binds by position: the customer three times, then the limit.
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind(q.value(0).toInt());
        e.id = q.value(1).toLongLong();
        e.at = q.value(2).toString();
        e.title = q.value(3).toString();
        e.detail = q.value(4).toString();
        if (e.detail.startsWith(QStringLiteral("· ")))
            e.detail.remove(0, 2); // no ratings before the first part
        out.push_back(e);
    }
    return out;
}

QVector<ScorePoint> customerScores(QSqlDatabase& db, qint64 customerId)
{
    QVector<ScorePoint> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.submitted_at, q.kind, a.value_num FROM responses r "
                             "JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id = a.question_id "
                             "WHERE r.customer_id = ? AND q.kind IN ('nps', 'csat') AND a.value_num IS NOT NULL "
                             "ORDER BY r.submitted_at"));
    q.addBindValue(customerId);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble()});
    return out;
}

} // namespace cx
