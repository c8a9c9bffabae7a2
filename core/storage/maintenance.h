#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cx {

class Database;

// What the status bar counts.
struct RecordCounts
{
    qint64 customers = 0;
    qint64 interactions = 0;
    qint64 responses = 0;
    qint64 openActions = 0;
};
[[nodiscard]] bool countRecords(QSqlDatabase& db, RecordCounts* out, QString* error);

// Whether the database holds a business yet: any customer, journey, survey or interaction.
bool holdsABusiness(QSqlDatabase& db);

// SQLite's integrity and foreign-key checks plus CX Desk's own invariants.
// Returns one line per problem; empty when the database is sound. At most
// `perKind` lines per kind of problem, then a line counting the rest.
QStringList checkDatabase(QSqlDatabase& db, int perKind = 50);

// Rebuilds the daily sums behind the dashboard from the raw rows, in one
// transaction: all of them or, on failure, none.
[[nodiscard]] bool repairDailySums(QSqlDatabase& db, QString* error);

// Writes a consistent copy of the open database to target (safe while other
// connections write), replacing target atomically; owner-only permissions.
// The copy of a server database is a CX Desk file of its data.
[[nodiscard]] bool backupDatabase(QSqlDatabase& db, const QString& target, QString* error);

// Replaces the database at dbPath with the backup at source after verifying
// it (a CX Desk database, readable, integrity ok, a schema this version
// reads). The previous file is kept beside it; its name goes to *keptAs.
[[nodiscard]] bool restoreDatabase(const QString& source, const QString& dbPath, QString* keptAs,
                                   QString* error);

// On a server: replaces the whole of its data with the backup at source
// after verifying it, in one transaction (others keep reading the old data
// until it commits). What the server held before is first written to a
// file beside the backup; its name goes to *keptAs.
[[nodiscard]] bool restoreServerDatabase(QSqlDatabase& server, const QString& source,
                                         QString* keptAs, QString* error);

} // namespace cx
