#include "editcommands.h"

#include "customerrepository.h"
#include "followup.h"
#include "interactionrepository.h"
#include "surveyrepository.h"

#include <QCoreApplication>

namespace cx::edits {

DbCommand* logInteraction(const Interaction& interaction, Changed changed)
{
    struct State
    {
        Interaction record;
        qint64 action = 0;
    };
    auto state = std::make_shared<State>(State{interaction, 0});
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "log interaction"),
        [state](QSqlDatabase& db, QString* error) {
            Interaction i = state->record; // keeps its id and uuid after the first time
            qint64 action = 0;
            if (!InteractionRepository(db).insert(i, error) || !FollowUp(db).afterInteraction(i, &action, error))
                return false;
            state->record = i;
            state->action = action;
            return true;
        },
        [state](QSqlDatabase& db, QString* error) {
            return (!state->action || ActionRepository(db).remove(state->action, error))
                   && InteractionRepository(db).remove(state->record.id, error);
        },
        std::move(changed));
}

DbCommand* changeInteraction(const Interaction& before, const Interaction& after, Changed changed)
{
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "change interaction"),
        [after](QSqlDatabase& db, QString* error) { return InteractionRepository(db).update(after, error); },
        [before](QSqlDatabase& db, QString* error) { return InteractionRepository(db).update(before, error); },
        std::move(changed));
}

DbCommand* deleteInteraction(const Interaction& interaction, Changed changed)
{
    struct State
    {
        Interaction record;
        QVector<qint64> actions; // the follow-ups that pointed here
    };
    auto state = std::make_shared<State>(State{interaction, {}});
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "delete interaction"),
        [state](QSqlDatabase& db, QString* error) {
            state->actions = ActionRepository(db).idsForInteraction(state->record.id);
            return InteractionRepository(db).remove(state->record.id, error);
        },
        [state](QSqlDatabase& db, QString* error) {
            Interaction i = state->record;
            return InteractionRepository(db).insert(i, error) && ActionRepository(db).relink(state->actions, i.id, error);
        },
        std::move(changed));
}

DbCommand* changeCustomer(const Customer& before, const Customer& after, Changed changed)
{
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "change %1").arg(after.name),
        [after](QSqlDatabase& db, QString* error) { return CustomerRepository(db).update(after, error); },
        [before](QSqlDatabase& db, QString* error) { return CustomerRepository(db).update(before, error); },
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
            if (!ActionRepository(db).insert(a, error))
                return false;
            state->id = a.id;
            return true;
        },
        [state](QSqlDatabase& db, QString* error) { return ActionRepository(db).remove(state->id, error); },
        std::move(changed));
}

DbCommand* markActionDone(const Action& action, const QString& note, const QString& closedAt, Changed changed)
{
    const qint64 id = action.id;
    return new DbCommand(
        QCoreApplication::translate("cx::edits", "mark action done"),
        [id, note, closedAt](QSqlDatabase& db, QString* error) {
            return ActionRepository(db).markDone(id, note, closedAt, error);
        },
        [id](QSqlDatabase& db, QString* error) { return ActionRepository(db).reopen(id, error); },
        std::move(changed));
}

} // namespace cx::edits
