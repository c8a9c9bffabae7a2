#pragma once

// A whole CX Desk database copied into another, between any two engines: a
// file to a server to start working as a team, a server to a file to take a
// copy home, and the backups and restores of a server. The source is read
// from one snapshot while others keep working; the target is written in one
// transaction, verified table by table before it commits, so it ends either
// as an exact copy or as it was.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <functional>

namespace cx {

// One table of a finished copy: its rows and the checksum of their values
// (independent of the order the engines return them in).
struct CopiedTable
{
    QString table;
    qint64 rows = 0;
    QByteArray checksum;
};

struct CopyOptions
{
    // Replaces the target's data even when it already holds a business.
    bool replace = false;
    // Told the rows copied so far and the rows in all; returning false stops
    // the copy, which leaves the target as it was.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Copies every table of `from` into `to` (both open, both at this version's
// schema) with the same ids, and sets each table's numbering past the copied
// rows. Refuses a target that holds a business unless options.replace.
// Fills `tables` (when given) with what was copied and verified.
[[nodiscard]] bool copyDatabase(QSqlDatabase& from, QSqlDatabase& to, const CopyOptions& options,
                                QVector<CopiedTable>* tables, QString* error);

// The row count and checksum of every data table, as copyDatabase compares
// them; for checking a copy made earlier against its source.
[[nodiscard]] bool tableChecksums(QSqlDatabase& db, QVector<CopiedTable>* tables, QString* error);

} // namespace cx
