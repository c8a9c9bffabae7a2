#include "core/metrics/periods.h"

#include "core/common/text.h"

#include <QLocale>

namespace cx::periods {

namespace {

QDate monthStart(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate quarterStart(const QDate& d)
{
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}

int quarter(const QDate& d)
{
    return (d.month() - 1) / 3 + 1;
}

} // namespace

Shape shape(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from.day() != 1 || to < from)
        return Shape::Days;
    if (from.month() == 1 && to == QDate(from.year(), 12, 31))
        return Shape::Year;
    if (quarterStart(from) == from && to == from.addMonths(3).addDays(-1))
        return Shape::Quarter;
    if (to == from.addMonths(1).addDays(-1))
        return Shape::Month;
    return Shape::Days;
}

Range lastMonth(const QDate& today)
{
    const QDate start = monthStart(today).addMonths(-1);
    return {start, start.addMonths(1).addDays(-1)};
}

Range lastQuarter(const QDate& today)
{
    const QDate start = quarterStart(today).addMonths(-3);
    return {start, start.addMonths(3).addDays(-1)};
}

Range comparison(const QDate& from, const QDate& to)
{
    switch (shape(from, to)) {
    case Shape::Year:
        return {from.addYears(-1), from.addDays(-1)};
    case Shape::Quarter:
        return {from.addMonths(-3), from.addDays(-1)};
    case Shape::Month:
        return {from.addMonths(-1), from.addDays(-1)};
    case Shape::Days:
        break;
    }
    const qint64 days = from.daysTo(to) + 1;
    const QDate end = from.addDays(-1);
    return {end.addDays(-(days - 1)), end};
}

QString calendarName(const QDate& from, const QDate& to)
{
    switch (shape(from, to)) {
    case Shape::Year:
        return QString::number(from.year());
    case Shape::Quarter:
        //: A calendar quarter: %1 its number (1-4), %2 the year ("Q3 2026").
        return Text::tr("Q%1 %2").arg(quarter(from)).arg(from.year());
    case Shape::Month:
        return QLocale().standaloneMonthName(from.month()) + QLatin1Char(' ') +
               QString::number(from.year());
    case Shape::Days:
        break;
    }
    return QString();
}

QString fileLabel(const QDate& from, const QDate& to)
{
    switch (shape(from, to)) {
    case Shape::Year:
        return QString::number(from.year());
    case Shape::Quarter:
        return QStringLiteral("%1-Q%2").arg(from.year()).arg(quarter(from));
    case Shape::Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Shape::Days:
        break;
    }
    //: A period in a file name: %1 and %2 are dates written 2026-11-01.
    return Text::tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace cx::periods
