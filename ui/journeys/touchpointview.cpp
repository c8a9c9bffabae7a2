#include "ui/journeys/touchpointview.h"

#include "core/common/clock.h"
#include "core/common/format.h"
#include "core/interactions/interactionlist.h"
#include "core/storage/database.h"
#include "core/surveys/surveyresults.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/theme.h"
#include "ui/widgets/charts/charts.h"
#include "ui/widgets/querymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace cx {

namespace {
QTableView* table(QueryModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    return view;
}
} // namespace

TouchpointView::TouchpointView(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    auto* back = new QPushButton(tr("← Back to the map"), this);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Back to the journey map (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &TouchpointView::back);
    head->addWidget(back);
    auto* names = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(this);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    head->addLayout(names, 1);
    auto* list = new QPushButton(tr("Open in Interactions"), this);
    list->setToolTip(tr("Every interaction at this touchpoint, to edit or follow up"));
    connect(list, &QPushButton::clicked, this,
            [this] { emit openInteractions(m_card.touchpoint.id); });
    head->addWidget(list);
    layout->addLayout(head);

    auto* tiles = new QHBoxLayout;
    m_score = new MetricTile(tr("Customer score"), MetricTile::Higher, this);
    m_team = new MetricTile(tr("The team's score"), MetricTile::CloserToZero, this);
    m_volume = new MetricTile(tr("In the period"), MetricTile::Higher, this);
    tiles->addWidget(m_score);
    tiles->addWidget(m_team);
    tiles->addWidget(m_volume);
    m_trend = new charts::ChartPanel(this);
    auto* top = new QHBoxLayout;
    m_trend->setFixedHeight(205);
    top->addLayout(tiles, 3);
    top->addWidget(m_trend, 4);
    layout->addLayout(top);

    m_interactions = new QueryModel(m_db,
                                    {tr("When"), tr("Customer"), tr("Kind"), tr("Outcome"),
                                     tr("Customer"), tr("Team"), tr("Notes")},
                                    this);
    m_interactions->setAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    m_interactions->setAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    m_answers = new QueryModel(m_db, {tr("When"), tr("Question"), tr("Answer")}, this);
    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Interactions</b> (customer and team ratings, 1–5)"), this));
    left->addWidget(table(m_interactions, this));
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Survey answers</b>"), this));
    QTableView* answers = table(m_answers, this);
    answers->horizontalHeader()->setSectionResizeMode(
        1, QHeaderView::Interactive); // long questions do not crowd the answers
    answers->horizontalHeader()->resizeSection(1, 220);
    right->addWidget(answers);
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);
    layout->addLayout(lists, 1);
}

void TouchpointView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) // from anywhere inside, back to the map
        emit back();
    else
        QWidget::keyPressEvent(event);
}

void TouchpointView::showCard(const MapCard& card, const QString& stage, const QString& channel,
                              const MetricsFilter& filter)
{
    m_card = card;
    const QLocale l;
    const Touchpoint& t = card.touchpoint;
    m_title->setText(t.name);
    QStringList where{tr("Stage %1").arg(stage), channel};
    if (!t.owner.isEmpty())
        where << tr("looked after by %1").arg(t.owner);
    where << tr("target %1").arg(l.toString(card.target(), 'f', 1));
    QString subtitle = where.join(QStringLiteral(" · "));
    // The figures follow the whole filter; the month chart and the lists
    // are read by period only, and the page says so rather than disagree.
    if (filter.channelId > 0 || !filter.segment.isEmpty())
        subtitle += QLatin1Char('\n') + tr("The figures follow the channel and segment filter; "
                                           "the chart and the lists below show every channel "
                                           "and segment of the period.");
    m_subtitle->setText(subtitle);
    auto one = [](const std::optional<double>& v) { return format::number(v, 2); };
    m_score->setValue(one(card.customerScore),
                      tr("%1 ratings and CSAT answers").arg(l.toString(card.customerRatings)));
    QString gap;
    if (const auto g = card.gap())
        gap = tr("gap %1%2").arg(*g > 0 ? QStringLiteral("+") : QString(), l.toString(*g, 'f', 2));
    m_team->setValue(one(card.companyScore),
                     gap.isEmpty() ? tr("%1 ratings").arg(l.toString(card.staffRatings)) : gap);
    m_volume->setValue(l.toString(card.interactions),
                       tr("interactions, and %1 survey responses").arg(l.toString(card.responses)));

    charts::ChartSpec spec;
    spec.title = tr("Customer score by month");
    spec.kind = charts::Kind::Line;
    spec.min = 1;
    spec.max = 5;
    spec.valueFormat = QStringLiteral("%.1f");
    spec.emptyText = tr("No ratings in the period");
    charts::Series score{tr("Customer score"), theme::accent(), {}};
    charts::Series target{tr("Target"), theme::neutral(), {}};
    for (const TrendPoint& p : touchpointTrend(m_db.sql(), t.id, filter.from, filter.to)) {
        spec.categories << format::month(p.month);
        score.values << (p.score ? *p.score : std::nan(""));
        score.answers << p.ratings;
        target.values << card.target();
    }
    if (std::any_of(score.values.begin(), score.values.end(),
                    [](double v) { return !std::isnan(v); }))
        spec.series = {score, target};
    m_trend->setChart(spec);

    const QDate today = clock::today();
    m_interactions->setQuery(touchpointInteractionsQuery(t.id, filter.from, filter.to, today));
    m_answers->setQuery(touchpointAnswersQuery(t.id, filter.from, filter.to, today));
}

} // namespace cx
