#include "core/actions/actionlist.h"

#include "core/common/search.h"
#include "core/customers/customerlist.h"

namespace cx {

PagedQuery actionListQuery(const ActionListFilter& f, const QDate& today)
{
    const QString day = today.toString(Qt::ISODate);
    QStringList where;
    QVariantList binds;
    switch (f.show) {
    case ActionListFilter::Show::Open:
        where << QStringLiteral("a.status = 'open'");
        break;
    case ActionListFilter::Show::Due:
        where << QStringLiteral("a.status = 'open' AND a.due_on <= ?");
        binds << day;
        break;
    case ActionListFilter::Show::Overdue:
        where << QStringLiteral("a.status = 'open' AND a.due_on < ?");
        binds << day;
        break;
    case ActionListFilter::Show::Done:
        where << QStringLiteral("a.status = 'done'");
        break;
    case ActionListFilter::Show::All:
        break;
    }
    // The period is when the follow-ups were opened (actions_created_at);
    // what is due or overdue is so whenever it was opened.
    if (f.show != ActionListFilter::Show::Overdue && f.show != ActionListFilter::Show::Due) {
        if (f.from.isValid()) {
            where << QStringLiteral("a.created_at >= ?");
            binds << f.from.toString(Qt::ISODate);
        }
        if (f.to.isValid()) {
            where << QStringLiteral("a.created_at < ?");
            binds << f.to.addDays(1).toString(Qt::ISODate);
        }
    }
    if (!f.segment.isEmpty()) {
        where << QStringLiteral("c.segment = ?");
        binds << f.segment;
    }
    // Owner (actions_owner), customer (actions_customer), touchpoint (the
    // interactions' and responses' touchpoint indexes, then actions_interaction
    // and actions_response).
    if (f.withoutOwner) {
        where << QStringLiteral("a.owner IS NULL");
    } else if (!f.owner.isEmpty()) {
        where << QStringLiteral("a.owner = ?");
        binds << f.owner;
    }
    if (f.customerId > 0) {
        where << QStringLiteral("a.customer_id = ?");
        binds << f.customerId;
    }
    if (f.touchpointId > 0) {
        where << QStringLiteral(
            "(a.interaction_id IN (SELECT id FROM interactions WHERE touchpoint_id = ?) OR "
            "a.response_id IN (SELECT id FROM responses WHERE touchpoint_id = ?))");
        binds << f.touchpointId << f.touchpointId;
    }
    const QString text = f.search.trimmed();
    if (!text.isEmpty()) {
        // Folded like the customers' search key, so case and accents do not matter.
        where << QStringLiteral(
            "(cx_fold(a.title) LIKE ? ESCAPE '\\' OR c.search_key LIKE ? ESCAPE '\\')");
        binds << likePattern(foldForSearch(text)) << likePattern(foldForSearch(text));
    }
    // The status code compares due_on with today: its value comes first, as
    // the column comes before the conditions in the statement.
    binds.prepend(day);
    const QStringList columns{
        QStringLiteral("a.id"),
        QStringLiteral("a.due_on"),
        QStringLiteral("a.title"),
        QStringLiteral("c.name"),
        QStringLiteral("a.owner"),
        QStringLiteral("CASE WHEN a.status = 'done' THEN 2 WHEN a.due_on < ? THEN 1 ELSE 0 END"),
        QStringLiteral("substr(a.created_at, 1, 10)"),
        QStringLiteral("a.created_by"),
        QStringLiteral("substr(a.closed_at, 1, 10)"),
        QStringLiteral("a.resolution")};
    return PagedQuery(columns,
                      QStringLiteral("actions a LEFT JOIN customers c ON c.id = a.customer_id"),
                      where, binds,
                      {{QStringLiteral("a.due_on"), f.descending, true},
                       {QStringLiteral("a.id"), f.descending, false}});
}

} // namespace cx
