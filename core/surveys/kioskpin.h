#pragma once

// The owner's PIN that ends kiosk mode, kept as a salted hash in the
// business's settings, so a customer at the counter cannot leave the survey.

#include "core/storage/settings.h"

namespace cx {

bool hasKioskPin(QSqlDatabase& db);
// Takes the setting as it was read when it must not write over a PIN saved
// elsewhere since (see settings.h).
[[nodiscard]] bool setKioskPin(QSqlDatabase& db, const QString& pin, QString* error,
                               const Setting* seen = nullptr);
bool checkKioskPin(QSqlDatabase& db, const QString& pin);

} // namespace cx
