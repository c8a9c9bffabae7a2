#pragma once

// Changes to the journey map as undoable steps (see dbcommand.h). Each step
// writes in one transaction; a failed one leaves the database as it was and
// says why.

#include "core/journeys/journeyedit.h"
#include "ui/commands/dbcommand.h"

namespace cx::mapedits {

// Adds what `create` makes the first time, and the same again (same ids) on every redo.
using Create = std::function<bool(QSqlDatabase&, MapSnapshot*, QString*)>;
DbCommand* adding(const QString& text, Create create, std::function<void()> changed);
// Removes what the snapshot holds; undo puts it back, links included.
DbCommand* removing(const QString& text, const MapSnapshot& snapshot,
                    std::function<void()> changed);

} // namespace cx::mapedits
