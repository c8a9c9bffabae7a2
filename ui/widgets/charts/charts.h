#pragma once

// The one place that knows the charting library (Qt Charts today, which Qt
// deprecates from 6.10): pages describe a chart as plain data and get a widget.

#include <QColor>
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <utility>

namespace cx::charts {

enum class Kind
{
    Bars,
    StackedBars,
    Line,
    HorizontalBars
};

struct Series
{
    Series() = default;
    Series(QString seriesName, QColor seriesColor, QVector<double> seriesValues = {})
        : name(std::move(seriesName)), color(std::move(seriesColor)),
          values(std::move(seriesValues))
    {
    }

    QString name;
    QColor color;
    QVector<double> values; // one per category; NaN: no value
    // The answers behind each value; empty when the values are not survey
    // figures. A value from fewer than kFewAnswers answers is drawn lighter,
    // and its tooltip says it is too few to judge.
    QVector<qint64> answers;
    bool secondScale = false; // drawn against ChartSpec::second (lines only)
};

// A value axis: its title, its range (max <= min: fit to the data) and how its labels read.
struct Scale
{
    QString title;
    double min = 0;
    double max = 0;
    QString format = QStringLiteral("%.0f");
};

struct ChartSpec
{
    QString title;
    Kind kind = Kind::Bars;
    QStringList categories;
    QVector<Series> series;
    QString valueTitle;
    double min = 0;
    double max = 0;    // max <= min: fit to the data
    QString emptyText; // shown instead of the chart when there is nothing to draw
    QString valueFormat = QStringLiteral("%.0f");
    // Counts (answers, responses): ticks at whole numbers only, never "0 0 1 1 2".
    bool wholeNumbers = false;
    // A second scale on the right, for series with secondScale: two figures of
    // different ranges each keep their own, so neither is flattened.
    Scale second;
};

// A chart with an empty state; emits the index of a clicked category.
// Category labels along the bottom are written whole, never cut short: when
// they do not all fit, only every second, third… one is shown.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;
    void setChart(const ChartSpec& spec);
    bool isEmptyState() const;

    // What the chart shows now, for tests and for accessibility.
    // The bottom labels in category order, empty where thinned out.
    QStringList shownLabels() const;
    // Where the shown bottom labels are, in the same order (null where thinned out).
    QVector<QRectF> labelRects() const;
    // The ticks of the value axis (the second one with second = true).
    QVector<double> valueTicks(bool second = false) const;
    // Whether the category has no value at all and says "no data" in its place.
    bool saysNoData(int category) const;
    // Whether a bar of horizontal bars is 0 and has its value written beside the axis.
    bool writtenZero(int category) const;
    // Whether a value is drawn as uncertain (too few answers).
    bool isUncertain(int category, int series) const;
    // The tooltip of a value: category, series, value and, when uncertain, why.
    QString toolTip(int category, int series) const;
    // The line under the chart that explains the lighter values; empty when none is.
    QString note() const;

signals:
    void categoryClicked(int index);

private:
    void placeLabels();
    class Private;
    Private* d;
};

} // namespace cx::charts
