#pragma once

// The staff of the business: the names a follow-up can be given to (its
// owner) and that notes are signed with. The list is kept in the settings
// (key `staff`, one name a line, in the order the owner put them); team mode
// will tie each name to a login.

#include "core/storage/settings.h"

#include <QStringList>

namespace cx {

// The names in their order, each once (whatever its case), none empty.
QStringList staffNames(QSqlDatabase& db);
// The same from the stored text.
QStringList parseStaffNames(const QString& stored);
// Stores the list (cleaned as parseStaffNames does). With `seen`, only while
// the setting is still as it was read (settings.h).
[[nodiscard]] bool setStaffNames(QSqlDatabase& db, const QStringList& names, QString* error,
                                 const Setting* seen = nullptr);

} // namespace cx
