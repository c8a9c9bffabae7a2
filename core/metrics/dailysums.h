#pragma once

// The daily sums (daily_answers, daily_interactions) that the schema's
// triggers keep in step with the raw rows.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cx {

enum DailySums
{
    DailyAnswers = 1,
    DailyInteractions = 2,
    AllDailySums = DailyAnswers | DailyInteractions
};

// Recomputes the tables named by `which` from the raw rows (after a bulk load
// done without the triggers, or to repair a file edited by a tool that
// disabled them).
[[nodiscard]] bool rebuildDailySums(QSqlDatabase& db, QString* error, int which = AllDailySums);

// Where the stored daily sums differ from what the raw rows add up to: one
// line per differing day and group, at most `perKind` of each table, then a
// line counting the rest. Empty when they agree (or with *error on failure).
QStringList dailySumDrift(QSqlDatabase& db, int perKind, QString* error);

} // namespace cx
