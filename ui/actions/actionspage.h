#pragma once

#include "core/actions/action.h"
#include "ui/actions/actionsmodel.h"
#include "ui/page.h"
#include "ui/widgets/conflictprompt.h"

#include <functional>

class QComboBox;
class QLabel;
class QTableView;

namespace cx {

class EditStack;

// Follow-up actions: open, overdue, done; mark done with a note, undoable.
class ActionsPage : public Page
{
    Q_OBJECT
public:
    enum Show
    {
        Open,
        Overdue,
        Done,
        All
    };
    ActionsPage(Database& db, EditStack* undo, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override { reloadKeepingPlace(); }
    QString badge() const override;
    void setShow(Show show);
    ActionsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Marks the action done with a note, as one undoable step.
    bool markDone(qint64 actionId, const QString& note);
    // The same for the action as it was read; false with *error when refused.
    bool markDone(const Action& seen, const QString& note, QString* error);
    // Asks for a note and marks the selected action done (Ctrl+D). When it
    // was changed elsewhere while the note was being written, asks whether
    // to reload, save anyway or go on writing (the note is kept).
    void markSelectedDone();
    void setConflictChoice(std::function<ConflictChoice(const QString&, const QString&)> choose)
    {
        m_conflict = std::move(choose);
    }
    // Asks for the note (prompt, text so far, *ok); the default is a dialog. Tests answer it
    // themselves.
    void setAskNote(std::function<QString(const QString&, const QString&, bool*)> ask)
    {
        m_askNote = std::move(ask);
    }

private:
    void reload();
    void reloadKeepingPlace();
    void updateSummary();
    MetricsFilter m_filter;
    EditStack* m_undo = nullptr;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    std::function<QString(const QString&, const QString&, bool*)> m_askNote;
    ActionsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_show = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace cx
