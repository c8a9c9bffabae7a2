#pragma once

// Adding and merging customers as undoable steps, written through core.

#include "core/customers/customer.h"
#include "core/customers/customermerge.h"
#include "ui/commands/dbcommand.h"

namespace cx::edits {

// Adds a customer; undo removes it again (refused once something is linked
// to it), and redo brings back the same record (id, uuid). `*added`, when
// given, receives the record as written, while EditStack::run does the
// first step.
DbCommand* addCustomer(const Customer& customer, std::function<void()> changed,
                       Customer* added = nullptr);

// Merges two customers as the plan says (core/customers/customermerge.h);
// undo brings the dropped one back with everything that moved, redo merges
// them again. Each later step expects both records as the other direction
// left them.
DbCommand* mergeCustomers(const MergePlan& plan, std::function<void()> changed);

} // namespace cx::edits
