#pragma once

// Saving a customer's profile as one undoable step: the record, its tags and
// its custom field values together, so undo brings all of them back.

#include "core/customers/customer.h"
#include "core/customers/customerfields.h"
#include "ui/commands/editcommands.h"

#include <QStringList>

namespace cx::edits {

struct CustomerProfile
{
    Customer customer;
    QStringList tags;
    FieldValues values; // stored form, by field id
};

// Writes `after` (redo) or `before` (undo). The first redo expects the
// customer's version read; later steps expect the profile as the other
// direction left it, tags and values included, so nothing changed
// elsewhere in between is written over.
DbCommand* changeCustomerProfile(const CustomerProfile& before, const CustomerProfile& after,
                                 Changed changed);

} // namespace cx::edits
