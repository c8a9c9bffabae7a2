#include "core/io/spreadsheetdate.h"

#include "core/common/text.h"

#include <QRegularExpression>

namespace cx {

bool dateOrderFromName(const QString& name, DateOrder* order)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("DMY"))
        *order = DateOrder::DayFirst;
    else if (n == QLatin1String("MDY"))
        *order = DateOrder::MonthFirst;
    else if (n == QLatin1String("YMD"))
        *order = DateOrder::YearFirst;
    else
        return false;
    return true;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("DMY");
    case DateOrder::MonthFirst:
        return QStringLiteral("MDY");
    case DateOrder::YearFirst:
        return QStringLiteral("YMD");
    case DateOrder::Unknown:
        break;
    }
    return {};
}

DateOrder DateParts::evidence() const
{
    if (shape != YearLast)
        return DateOrder::Unknown;
    if (first > 12 && second <= 12)
        return DateOrder::DayFirst;
    if (second > 12 && first <= 12)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

DateParts splitDate(const QString& text)
{
    // The year has four digits: a two-digit year would make 03/11/26 a third puzzle.
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*$)"));
    DateParts p;
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return p;
    const QString a = m.captured(1), sep = m.captured(2), c = m.captured(4);
    if (a.size() == 4 && c.size() <= 2) {
        p.shape = DateParts::YearFirst;
        p.year = a.toInt();
        p.first = m.captured(3).toInt();
        p.second = c.toInt();
    } else if (c.size() == 4 && a.size() <= 2) {
        p.shape = sep == QLatin1String(".") ? DateParts::Dotted : DateParts::YearLast;
        p.first = a.toInt();
        p.second = m.captured(3).toInt();
        p.year = c.toInt();
    } else {
        return p;
    }
    if (m.hasCaptured(5)) {
        p.hasTime = true;
        const int h = m.captured(5).toInt(), min = m.captured(6).toInt(),
                  s = m.hasCaptured(7) ? m.captured(7).toInt() : 0;
        p.time = QTime(h, min, s);
        p.badTime = !p.time.isValid();
    }
    return p;
}

QDate datePartsToDate(const DateParts& parts, DateOrder order, QString* why)
{
    int day = 0, month = 0;
    switch (parts.shape) {
    case DateParts::None:
        return {};
    case DateParts::YearFirst:
        month = parts.first;
        day = parts.second;
        break;
    case DateParts::Dotted:
        day = parts.first;
        month = parts.second;
        break;
    case DateParts::YearLast:
        if (order == DateOrder::DayFirst) {
            day = parts.first;
            month = parts.second;
        } else if (order == DateOrder::MonthFirst) {
            month = parts.first;
            day = parts.second;
        } else {
            return {};
        }
        break;
    }
    if (month < 1 || month > 12) {
        *why = Text::tr("month %1 does not exist").arg(month);
        return {};
    }
    if (day < 1) {
        *why = Text::tr("day %1 does not exist").arg(day);
        return {};
    }
    const QDate d(parts.year, month, day);
    if (!d.isValid()) {
        // In the language of the messages, which on the command line is English
        // whatever the system's locale.
        static const char* const kMonths[] = {
            QT_TRANSLATE_NOOP("cx::Text", "January"),   QT_TRANSLATE_NOOP("cx::Text", "February"),
            QT_TRANSLATE_NOOP("cx::Text", "March"),     QT_TRANSLATE_NOOP("cx::Text", "April"),
            QT_TRANSLATE_NOOP("cx::Text", "May"),       QT_TRANSLATE_NOOP("cx::Text", "June"),
            QT_TRANSLATE_NOOP("cx::Text", "July"),      QT_TRANSLATE_NOOP("cx::Text", "August"),
            QT_TRANSLATE_NOOP("cx::Text", "September"), QT_TRANSLATE_NOOP("cx::Text", "October"),
            QT_TRANSLATE_NOOP("cx::Text", "November"),  QT_TRANSLATE_NOOP("cx::Text", "December")};
        const QString monthName = Text::tr(kMonths[month - 1]);
        *why = month == 2 && day == 29
                   ? Text::tr("29 February does not exist in %1").arg(parts.year)
                   : Text::tr("%1 %2 does not exist").arg(day).arg(monthName);
    }
    return d;
}

void DateOrderScan::add(const QString& cell, qint64 line, const QString& header)
{
    const DateParts p = splitDate(cell);
    if (p.shape != DateParts::YearLast)
        return;
    m_needed = true;
    // Only a date that reads as two different days needs the order: 05/05
    // is the same either way, and 17/13 is no date either way.
    if (m_exampleLine == 0 && p.first <= 12 && p.second <= 12 && p.first != p.second) {
        m_exampleLine = line;
        m_exampleHeader = header;
        m_exampleValue = cell.trimmed();
    }
    const DateOrder e = p.evidence();
    if (e == DateOrder::DayFirst && m_dayLine == 0) {
        m_dayLine = line;
        m_dayValue = cell.trimmed();
        m_dayHeader = header;
    } else if (e == DateOrder::MonthFirst && m_monthLine == 0) {
        m_monthLine = line;
        m_monthValue = cell.trimmed();
    }
}

DateOrder DateOrderScan::order() const
{
    if (m_dayLine > 0 && m_monthLine == 0)
        return DateOrder::DayFirst;
    if (m_monthLine > 0 && m_dayLine == 0)
        return DateOrder::MonthFirst;
    // No date reads differently in the two orders: either will do.
    if (m_needed && m_exampleLine == 0 && !mixed())
        return DateOrder::DayFirst;
    return DateOrder::Unknown;
}

} // namespace cx
