#pragma once

// The daily sums (daily_answers, daily_interactions) that the schema's
// triggers keep in step with the raw rows.

#include <QSqlDatabase>
#include <QString>

namespace cx {

// Recomputes both tables from the raw rows (after a bulk load done without
// the triggers, or to repair a file edited by a tool that disabled them).
bool rebuildDailySums(QSqlDatabase& db, QString* error);

} // namespace cx
