#pragma once

// Calendar periods: the ranges the filter bar's presets stand for, and the
// period a range is compared with. Pure date arithmetic, so the window and
// the reports use one rule and tests check it without a database.

#include <QDate>
#include <QString>

namespace cx::periods {

struct Range
{
    QDate from, to; // both inclusive
};

// What a range is on the calendar.
enum class Shape
{
    Month,   // the 1st to the last day of one month
    Quarter, // January–March, April–June, July–September or October–December
    Year,    // 1 January to 31 December
    Days     // anything else
};

Shape shape(const QDate& from, const QDate& to);

// The calendar month before today's month: on 2026-12-03, 2026-11-01..2026-11-30.
Range lastMonth(const QDate& today);
// The calendar quarter before today's quarter: on 2026-12-03, 2026-07-01..2026-09-30.
Range lastQuarter(const QDate& today);

// The period a range is compared with: the month, quarter or year before
// when the range is one whole calendar month, quarter or year (November
// against October 1–31, not against the 30 days before); otherwise the same
// number of days just before.
Range comparison(const QDate& from, const QDate& to);

// The name of a whole calendar month, quarter or year as people say it
// ("October 2026", "Q3 2026", "2025"); empty for any other range.
QString calendarName(const QDate& from, const QDate& to);

// The period as a file name part: "2026-11", "2026-Q3", "2026",
// "2026-11-01 to 2026-11-15".
QString fileLabel(const QDate& from, const QDate& to);

} // namespace cx::periods
