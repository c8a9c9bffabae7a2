#pragma once

// The daily sums (daily_answers, daily_interactions) that the schema's
// triggers keep in step with the raw rows.

#include <QSqlDatabase>
#include <QString>

namespace cx {

// Recomputes both tables from the raw rows (after a bulk load done without
// the triggers, or to repair a file edited by a tool that disabled them).
bool rebuildDailySums(QSqlDatabase& db, QString* error);

// For bulk loads inside a transaction: drops the secondary indexes of
// `tables` and all triggers (keeping their SQL from the schema), so rows go in
// without per-row index and trigger work; restore() rebuilds them once and
// recomputes the daily sums. DDL is transactional, so a rollback (or a crash)
// brings everything back as it was.
class BulkLoad
{
public:
    bool suspend(QSqlDatabase& db, const QStringList& tables, QString* error);
    bool restore(QSqlDatabase& db, QString* error);

private:
    QStringList m_rebuild;
};

} // namespace cx
