#include "ui/commands/profilecommands.h"

#include "core/common/text.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customertags.h"
#include "core/storage/editguard.h"
#include "core/storage/rowversion.h"

#include <QCoreApplication>

namespace cx::edits {

DbCommand* changeCustomerProfile(const CustomerProfile& before, const CustomerProfile& after,
                                 Changed changed)
{
    struct State
    {
        CustomerProfile before;
        CustomerProfile after;
        bool first = true;
    };
    auto state = std::make_shared<State>(State{before, after, true});
    auto step = [state](bool forward) {
        return [state, forward](QSqlDatabase& db, QString* error) {
            CustomerProfile record = forward ? state->after : state->before;
            const CustomerProfile& expected = forward ? state->before : state->after;
            CustomerTags tags(db);
            CustomerFields fields(db);
            if (state->first) {
                record.customer.rowVersion = state->before.customer.rowVersion;
            } else {
                if (!unchangedSince(db, expected.customer, &record.customer.rowVersion, error))
                    return false;
                // Tags and values have no version of their own: compared as they are.
                QStringList what;
                if (!CustomerTags::same(tags.of(expected.customer.id), expected.tags))
                    what << Text::tr("tags");
                if (fields.values(expected.customer.id) != expected.values)
                    what << Text::tr("custom fields");
                if (!what.isEmpty()) {
                    *error = changedElsewhere(
                        Text::tr("the customer “%1”").arg(expected.customer.name), what, QString());
                    return false;
                }
            }
            state->first = false;
            // Saving raises the customer's version even when only tags or
            // values changed: another window's profile then sees the change.
            return CustomerRepository(db).update(record.customer, error, &expected.customer) &&
                   tags.set(record.customer.id, record.tags, error) &&
                   fields.setValues(record.customer.id, record.values, error);
        };
    };
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "change %1").arg(after.customer.name), step(true),
        step(false), std::move(changed));
}

} // namespace cx::edits
