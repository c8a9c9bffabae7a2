#include "ui/widgets/charts/charts.h"

#include "core/metrics/metrics.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace cx::charts {

namespace {

// Makes each category unique for the category axis without showing it: the
// panel writes the bottom labels itself, so that they are thinned rather than
// cut short (Qt Charts shortens every label to one category's width).
QString invisible(int i)
{
    return QString(i + 1, QChar(0x200B));
}

int decimalsOf(const QString& format)
{
    const int dot = int(format.indexOf(QLatin1Char('.')));
    return dot >= 0 && dot + 1 < format.size() && format.at(dot + 1).isDigit()
               ? format.at(dot + 1).digitValue()
               : 0;
}

// A step of 1, 2 or 5 times a power of ten giving at most about five intervals.
double wholeStep(double hi)
{
    const double raw = std::max(1.0, hi / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw - 1e-9)
            return m * power;
    return 10.0 * power;
}

// Drawn lighter for the uncertain values: the colour blended towards white.
QColor paler(const QColor& c)
{
    auto mix = [](int v) { return v + (255 - v) * 60 / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace

class ChartPanel::Private
{
public:
    QStackedLayout* stack = nullptr;
    QWidget* page = nullptr;
    QChartView* view = nullptr;
    QLabel* note = nullptr;
    QLabel* empty = nullptr;
    ChartSpec spec;                           // as the caller gave it, first category first
    QVector<QGraphicsSimpleTextItem*> labels; // bottom labels, category order
    QVector<QGraphicsSimpleTextItem*> noData; // per category; null where there is data
    // Per category of horizontal bars: the written value where it is 0, since
    // a bar of no length looks like nothing at all; null elsewhere.
    QVector<QGraphicsSimpleTextItem*> zeros;
    QValueAxis* axisY = nullptr;
    QValueAxis* axisY2 = nullptr;
    bool vertical = true;

    bool uncertain(int category, int series) const
    {
        if (series < 0 || series >= spec.series.size())
            return false;
        const Series& s = spec.series[series];
        if (category < 0 || category >= s.answers.size() || category >= s.values.size() ||
            std::isnan(s.values[category]))
            return false;
        const qint64 n = s.answers[category];
        return n >= 0 && n < kFewAnswers;
    }
};

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), d(new Private)
{
    d->stack = new QStackedLayout(this);
    d->page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(d->page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(2);
    d->view = new QChartView(d->page);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(220);
    d->note = new QLabel(d->page);
    d->note->setWordWrap(true);
    d->note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    d->note->hide();
    pageLayout->addWidget(d->view, 1);
    pageLayout->addWidget(d->note);
    d->empty = new QLabel(this);
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->empty->setMinimumHeight(220);
    d->empty->setStyleSheet(QStringLiteral(
        "color: palette(mid); border: 1px dashed palette(mid); border-radius: 6px;"));
    d->stack->addWidget(d->page);
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
    d->spec = given;
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
    double lo = 0, hi = 0, lo2 = 0, hi2 = 0;
    QVector<double> stacked(count, 0.0);
    for (const Series& s : spec.series)
        for (int i = 0; i < s.values.size(); ++i) {
            const double v = s.values[i];
            if (std::isnan(v))
                continue;
            hasData = true;
            if (s.secondScale && spec.kind == Kind::Line) {
                lo2 = std::min(lo2, v);
                hi2 = std::max(hi2, v);
                continue;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            if (i < count)
                stacked[i] += v;
        }
    if (spec.kind == Kind::StackedBars)
        for (double v : stacked)
            hi = std::max(hi, v);
    d->labels.clear();
    d->noData.clear();
    d->zeros.clear();
    d->axisY = d->axisY2 = nullptr;
    d->note->clear();
    d->note->hide();
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

    const bool horizontal = spec.kind == Kind::HorizontalBars;
    d->vertical = !horizontal;
    // A name on the left needs a line of its own: the axis shortens to "…"
    // any name taller than its row, so the chart grows with its rows.
    const int rowHeight = QFontMetrics(chart->font()).height() + 10;
    d->view->setMinimumHeight(horizontal ? std::max(220, count * rowHeight + 110) : 220);
    auto* axisX = new QBarCategoryAxis;
    QStringList keys;
    for (int i = 0; i < count; ++i) {
        // Names on the left have room and are drawn by the axis (made unique
        // only where two are the same, since the axis measures every
        // character); the bottom labels are drawn by placeLabels().
        QString key = horizontal ? spec.categories.at(i) : invisible(i);
        while (horizontal && keys.contains(key))
            key += QChar(0x200B);
        keys << key;
    }
    axisX->append(keys);

    auto makeScale = [](const QString& title, const QString& format, double fixedMin,
                        double fixedMax, double dataLo, double dataHi, bool whole) {
        auto* axis = new QValueAxis;
        axis->setTitleText(title);
        axis->setLabelFormat(whole ? QStringLiteral("%.0f") : format);
        if (whole) {
            const double bottom = fixedMax > fixedMin ? fixedMin : std::min(0.0, dataLo);
            // Room above the tallest bar, so it does not touch the frame.
            const double top = fixedMax > fixedMin ? fixedMax : std::max(dataHi * 1.05, 1.0);
            const double step = wholeStep(top - bottom);
            axis->setRange(bottom, bottom + std::ceil((top - bottom) / step - 1e-9) * step);
            axis->setTickType(QValueAxis::TicksDynamic);
            axis->setTickAnchor(bottom);
            axis->setTickInterval(step);
        } else {
            if (fixedMax > fixedMin)
                axis->setRange(fixedMin, fixedMax);
            else
                axis->setRange(std::min(0.0, dataLo), dataHi <= 0 ? 1.0 : dataHi * 1.1);
            axis->applyNiceNumbers();
        }
        return axis;
    };
    auto* axisY =
        makeScale(spec.valueTitle, spec.valueFormat, spec.min, spec.max, lo, hi, spec.wholeNumbers);
    d->axisY = axisY;
    // Horizontal bars put the (long) names on the left, where they have room.
    chart->addAxis(axisX, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axisY, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    const bool twoScales =
        spec.kind == Kind::Line && std::any_of(spec.series.begin(), spec.series.end(),
                                               [](const Series& s) { return s.secondScale; });
    if (twoScales) {
        d->axisY2 = makeScale(spec.second.title, spec.second.format, spec.second.min,
                              spec.second.max, lo2, hi2, false);
        d->axisY2->setGridLineVisible(false);
        chart->addAxis(d->axisY2, Qt::AlignRight);
        // Each scale takes the colour of its line, so it is clear which is read where.
        for (const Series& s : spec.series) {
            QValueAxis* axis = s.secondScale ? d->axisY2 : axisY;
            axis->setLabelsColor(s.color);
            axis->setTitleBrush(s.color);
        }
    }

    bool anyUncertain = false;
    if (spec.kind == Kind::Line) {
        // A category axis spans [-0.5, n - 0.5] for lines as well.
        auto* lineX = new QValueAxis;
        lineX->setRange(-0.5, count - 0.5);
        lineX->setVisible(false);
        chart->addAxis(lineX, Qt::AlignBottom);
        for (int si = 0; si < spec.series.size(); ++si) {
            const Series& s = spec.series[si];
            QValueAxis* scale = s.secondScale && d->axisY2 ? d->axisY2 : axisY;
            auto* line = new QLineSeries;
            line->setName(s.name);
            QPen pen(s.color);
            pen.setWidthF(2.5);
            line->setPen(pen);
            auto* dots = new QScatterSeries;
            dots->setColor(s.color);
            dots->setBorderColor(s.color);
            // Uncertain points are hollow: the line still joins them.
            auto* weak = new QScatterSeries;
            weak->setColor(Qt::white);
            weak->setBorderColor(s.color);
            const qreal size = count > 40 ? 0 : 7;
            dots->setMarkerSize(size);
            weak->setMarkerSize(count > 40 ? 5 : 8);
            for (int i = 0; i < s.values.size(); ++i)
                if (!std::isnan(s.values[i])) {
                    line->append(i, s.values[i]);
                    if (d->uncertain(i, si)) {
                        weak->append(i, s.values[i]);
                        anyUncertain = true;
                    } else {
                        dots->append(i, s.values[i]);
                    }
                }
            chart->addSeries(line);
            chart->addSeries(dots);
            chart->addSeries(weak);
            for (QXYSeries* x : {static_cast<QXYSeries*>(line), static_cast<QXYSeries*>(dots),
                                 static_cast<QXYSeries*>(weak)}) {
                x->attachAxis(scale);
                x->attachAxis(lineX);
            }
            for (QScatterSeries* x : {dots, weak}) {
                connect(x, &QScatterSeries::clicked, this, [this](const QPointF& p) {
                    // The list it opens is not covered by the chart's tooltip.
                    QToolTip::hideText();
                    emit categoryClicked(qRound(p.x()));
                });
                connect(
                    x, &QScatterSeries::hovered, this, [this, si](const QPointF& p, bool state) {
                        if (state)
                            QToolTip::showText(QCursor::pos(), toolTip(qRound(p.x()), si), d->view);
                        else
                            QToolTip::hideText();
                    });
            }
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
        for (int si = 0; si < spec.series.size(); ++si) {
            const Series& s = spec.series[si];
            auto* set = new QBarSet(s.name);
            set->setColor(s.color);
            set->setBorderColor(s.color);
            // Qt Charts colours bars one by one only through selection.
            set->setSelectedColor(paler(s.color));
            for (int i = 0; i < s.values.size(); ++i) {
                const double v = s.values[i];
                *set << (std::isnan(v) ? 0.0 : v);
                const int category = reversed ? count - 1 - i : i;
                if (d->uncertain(category, si)) {
                    set->selectBar(i);
                    anyUncertain = true;
                }
            }
            bars->append(set);
        }
        bars->setBarWidth(count > 60 ? 1.0 : 0.7);
        chart->addSeries(bars);
        bars->attachAxis(axisX);
        bars->attachAxis(axisY);
        connect(bars, &QAbstractBarSeries::clicked, this,
                [this, reversed, count](int index, QBarSet*) {
                    QToolTip::hideText();
                    emit categoryClicked(reversed ? count - 1 - index : index);
                });
        connect(bars, &QAbstractBarSeries::hovered, this,
                [this, bars, reversed, count](bool state, int index, QBarSet* set) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const int category = reversed ? count - 1 - index : index;
                    QToolTip::showText(QCursor::pos(),
                                       toolTip(category, int(bars->barSets().indexOf(set))),
                                       d->view);
                });
    }
    if (anyUncertain) {
        d->note->setText(spec.kind == Kind::Line
                             ? tr("Hollow points: fewer than %n answers, too few to judge.",
                                  nullptr, int(kFewAnswers))
                             : tr("Paler bars: fewer than %n answers, too few to judge.", nullptr,
                                  int(kFewAnswers)));
        d->note->show();
    }

    // The bottom labels and the "no data" marks, placed once the plot area is known.
    const QFont labelFont = axisX->labelsFont();
    const QBrush labelBrush = axisX->labelsBrush();
    for (int i = 0; i < given.categories.size(); ++i) {
        if (d->vertical) {
            auto* label = new QGraphicsSimpleTextItem(given.categories.at(i), chart);
            label->setFont(labelFont);
            label->setBrush(labelBrush);
            label->setZValue(5);
            d->labels << label;
        }
        bool none = true;
        for (const Series& s : given.series)
            if (i < s.values.size() && !std::isnan(s.values[i]))
                none = false;
        QGraphicsSimpleTextItem* mark = nullptr;
        if (none && spec.kind != Kind::Line) {
            mark = new QGraphicsSimpleTextItem(tr("no data"), chart);
            QFont f = labelFont;
            f.setItalic(true);
            mark->setFont(f);
            mark->setBrush(QColor(0x80, 0x80, 0x80));
            mark->setZValue(5);
        }
        d->noData << mark;
        bool zero = !none && horizontal;
        for (const Series& s : given.series)
            if (i < s.values.size() && !std::isnan(s.values[i]) && s.values[i] != 0.0)
                zero = false;
        QGraphicsSimpleTextItem* written = nullptr;
        if (zero) {
            written = new QGraphicsSimpleTextItem(
                QString::asprintf(qPrintable(spec.valueFormat), 0.0), chart);
            written->setFont(labelFont);
            written->setBrush(labelBrush);
            written->setZValue(5);
        }
        d->zeros << written;
    }
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeLabels(); });

    QChart* old = d->view->chart();
    d->view->setChart(chart);
    delete old;
    d->stack->setCurrentWidget(d->page);
    placeLabels();
}

void ChartPanel::placeLabels()
{
    QChart* chart = d->view->chart();
    const int count = int(d->noData.size());
    if (!chart || count == 0)
        return;
    const QRectF plot = chart->plotArea();
    if (d->vertical && !d->labels.isEmpty()) {
        const double cell = plot.width() / count;
        double widest = 0;
        for (const QGraphicsSimpleTextItem* l : std::as_const(d->labels))
            widest = std::max(widest, l->boundingRect().width());
        // Every label whole, with a gap: as many categories per label as it
        // needs, rounded to a step that reads well for months.
        const int need = std::max(1, int(std::ceil((widest + 10) / std::max(1.0, cell))));
        int step = need;
        for (int nice : {1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120})
            if (nice >= need) {
                step = nice;
                break;
            }
        const QRectF room = chart->rect();
        for (int i = 0; i < count; ++i) {
            QGraphicsSimpleTextItem* l = d->labels[i];
            const QRectF r = l->boundingRect();
            const double centre = plot.left() + (i + 0.5) * cell;
            const double x =
                std::clamp(centre - r.width() / 2, room.left() + 2, room.right() - 2 - r.width());
            l->setPos(x, plot.bottom() + 5);
            l->setVisible(i % step == 0);
        }
    }
    for (int i = 0; i < count; ++i) {
        QGraphicsSimpleTextItem* mark = d->noData[i] ? d->noData[i] : d->zeros[i];
        if (!mark)
            continue;
        const QRectF r = mark->boundingRect();
        if (d->vertical) {
            const double cell = plot.width() / count;
            const double centre = plot.left() + (i + 0.5) * cell;
            if (r.width() <= cell - 4) {
                mark->setRotation(0);
                mark->setPos(centre - r.width() / 2, plot.bottom() - r.height() - 4);
            } else {
                // A narrow column: the words stand upright in it.
                mark->setRotation(-90);
                mark->setPos(centre - r.height() / 2, plot.bottom() - 4);
            }
        } else {
            // Drawn bottom-up: the caller's first category is the top row.
            const double cell = plot.height() / count;
            const double centre = plot.top() + (i + 0.5) * cell;
            mark->setPos(plot.left() + 6, centre - r.height() / 2);
        }
    }
}

QStringList ChartPanel::shownLabels() const
{
    QStringList out;
    if (isEmptyState())
        return out;
    if (!d->vertical)
        return d->spec.categories;
    for (const QGraphicsSimpleTextItem* l : std::as_const(d->labels))
        out << (l->isVisible() ? l->text() : QString());
    return out;
}

QVector<QRectF> ChartPanel::labelRects() const
{
    QVector<QRectF> out;
    for (const QGraphicsSimpleTextItem* l : std::as_const(d->labels))
        out << (l->isVisible() ? l->mapRectToParent(l->boundingRect()) : QRectF());
    return out;
}

QVector<double> ChartPanel::valueTicks(bool second) const
{
    const QValueAxis* axis = second ? d->axisY2 : d->axisY;
    QVector<double> out;
    if (!axis || isEmptyState())
        return out;
    if (axis->tickType() == QValueAxis::TicksDynamic) {
        for (double v = axis->tickAnchor(); v <= axis->max() + 1e-9; v += axis->tickInterval())
            if (v >= axis->min() - 1e-9)
                out << v;
    } else {
        const int n = std::max(2, axis->tickCount());
        for (int i = 0; i < n; ++i)
            out << axis->min() + (axis->max() - axis->min()) * i / (n - 1);
    }
    return out;
}

bool ChartPanel::saysNoData(int category) const
{
    return !isEmptyState() && category >= 0 && category < d->noData.size() &&
           d->noData[category] != nullptr;
}

bool ChartPanel::writtenZero(int category) const
{
    return !isEmptyState() && category >= 0 && category < d->zeros.size() &&
           d->zeros[category] != nullptr;
}

bool ChartPanel::isUncertain(int category, int series) const
{
    return !isEmptyState() && d->uncertain(category, series);
}

QString ChartPanel::toolTip(int category, int series) const
{
    if (series < 0 || series >= d->spec.series.size() || category < 0 ||
        category >= d->spec.categories.size())
        return {};
    const Series& s = d->spec.series[series];
    const double v = category < s.values.size() ? s.values[category] : std::nan("");
    const int decimals = decimalsOf(s.secondScale ? d->spec.second.format : d->spec.valueFormat);
    const QString value = std::isnan(v)
                              ? tr("no data")
                              : QLocale().toString(v, 'f', d->spec.wholeNumbers ? 0 : decimals);
    QStringList lines{d->spec.categories.at(category),
                      s.name.isEmpty() ? value : tr("%1: %2").arg(s.name, value)};
    if (d->uncertain(category, series))
        lines << tr("too few answers (%n) to judge", nullptr, int(s.answers[category]));
    return lines.join(QLatin1Char('\n'));
}

QString ChartPanel::note() const
{
    return d->note->isHidden() ? QString() : d->note->text();
}

} // namespace cx::charts
