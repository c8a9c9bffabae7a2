#include "ui/commands/customercommands.h"

#include "core/customers/customerrepository.h"
#include "core/storage/editguard.h"

#include <QCoreApplication>

namespace cx::edits {

DbCommand* addCustomer(const Customer& customer, std::function<void()> changed, Customer* added)
{
    struct State
    {
        Customer record;
        Customer* added;
    };
    auto state = std::make_shared<State>(State{customer, added});
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "add customer %1").arg(customer.name),
        [state](QSqlDatabase& db, QString* error) {
            Customer c = state->record; // keeps its id and uuid after the first time
            if (!CustomerRepository(db).insert(c, error))
                return false;
            state->record = c;
            if (state->added) {
                *state->added = c;
                state->added = nullptr; // only the first step writes it
            }
            return true;
        },
        [state](QSqlDatabase& db, QString* error) {
            Customer c = state->record;
            if (!unchangedSince(db, c, &c.rowVersion, error))
                return false;
            // Removing a customer would leave what was recorded for them
            // since without its customer.
            LinkedCounts linked;
            if (!countLinked(db, c.id, &linked, error))
                return false;
            if (linked.interactions + linked.responses + linked.actions + linked.contacts > 0) {
                *error = QCoreApplication::translate(
                             "cx::edits", "“%1” has interactions, responses or follow-ups now")
                             .arg(c.name);
                return false;
            }
            if (!CustomerRepository(db).remove(c.id, error))
                return false;
            state->record = c;
            return true;
        },
        std::move(changed));
}

DbCommand* mergeCustomers(const MergePlan& plan, std::function<void()> changed)
{
    struct State
    {
        MergePlan plan;
        MergeRecord record;
        bool first = true;
    };
    auto state = std::make_shared<State>(State{plan, {}, true});
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "merge %1 and %2")
            .arg(plan.kept.name, plan.dropped.name),
        [state](QSqlDatabase& db, QString* error) {
            MergePlan p = state->plan;
            if (!state->first && (!unchangedSince(db, p.kept, &p.kept.rowVersion, error) ||
                                  !unchangedSince(db, p.dropped, &p.dropped.rowVersion, error)))
                return false;
            state->first = false;
            return mergeCustomers(db, p, &state->record, error);
        },
        [state](QSqlDatabase& db, QString* error) {
            MergeRecord r = state->record;
            return unchangedSince(db, r.keptAfter, &r.keptAfter.rowVersion, error) &&
                   undoMerge(db, r, &state->plan, error);
        },
        std::move(changed));
}

} // namespace cx::edits
