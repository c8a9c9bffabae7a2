#pragma once

// Two records of one person made one: everything linked to the customer that
// goes (interactions, survey responses, follow-ups, contacts, tags, custom
// field values) moves to the one that stays, which takes the field values
// chosen, and the other is deleted. All in one transaction, and recorded so
// that undo puts back exactly what was there (same ids, same uuids).

#include "core/customers/customer.h"

#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace cx {

// How much is linked to a customer.
struct LinkedCounts
{
    int interactions = 0;
    int responses = 0;
    int actions = 0;
    int contacts = 0;
};
[[nodiscard]] bool countLinked(QSqlDatabase& db, qint64 customerId, LinkedCounts* out,
                               QString* error);

struct MergePlan
{
    Customer kept;    // as read: the merge expects it at this version
    Customer dropped; // as read: likewise
    Customer result;  // the fields the kept customer ends with (its id and uuid stay kept's)
};

// The plan a merge starts from: the older customer stays (the earlier first
// contact, else the one entered first), and each field keeps the value that
// is not empty, the older customer's when both have one. A name that is only
// the customer's own email or phone (as the kiosk names someone who left just
// their contact) counts as empty, so the real name stays.
MergePlan proposeMerge(const Customer& a, const Customer& b);

// What a merge changed: enough to undo it exactly.
struct MergeRecord
{
    Customer keptBefore;                                        // every column, as it was
    Customer keptAfter;                                         // as the merge left it
    Customer dropped;                                           // the deleted row, every column
    QVector<qint64> interactions, responses, actions, contacts; // the rows moved
    QStringList keptTags, droppedTags;                          // as they were
    QVector<QPair<qint64, QString>> keptFields, droppedFields;  // field id, value
};

// Merges as the plan says, in one transaction (a savepoint inside the
// caller's). Refuses, changing nothing, when either customer is not at the
// version the plan read or the result has no name.
[[nodiscard]] bool mergeCustomers(QSqlDatabase& db, const MergePlan& plan, MergeRecord* out,
                                  QString* error);
// Undoes the merge recorded: the dropped customer comes back with its id and
// uuid, every moved row goes back to it, and the kept customer gets its
// fields, tags and field values back. Expects the kept customer as the merge
// left it (keptAfter, at its version). *again is the plan that merges the
// two again (both at the versions undo left them).
[[nodiscard]] bool undoMerge(QSqlDatabase& db, const MergeRecord& record, MergePlan* again,
                             QString* error);

} // namespace cx
