#pragma once

// Dates as spreadsheets write them in the user's locale (03.11.2026,
// 03/11/2026, 11/03/2026, 2026/11/03, 2026-11-03, each optionally followed by
// HH:mm or HH:mm:ss), read into the database's forms. Whether 03/11/2026 is the
// 3rd of November or the 11th of March is the file's to tell: a value above 12
// in one place settles it for every row (DateOrderScan), else someone has to
// say (the window asks, the command line takes --date-format).

#include <QDate>
#include <QString>
#include <QTime>

namespace cx {

enum class DateOrder
{
    Unknown,
    DayFirst,   // DMY: 03/11/2026 is 3 November
    MonthFirst, // MDY: 03/11/2026 is 11 March
    YearFirst,  // YMD: 2026/11/03
};

// DMY, MDY or YMD (any case); false for anything else.
[[nodiscard]] bool dateOrderFromName(const QString& name, DateOrder* order);
QString dateOrderName(DateOrder order); // DMY, MDY, YMD, "" for Unknown

// A cell split into its numbers, before anyone knows what they mean.
struct DateParts
{
    enum Shape
    {
        None,      // not written like a date
        YearFirst, // 2026-11-03, 2026/11/03
        Dotted,    // 03.11.2026: day first wherever it is written so
        YearLast,  // 03/11/2026 or 03-11-2026: day or month first
    };
    Shape shape = None;
    // The numbers in the order written after (or before) the year: for
    // YearFirst the month then the day, else day and month in some order.
    int first = 0, second = 0, year = 0;
    bool hasTime = false;
    QTime time;
    bool badTime = false; // written like a time but not one (25:00)

    // For YearLast: the order its numbers prove (one above 12), else Unknown.
    DateOrder evidence() const;
};

DateParts splitDate(const QString& text);

// The date the parts name in that order (YearLast needs DayFirst or
// MonthFirst); an invalid date with *why saying what cannot be ("month 31
// does not exist", "31 February does not exist").
QDate datePartsToDate(const DateParts& parts, DateOrder order, QString* why);

// What a file's dates prove about their order, row after row.
class DateOrderScan
{
public:
    void add(const QString& cell, qint64 line, const QString& header);
    // DayFirst or MonthFirst when the rows proved one and not the other, or
    // when no date reads differently either way; else Unknown.
    DateOrder order() const;
    // Whether some date has the year last and needs the order to be read.
    bool needed() const { return m_needed; }
    // Both orders proved by different rows: the file mixes them.
    bool mixed() const { return m_dayLine > 0 && m_monthLine > 0; }

    // The first date that reads as two different days, to ask about.
    qint64 exampleLine() const { return m_exampleLine; }
    QString exampleHeader() const { return m_exampleHeader; }
    QString exampleValue() const { return m_exampleValue; }
    // Rows that proved each order (0: none), with their value.
    qint64 dayFirstLine() const { return m_dayLine; }
    QString dayFirstValue() const { return m_dayValue; }
    QString dayFirstHeader() const { return m_dayHeader; }
    qint64 monthFirstLine() const { return m_monthLine; }
    QString monthFirstValue() const { return m_monthValue; }

private:
    bool m_needed = false;
    qint64 m_exampleLine = 0, m_dayLine = 0, m_monthLine = 0;
    QString m_exampleHeader, m_exampleValue, m_dayValue, m_dayHeader, m_monthValue;
};

} // namespace cx
