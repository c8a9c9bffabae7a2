#pragma once

// The window's edits of customers, interactions and follow-up actions as
// undoable steps, each written through core's repositories.

#include "dbcommand.h"
#include "domain.h"

namespace cx::edits {

using Changed = std::function<void()>;

// Logs an interaction; a complaint opens its follow-up in the same step, and
// undo removes both. Redo after undo brings back the same record (id, uuid).
DbCommand* logInteraction(const Interaction& interaction, Changed changed);
DbCommand* changeInteraction(const Interaction& before, const Interaction& after, Changed changed);
// Deletes an interaction; its follow-ups stay without the link, and undo
// brings the interaction back (same id) and links them again.
DbCommand* deleteInteraction(const Interaction& interaction, Changed changed);

DbCommand* changeCustomer(const Customer& before, const Customer& after, Changed changed);

DbCommand* addAction(const Action& action, Changed changed);
DbCommand* markActionDone(const Action& action, const QString& note, const QString& closedAt, Changed changed);

} // namespace cx::edits
