#include "ui/widgets/charts/charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace cx::charts {

class ChartPanel::Private
{
public:
    QStackedLayout* stack = nullptr;
    QChartView* view = nullptr;
    QLabel* empty = nullptr;
};

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), d(new Private)
{
    d->stack = new QStackedLayout(this);
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(220);
    d->empty = new QLabel(this);
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->empty->setMinimumHeight(220);
    d->empty->setStyleSheet(QStringLiteral(
        "color: palette(mid); border: 1px dashed palette(mid); border-radius: 6px;"));
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->empty);
}

ChartPanel::~ChartPanel()
{
    delete d;
}

bool ChartPanel::isEmptyState() const
{
    return d->stack->currentWidget() == d->empty;
}

void ChartPanel::setChart(const ChartSpec& given)
{
    // Horizontal bars are drawn bottom-up; reversing keeps the caller's first item on top.
    ChartSpec spec = given;
    const bool reversed = spec.kind == Kind::HorizontalBars;
    if (reversed) {
        std::reverse(spec.categories.begin(), spec.categories.end());
        for (Series& s : spec.series)
            std::reverse(s.values.begin(), s.values.end());
    }
    const int count = int(spec.categories.size());
    bool hasData = false;
    double lo = 0, hi = 0;
    for (const Series& s : spec.series)
        for (double v : s.values)
            if (!std::isnan(v)) {
                hasData = true;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!hasData || spec.categories.isEmpty()) {
        d->empty->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(spec.title.toHtmlEscaped(), spec.emptyText.toHtmlEscaped()));
        d->stack->setCurrentWidget(d->empty);
        return;
    }

    auto* chart = new QChart;
    chart->setTitle(spec.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(spec.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(6);

    auto* axisX = new QBarCategoryAxis;
    // Many categories: label only every n-th so labels never overlap.
    const int step = std::max<qsizetype>(1, spec.categories.size() / 14);
    QStringList labels;
    for (int i = 0; i < spec.categories.size(); ++i) {
        QString label = spec.categories.at(i);
        if (step > 1 && i % step != 0)
            label = QString(i, QChar(0x200B)); // unique, invisible
        labels << label;
    }
    axisX->append(labels);
    if (spec.categories.size() > 12)
        axisX->setLabelsAngle(-60); // long runs of months stay readable
    auto* axisY = new QValueAxis;
    axisY->setTitleText(spec.valueTitle);
    axisY->setLabelFormat(spec.valueFormat);
    if (spec.max > spec.min)
        axisY->setRange(spec.min, spec.max);
    else
        axisY->setRange(std::min(0.0, lo), hi <= 0 ? 1.0 : hi * 1.1);
    axisY->applyNiceNumbers();
    const bool horizontal = spec.kind == Kind::HorizontalBars;
    // Horizontal bars put the (long) names on the left, where they have room.
    chart->addAxis(axisX, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axisY, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    if (spec.kind == Kind::Line) {
        for (const Series& s : spec.series) {
            auto* line = new QLineSeries;
            line->setName(s.name);
            QPen pen(s.color);
            pen.setWidthF(2.5);
            line->setPen(pen);
            auto* dots = new QScatterSeries;
            dots->setColor(s.color);
            dots->setBorderColor(s.color);
            dots->setMarkerSize(spec.categories.size() > 40 ? 0 : 7);
            for (int i = 0; i < s.values.size(); ++i)
                if (!std::isnan(s.values[i])) {
                    line->append(i, s.values[i]);
                    dots->append(i, s.values[i]);
                }
            chart->addSeries(line);
            chart->addSeries(dots);
            for (QAbstractSeries* x :
                 {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(dots)}) {
                x->attachAxis(axisY);
            }
            // A category axis spans [-0.5, n - 0.5] for lines as well.
            auto* lineX = new QValueAxis;
            lineX->setRange(-0.5, spec.categories.size() - 0.5);
            lineX->setVisible(false);
            chart->addAxis(lineX, Qt::AlignBottom);
            line->attachAxis(lineX);
            dots->attachAxis(lineX);
            connect(dots, &QScatterSeries::clicked, this,
                    [this](const QPointF& p) { emit categoryClicked(qRound(p.x())); });
        }
        // The dots only mark the points; the legend names the lines.
        for (QLegendMarker* m : chart->legend()->markers())
            if (qobject_cast<QScatterSeries*>(m->series()))
                m->setVisible(false);
        chart->legend()->setVisible(spec.series.size() > 1);
    } else {
        QAbstractBarSeries* bars = nullptr;
        if (spec.kind == Kind::StackedBars)
            bars = new QStackedBarSeries;
        else if (horizontal)
            bars = new QHorizontalBarSeries;
        else
            bars = new QBarSeries;
        for (const Series& s : spec.series) {
            auto* set = new QBarSet(s.name);
            set->setColor(s.color);
            set->setBorderColor(s.color);
            for (double v : s.values)
                *set << (std::isnan(v) ? 0.0 : v);
            bars->append(set);
        }
        bars->setBarWidth(spec.categories.size() > 60 ? 1.0 : 0.7);
        chart->addSeries(bars);
        bars->attachAxis(axisX);
        bars->attachAxis(axisY);
        connect(bars, &QAbstractBarSeries::clicked, this,
                [this, reversed, count](int index, QBarSet*) {
                    emit categoryClicked(reversed ? count - 1 - index : index);
                });
    }
    QChart* old = d->view->chart();
    d->view->setChart(chart);
    delete old;
    d->stack->setCurrentWidget(d->view);
}

} // namespace cx::charts
