#pragma once

// Undo and redo of edits made in this window. The history's steps run in
// order, so when one runs, every later step has been undone: the record is
// then as that step left it, unless another window or program changed it.
// The version alone cannot tell (each undone step raised it too), so these
// compare what the record holds with what the step expects, and name what
// differs. Each reads the stored record inside the step's transaction, so
// nothing can come between the check and the write.

#include "core/actions/action.h"
#include "core/customers/customer.h"
#include "core/interactions/interaction.h"
#include "core/journeys/journey.h"

#include <QSqlDatabase>

namespace cx {

// True when the stored record holds what `expected` holds (its version may
// be newer); *version then takes the stored version for the write that
// follows. False with *error naming what changed, and when, or that the
// record is gone.
[[nodiscard]] bool unchangedSince(QSqlDatabase& db, const Customer& expected, int* version,
                                  QString* error);
[[nodiscard]] bool unchangedSince(QSqlDatabase& db, const Interaction& expected, int* version,
                                  QString* error);
[[nodiscard]] bool unchangedSince(QSqlDatabase& db, const Action& expected, int* version,
                                  QString* error);
[[nodiscard]] bool unchangedSince(QSqlDatabase& db, const Journey& expected, int* version,
                                  QString* error);
[[nodiscard]] bool unchangedSince(QSqlDatabase& db, const Stage& expected, int* version,
                                  QString* error);
[[nodiscard]] bool unchangedSince(QSqlDatabase& db, const Touchpoint& expected, int* version,
                                  QString* error);

} // namespace cx
