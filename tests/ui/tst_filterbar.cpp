// The filter bar's periods: the calendar presets, what the date fields show
// for each preset (All time included), and the preset kept between sessions.

#include "core/common/clock.h"
#include "core/metrics/metrics.h"
#include "tests/common/windowfixture.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace cx;

namespace {
QDateEdit* dateField(FilterBar& bar, int i)
{
    return bar.findChildren<QDateEdit*>().value(i);
}
} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void calendarPresets()
    {
        const clock::Pinned pinned(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        FilterBar bar;
        auto* combo = bar.findChild<QComboBox*>();
        QVERIFY(combo);
        // Each "last" preset follows its "this" one.
        QCOMPARE(combo->itemText(0), QStringLiteral("This month"));
        QCOMPARE(combo->itemText(1), QStringLiteral("Last month"));
        QCOMPARE(combo->itemText(combo->findText(QStringLiteral("Last quarter")) - 1),
                 QStringLiteral("This quarter"));

        QSignalSpy changed(&bar, &FilterBar::changed);
        bar.setPreset(FilterBar::LastMonth);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.preset(), FilterBar::LastMonth);
        MetricsFilter f = bar.filter();
        QCOMPARE(f.from, QDate(2026, 11, 1));
        QCOMPARE(f.to, QDate(2026, 11, 30));
        QCOMPARE(dateField(bar, 0)->date(), QDate(2026, 11, 1));
        QCOMPARE(dateField(bar, 1)->date(), QDate(2026, 11, 30));
        QVERIFY(!dateField(bar, 0)->isEnabled());
        QCOMPARE(bar.describe(), QStringLiteral("Last month"));

        bar.setPreset(FilterBar::LastQuarter);
        f = bar.filter();
        QCOMPARE(f.from, QDate(2026, 7, 1));
        QCOMPARE(f.to, QDate(2026, 9, 30));
        QCOMPARE(dateField(bar, 1)->date(), QDate(2026, 9, 30));
        // In January both reach into the year before.
        QCOMPARE(bar.filter(QDate(2027, 1, 10)).from, QDate(2026, 10, 1));
        bar.setPreset(FilterBar::LastMonth);
        QCOMPARE(bar.filter(QDate(2027, 1, 10)).from, QDate(2026, 12, 1));
        QCOMPARE(bar.filter(QDate(2027, 1, 10)).to, QDate(2026, 12, 31));
    }

    void presetsAreKept()
    {
        FilterBar a, b;
        a.setPreset(FilterBar::LastQuarter);
        b.restoreState(a.saveState());
        QCOMPARE(b.preset(), FilterBar::LastQuarter);
        // A filter saved before the calendar presets existed keeps its meaning.
        FilterBar c;
        c.restoreState(QStringLiteral("5;2026-02-01;2026-02-28;0;"));
        QCOMPARE(c.preset(), FilterBar::Custom);
        QCOMPARE(c.filter().from, QDate(2026, 2, 1));
        c.restoreState(QStringLiteral("2;2026-02-01;2026-02-28;0;"));
        QCOMPARE(c.preset(), FilterBar::ThisQuarter);
        c.restoreState(QStringLiteral("4;;;0;"));
        QCOMPARE(c.preset(), FilterBar::AllTime);
    }

    void allTimeShowsTheWholeRange()
    {
        const clock::Pinned pinned(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        FilterBar bar;
        bar.setEarliestDate(QDate(2024, 5, 17));
        bar.setPreset(FilterBar::AllTime);
        QCOMPARE(dateField(bar, 0)->date(), QDate(2024, 5, 17));
        QCOMPARE(dateField(bar, 1)->date(), QDate(2026, 12, 3));
        // The filter stays open at the start: records entered later with an
        // earlier date still count.
        QVERIFY(!bar.filter().from.isValid());
        // A new earliest record moves the field, without a change of filter.
        QSignalSpy changed(&bar, &FilterBar::changed);
        bar.setEarliestDate(QDate(2023, 1, 2));
        QCOMPARE(dateField(bar, 0)->date(), QDate(2023, 1, 2));
        QCOMPARE(changed.size(), 0);
        // An empty database: the fields show today, not a stale month.
        FilterBar empty;
        empty.setEarliestDate(QDate());
        empty.setPreset(FilterBar::AllTime);
        QCOMPARE(dateField(empty, 0)->date(), QDate(2026, 12, 3));
    }

    void theWindowGivesTheEarliestDate()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 200, 800));
        MainWindow w(t.db());
        w.filterBar()->setPreset(FilterBar::AllTime);
        const QDate earliest = MetricsEngine(t.sql()).earliestDate();
        QVERIFY(earliest.isValid());
        QCOMPARE(dateField(*w.filterBar(), 0)->date(), earliest);
        QCOMPARE(dateField(*w.filterBar(), 1)->date(), clock::today());
        QVERIFY(!w.filterBar()->filter().from.isValid());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
