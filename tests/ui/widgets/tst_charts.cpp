// Charts read at every width: month labels are thinned and never cut short,
// counts get whole-number ticks, two figures of different ranges keep their
// own scales, an empty category says "no data", and a value from too few
// answers is drawn and explained as uncertain.

#include "core/common/format.h"
#include "core/metrics/metrics.h"
#include "ui/widgets/charts/charts.h"

#include <QtTest>
#include <cmath>

using namespace cx;
using namespace cx::charts;

namespace {
ChartSpec months(int count, Kind kind = Kind::Bars)
{
    ChartSpec spec;
    spec.title = QStringLiteral("Responses by month");
    spec.kind = kind;
    Series s(QStringLiteral("Responses"), Qt::blue);
    for (int i = 0; i < count; ++i) {
        spec.categories << format::month(QDate(2024, 1, 1).addMonths(i));
        s.values << double(10 + i % 7);
    }
    spec.series = {s};
    return spec;
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void oneMonthFormat()
    {
        QCOMPARE(format::month(QDate(2026, 11, 15)), QStringLiteral("Nov 2026"));
        QCOMPARE(format::month(QStringLiteral("2026-11")), QStringLiteral("Nov 2026"));
        QCOMPARE(format::month(QStringLiteral("not a month")), QStringLiteral("not a month"));
    }

    void monthLabelsThinnedNeverCut_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("kind");
        for (int width : {320, 640, 1280, 1900})
            for (int count : {3, 12, 36})
                for (int kind : {int(Kind::Bars), int(Kind::Line), int(Kind::StackedBars)})
                    QTest::addRow("%d px, %d months, kind %d", width, count, kind)
                        << width << count << kind;
    }

    void monthLabelsThinnedNeverCut()
    {
        QFETCH(int, width);
        QFETCH(int, count);
        QFETCH(int, kind);
        ChartPanel panel;
        panel.resize(width, 300);
        panel.setChart(months(count, Kind(kind)));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QStringList shown = panel.shownLabels();
        QCOMPARE(shown.size(), count);
        const QVector<QRectF> rects = panel.labelRects();
        int visible = 0;
        QRectF previous;
        for (int i = 0; i < count; ++i) {
            if (shown[i].isEmpty())
                continue;
            ++visible;
            // Whole, in the one format, never elided.
            QCOMPARE(shown[i], format::month(QDate(2024, 1, 1).addMonths(i)));
            QVERIFY(!shown[i].contains(QChar(0x2026)));
            // Inside the panel and clear of its neighbour.
            QVERIFY2(rects[i].left() >= 0 && rects[i].right() <= width,
                     qPrintable(QStringLiteral("%1 at %2..%3")
                                    .arg(shown[i])
                                    .arg(rects[i].left())
                                    .arg(rects[i].right())));
            if (!previous.isNull())
                QVERIFY2(rects[i].left() >= previous.right(), qPrintable(shown[i]));
            previous = rects[i];
        }
        QVERIFY(!shown.first().isEmpty()); // the first month is always named
        // Enough of them to read the axis by.
        QVERIFY(visible >= std::min(count, width / 160));
        if (width >= 1280 && count <= 12)
            QCOMPARE(visible, count);
        if (width <= 640 && count == 36)
            QVERIFY(visible < count);
    }

    void wholeNumberTicks()
    {
        for (double top : {1.0, 2.0, 3.0, 7.0, 12.0, 48.0, 230.0}) {
            ChartSpec spec;
            spec.kind = Kind::Bars;
            spec.wholeNumbers = true;
            spec.categories = {QStringLiteral("a"), QStringLiteral("b")};
            spec.series = {Series(QStringLiteral("answers"), Qt::blue, {0.0, top})};
            ChartPanel panel;
            panel.setChart(spec);
            const QVector<double> ticks = panel.valueTicks();
            QVERIFY(ticks.size() >= 2);
            for (int i = 0; i < ticks.size(); ++i) {
                QCOMPARE(ticks[i], std::round(ticks[i]));
                if (i > 0)
                    QVERIFY2(ticks[i] > ticks[i - 1], qPrintable(QString::number(top)));
            }
            QVERIFY(ticks.last() > top); // the tallest bar never touches the frame
            QVERIFY(ticks.size() <= 11);
        }
    }

