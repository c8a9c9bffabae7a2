#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cx {

// True for the timestamps of docs/database.md (Conventions): YYYY-MM-DDTHH:MM[:SS[.fff]] followed
// by Z or ±HH:MM.
bool isTimestamp(const QString& text);
// Parses such a timestamp; the instant goes to *utcMilliseconds (since 1970, UTC).
bool parseTimestamp(QStringView text, qint64* utcMilliseconds);
// Parses a YYYY-MM-DD date strictly; an invalid QDate otherwise.
QDate parseDate(const QString& text);
// A timestamp in the form the database stores: seconds and the local UTC offset.
QString formatTimestamp(const QDateTime& dt);

} // namespace cx
