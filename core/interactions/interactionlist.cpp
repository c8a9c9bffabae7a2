#include "core/interactions/interactionlist.h"

namespace cx {

namespace {
QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
// "2026-03-01 14:05" from a stored timestamp.
const char* const kWhen = "substr(i.occurred_at, 1, 10) || ' ' || substr(i.occurred_at, 12, 5)";
} // namespace

QStringList kindsThatWaitForResolution()
{
    return {QStringLiteral("enquiry"), QStringLiteral("support"), QStringLiteral("complaint"),
            QStringLiteral("delivery")};
}

PagedQuery interactionListQuery(const InteractionListFilter& f, const QDate& today)
{
    QStringList where{QStringLiteral("i.occurred_at < ?")};
    QVariantList binds{iso((f.to.isValid() ? f.to : today).addDays(1))};
    if (f.from.isValid()) {
        where << QStringLiteral("i.occurred_at >= ?");
        binds << iso(f.from);
    }
    if (f.channelId > 0) {
        where << QStringLiteral("i.channel_id = ?");
        binds << f.channelId;
    }
    if (!f.segment.isEmpty()) {
        where << QStringLiteral("c.segment = ?");
        binds << f.segment;
    }
    if (f.touchpointId > 0) {
        where << QStringLiteral("i.touchpoint_id = ?");
        binds << f.touchpointId;
    }
    if (!f.kind.isEmpty()) {
        where << QStringLiteral("i.kind = ?");
        binds << f.kind;
    }
    if (f.state == InteractionListFilter::State::Open) {
        const QStringList kinds = kindsThatWaitForResolution();
        where << QStringLiteral("i.resolved_at IS NULL AND i.kind IN (%1)")
                     .arg(
                         QStringList(kinds.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        for (const QString& k : kinds)
            binds << k;
    } else if (f.state == InteractionListFilter::State::Resolved) {
        where << QStringLiteral("i.resolved_at IS NOT NULL");
    }
    return PagedQuery(
        {QStringLiteral("i.id"), QLatin1String(kWhen), QStringLiteral("c.name"),
         QStringLiteral("ch.name"), QStringLiteral("t.name"), QStringLiteral("i.kind"),
         QStringLiteral("i.outcome"), QStringLiteral("i.staff_rating"),
         QStringLiteral("i.customer_rating"),
         QStringLiteral(
             "CASE WHEN i.resolved_at IS NULL THEN '' ELSE substr(i.resolved_at, 1, 10) || ' ' || "
             "substr(i.resolved_at, 12, 5) END")},
        QStringLiteral("interactions i LEFT JOIN customers c ON c.id = i.customer_id "
                       "LEFT JOIN channels ch ON ch.id = i.channel_id "
                       "LEFT JOIN touchpoints t ON t.id = i.touchpoint_id"),
        where, binds,
        {{QStringLiteral("i.occurred_at"), true, false}, {QStringLiteral("i.id"), true, false}});
}

PagedQuery touchpointInteractionsQuery(qint64 touchpointId, const QDate& from, const QDate& to,
                                       const QDate& today)
{
    return PagedQuery(
        {QStringLiteral("i.id"), QLatin1String(kWhen), QStringLiteral("c.name"),
         QStringLiteral("i.kind"), QStringLiteral("i.outcome"), QStringLiteral("i.customer_rating"),
         QStringLiteral("i.staff_rating"), QStringLiteral("i.notes")},
        QStringLiteral("interactions i LEFT JOIN customers c ON c.id = i.customer_id"),
        {QStringLiteral("i.touchpoint_id = ?"), QStringLiteral("i.occurred_at >= ?"),
         QStringLiteral("i.occurred_at < ?")},
        {touchpointId, from.isValid() ? iso(from) : QStringLiteral("0000-00-00"),
         iso((to.isValid() ? to : today).addDays(1))},
        {{QStringLiteral("i.occurred_at"), true, false}, {QStringLiteral("i.id"), true, false}});
}

} // namespace cx
