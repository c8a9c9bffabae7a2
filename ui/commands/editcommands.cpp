#include "ui/commands/editcommands.h"

#include "core/actions/actionrepository.h"
#include "core/actions/followup.h"
#include "core/customers/customerrepository.h"
#include "core/interactions/interactionrepository.h"
#include "core/storage/team.h"

#include <QCoreApplication>

namespace cx::edits {

DbCommand* logInteraction(const Interaction& interaction, Changed changed)
{
    struct State
    {
        Interaction record;
        std::optional<Action> action; // the follow-up this step opened, as it was written
    };
    auto state = std::make_shared<State>(State{interaction, std::nullopt});
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "log interaction"),
        [state](QSqlDatabase& db, QString* error) {
            Interaction i = state->record; // keeps its id and uuid after the first time
            if (i.createdBy.isEmpty())
                i.createdBy = personOf(db); // the login, or the person at the desk
            qint64 action = 0;
            if (!InteractionRepository(db).insert(i, error) ||
                !FollowUp(db).afterInteraction(i, &action, error))
                return false;
            state->record = i;
            state->action = action ? ActionRepository(db).byId(action) : std::nullopt;
            return true;
        },
        [state](QSqlDatabase& db, QString* error) {
            // Only what this step wrote goes: a follow-up or an interaction
            // changed elsewhere since then stops the undo.
            if (state->action) {
                Action a = *state->action;
                if (!unchangedSince(db, a, &a.rowVersion, error) ||
                    !ActionRepository(db).remove(a, error))
                    return false;
            }
            Interaction i = state->record;
            if (!unchangedSince(db, i, &i.rowVersion, error) ||
                !InteractionRepository(db).remove(i, error))
                return false;
            state->record = i;
            return true;
        },
        std::move(changed));
}

DbCommand* changeInteraction(const Interaction& before, const Interaction& after, Changed changed)
{
    return change(
        QCoreApplication::translate("cx::edits", "change interaction"), before, after,
        [](QSqlDatabase& db, Interaction& i, QString* error, const Interaction* seen) {
            return InteractionRepository(db).update(i, error, seen);
        },
        std::move(changed));
}

DbCommand* deleteInteraction(const Interaction& interaction, Changed changed)
{
    struct State
    {
        Interaction record;
        QVector<qint64> actions; // the follow-ups that pointed here
        bool first = true;
    };
    auto state = std::make_shared<State>(State{interaction, {}, true});
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "delete interaction"),
        [state](QSqlDatabase& db, QString* error) {
            Interaction i = state->record;
            if (!state->first && !unchangedSince(db, i, &i.rowVersion, error))
                return false;
            state->first = false;
            state->actions = ActionRepository(db).idsForInteraction(i.id);
            if (!InteractionRepository(db).remove(i, error))
                return false;
            state->record = i;
            return true;
        },
        [state](QSqlDatabase& db, QString* error) {
            Interaction i = state->record; // back with its id, at the next version
            if (!InteractionRepository(db).insert(i, error) ||
                !ActionRepository(db).relink(state->actions, i.id, error))
                return false;
            state->record = i;
            return true;
        },
        std::move(changed));
}

DbCommand* changeCustomer(const Customer& before, const Customer& after, Changed changed)
{
    return change(
        QCoreApplication::translate("cx::edits", "change %1").arg(after.name), before, after,
        [](QSqlDatabase& db, Customer& c, QString* error, const Customer* seen) {
            return CustomerRepository(db).update(c, error, seen);
        },
        std::move(changed));
}

DbCommand* addAction(const Action& action, Changed changed)
{
    auto state = std::make_shared<Action>(action);
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "add action"),
        [state](QSqlDatabase& db, QString* error) {
            Action a = *state;
            a.id = 0;
            if (a.createdBy.isEmpty())
                a.createdBy = personOf(db);
            if (!ActionRepository(db).insert(a, error))
                return false;
            *state = a;
            return true;
        },
        [state](QSqlDatabase& db, QString* error) {
            Action a = *state;
            return unchangedSince(db, a, &a.rowVersion, error) &&
                   ActionRepository(db).remove(a, error);
        },
        std::move(changed));
}

DbCommand* markActionDone(const Action& action, const QString& note, const QString& closedAt,
                          Changed changed)
{
    struct State
    {
        Action open; // as it was read
        Action done; // as marking it done leaves it
        bool first = true;
    };
    Action done = action;
    done.status = ActionStatus::Done;
    done.closedAt = closedAt;
    done.resolution = note;
    auto state = std::make_shared<State>(State{action, done, true});
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "mark action done"),
        [state, note, closedAt](QSqlDatabase& db, QString* error) {
            Action a = state->open;
            if (!state->first && !unchangedSince(db, a, &a.rowVersion, error))
                return false;
            state->first = false;
            return ActionRepository(db).markDone(a, note, closedAt, error);
        },
        [state](QSqlDatabase& db, QString* error) {
            Action a = state->done;
            return unchangedSince(db, a, &a.rowVersion, error) &&
                   ActionRepository(db).reopen(a, error);
        },
        std::move(changed));
}

DbCommand* changeAction(const QString& text, const Action& before, const Action& after,
                        Changed changed)
{
    return change(
        text, before, after,
        [](QSqlDatabase& db, Action& a, QString* error, const Action* seen) {
            return ActionRepository(db).update(a, error, seen);
        },
        std::move(changed));
}

DbCommand* addActionNote(const ActionNote& note, Changed changed)
{
    auto state = std::make_shared<ActionNote>(note);
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "add note"),
        [state](QSqlDatabase& db, QString* error) {
            ActionNote n = *state; // keeps its id after the first time
            if (!ActionRepository(db).addNote(n, error))
                return false;
            *state = n;
            return true;
        },
        [state](QSqlDatabase& db, QString* error) {
            return ActionRepository(db).removeNote(state->id, error);
        },
        std::move(changed));
}

} // namespace cx::edits
