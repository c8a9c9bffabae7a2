#pragma once

// Opening a connection to a PostgreSQL server, with one clear message for
// each way it can fail (wrong password, unreachable host, no such database,
// TLS required but not offered), none of them showing the password.

#include "core/storage/location.h"

#include <QSqlDatabase>

namespace cx {

// Sets up `db` (a QPSQL connection) for the location and opens it. False
// with a message that names the server and says what to do.
[[nodiscard]] bool openServerConnection(QSqlDatabase& db, const DatabaseLocation& location,
                                        QString* error);

// The words of a server's error, made into one clear sentence for the user
// (the location names the server; the password never appears).
QString serverProblem(const QString& driverText, const DatabaseLocation& location);

// Whether the server's error says it wants a password, or refused the one given.
bool isPasswordRefusal(const QString& driverText);

} // namespace cx
