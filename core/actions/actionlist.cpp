#include "core/actions/actionlist.h"

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
    // Open work is shown whatever the period; closed work within it.
    if (f.from.isValid() &&
        (f.show == ActionListFilter::Show::Done || f.show == ActionListFilter::Show::All)) {
        where << QStringLiteral("a.created_at >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (!f.segment.isEmpty()) {
        where << QStringLiteral("c.segment = ?");
        binds << f.segment;
    }
    // The status code compares due_on with today: its value comes first, as
    // the column comes before the conditions in the statement.
    binds.prepend(day);
    const QStringList columns{
        QStringLiteral("a.id"),
        QStringLiteral("a.due_on"),
        QStringLiteral("a.title"),
        QStringLiteral("c.name"),
        QStringLiteral("CASE WHEN a.status = 'done' THEN 2 WHEN a.due_on < ? THEN 1 ELSE 0 END"),
        QStringLiteral("substr(a.created_at, 1, 10)"),
        QStringLiteral("substr(a.closed_at, 1, 10)"),
        QStringLiteral("a.resolution")};
    return PagedQuery(columns,
                      QStringLiteral("actions a LEFT JOIN customers c ON c.id = a.customer_id"),
                      where, binds,
                      {{QStringLiteral("a.status = 'done'"), false, false},
                       {QStringLiteral("a.due_on"), false, true},
                       {QStringLiteral("a.id"), false, false}});
}

} // namespace cx
