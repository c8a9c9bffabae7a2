#pragma once

// The one place that knows the charting library (Qt Charts today, which Qt
// deprecates from 6.10): pages describe a chart as plain data and get a widget.

#include <QColor>
#include <QStringList>
#include <QVector>
#include <QWidget>

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
    QString name;
    QColor color;
    QVector<double> values; // one per category; NaN: no value
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
};

// A chart with an empty state; emits the index of a clicked category.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;
    void setChart(const ChartSpec& spec);
    bool isEmptyState() const;

signals:
    void categoryClicked(int index);

private:
    class Private;
    Private* d;
};

} // namespace cx::charts
