#include "ui/journeys/journeypage.h"

#include "core/common/clock.h"
#include "core/common/format.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "ui/commands/editcommands.h"
#include "ui/commands/journeycommands.h"
#include "ui/journeys/journeydialogs.h"
#include "ui/journeys/journeymapview.h"
#include "ui/journeys/touchpointview.h"
#include "ui/theme.h"
#include "ui/widgets/conflictprompt.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cx {

namespace {
QString named(const Journey& j)
{
    return JourneysPage::tr("the journey “%1”").arg(j.name);
}
QString named(const Stage& s)
{
    return JourneysPage::tr("the stage “%1”").arg(s.name);
}
QString named(const Touchpoint& t)
{
    return JourneysPage::tr("the touchpoint “%1”").arg(t.name);
}
} // namespace

JourneysPage::JourneysPage(Database& db, EditStack* undo, QWidget* parent)
    : Page(db, parent), m_undo(undo)
{
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Delete"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_warn = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message);
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(theme::pageTitle(tr("Journeys"), this));

    // The map, or one touchpoint up close.
    m_stack = new QStackedWidget(this);
    m_mapPane = new QWidget(m_stack);
    auto* outer = layout;
    layout = new QVBoxLayout(m_mapPane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_mapPane);
    m_touchpoint = new TouchpointView(m_db, m_stack);
    m_stack->addWidget(m_touchpoint);
    outer->addWidget(m_stack, 1);
    connect(m_touchpoint, &TouchpointView::back, this, &JourneysPage::showMap);
    connect(m_touchpoint, &TouchpointView::openInteractions, this, [this](qint64 id) {
        emit openList(QStringLiteral("interactions"), {{QStringLiteral("touchpoint"), id}});
    });

    // The journeys on the left, the selected one's persona beside them.
    auto* top = new QHBoxLayout;
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels(
        {tr("Journey"), tr("Persona"), tr("Stages"), tr("Touchpoints"), tr("Score")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->resizeSection(1, 190);
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

    auto* legend = new QLabel(
        tr("<span style='color:%1'>■</span> on target · <span style='color:%2'>■</span> within "
           "half a "
           "point · <span style='color:%3'>■</span> below · red frame: pain point · double-click a "
           "card: its interactions")
            .arg(theme::good().name(), QColor(0xc2, 0x7c, 0x0e).name(), theme::bad().name()),
        this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(legend, 1);
    // Editing: a menu of new journeys, then what applies to the selection.
    // A push button keeps room for its menu arrow beside the text.
    auto* newButton = new QPushButton(tr("New journey"), this);
    auto* newMenu = new QMenu(newButton);
    newMenu->addAction(tr("New journey…"), this, &JourneysPage::newJourneyDialog);
    newMenu->addSeparator();
    for (const JourneyTemplate& t : journeyTemplates())
        newMenu->addAction(tr("From template: %1").arg(t.name), this,
                           [this, t] { createJourney(t.key, t.name); });
    newButton->setMenu(newMenu);
    legendRow->addWidget(newButton);
    auto* editJourney = new QPushButton(tr("Journey and persona…"), this);
    connect(editJourney, &QPushButton::clicked, this, [this] {
        if (const auto j = JourneyRepository(m_db.sql()).journey(m_view->map().journey.id))
            editJourneyDialog(*j);
    });
    legendRow->addWidget(editJourney);
    m_editButtons << newButton << editJourney;
    auto* exportButton = new QPushButton(tr("Export map…"), this);
    exportButton->setToolTip(
        tr("Save the map as a PNG picture, an SVG drawing or a landscape PDF page"));
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
    auto* deleteJourneyAction = new QAction(tr("Delete journey…"), m_list);
    deleteJourneyAction->setShortcut(QKeySequence::Delete);
    deleteJourneyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteJourneyAction, &QAction::triggered, this,
            [this] { deleteJourney(currentJourney()); });
    m_list->addAction(deleteJourneyAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    // The map's own actions: its context menu, and shortcuts while it has the focus.
    auto addAction = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, m_view);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        return a;
    };
    m_edit = addAction(tr("Edit…"), QKeySequence(Qt::Key_F2), [this] { editSelected(); });
    m_delete = addAction(tr("Delete…"), QKeySequence::Delete, [this] { deleteSelected(); });
    addAction(tr("Add stage…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              [this] { addStageDialog(); });
    m_addTouchpoint =
        addAction(tr("Add touchpoint…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                  [this] { addTouchpointDialog(); });
    m_moveLeft = addAction(tr("Move stage left"), QKeySequence(Qt::ALT | Qt::Key_Left),
                           [this] { moveStage(m_view->selectedStage(), -1); });
    m_moveRight = addAction(tr("Move stage right"), QKeySequence(Qt::ALT | Qt::Key_Right),
                            [this] { moveStage(m_view->selectedStage(), 1); });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &JourneyMapView::selectionChanged, this, &JourneysPage::updateActions);
    connect(m_view, &JourneyMapView::stageSelected, this, &JourneysPage::updateActions);
    connect(m_view, &JourneyMapView::touchpointDropped, this,
            [this](qint64 id, qint64 stageId, qint64 channelId) {
                auto t = JourneyRepository(m_db.sql()).touchpoint(id);
                if (!t)
                    return;
                t->stageId = stageId;
                t->channelId = channelId;
                changeTouchpoint(*t);
            });
    updateActions();
    connect(m_view, &JourneyMapView::touchpointActivated, this, &JourneysPage::openTouchpoint);
}

void JourneysPage::exportMap()
{
    const Journey& j = m_view->map().journey;
    if (!j.id)
        return;
    QString name = j.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w -]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export map"), QDir::home().filePath(name + QStringLiteral(".pdf")),
        tr("PDF, landscape (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportTo(path, mapTitle(), &error))
        m_warn(tr("Export map"), error);
}

QString JourneysPage::mapTitle() const
{
    const QLocale l;
    const QDate to = m_filter.to.isValid() ? m_filter.to : clock::today();
    const QString period = m_filter.from.isValid()
                               ? tr("%1 to %2")
                                     .arg(l.toString(m_filter.from, QLocale::ShortFormat),
                                          l.toString(to, QLocale::ShortFormat))
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
    for (const JourneySummary& s : journeySummaries(m_db.sql(), filter)) {
        auto* item =
            new QTreeWidgetItem(m_list, {s.journey.name, s.journey.persona, l.toString(s.stages),
                                         l.toString(s.touchpoints), format::number(s.score, 2)});
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
    const JourneyMap map = loadJourneyMap(m_db.sql(), currentJourney(), m_filter);
    const Journey& j = map.journey;
    if (!j.id) {
        m_persona->setText(tr("No journey yet."));
    } else {
        QString html = QStringLiteral("<b>%1</b>")
                           .arg((j.persona.isEmpty() ? j.name : j.persona).toHtmlEscaped());
        if (!j.personaAbout.isEmpty())
            html += QStringLiteral(" — ") + j.personaAbout.toHtmlEscaped();
        else if (!j.description.isEmpty())
            html += QStringLiteral(" — ") + j.description.toHtmlEscaped();
        if (!j.personaGoals.isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2")
                        .arg(tr("Goals:"), j.personaGoals.toHtmlEscaped());
        if (!j.personaFrustrations.isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2")
                        .arg(tr("Frustrations:"), j.personaFrustrations.toHtmlEscaped());
        m_persona->setText(html);
    }
    m_view->setMap(map);
    m_view->setAvailableWidth(m_scroll->viewport()->width());
    updateActions();
    if (isTouchpointShown() && !openTouchpoint(m_touchpoint->touchpointId()))
        showMap(); // gone from this map
}

void JourneysPage::refresh()
{
    const bool upClose = isTouchpointShown();
    const qint64 touchpoint = m_touchpoint->touchpointId();
    const qint64 selected = m_view->selectedTouchpoint();
    setFilter(m_filter);
    if (selected)
        m_view->setSelectedTouchpoint(selected);
    if (upClose && !openTouchpoint(touchpoint))
        showMap(); // it went: back to the map
}

bool JourneysPage::openTouchpoint(qint64 touchpointId)
{
    const JourneyMap& map = m_view->map();
    for (const MapCard& card : map.cards) {
        if (card.touchpoint.id != touchpointId)
            continue;
        const int stage = map.stageIndex(card.touchpoint.stageId),
                  lane = map.laneIndex(card.touchpoint.channelId);
        m_touchpoint->showCard(card, stage >= 0 ? map.stages[stage].stage.name : QString(),
                               lane >= 0 ? map.lanes[lane].name : QString(), m_filter);
        m_view->setSelectedTouchpoint(touchpointId);
        m_stack->setCurrentWidget(m_touchpoint);
        m_touchpoint->setFocus();
        return true;
    }
    return false;
}

bool JourneysPage::isTouchpointShown() const
{
    return m_stack->currentWidget() == m_touchpoint;
}

void JourneysPage::showMap()
{
    m_stack->setCurrentWidget(m_mapPane);
    m_view->setFocus();
}

void JourneysPage::setRole(TeamRole role)
{
    m_mayEdit = role == TeamRole::Owner;
    for (QWidget* w : std::as_const(m_editButtons))
        w->setVisible(m_mayEdit);
    for (QWidget* w : {static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_list)})
        for (QAction* a : w->actions())
            a->setVisible(m_mayEdit);
    m_view->setContextMenuPolicy(m_mayEdit ? Qt::ActionsContextMenu : Qt::NoContextMenu);
    m_list->setContextMenuPolicy(m_mayEdit ? Qt::ActionsContextMenu : Qt::NoContextMenu);
    updateActions();
}

void JourneysPage::updateActions()
{
    if (!m_mayEdit) {
        for (QAction* a : m_view->actions())
            a->setEnabled(false);
        return;
    }
    const bool card = m_view->selectedTouchpoint() != 0, stage = m_view->selectedStage() != 0;
    m_edit->setEnabled(card || stage);
    m_delete->setEnabled(card || stage);
    m_addTouchpoint->setEnabled(!m_view->map().stages.isEmpty());
    const int s = stage ? m_view->map().stageIndex(m_view->selectedStage()) : -1;
    m_moveLeft->setEnabled(s > 0);
    m_moveRight->setEnabled(s >= 0 && s + 1 < m_view->map().stages.size());
}

bool JourneysPage::push(DbCommand* command, const QString& title)
{
    if (!m_mayEdit) {
        // A drag or a key that slipped through: the map stays as it is.
        delete command;
        m_warn(title, tr("Only the owner of the business changes the journey map."));
        return false;
    }
    QString error;
    if (m_undo->run(command, &error))
        return true;
    m_warn(title, error);
    return false;
}

bool JourneysPage::createJourney(const QString& templateKey, const QString& name)
{
    auto created = std::make_shared<qint64>(0);
    auto* command = mapedits::adding(
        tr("new journey “%1”").arg(name),
        [templateKey, name, created](QSqlDatabase& sql, MapSnapshot* made, QString* error) {
            if (!cx::createJourney(sql, templateKey, name, created.get(), error))
                return false;
            *made = snapshotJourney(sql, *created);
            return true;
        },
        [this] { setFilter(m_filter); });
    if (!push(command, tr("New journey")))
        return false;
    showJourney(*created);
    return true;
}

bool JourneysPage::changeJourney(const Journey& after, const Journey* seen)
{
    const auto stored = JourneyRepository(m_db.sql()).journey(after.id);
    if (!stored) {
        m_warn(tr("Journey"), tr("The change was not saved: %1.")
                                  .arg(deletedElsewhere(tr("the journey “%1”").arg(after.name))));
        return false;
    }
    if (!seen && stored->rowVersion != after.rowVersion) {
        // Based on a version that is no longer stored, and nothing to ask with: refused.
        m_warn(tr("Journey"), tr("The change was not saved: %1.")
                                  .arg(changedElsewhere(named(after), {}, stored->updatedAt)));
        return false;
    }
    const Journey before = seen ? *seen : *stored;
    return push(edits::change(
                    tr("change journey “%1”").arg(after.name), before, after,
                    [](QSqlDatabase& sql, Journey& j, QString* error, const Journey* was) {
                        return JourneyRepository(sql).updateJourney(j, error, was);
                    },
                    [this] { setFilter(m_filter); }),
                tr("Journey"));
}

bool JourneysPage::deleteJourney(qint64 journeyId)
{
    const MapSnapshot snap = snapshotJourney(m_db.sql(), journeyId);
    if (snap.isEmpty())
        return false;
    qint64 records = 0;
    for (const auto& links : snap.links)
        records += links.interactions.size() + links.responses.size();
    if (!m_confirm(tr("Delete the journey “%1” with its %2 stages and %3 touchpoints? Their %4 "
                      "interactions and responses "
                      "stay, without a touchpoint. Undo brings it all back.")
                       .arg(snap.journeys.first().name)
                       .arg(snap.stages.size())
                       .arg(snap.touchpoints.size())
                       .arg(QLocale().toString(records))))
        return false;
    return push(mapedits::removing(tr("delete journey “%1”").arg(snap.journeys.first().name), snap,
                                   [this] { setFilter(m_filter); }),
                tr("Delete journey"));
}

bool JourneysPage::addStage(Stage stage)
{
    const QVector<Stage> before = JourneyRepository(m_db.sql()).stages(stage.journeyId);
    stage.position = std::clamp(stage.position, 0, int(before.size()));
    auto* command = mapedits::adding(
        tr("add stage “%1”").arg(stage.name),
        [stage, before](QSqlDatabase& sql, MapSnapshot* made, QString* error) {
            JourneyRepository catalog(sql);
            // The stages from its place on move one along (an undo leaves them in the same order).
            for (int i = 0; i < before.size(); ++i) {
                Stage s = before[i];
                s.position = i < stage.position ? i : i + 1;
                if (s.position != before[i].position && !catalog.updateStage(s, error, &before[i]))
                    return false;
            }
            Stage added = stage;
            if (!catalog.addStage(added, error))
                return false;
            *made = snapshotStage(sql, added.id);
            return true;
        },
        [this] { setFilter(m_filter); });
    return push(command, tr("Add stage"));
}

bool JourneysPage::changeStage(const Stage& after, const Stage* seen)
{
    const auto stored = JourneyRepository(m_db.sql()).stage(after.id);
    if (!stored) {
        m_warn(tr("Stage"), tr("The change was not saved: %1.")
                                .arg(deletedElsewhere(tr("the stage “%1”").arg(after.name))));
        return false;
    }
    if (!seen && stored->rowVersion != after.rowVersion) {
        // Based on a version that is no longer stored, and nothing to ask with: refused.
        m_warn(tr("Stage"), tr("The change was not saved: %1.")
                                .arg(changedElsewhere(named(after), {}, stored->updatedAt)));
        return false;
    }
    const Stage before = seen ? *seen : *stored;
    return push(edits::change(
                    tr("change stage “%1”").arg(after.name), before, after,
                    [](QSqlDatabase& sql, Stage& st, QString* error, const Stage* was) {
                        return JourneyRepository(sql).updateStage(st, error, was);
                    },
                    [this] { loadMap(); }),
                tr("Stage"));
}

bool JourneysPage::moveStage(qint64 stageId, int delta)
{
    const auto stage = JourneyRepository(m_db.sql()).stage(stageId);
    if (!stage)
        return false;
    const QVector<Stage> before = JourneyRepository(m_db.sql()).stages(stage->journeyId);
    int from = -1;
    for (int i = 0; i < before.size(); ++i)
        if (before[i].id == stageId)
            from = i;
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= before.size())
        return false;
    QVector<Stage> after = before;
    after.move(from, to);
    for (int i = 0; i < after.size(); ++i)
        after[i].position = i;
    // Both directions write the stages whose place changes: the first time
    // expecting the versions read, later expecting each stage as the other
    // direction left it.
    struct Moves
    {
        QVector<Stage> before;
        QVector<Stage> after;
        bool first = true;
    };
    auto state = std::make_shared<Moves>(Moves{before, after, true});
    auto write = [state](bool forward) {
        return [state, forward](QSqlDatabase& sql, QString* error) {
            const QVector<Stage>& target = forward ? state->after : state->before;
            const QVector<Stage>& expected = forward ? state->before : state->after;
            JourneyRepository catalog(sql);
            for (const Stage& t : target) {
                const Stage& e = *std::find_if(expected.cbegin(), expected.cend(),
                                               [&](const Stage& o) { return o.id == t.id; });
                if (t.position == e.position)
                    continue;
                Stage s = t;
                if (state->first)
                    s.rowVersion = e.rowVersion;
                else if (!unchangedSince(sql, e, &s.rowVersion, error))
                    return false;
                if (!catalog.updateStage(s, error, &e))
                    return false;
            }
            state->first = false;
            return true;
        };
    };
    if (!push(new DbCommand(tr("move stage “%1”").arg(stage->name), write(true), write(false),
                            [this] { loadMap(); }),
              tr("Move stage")))
        return false;
    m_view->setSelectedStage(stageId);
    return true;
}

bool JourneysPage::deleteStage(qint64 stageId)
{
    const MapSnapshot snap = snapshotStage(m_db.sql(), stageId);
    if (snap.isEmpty())
        return false;
    qint64 interactions = 0, responses = 0;
    for (const auto& links : snap.links) {
        interactions += links.interactions.size();
        responses += links.responses.size();
    }
    const QLocale l;
    QString question = tr("Delete the stage “%1” and its %2 touchpoints?")
                           .arg(snap.stages.first().name)
                           .arg(snap.touchpoints.size());
    if (interactions + responses > 0)
        question += QLatin1Char(' ') + tr("Their %1 interactions and %2 responses stay, without a "
                                          "touchpoint, and leave this map.")
                                           .arg(l.toString(interactions), l.toString(responses));
    question += QLatin1Char(' ') + tr("Undo brings it all back.");
    if (!m_confirm(question))
        return false;
    return push(mapedits::removing(tr("delete stage “%1”").arg(snap.stages.first().name), snap,
                                   [this] { loadMap(); }),
                tr("Delete stage"));
}

bool JourneysPage::addTouchpoint(const Touchpoint& touchpoint)
{
    auto* command = mapedits::adding(
        tr("add touchpoint “%1”").arg(touchpoint.name),
        [touchpoint](QSqlDatabase& sql, MapSnapshot* made, QString* error) {
            Touchpoint t = touchpoint;
            if (!JourneyRepository(sql).addTouchpoint(t, error))
                return false;
            *made = snapshotTouchpoint(sql, t.id);
            return true;
        },
        [this] { setFilter(m_filter); });
    return push(command, tr("Add touchpoint"));
}

bool JourneysPage::changeTouchpoint(const Touchpoint& after, const Touchpoint* seen)
{
    const auto stored = JourneyRepository(m_db.sql()).touchpoint(after.id);
    if (!stored) {
        m_warn(tr("Touchpoint"),
               tr("The change was not saved: %1.")
                   .arg(deletedElsewhere(tr("the touchpoint “%1”").arg(after.name))));
        return false;
    }
    if (!seen && stored->rowVersion != after.rowVersion) {
        // Based on a version that is no longer stored, and nothing to ask with: refused.
        m_warn(tr("Touchpoint"), tr("The change was not saved: %1.")
                                     .arg(changedElsewhere(named(after), {}, stored->updatedAt)));
        return false;
    }
    const Touchpoint before = seen ? *seen : *stored;
    return push(edits::change(
                    tr("change touchpoint “%1”").arg(after.name), before, after,
                    [](QSqlDatabase& sql, Touchpoint& t, QString* error, const Touchpoint* was) {
                        return JourneyRepository(sql).updateTouchpoint(t, error, was);
                    },
                    [this] { setFilter(m_filter); }),
                tr("Touchpoint"));
}

bool JourneysPage::deleteTouchpoint(qint64 touchpointId)
{
    const MapSnapshot snap = snapshotTouchpoint(m_db.sql(), touchpointId);
    if (snap.isEmpty())
        return false;
    const auto links = snap.links.value(touchpointId);
    const QLocale l;
    QString question = tr("Delete the touchpoint “%1”?").arg(snap.touchpoints.first().name);
    if (!links.isEmpty())
        question += QLatin1Char(' ') + tr("Its %1 interactions and %2 survey responses stay, "
                                          "without a touchpoint: they still count in "
                                          "the dashboard and the metrics, but no longer on this "
                                          "map. %3 surveys asked about it.")
                                           .arg(l.toString(links.interactions.size()),
                                                l.toString(links.responses.size()),
                                                l.toString(links.surveys.size()));
    question += QLatin1Char(' ') + tr("Undo brings it back with all of them.");
    if (!m_confirm(question))
        return false;
    return push(mapedits::removing(tr("delete touchpoint “%1”").arg(snap.touchpoints.first().name),
                                   snap, [this] { setFilter(m_filter); }),
                tr("Delete touchpoint"));
}

void JourneysPage::newJourneyDialog()
{
    if (!m_mayEdit)
        return;
    NewJourneyDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createJourney(dialog.templateKey(), dialog.name());
}

void JourneysPage::editSelected()
{
    if (!m_mayEdit)
        return;
    JourneyRepository catalog(m_db.sql());
    if (const auto t = catalog.touchpoint(m_view->selectedTouchpoint())) {
        const QVector<Stage> stages = catalog.stages(m_view->map().journey.id);
        const QVector<Channel> channels = catalog.channels();
        editInDialog<Touchpoint>(
            *t, tr("Touchpoint"),
            [&](const Touchpoint& draft) {
                return std::make_unique<TouchpointDialog>(draft, stages, channels, this);
            },
            [this](qint64 id) { return JourneyRepository(m_db.sql()).touchpoint(id); },
            [this](const Touchpoint& after, const Touchpoint& seen) {
                return changeTouchpoint(after, &seen);
            });
    } else if (const auto s = catalog.stage(m_view->selectedStage())) {
        editInDialog<Stage>(
            *s, tr("Stage"),
            [&](const Stage& draft) { return std::make_unique<StageDialog>(draft, this); },
            [this](qint64 id) { return JourneyRepository(m_db.sql()).stage(id); },
            [this](const Stage& after, const Stage& seen) { return changeStage(after, &seen); });
    }
}

template <typename Record, typename Make, typename Load, typename Save>
void JourneysPage::editInDialog(Record seen, const QString& title, Make makeDialog, Load load,
                                Save save)
{
    Record draft = seen;
    for (;;) {
        const auto dialog = makeDialog(draft);
        if (dialog->exec() != QDialog::Accepted)
            return;
        draft = dialog->value();
        draft.rowVersion = seen.rowVersion;
        const std::optional<Record> stored = load(seen.id);
        if (!stored) {
            m_warn(title, tr("Nothing was saved: %1.").arg(deletedElsewhere(named(seen))));
            return;
        }
        if (stored->rowVersion != seen.rowVersion) {
            const QString message = changedElsewhere(
                named(seen), JourneyRepository::differences(seen, *stored), stored->updatedAt);
            const ConflictChoice choice = m_conflict(title, message);
            if (choice == ConflictChoice::Reload) {
                seen = draft = *stored;
                continue;
            }
            if (choice == ConflictChoice::KeepEditing)
                continue;
            // Save mine: what was changed here on top of their version (undo brings theirs back).
            draft = JourneyRepository::merged(seen, draft, *stored);
            seen = *stored;
        }
        if (save(draft, seen))
            return;
        // Refused (and said why): the dialog comes back with what was typed.
    }
}

void JourneysPage::editJourneyDialog(const Journey& journey)
{
    editInDialog<Journey>(
        journey, tr("Journey"),
        [this](const Journey& draft) { return std::make_unique<JourneyDialog>(draft, this); },
        [this](qint64 id) { return JourneyRepository(m_db.sql()).journey(id); },
        [this](const Journey& after, const Journey& seen) { return changeJourney(after, &seen); });
}

void JourneysPage::deleteSelected()
{
    if (!m_mayEdit)
        return;
    if (m_view->selectedTouchpoint())
        deleteTouchpoint(m_view->selectedTouchpoint());
    else if (m_view->selectedStage())
        deleteStage(m_view->selectedStage());
}

void JourneysPage::addStageDialog()
{
    if (!m_mayEdit)
        return;
    const JourneyMap& map = m_view->map();
    if (!map.journey.id)
        return;
    Stage s;
    s.journeyId = map.journey.id;
    // After the selected stage, else at the end.
    const int selected = map.stageIndex(m_view->selectedStage());
    s.position = selected >= 0 ? selected + 1 : int(map.stages.size());
    StageDialog dialog(s, this);
    if (dialog.exec() == QDialog::Accepted)
        addStage(dialog.value());
}

void JourneysPage::addTouchpointDialog()
{
    if (!m_mayEdit)
        return;
    const JourneyMap& map = m_view->map();
    if (map.stages.isEmpty())
        return;
    JourneyRepository catalog(m_db.sql());
    Touchpoint t;
    // In the selected stage (or the selected card's), on the selected card's channel.
    t.stageId = map.stages.first().stage.id;
    if (m_view->selectedStage())
        t.stageId = m_view->selectedStage();
    if (const auto card = catalog.touchpoint(m_view->selectedTouchpoint())) {
        t.stageId = card->stageId;
        t.channelId = card->channelId;
    }
    t.position = 99;
    TouchpointDialog dialog(t, catalog.stages(map.journey.id), catalog.channels(), this);
    if (dialog.exec() == QDialog::Accepted)
        addTouchpoint(dialog.value());
}

bool JourneysPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        m_view->setAvailableWidth(m_scroll->viewport()->width());
    return Page::eventFilter(watched, event);
}

} // namespace cx
