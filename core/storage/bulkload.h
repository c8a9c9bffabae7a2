#pragma once

#include "core/storage/engine.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cx {

// For bulk loads inside a transaction: drops the secondary indexes and the
// triggers of `tables` (keeping their SQL from the schema), so rows go in
// without per-row index and trigger work; restore() rebuilds them once and
// recomputes the daily sums those tables feed. DDL is transactional, so a
// rollback (or a crash) brings everything back as it was.
class BulkLoad
{
public:
    [[nodiscard]] bool suspend(QSqlDatabase& db, const QStringList& tables, QString* error);
    [[nodiscard]] bool restore(QSqlDatabase& db, QString* error);

private:
    QStringList m_rebuild;
    int m_sums = 0;
};

// For one large write on this connection, set up before its transaction
// begins and put back after it ends: a page cache of `cacheKiB`, and with
// Journal::Rollback a rollback journal instead of WAL, so that new pages are
// written once rather than to the log and again at the checkpoint (the write
// stays atomic: a crash leaves a journal that the next opening rolls back;
// SQLite keeps WAL when another connection has the file open). With
// ForeignKeys::Vouched the caller has looked up every reference it writes in
// the same transaction, and SQLite skips a parent lookup per reference.
class BulkWriteMode
{
public:
    enum class Journal
    {
        Keep,
        Rollback
    };
    enum class ForeignKeys
    {
        Checked,
        Vouched
    };
    BulkWriteMode(QSqlDatabase& db, int cacheKiB, Journal journal,
                  ForeignKeys keys = ForeignKeys::Checked);
    ~BulkWriteMode();
    BulkWriteMode(const BulkWriteMode&) = delete;
    BulkWriteMode& operator=(const BulkWriteMode&) = delete;

private:
    QSqlDatabase& m_db;
    WriteTuning m_was;
    WriteTuning m_bulk;
};

} // namespace cx
