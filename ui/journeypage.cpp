#include "journeypage.h"

#include "database.h"
#include "journeymapview.h"
#include "theme.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cx {

JourneysPage::JourneysPage(Database& db, QWidget* parent)
    : Page(db, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(theme::pageTitle(tr("Journeys"), this));

    // The journeys on the left, the selected one's persona beside them.
    auto* top = new QHBoxLayout;
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Journey"), tr("Persona"), tr("Stages"), tr("Touchpoints"), tr("Score")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int c = 2; c < 5; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->setFixedHeight(100);
    top->addWidget(m_list, 5);
    m_persona = new QLabel(this);
    m_persona->setWordWrap(true);
    m_persona->setTextFormat(Qt::RichText);
    m_persona->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_persona->setObjectName(QStringLiteral("persona"));
    m_persona->setFixedHeight(100);
    m_persona->setMargin(8);
    m_persona->setAutoFillBackground(true);
    m_persona->setBackgroundRole(QPalette::Base);
    top->addWidget(m_persona, 4);
    layout->addLayout(top);

    auto* legend = new QLabel(tr("Cards: <span style='color:%1'>■</span> on target · <span style='color:%2'>■</span> within "
                                 "half a point · <span style='color:%3'>■</span> below target; a red frame marks a pain "
                                 "point. Double-click a card for its interactions.")
                                  .arg(theme::good().name(), QColor(0xc2, 0x7c, 0x0e).name(), theme::bad().name()),
                              this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(legend, 1);
    auto* exportButton = new QPushButton(tr("Export map…"), this);
    exportButton->setToolTip(tr("Save the map as a PNG picture, an SVG drawing or a landscape PDF page"));
    legendRow->addWidget(exportButton);
    layout->addLayout(legendRow);
    connect(exportButton, &QPushButton::clicked, this, &JourneysPage::exportMap);

    m_view = new JourneyMapView;
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { loadMap(); });
    connect(m_view, &JourneyMapView::touchpointActivated, this, [this](qint64 id) {
        emit openList(QStringLiteral("interactions"), {{QStringLiteral("touchpoint"), id}});
    });
}

void JourneysPage::exportMap()
{
    const Journey& j = m_view->map().journey;
    if (!j.id)
        return;
    QString name = j.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w -]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), QDir::home().filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF, landscape (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportTo(path, mapTitle(), &error))
        QMessageBox::warning(this, tr("Export map"), error);
}

QString JourneysPage::mapTitle() const
{
    const QLocale l;
    const QDate to = m_filter.to.isValid() ? m_filter.to : QDate::currentDate();
    const QString period = m_filter.from.isValid()
                               ? tr("%1 to %2").arg(l.toString(m_filter.from, QLocale::ShortFormat), l.toString(to, QLocale::ShortFormat))
                               : tr("all time to %1").arg(l.toString(to, QLocale::ShortFormat));
    return tr("%1 — %2").arg(m_view->map().journey.name, period);
}

qint64 JourneysPage::currentJourney() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void JourneysPage::showJourney(qint64 journeyId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == journeyId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void JourneysPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    const qint64 keep = currentJourney();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale l;
    for (const JourneySummary& s : journeySummaries(m_db.sql(), filter.from, filter.to)) {
        auto* item = new QTreeWidgetItem(m_list, {s.journey.name, s.journey.persona, l.toString(s.stages),
                                                  l.toString(s.touchpoints),
                                                  s.score ? l.toString(*s.score, 'f', 2) : QStringLiteral("–")});
        item->setData(0, Qt::UserRole, s.journey.id);
        item->setToolTip(0, s.journey.description);
        for (int c = 2; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    showJourney(keep);
    loadMap();
}

void JourneysPage::loadMap()
{
    const JourneyMap map = loadJourneyMap(m_db.sql(), currentJourney(), m_filter.from, m_filter.to);
    const Journey& j = map.journey;
    if (!j.id) {
        m_persona->setText(tr("No journey yet."));
    } else {
        QString html = QStringLiteral("<b>%1</b>").arg((j.persona.isEmpty() ? j.name : j.persona).toHtmlEscaped());
        if (!j.personaAbout.isEmpty())
            html += QStringLiteral(" — ") + j.personaAbout.toHtmlEscaped();
        else if (!j.description.isEmpty())
            html += QStringLiteral(" — ") + j.description.toHtmlEscaped();
        if (!j.personaGoals.isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Goals:"), j.personaGoals.toHtmlEscaped());
        if (!j.personaFrustrations.isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Frustrations:"), j.personaFrustrations.toHtmlEscaped());
        m_persona->setText(html);
    }
    m_view->setMap(map);
    m_view->setAvailableWidth(m_scroll->viewport()->width());
}

bool JourneysPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        m_view->setAvailableWidth(m_scroll->viewport()->width());
    return Page::eventFilter(watched, event);
}

} // namespace cx
