#pragma once

// The follow-up actions as the Actions page shows them: open ones whatever
// the period, closed ones within it, soonest due first.

#include "core/storage/pagedquery.h"

#include <QDate>

namespace cx {

struct ActionListFilter
{
    // What each row holds after its id, in this order.
    enum Column
    {
        DueOn,
        Title,
        Customer,
        Status,
        CreatedAt,
        ClosedAt,
        Resolution,
        ColumnCount
    };
    // The Status column holds one of these codes; the page words them.
    enum StatusCode
    {
        Open = 0,
        Overdue = 1,
        Done = 2
    };
    enum class Show
    {
        Open,
        Overdue,
        Done,
        All
    };

    Show show = Show::Open;
    QDate from;      // closed work is shown from this day (open work always)
    QString segment; // the customer's
};

PagedQuery actionListQuery(const ActionListFilter& filter, const QDate& today);

} // namespace cx
