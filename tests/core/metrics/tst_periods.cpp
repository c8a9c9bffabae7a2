// Calendar periods: the presets' ranges and the period each range is
// compared with, the same for the window and the reports.

#include "core/metrics/dashboard.h"
#include "core/metrics/periods.h"

#include <QtTest>

using namespace cx;
using periods::Shape;

class TestPeriods : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void lastMonthAndLastQuarter()
    {
        const periods::Range m = periods::lastMonth(QDate(2026, 12, 3));
        QCOMPARE(m.from, QDate(2026, 11, 1));
        QCOMPARE(m.to, QDate(2026, 11, 30));
        const periods::Range q = periods::lastQuarter(QDate(2026, 12, 3));
        QCOMPARE(q.from, QDate(2026, 7, 1));
        QCOMPARE(q.to, QDate(2026, 9, 30));
        // In January the month before lies in the year before, and so does
        // the quarter before Q1.
        const periods::Range jan = periods::lastMonth(QDate(2027, 1, 15));
        QCOMPARE(jan.from, QDate(2026, 12, 1));
        QCOMPARE(jan.to, QDate(2026, 12, 31));
        const periods::Range q1 = periods::lastQuarter(QDate(2027, 3, 31));
        QCOMPARE(q1.from, QDate(2026, 10, 1));
        QCOMPARE(q1.to, QDate(2026, 12, 31));
        // A leap February ends on the 29th.
        QCOMPARE(periods::lastMonth(QDate(2028, 3, 1)).to, QDate(2028, 2, 29));
        QCOMPARE(periods::lastMonth(QDate(2027, 3, 31)).to, QDate(2027, 2, 28));
    }

    void everyMonthAgainstTheMonthBefore()
    {
        for (int year : {2026, 2028}) // 2028 has a 29 February
            for (int month = 1; month <= 12; ++month) {
                const QDate from(year, month, 1);
                const QDate to = from.addMonths(1).addDays(-1);
                QCOMPARE(periods::shape(from, to), Shape::Month);
                const periods::Range before = periods::comparison(from, to);
                const QDate expectedFrom =
                    month == 1 ? QDate(year - 1, 12, 1) : QDate(year, month - 1, 1);
                QCOMPARE(before.from, expectedFrom);
                QCOMPARE(before.to, from.addDays(-1));
                QCOMPARE(before.to.day(), expectedFrom.daysInMonth());
            }
        // November against all of October, not the 30 days before.
        const periods::Range oct = periods::comparison(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(oct.from, QDate(2026, 10, 1));
        QCOMPARE(oct.to, QDate(2026, 10, 31));
        // March of a leap year against 1-29 February.
        const periods::Range feb = periods::comparison(QDate(2028, 3, 1), QDate(2028, 3, 31));
        QCOMPARE(feb.from, QDate(2028, 2, 1));
        QCOMPARE(feb.to, QDate(2028, 2, 29));
    }

    void everyQuarterAgainstTheQuarterBefore()
    {
        for (int q = 0; q < 4; ++q) {
            const QDate from(2026, q * 3 + 1, 1);
            const QDate to = from.addMonths(3).addDays(-1);
            QCOMPARE(periods::shape(from, to), Shape::Quarter);
            const periods::Range before = periods::comparison(from, to);
            QCOMPARE(before.from, from.addMonths(-3));
            QCOMPARE(before.to, from.addDays(-1));
            QCOMPARE(periods::shape(before.from, before.to), Shape::Quarter);
        }
        const periods::Range q4 = periods::comparison(QDate(2026, 1, 1), QDate(2026, 3, 31));
        QCOMPARE(q4.from, QDate(2025, 10, 1));
        QCOMPARE(q4.to, QDate(2025, 12, 31));
        // Three months that are not a quarter are just days.
        QCOMPARE(periods::shape(QDate(2026, 2, 1), QDate(2026, 4, 30)), Shape::Days);
    }

    void wholeYears()
    {
        QCOMPARE(periods::shape(QDate(2026, 1, 1), QDate(2026, 12, 31)), Shape::Year);
        const periods::Range y = periods::comparison(QDate(2029, 1, 1), QDate(2029, 12, 31));
        QCOMPARE(y.from, QDate(2028, 1, 1));
        QCOMPARE(y.to, QDate(2028, 12, 31)); // a leap year of 366 days
    }

    void partialPeriodsKeepTheDaysBefore()
    {
        // This month so far: the same number of days just before.
        const periods::Range d = periods::comparison(QDate(2026, 12, 1), QDate(2026, 12, 3));
        QCOMPARE(d.from, QDate(2026, 11, 28));
        QCOMPARE(d.to, QDate(2026, 11, 30));
        // The last 30 days.
        const periods::Range l = periods::comparison(QDate(2026, 11, 4), QDate(2026, 12, 3));
        QCOMPARE(l.to, QDate(2026, 11, 3));
        QCOMPARE(l.from.daysTo(l.to) + 1, 30);
        // Half a month; two whole months.
        QCOMPARE(periods::comparison(QDate(2026, 11, 1), QDate(2026, 11, 15)).from,
                 QDate(2026, 10, 17));
        QCOMPARE(periods::shape(QDate(2026, 10, 1), QDate(2026, 11, 30)), Shape::Days);
        QCOMPARE(periods::comparison(QDate(2026, 10, 1), QDate(2026, 11, 30)).from,
                 QDate(2026, 8, 1));
        // A single day against the day before.
        const periods::Range one = periods::comparison(QDate(2026, 3, 1), QDate(2026, 3, 1));
        QCOMPARE(one.from, QDate(2026, 2, 28));
        QCOMPARE(one.to, QDate(2026, 2, 28));
        QCOMPARE(periods::shape(QDate(), QDate(2026, 3, 1)), Shape::Days);
    }

    void previousPeriodFollowsTheRule()
    {
        MetricsFilter f;
        f.from = QDate(2026, 11, 1);
        f.to = QDate(2026, 11, 30);
        f.channelId = 3;
        f.segment = QStringLiteral("Family");
        const MetricsFilter p = previousPeriod(f);
        QCOMPARE(p.from, QDate(2026, 10, 1));
        QCOMPARE(p.to, QDate(2026, 10, 31));
        QCOMPARE(p.channelId, qint64(3)); // the rest of the filter stays
        QCOMPARE(p.segment, QStringLiteral("Family"));
    }

    void names()
    {
        QCOMPARE(periods::calendarName(QDate(2026, 10, 1), QDate(2026, 10, 31)),
                 QStringLiteral("October 2026"));
        QCOMPARE(periods::calendarName(QDate(2026, 7, 1), QDate(2026, 9, 30)),
                 QStringLiteral("Q3 2026"));
        QCOMPARE(periods::calendarName(QDate(2025, 1, 1), QDate(2025, 12, 31)),
                 QStringLiteral("2025"));
        QVERIFY(periods::calendarName(QDate(2026, 10, 2), QDate(2026, 10, 31)).isEmpty());
        QCOMPARE(periods::fileLabel(QDate(2026, 11, 1), QDate(2026, 11, 30)),
                 QStringLiteral("2026-11"));
        QCOMPARE(periods::fileLabel(QDate(2026, 7, 1), QDate(2026, 9, 30)),
                 QStringLiteral("2026-Q3"));
        QCOMPARE(periods::fileLabel(QDate(2026, 1, 1), QDate(2026, 12, 31)),
                 QStringLiteral("2026"));
        QCOMPARE(periods::fileLabel(QDate(2026, 11, 1), QDate(2026, 11, 15)),
                 QStringLiteral("2026-11-01 to 2026-11-15"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(periods::calendarName(QDate(2026, 3, 1), QDate(2026, 3, 31)),
                 QStringLiteral("März 2026"));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
