#include "ui/dashboard/dashboardpage.h"

#include "core/common/format.h"
#include "core/metrics/periods.h"
#include "core/storage/database.h"
#include "ui/theme.h"
#include "ui/widgets/charts/charts.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <cmath>

namespace cx {

MetricTile::MetricTile(const QString& title, Better better, QWidget* parent)
    : QFrame(parent), m_better(better)
{
    setObjectName(QStringLiteral("tile"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    auto* caption = new QLabel(title, this);
    caption->setObjectName(QStringLiteral("tileTitle"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("tileChange"));
    // Captions and notes wrap, so a long translation makes a tile taller, never
    // the dashboard wider than the window.
    for (QLabel* label : {caption, m_detail, m_change})
        label->setWordWrap(true);
    layout->addWidget(caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_change);
}

void MetricTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString MetricTile::valueText() const
{
    return m_value->text();
}

QString MetricTile::changeText() const
{
    return m_change->text();
}

void MetricTile::setChange(const std::optional<double>& now, const std::optional<double>& before,
                           const QString& unit, int decimals, qint64 answers, bool earlier)
{
    m_uncertain = now && answers >= 0 && answers < kFewAnswers;
    // A figure from a handful of answers is shown muted, without an arrow
    // that would make a chance swing look like news.
    m_value->setStyleSheet(m_uncertain ? QStringLiteral("color: palette(mid);") : QString());
    if (m_uncertain) {
        m_change->setText(tr("too few answers (%n) to judge a change", nullptr, int(answers)));
        m_change->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    if (!now || !before) {
        m_change->setText(!now       ? tr("no data in this period to compare")
                          : !earlier ? tr("no earlier period to compare")
                          : m_comparedWith.isEmpty()
                              ? tr("no data in the previous period to compare")
                              //: %1 names the period compared with ("October 2026").
                              : tr("no data in %1 to compare").arg(m_comparedWith));
        m_change->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    const double delta = *now - *before;
    const QLocale locale;
    if (std::abs(delta) < 0.5 * std::pow(10.0, -decimals)) {
        m_change->setText(m_comparedWith.isEmpty()
                              ? tr("= unchanged on the previous period")
                              //: %1 names the period compared with ("October 2026").
                              : tr("= unchanged vs %1").arg(m_comparedWith));
        m_change->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    bool better = false;
    switch (m_better) {
    case Higher:
        better = delta > 0;
        break;
    case Lower:
        better = delta < 0;
        break;
    case CloserToZero:
        better = std::abs(*now) < std::abs(*before);
        break;
    }
    const QString arrow = delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QString amount = locale.toString(std::abs(delta), 'f', decimals) + unit;
    m_change->setText(m_comparedWith.isEmpty()
                          ? tr("%1 %2%3 on the previous period")
                                .arg(arrow, locale.toString(std::abs(delta), 'f', decimals), unit)
                          //: %1 the arrow, %2 the change with its unit ("3 points"),
                          //: %3 the period compared with ("October 2026").
                          : tr("%1 %2 vs %3").arg(arrow, amount, m_comparedWith));
    m_change->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                .arg((better ? theme::good() : theme::bad()).name()));
}

DashboardPage::DashboardPage(Database& db, QWidget* parent) : Page(db, parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(14);
    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* tiles = new QGridLayout;
    tiles->setSpacing(12);
    struct Spec
    {
        const char* key;
        QString title;
        MetricTile::Better better;
    };
    const Spec specs[] = {
        {"nps", tr("Net Promoter Score"), MetricTile::Higher},
        {"csat", tr("Customer satisfaction"), MetricTile::Higher},
        {"ces", tr("Customer effort (1–7, higher is easier)"), MetricTile::Higher},
        {"satisfaction_index", tr("Satisfaction index"), MetricTile::Higher},
        {"churn_rate", tr("Churn"), MetricTile::Lower},
        {"acquisition_rate", tr("Acquisition"), MetricTile::Higher},
        {"conversion_rate", tr("Conversion of leads"), MetricTile::Higher},
        {"avg_resolution_hours", tr("Average resolution time"), MetricTile::Lower},
        {"perception_gap", tr("Perception gap (company − customer)"), MetricTile::CloserToZero},
    };
    int i = 0;
    for (const Spec& s : specs) {
        auto* tile = new MetricTile(s.title, s.better, content);
        m_tiles.insert(QLatin1String(s.key), tile);
        tiles->addWidget(tile, i / 3, i % 3);
        ++i;
    }
    layout->addLayout(tiles);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    m_npsByMonth = new charts::ChartPanel(content);
    m_scores = new charts::ChartPanel(content);
    m_csatByChannel = new charts::ChartPanel(content);
    m_gap = new charts::ChartPanel(content);
    m_resolution = new charts::ChartPanel(content);
    grid->addWidget(m_npsByMonth, 0, 0);
    grid->addWidget(m_scores, 0, 1);
    grid->addWidget(m_csatByChannel, 1, 0);
    grid->addWidget(m_resolution, 1, 1);
    grid->addWidget(m_gap, 2, 0, 1, 2);
    for (charts::ChartPanel* c : {m_npsByMonth, m_scores, m_csatByChannel, m_resolution})
        c->setMinimumHeight(280);
    m_gap->setMinimumHeight(420); // ten touchpoints, two bars each
    layout->addLayout(grid);

    // A click narrows the list by what was clicked, inside the filter in force:
    // a month keeps the channel and segment, a channel keeps the period and segment.
    auto monthRange = [this](int index) {
        if (index < 0 || index >= m_data.months.size())
            return;
        const MetricValues& v = m_data.months[index].values;
        emit openList(QStringLiteral("interactions"),
                      {{QStringLiteral("from"), v.from},
                       {QStringLiteral("to"), v.to},
                       {QStringLiteral("label"), format::month(m_data.months[index].month)}});
    };
    connect(m_npsByMonth, &charts::ChartPanel::categoryClicked, this, monthRange);
    connect(m_resolution, &charts::ChartPanel::categoryClicked, this, monthRange);
    connect(m_csatByChannel, &charts::ChartPanel::categoryClicked, this, [this](int index) {
        if (index >= 0 && index < m_data.csatByChannel.size())
            emit openList(QStringLiteral("interactions"),
                          {{QStringLiteral("channel"), m_data.csatByChannel[index].id},
                           {QStringLiteral("label"), m_data.csatByChannel[index].name}});
    });
    connect(m_gap, &charts::ChartPanel::categoryClicked, this, [this](int index) {
        if (index >= 0 && index < m_data.gapByTouchpoint.size())
            emit openList(QStringLiteral("interactions"),
                          {{QStringLiteral("touchpoint"), m_data.gapByTouchpoint[index].id}});
    });
}

charts::ChartPanel* DashboardPage::chart(const QString& key) const
{
    const QHash<QString, charts::ChartPanel*> all{
        {QStringLiteral("npsByMonth"), m_npsByMonth},
        {QStringLiteral("scores"), m_scores},
        {QStringLiteral("csatByChannel"), m_csatByChannel},
        {QStringLiteral("gap"), m_gap},
        {QStringLiteral("resolution"), m_resolution}};
    return all.value(key);
}

MetricTile* DashboardPage::tile(const QString& key) const
{
    return m_tiles.value(key);
}

void DashboardPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    QString error;
    m_data = DashboardData();
    if (!loadDashboard(m_db.sql(), m_filter, &m_data, &error)) {
        m_error->setText(tr("The dashboard could not be filled: %1").arg(error));
        m_error->show();
        return;
    }
    m_error->hide();
    showData();
}

void DashboardPage::showData()
{
    const MetricValues& v = m_data.current;
    const MetricValues& p = m_data.previous;
    // Whether the period before begins after the first record: otherwise
    // there is no earlier period, rather than one without data.
    const QDate first = MetricsEngine(m_db.sql()).earliestDate();
    const bool earlier = first.isValid() && p.to.isValid() && p.to >= first;
    // A whole month, quarter or year is compared with the one before: the
    // tiles name it.
    const QString comparedWith = periods::shape(v.from, v.to) == periods::Shape::Days
                                     ? QString()
                                     : periods::calendarName(p.from, p.to);
    for (MetricTile* t : std::as_const(m_tiles))
        t->setComparedWith(comparedWith);
    const QLocale l;
    using format::number;
    auto answers = [&](qint64 n) {
        return n == 1 ? tr("1 answer") : tr("%1 answers").arg(l.toString(n));
    };
    m_tiles[QStringLiteral("nps")]->setValue(
        format::nps(v.nps),
        v.nps ? tr("± %1 · %2").arg(l.toString(*v.npsMargin, 'f', 1), answers(v.npsN))
              : tr("no NPS answers in this period"));
    m_tiles[QStringLiteral("nps")]->setChange(v.nps, p.nps, tr(" points"), 0, v.npsN, earlier);
    m_tiles[QStringLiteral("csat")]->setValue(number(v.csat, 1, QStringLiteral(" %")),
                                              v.csat ? answers(v.csatN)
                                                     : tr("no CSAT answers in this period"));
    m_tiles[QStringLiteral("csat")]->setChange(v.csat, p.csat, tr(" points"), 1, v.csatN, earlier);
    m_tiles[QStringLiteral("ces")]->setValue(
        number(v.ces, 2), v.ces ? answers(v.cesN) : tr("no CES answers in this period"));
    m_tiles[QStringLiteral("ces")]->setChange(v.ces, p.ces, QString(), 2, v.cesN, earlier);
    m_tiles[QStringLiteral("satisfaction_index")]->setValue(
        format::signedNumber(v.satisfactionIndex, 1), tr("satisfied minus dissatisfied"));
    m_tiles[QStringLiteral("satisfaction_index")]->setChange(
        v.satisfactionIndex, p.satisfactionIndex, QString(), 1, -1, earlier);
    m_tiles[QStringLiteral("churn_rate")]->setValue(
        number(v.churnRate, 1, QStringLiteral(" %")),
        tr("%1 of %2 customers at the start")
            .arg(l.toString(v.churnedCustomers), l.toString(v.customersAtStart)));
    m_tiles[QStringLiteral("churn_rate")]->setChange(v.churnRate, p.churnRate, tr(" points"), 1, -1,
                                                     earlier);
    m_tiles[QStringLiteral("acquisition_rate")]->setValue(
        number(v.acquisitionRate, 1, QStringLiteral(" %")),
        tr("%1 new customers").arg(l.toString(v.newCustomers)));
    m_tiles[QStringLiteral("acquisition_rate")]->setChange(v.acquisitionRate, p.acquisitionRate,
                                                           tr(" points"), 1, -1, earlier);
    m_tiles[QStringLiteral("conversion_rate")]->setValue(
        number(v.conversionRate, 1, QStringLiteral(" %")),
        tr("%1 of %2 leads").arg(l.toString(v.convertedLeads), l.toString(v.leads)));
    m_tiles[QStringLiteral("conversion_rate")]->setChange(v.conversionRate, p.conversionRate,
                                                          tr(" points"), 1, -1, earlier);
    m_tiles[QStringLiteral("avg_resolution_hours")]->setValue(
        number(v.avgResolutionHours, 1, tr(" h")),
        tr("%1 resolved interactions").arg(l.toString(v.resolvedN)));
    m_tiles[QStringLiteral("avg_resolution_hours")]->setChange(
        v.avgResolutionHours, p.avgResolutionHours, tr(" h"), 1, -1, earlier);
    m_tiles[QStringLiteral("perception_gap")]->setValue(
        format::signedNumber(v.perceptionGap, 2),
        tr("%1 interactions rated by both").arg(l.toString(v.perceptionGapN)));
    m_tiles[QStringLiteral("perception_gap")]->setChange(v.perceptionGap, p.perceptionGap,
                                                         QString(), 2, -1, earlier);

    const double nan = std::nan("");
    const QString noData = tr("Nothing was recorded in this period with these filters.");
    // NPS by month: the shares of promoters, passives and detractors.
    charts::ChartSpec nps;
    nps.title = tr("NPS by month: promoters, passives, detractors");
    nps.kind = charts::Kind::StackedBars;
    nps.valueTitle = tr("% of answers");
    nps.min = 0;
    nps.max = 100;
    nps.emptyText = tr("No NPS answers in this period.");
    charts::Series pro{tr("Promoters (9–10)"), theme::good(), {}},
        pas{tr("Passives (7–8)"), theme::neutral(), {}},
        det{tr("Detractors (0–6)"), theme::bad(), {}};
    bool anyNps = false;
    for (const MonthPoint& m : m_data.months) {
        const MetricValues& x = m.values;
        nps.categories << format::month(m.month);
        const bool has = x.npsN > 0;
        anyNps |= has;
        pro.values << (has ? 100.0 * x.promoters / x.npsN : nan);
        pas.values << (has ? 100.0 * x.passives / x.npsN : nan);
        det.values << (has ? 100.0 * x.detractors / x.npsN : nan);
        for (charts::Series* s : {&pro, &pas, &det})
            s->answers << x.npsN;
    }
    nps.series = {det, pas, pro};
    if (!anyNps)
        nps.series.clear();
    m_npsByMonth->setChart(nps);

    charts::ChartSpec scores;
    scores.title = tr("Score distribution (0–10)");
    scores.kind = charts::Kind::StackedBars;
    scores.valueTitle = tr("answers");
    scores.wholeNumbers = true;
    scores.emptyText = tr("No NPS answers in this period.");
    charts::Series sd{tr("Detractors"), theme::bad(), {}}, sp{tr("Passives"), theme::neutral(), {}},
        sr{tr("Promoters"), theme::good(), {}};
    qint64 total = 0;
    for (int s = 0; s <= 10; ++s) {
        scores.categories << QString::number(s);
        const double c = double(m_data.scoreCounts[s]);
        total += m_data.scoreCounts[s];
        sd.values << (s <= 6 ? c : 0.0);
        sp.values << (s >= 7 && s <= 8 ? c : 0.0);
        sr.values << (s >= 9 ? c : 0.0);
    }
    if (total > 0)
        scores.series = {sd, sp, sr};
    m_scores->setChart(scores);

    charts::ChartSpec csat;
    csat.title = tr("CSAT by channel");
    csat.kind = charts::Kind::HorizontalBars;
    csat.valueTitle = tr("% satisfied (4–5)");
    csat.min = 0;
    csat.max = 100;
    csat.emptyText = tr("No CSAT answers in this period.");
    charts::Series cs{tr("CSAT"), theme::accent(), {}};
    bool anyCsat = false;
    for (const NamedValue& c : m_data.csatByChannel) {
        csat.categories << c.name;
        cs.values << (c.n > 0 ? c.value : nan);
        cs.answers << c.n;
        anyCsat |= c.n > 0;
    }
    if (anyCsat)
        csat.series = {cs};
    m_csatByChannel->setChart(csat);

    charts::ChartSpec gap;
    gap.title = tr("How the company rates itself vs how customers rate it, by touchpoint (largest "
                   "gaps first)");
    gap.kind = charts::Kind::HorizontalBars;
    gap.valueTitle = tr("mean rating (1–5)");
    gap.valueFormat = QStringLiteral("%.1f");
    gap.min = 0;
    gap.max = 5;
    gap.emptyText =
        tr("No interaction in this period was rated by both the team and the customer.");
    charts::Series company{tr("Company view"), theme::neutral().darker(130), {}},
        customer{tr("Customer view"), theme::accent(), {}};
    for (int k = 0; k < std::min<qsizetype>(10, m_data.gapByTouchpoint.size()); ++k) {
        const GapPoint& g = m_data.gapByTouchpoint[k];
        gap.categories << g.touchpoint;
        company.values << g.staffMean;
        customer.values << g.customerMean;
    }
    if (!gap.categories.isEmpty())
        gap.series = {company, customer};
    m_gap->setChart(gap);

    charts::ChartSpec res;
    res.title = tr("Average resolution time by month");
    res.kind = charts::Kind::Line;
    res.valueTitle = tr("hours");
    res.valueFormat = QStringLiteral("%.0f");
    res.emptyText = tr("No interaction was resolved in this period.");
    charts::Series rs{tr("Hours to resolve"), theme::accent(), {}};
    bool anyResolved = false;
    for (const MonthPoint& m : m_data.months) {
        res.categories << format::month(m.month);
        rs.values << (m.values.avgResolutionHours ? *m.values.avgResolutionHours : nan);
        anyResolved |= m.values.avgResolutionHours.has_value();
    }
    if (anyResolved)
        res.series = {rs};
    m_resolution->setChart(res);
    Q_UNUSED(noData);
}

} // namespace cx
