#pragma once

// The window's state belongs to the database it shows: its filters, the page
// in view, the window's size and place, a list's chosen tag. Two databases
// (a shop and a second shop, or a test copy) keep theirs apart. What belongs
// to the person (the language, the recent databases, the import folder)
// stays global.

#include <QString>
#include <QVariant>

namespace cx {

// The QSettings key of `key` for the database at `databasePath`.
QString perDatabaseKey(const QString& databasePath, const QString& key);
// The value for this database; before a database had its own, the one the
// window kept for all of them.
QVariant perDatabaseValue(const QString& databasePath, const QString& key);
void setPerDatabaseValue(const QString& databasePath, const QString& key, const QVariant& value);

} // namespace cx
