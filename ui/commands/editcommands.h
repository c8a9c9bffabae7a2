#pragma once

// The window's edits of customers, interactions and follow-up actions as
// undoable steps, each written through core's repositories.

#include "core/actions/action.h"
#include "core/customers/customer.h"
#include "core/interactions/interaction.h"
#include "core/storage/editguard.h"
#include "ui/commands/dbcommand.h"

namespace cx::edits {

using Changed = std::function<void()>;

// A change of one record from `before` (as it was read, at its version) to
// `after`: redo writes `after` and undo `before`. The first redo expects the
// version read, so it never writes over a change made since; every later
// step expects the record as the other direction left it (see editguard.h),
// so undo and redo never write over a change made elsewhere in between.
// write(db, record, error, seen) is the repository's update.
template <typename Record, typename Write>
DbCommand* change(const QString& text, const Record& before, const Record& after, Write write,
                  Changed changed)
{
    struct State
    {
        Record before;
        Record after;
        bool first = true;
    };
    auto state = std::make_shared<State>(State{before, after, true});
    auto step = [state, write](bool forward) {
        return [state, write, forward](QSqlDatabase& db, QString* error) {
            Record record = forward ? state->after : state->before;
            const Record& expected = forward ? state->before : state->after;
            if (state->first)
                record.rowVersion = state->before.rowVersion;
            else if (!unchangedSince(db, expected, &record.rowVersion, error))
                return false;
            state->first = false;
            return write(db, record, error, &expected);
        };
    };
    return new DbCommand(text, step(true), step(false), std::move(changed));
}

// Logs an interaction; a complaint opens its follow-up in the same step, and
// undo removes both. Redo after undo brings back the same record (id, uuid).
DbCommand* logInteraction(const Interaction& interaction, Changed changed);
DbCommand* changeInteraction(const Interaction& before, const Interaction& after, Changed changed);
// Deletes an interaction; its follow-ups stay without the link, and undo
// brings the interaction back (same id) and links them again.
DbCommand* deleteInteraction(const Interaction& interaction, Changed changed);

DbCommand* changeCustomer(const Customer& before, const Customer& after, Changed changed);

DbCommand* addAction(const Action& action, Changed changed);
DbCommand* markActionDone(const Action& action, const QString& note, const QString& closedAt,
                          Changed changed);
// Any change of a follow-up's own fields (title, customer, due date, owner,
// status, what was done); `text` names it in Edit → Undo.
DbCommand* changeAction(const QString& text, const Action& before, const Action& after,
                        Changed changed);
// Adds a note to a follow-up; undo removes it, redo brings it back (same id).
DbCommand* addActionNote(const ActionNote& note, Changed changed);

} // namespace cx::edits
