#pragma once

// Journeys: the list of journeys with their persona and overall score, and
// the living map of the one selected, for the period of the filter bar.

#include "core/journeys/journeymap.h"
#include "ui/page.h"
#include "ui/widgets/conflictprompt.h"

#include <functional>

class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

namespace cx {

class DbCommand;
class EditStack;
class JourneyMapView;
class TouchpointView;

class JourneysPage : public Page
{
    Q_OBJECT
public:
    JourneysPage(Database& db, EditStack* undo, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override;
    // The journey map is the owner's to change: staff see it, and export it.
    void setRole(TeamRole role) override;
    bool mayEdit() const { return m_mayEdit; }

    QTreeWidget* list() const { return m_list; }
    JourneyMapView* mapView() const { return m_view; }
    TouchpointView* touchpointView() const { return m_touchpoint; }
    // The map's card up close; false when it is not on the map shown.
    bool openTouchpoint(qint64 touchpointId);
    bool isTouchpointShown() const;
    void showMap();
    qint64 currentJourney() const;
    void showJourney(qint64 journeyId);
    // "Journey — period", the title of an exported map.
    QString mapTitle() const;

    // Changes to the map, each one undoable step; false (after saying why) when it failed.
    bool createJourney(const QString& templateKey, const QString& name);
    // `after` carries the version it was read at; `seen` is the record as
    // read (for naming what changed when another window changed it since).
    bool changeJourney(const Journey& after, const Journey* seen = nullptr);
    bool deleteJourney(qint64 journeyId);
    bool addStage(Stage stage); // at its position; the stages after it move along
    bool changeStage(const Stage& after, const Stage* seen = nullptr);
    bool moveStage(qint64 stageId, int delta); // -1: one to the left, +1: one to the right
    bool deleteStage(qint64 stageId);
    bool addTouchpoint(const Touchpoint& touchpoint);
    bool changeTouchpoint(const Touchpoint& after, const Touchpoint* seen = nullptr);
    bool deleteTouchpoint(qint64 touchpointId);
    // Asked before a delete; the default shows a dialog. Tests answer it themselves.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }
    // Told why a change failed (title, message); the default shows a warning.
    void setWarn(std::function<void(const QString&, const QString&)> warn)
    {
        m_warn = std::move(warn);
    }
    // Asked what to do when a record being edited was changed elsewhere
    // (title, message); the default asks in a dialog. Tests answer it themselves.
    void setConflictChoice(std::function<ConflictChoice(const QString&, const QString&)> choose)
    {
        m_conflict = std::move(choose);
    }
    // The dialogs behind the toolbar and the context menu.
    void editSelected();
    void editJourneyDialog(const Journey& journey);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadMap();
    void exportMap();
    bool push(DbCommand* command, const QString& title);
    void newJourneyDialog();
    void deleteSelected();
    // Edits a record in its dialog until it is saved or given up: when it
    // was changed elsewhere meanwhile, asks whether to reload theirs, save
    // mine or keep editing; a refused save brings the dialog back as typed.
    template <typename Record, typename Make, typename Load, typename Save>
    void editInDialog(Record seen, const QString& title, Make makeDialog, Load load, Save save);
    void addStageDialog();
    void addTouchpointDialog();
    void updateActions();

    EditStack* m_undo = nullptr;
    bool m_mayEdit = true;
    QList<QWidget*> m_editButtons;
    std::function<bool(const QString&)> m_confirm;
    std::function<void(const QString&, const QString&)> m_warn;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_addTouchpoint = nullptr;
    QAction* m_moveLeft = nullptr;
    QAction* m_moveRight = nullptr;

    MetricsFilter m_filter;
    QTreeWidget* m_list = nullptr;
    QLabel* m_persona = nullptr;
    QScrollArea* m_scroll = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_mapPane = nullptr;
    TouchpointView* m_touchpoint = nullptr;
    JourneyMapView* m_view = nullptr;
};

} // namespace cx
