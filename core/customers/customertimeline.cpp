#include "core/customers/customertimeline.h"

#include "core/common/text.h"
#include "core/common/vocabulary.h"
#include "core/contact/contactrepository.h"
#include "core/storage/sqlutil.h"

#include <QSqlQuery>

namespace cx {

QVector<TimelineEntry> customerTimeline(QSqlDatabase& db, qint64 customerId, int limit)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One query, three sources, newest first; each indexed by customer. The
    // words are put together below, in the window's language.
    //   0 source, 1 id, 2 when, 3 what, 4 where, 5 channel, 6 staff rating,
    //   7 customer rating, 8 outcome / answers / resolution, 9 resolved / closed / due, 10 notes /
    //   status, 11 who entered it; for actions 4 is the owner, 5 who opened it, 6 how many
    //   notes, 7 the last note
    q.prepare(
        QStringLiteral(
            "SELECT 0, i.id, i.occurred_at, coalesce(i.kind, 'interaction'), t.name, ch.name, "
            "i.staff_rating, "
            // Column 7 holds a rating here and a note's text for actions: text for both,
            // since a server takes one type per column of a UNION.
            " CAST(i.customer_rating AS TEXT), i.outcome, substr(i.resolved_at, 1, 10), i.notes, "
            " i.created_by "
            "FROM interactions i LEFT JOIN touchpoints t ON t.id = i.touchpoint_id LEFT JOIN "
            "channels "
            "ch ON ch.id = i.channel_id "
            "WHERE i.customer_id = ? "
            "UNION ALL "
            "SELECT 1, r.id, r.submitted_at, s.title, NULL, ch.name, NULL, NULL, "
            " (SELECT %1 FROM answers a JOIN questions q ON q.id = a.question_id "
            "   WHERE a.response_id = r.id), NULL, NULL, r.created_by "
            "FROM responses r JOIN surveys s ON s.id = r.survey_id LEFT JOIN channels ch ON ch.id "
            "= "
            "r.channel_id "
            "WHERE r.customer_id = ? "
            "UNION ALL "
            "SELECT 2, a.id, a.created_at, a.title, a.owner, a.created_by, "
            " (SELECT count(*) FROM action_notes n WHERE n.action_id = a.id), "
            " (SELECT n.text FROM action_notes n WHERE n.action_id = a.id "
            "  ORDER BY n.written_at DESC, n.id DESC LIMIT 1), a.resolution, "
            " CASE WHEN a.status = 'done' THEN substr(a.closed_at, 1, 10) ELSE a.due_on END, "
            "a.status, NULL "
            "FROM actions a WHERE a.customer_id = ? "
            "UNION ALL "
            "SELECT 3, c.id, c.contacted_at, c.how, c.template, NULL, NULL, NULL, c.contacted_by, "
            " NULL, a.title, NULL FROM contacts c LEFT JOIN actions a ON a.id = c.action_id "
            "WHERE c.customer_id = ? "
            // Things that happened at the same moment come in one order on
            // both engines: by source (the interaction, the answer, the
            // follow-up it brought, the contact), then by when they were entered.
            "ORDER BY 3 DESC, 1, 2 LIMIT ?")
            .arg(sql::groupConcat(
                db,
                QStringLiteral("CASE WHEN a.value_num IS NOT NULL THEN upper(q.code) || ' ' "
                               "|| CAST(CAST(a.value_num AS INTEGER) AS TEXT) ELSE '\"' || "
                               "a.value_text || '\"' END"),
                QStringLiteral("' · '"))));
    // Qt binds by position: the customer four times, then the limit.
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    auto text = [&](int column) { return q.value(column).toString(); };
    const QString dot = QStringLiteral(" · ");
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind(q.value(0).toInt());
        e.id = q.value(1).toLongLong();
        e.at = text(2);
        const QString channel =
            text(5).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text(5));
        QStringList parts;
        switch (e.kind) {
        case TimelineEntry::Interaction: {
            const QString kind = wordLabel(text(3));
            e.title =
                (text(4).isEmpty() ? kind : Text::tr("%1 at %2").arg(kind, text(4))) + channel;
            QStringList ratings;
            if (!q.value(6).isNull())
                ratings << Text::tr("staff %1/5").arg(q.value(6).toInt());
            if (!q.value(7).isNull())
                ratings << Text::tr("customer %1/5").arg(q.value(7).toInt());
            if (!ratings.isEmpty())
                parts << ratings.join(QLatin1Char(' '));
            if (!text(8).isEmpty())
                parts << wordLabel(text(8));
            if (!text(9).isEmpty())
                parts << Text::tr("resolved %1").arg(text(9));
            if (!text(10).isEmpty())
                parts << text(10);
            if (!text(11).isEmpty())
                parts << Text::tr("entered by %1").arg(text(11));
            break;
        }
        case TimelineEntry::Response:
            e.title = Text::tr("answered \"%1\"").arg(text(3)) + channel;
            parts << answerCodesLabel(text(8));
            if (!text(11).isEmpty())
                parts << Text::tr("entered by %1").arg(text(11));
            break;
        case TimelineEntry::Action:
            e.title = Text::tr("follow-up: %1").arg(text(3));
            if (text(10) == QLatin1String("done")) {
                parts << Text::tr("done %1").arg(text(9));
                if (!text(8).isEmpty())
                    parts << text(8);
            } else {
                parts << Text::tr("open, due %1").arg(text(9));
            }
            if (!text(4).isEmpty())
                parts << Text::tr("owner %1").arg(text(4));
            if (!text(5).isEmpty())
                parts << Text::tr("opened by %1").arg(text(5));
            if (const int notes = q.value(6).toInt(); notes > 0)
                parts
                    << (notes == 1
                            ? Text::tr("a note: “%1”").arg(text(7))
                            : Text::tr("%Ln note(s), the last: “%1”", nullptr, notes).arg(text(7)));
            break;
        case TimelineEntry::Contact:
            e.title = contactSummary(text(3), text(4));
            if (!text(8).isEmpty())
                parts << Text::tr("by %1").arg(text(8));
            if (!text(10).isEmpty())
                parts << Text::tr("about the follow-up: %1").arg(text(10));
            break;
        }
        e.detail = parts.join(dot);
        out.push_back(e);
    }
    return out;
}

QVector<ScorePoint> customerScores(QSqlDatabase& db, qint64 customerId)
{
    QVector<ScorePoint> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.submitted_at, q.kind, a.value_num FROM responses r "
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