    void secondScale()
    {
        ChartSpec spec;
        spec.kind = Kind::Line;
        spec.valueTitle = QStringLiteral("NPS answer (0–10)");
        spec.min = 0;
        spec.max = 10;
        spec.second.title = QStringLiteral("CSAT answer (1–5)");
        spec.second.min = 1;
        spec.second.max = 5;
        const double nan = std::nan("");
        spec.categories = {QStringLiteral("1 Nov"), QStringLiteral("2 Nov"),
                           QStringLiteral("3 Nov")};
        Series nps(QStringLiteral("NPS"), Qt::blue, {9, nan, 3});
        Series csat(QStringLiteral("CSAT"), Qt::green, {nan, 4, nan});
        csat.secondScale = true;
        spec.series = {nps, csat};
        ChartPanel panel;
        panel.setChart(spec);
        const QVector<double> left = panel.valueTicks(false), right = panel.valueTicks(true);
        QVERIFY(!left.isEmpty() && !right.isEmpty());
        QCOMPARE(left.first(), 0.0);
        QCOMPARE(left.last(), 10.0);
        QCOMPARE(right.first(), 1.0);
        QCOMPARE(right.last(), 5.0);
        // Without a series on it there is no second scale.
        spec.series = {nps};
        panel.setChart(spec);
        QVERIFY(panel.valueTicks(true).isEmpty());
    }

    void noDataIsNotZero()
    {
        ChartSpec spec;
        spec.kind = Kind::HorizontalBars;
        spec.categories = {QStringLiteral("Store"), QStringLiteral("Phone"), QStringLiteral("Web")};
        spec.series = {Series(QStringLiteral("CSAT"), Qt::blue, {80.0, std::nan(""), 0.0})};
        ChartPanel panel;
        panel.resize(600, 300);
        panel.setChart(spec);
        QVERIFY(!panel.isEmptyState());
        QVERIFY(!panel.saysNoData(0));
        QVERIFY(panel.saysNoData(1));
        QVERIFY(!panel.saysNoData(2)); // a real 0 % is a value, and written as one
        QVERIFY(panel.writtenZero(2));
        QVERIFY(!panel.writtenZero(0));
        QVERIFY(!panel.writtenZero(1));
        QVERIFY(panel.toolTip(1, 0).contains(QStringLiteral("no data")));
        QVERIFY(panel.toolTip(2, 0).contains(QStringLiteral("0")));
        // Many names on the left: each keeps a row tall enough to be written whole.
        ChartSpec many = spec;
        many.categories.clear();
        many.series[0].values.clear();
        for (int i = 0; i < 12; ++i) {
            many.categories << QStringLiteral("Channel %1").arg(i);
            many.series[0].values << 50.0;
        }
        ChartPanel tall;
        tall.setChart(many);
        QVERIFY(tall.minimumSizeHint().height() >= 12 * (tall.fontMetrics().height() + 4));
        // Nothing at all: the empty state, not a chart of blanks.
        spec.series = {
            Series(QStringLiteral("CSAT"), Qt::blue, {std::nan(""), std::nan(""), std::nan("")})};
        spec.emptyText = QStringLiteral("No CSAT answers in this period.");
        panel.setChart(spec);
        QVERIFY(panel.isEmptyState());
    }

    void fewAnswersAreUncertain()
    {
        for (int kind : {int(Kind::Bars), int(Kind::Line)}) {
            ChartSpec spec;
            spec.kind = Kind(kind);
            spec.categories = {QStringLiteral("Oct 2026"), QStringLiteral("Nov 2026")};
            Series s(QStringLiteral("NPS"), Qt::blue, {40.0, 4.0});
            s.answers = {120, 12};
            spec.series = {s};
            ChartPanel panel;
            panel.setChart(spec);
            QVERIFY(!panel.isUncertain(0, 0));
            QVERIFY(panel.isUncertain(1, 0));
            QVERIFY(panel.toolTip(1, 0).contains(QStringLiteral("too few answers (12)")));
            QVERIFY(!panel.toolTip(0, 0).contains(QStringLiteral("too few")));
            QVERIFY(panel.note().contains(QString::number(kFewAnswers)));
            // Enough answers everywhere: no note.
            spec.series[0].answers = {120, kFewAnswers};
            panel.setChart(spec);
            QVERIFY(!panel.isUncertain(1, 0));
            QVERIFY(panel.note().isEmpty());
        }
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
