#pragma once

// The follow-up actions as the Actions page shows them: opened within the
// period (the Overdue view shows every overdue one whatever the period),
// narrowed by search, owner, customer and touchpoint, by due date.

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
        Owner,
        Status,
        CreatedAt,
        CreatedBy,
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
        Due, // open and due today or before, whenever opened
        Overdue,
        Done,
        All
    };

    Show show = Show::Open;
    QDate from;      // opened from this day (invalid: from the beginning)
    QDate to;        // opened up to this day (invalid: no end)
    QString segment; // the customer's
    // Words of the title, or of the customer's name, email or number (folded:
    // "muller" finds Müller).
    QString search;
    QString owner;             // empty: anyone
    bool withoutOwner = false; // only the follow-ups nobody looks after yet
    qint64 customerId = 0;     // 0: every customer
    qint64 touchpointId = 0;   // of the interaction or response that opened it; 0: any
    bool descending = false;   // by due date
};

PagedQuery actionListQuery(const ActionListFilter& filter, const QDate& today);

} // namespace cx
