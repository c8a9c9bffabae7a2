#include "core/common/format.h"

#include <QLocale>
#include <cmath>

namespace cx::format {

namespace {
// Whether v shows as zero with this many decimals.
bool showsAsZero(double v, int decimals)
{
    return std::round(std::abs(v) * std::pow(10.0, decimals)) == 0;
}
} // namespace

QString dash()
{
    return QStringLiteral("–");
}

QString number(const std::optional<double>& v, int decimals, const QString& suffix)
{
    return v ? QLocale().toString(*v, 'f', decimals) + suffix : dash();
}

QString signedNumber(const std::optional<double>& v, int decimals)
{
    if (!v)
        return dash();
    if (showsAsZero(*v, decimals))
        return QLocale().toString(0.0, 'f', decimals);
    return (*v > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*v, 'f', decimals);
}

QString nps(const std::optional<double>& v)
{
    return signedNumber(v, 0);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString longDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

QString month(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("MMM yyyy"));
}

QString month(const QString& yearMonth)
{
    const QDate d = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? month(d) : yearMonth;
}

QString plain(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString plainSigned(double v, int decimals)
{
    const QString s = plain(v, decimals);
    return v > 0 && !showsAsZero(v, decimals) ? QLatin1Char('+') + s : s;
}

QString plainCount(qint64 n)
{
    return QLocale::c().toString(n);
}

} // namespace cx::format
