#pragma once

// The interaction log as the Interactions page shows it (newest first), and
// the interactions of one touchpoint as its page on the journey map does.

#include "core/storage/pagedquery.h"

#include <QDate>

namespace cx {

struct InteractionListFilter
{
    // What each row holds after its id, in this order.
    enum Column
    {
        OccurredAt,
        Customer,
        Channel,
        Touchpoint,
        Kind,
        Outcome,
        StaffRating,
        CustomerRating,
        Resolved,
        ColumnCount
    };
    enum class State
    {
        Any,
        Open,
        Resolved
    };

    QDate from;           // invalid: from the beginning
    QDate to;             // invalid: today
    qint64 channelId = 0; // 0: every channel
    QString segment;      // the customer's
    qint64 touchpointId = 0;
    QString kind;
    State state = State::Any;
};

// The kinds that wait for a resolution; an interaction of one of them without
// resolved_at is open. Purchases and visits are done when they happen.
QStringList kindsThatWaitForResolution();

// Newest first, page by page.
PagedQuery interactionListQuery(const InteractionListFilter& filter, const QDate& today);

// One touchpoint's interactions in the period, newest first: when, customer,
// kind, outcome, the customer's rating, the team's rating, notes.
PagedQuery touchpointInteractionsQuery(qint64 touchpointId, const QDate& from, const QDate& to,
                                       const QDate& today);

} // namespace cx
