#include "core/common/timeutil.h"

namespace cx {

namespace {

// Digits at [pos, pos + n) as a number, or -1.
int digits(QStringView s, int pos, int n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (int i = pos; i < pos + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (civil calendar arithmetic).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool validDate(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1] + (m == 2 && leap ? 1 : 0);
}

} // namespace

bool parseTimestamp(QStringView s, qint64* utcMilliseconds)
{
    // YYYY-MM-DDTHH:MM[:SS[.f...]](Z|±HH:MM)
    if (s.size() < 17 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':')
        return false;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2);
    if (!validDate(y, mo, d) || h < 0 || h > 23 || mi < 0 || mi > 59)
        return false;
    int pos = 16;
    int sec = 0;
    int ms = 0;
    if (pos < s.size() && s[pos] == u':') {
        sec = digits(s, pos + 1, 2);
        if (sec < 0 || sec > 59)
            return false;
        pos += 3;
        if (pos < s.size() && s[pos] == u'.') {
            int n = 0;
            ++pos;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
                if (n < 3)
                    ms = ms * 10 + (s[pos].unicode() - u'0');
                ++n;
                ++pos;
            }
            if (n == 0 || n > 9)
                return false;
            for (int i = n; i < 3; ++i)
                ms *= 10;
        }
    }
    int offsetMinutes = 0;
    if (pos == s.size() - 1 && s[pos] == u'Z') {
        offsetMinutes = 0;
    } else if (pos == s.size() - 6 && (s[pos] == u'+' || s[pos] == u'-') && s[pos + 3] == u':') {
        const int oh = digits(s, pos + 1, 2), om = digits(s, pos + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59)
            return false;
        offsetMinutes = (oh * 60 + om) * (s[pos] == u'-' ? -1 : 1);
    } else {
        return false;
    }
    if (utcMilliseconds) {
        const qint64 local = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60 + sec;
        *utcMilliseconds = (local - qint64(offsetMinutes) * 60) * 1000 + ms;
    }
    return true;
}

bool isTimestamp(const QString& text)
{
    return parseTimestamp(text, nullptr);
}

QDate parseDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!validDate(y, m, d))
        return {};
    return QDate(y, m, d);
}

QString formatTimestamp(const QDateTime& dt)
{
    return dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace cx
