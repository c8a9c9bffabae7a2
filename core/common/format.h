#pragma once

// How numbers and dates are written: for people in the user's language (the
// window, reports), and plainly for files and scripts (the command line's
// figures, in the C locale). One place, so a figure reads the same on every
// page and in every report.

#include <QDate>
#include <QString>
#include <optional>

namespace cx::format {

// What stands in for a value that is not there: an en dash.
QString dash();
// The value with `decimals` in the user's locale, then `suffix`; dash() when absent.
QString number(const std::optional<double>& v, int decimals, const QString& suffix = QString());
// The same with a sign: "+3", "-2", and no sign when it shows as zero.
QString signedNumber(const std::optional<double>& v, int decimals);
// A Net Promoter Score as the window and every report write it: whole, with
// its sign ("+27", "0", "-14").
QString nps(const std::optional<double>& v);
// A count in the user's locale ("12,480").
QString count(qint64 n);
// A date as the user's locale writes it in full ("15 March 2026").
QString longDate(const QDate& d);
// A month as every chart, list and report names it: the locale's short month
// name and the year ("Nov 2026", in German "Nov. 2026").
QString month(const QDate& d);
// The same for a month written YYYY-MM; the text itself when it is not one.
QString month(const QString& yearMonth);

// For files and scripts: always a point and no grouping ("1234.5").
QString plain(double v, int decimals);
// The same with a sign when it does not show as zero ("+3.5", "-0.4", "0.0").
QString plainSigned(double v, int decimals);
// A count without grouping.
QString plainCount(qint64 n);

} // namespace cx::format
