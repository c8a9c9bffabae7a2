#pragma once

#include "core/actions/action.h"
#include "ui/actions/actionsmodel.h"
#include "ui/page.h"
#include "ui/widgets/conflictprompt.h"

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QTableView;

namespace cx {

class ActionDialog;
class CustomerPicker;
class EditStack;

// Follow-up actions: the list (search; owner, customer, touchpoint and
// status filters; by due date; the period is when they were opened), each
// opened in a dialog, new ones, and mark done with a note, all undoable.
class ActionsPage : public Page
{
    Q_OBJECT
public:
    enum Show
    {
        Open,
        Due, // due today or overdue
        Overdue,
        Done,
        All
    };
    ActionsPage(Database& db, EditStack* undo, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override { reloadKeepingPlace(); }
    QString badge() const override;
    void setShow(Show show);
    QString newItemText() const override { return tr("New &follow-up…"); }
    void newItem() override;
    // Adds the follow-up as one undoable step; false with *error when refused.
    bool addFollowUp(const Action& action, QString* error);
    // Opens the follow-up in its dialog (double-click or Enter in the list).
    ActionDialog* openAction(qint64 actionId);
    // Runs a dialog of this page (the default: exec()); tests answer it themselves.
    void setRunDialog(std::function<int(QDialog*)> run) { m_runDialog = std::move(run); }
    // Given to every follow-up dialog this page opens (see ActionDialog).
    void setContactHandler(
        std::function<void(qint64 customerId, qint64 actionId, const QString& how)> handler)
    {
        m_contact = std::move(handler);
    }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* ownerFilter() const { return m_owner; }
    CustomerPicker* customerFilter() const { return m_customer; }
    QComboBox* touchpointFilter() const { return m_touchpoint; }
    // What the period line says ("Follow-ups opened from … to …").
    QString periodText() const;
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
    // Asks for the note closing the action (the action, prompt, text so far, *ok); the
    // default is MarkDoneDialog. Tests answer it themselves.
    void
    setAskNote(std::function<QString(const Action&, const QString&, const QString&, bool*)> ask)
    {
        m_askNote = std::move(ask);
    }

private:
    void reload();
    void fillChoices();
    void openCurrent();
    void reloadKeepingPlace();
    void updateSummary();
    MetricsFilter m_filter;
    EditStack* m_undo = nullptr;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    std::function<QString(const Action&, const QString&, const QString&, bool*)> m_askNote;
    std::function<int(QDialog*)> m_runDialog;
    std::function<void(qint64, qint64, const QString&)> m_contact;
    ActionsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_show = nullptr;
    QComboBox* m_owner = nullptr;
    CustomerPicker* m_customer = nullptr;
    qint64 m_customerId = 0;
    QComboBox* m_touchpoint = nullptr;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QLabel* m_period = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace cx
