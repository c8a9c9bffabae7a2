#pragma once

// The customer list as the Customers page shows it: who was known during the
// period, narrowed by segment, status, a tag and a search, in the order chosen.

#include "core/storage/pagedquery.h"

#include <QDate>

namespace cx {

struct CustomerListFilter
{
    // What each row holds after its id, in this order.
    enum Column
    {
        Name,
        ExternalId,
        Email,
        Phone,
        Segment,
        Status,
        FirstContact,
        ColumnCount
    };
    // The Status column holds one of these codes; the page words them.
    enum StatusCode
    {
        Prospect = 0,
        Customer = 1,
        Churned = 2
    };
    enum class Show
    {
        Any,
        Prospects,
        Customers,
        Churned
    };

    QDate from; // invalid: from the beginning
    QDate to;   // invalid: today
    QString segment;
    Show show = Show::Any;
    QString search; // in name, email, phone and customer number
    QString tag;    // empty: any; else customers with this tag (any case)
    Column sortColumn = Name;
    bool descending = false;
};

// Customers known during the period (first contact by its end, not gone
// before its start) that match the filter, page by page.
PagedQuery customerListQuery(const CustomerListFilter& filter, const QDate& today);

// The pattern for `LIKE ? ESCAPE '\'` that finds `text` anywhere (contains)
// or at the start (prefix), with the wildcards a user may type taken literally.
QString likePattern(const QString& text, bool prefixOnly = false);

} // namespace cx
