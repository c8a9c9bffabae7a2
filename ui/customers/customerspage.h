#pragma once

#include "ui/widgets/conflictprompt.h"
#include "core/customers/customer.h"
#include "core/journeys/journey.h"
#include "core/interactions/interaction.h"
#include "core/actions/action.h"
#include "ui/page.h"
#include "ui/widgets/querymodel.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace cx {

class EditStack;

// Customers: search as you type, segment (global) and status filters, sortable.
class CustomersModel : public QueryModel
{
    Q_OBJECT
public:
    enum Column { Name, ExternalId, Email, Phone, Segment, Status, FirstContact, ColumnCount };
    explicit CustomersModel(Database& db, QObject* parent = nullptr);

protected:
    QVariant display(int column, const QVariant& value) const override;
};

class CustomerDetail;

class CustomersPage : public Page
{
    Q_OBJECT
public:
    enum StatusFilter { AnyStatus, Prospects, Active, Churned };
    CustomersPage(Database& db, EditStack* undo, QWidget* parent = nullptr);
    // Shows one customer's page (profile, scores, timeline).
    void openCustomer(qint64 customerId);
    CustomerDetail* detail() const { return m_detail; }
    bool isShowingCustomer() const;

    void setFilter(const MetricsFilter& filter) override;
    void refresh() override;
    void setSearch(const QString& text);
    void setStatus(StatusFilter status);
    CustomersModel* model() const { return m_model; }

signals:
    void logInteractionFor(const QString& customerText);

private:
    void reload();
    void updateSummary();
    MetricsFilter m_filter;
    CustomersModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_list = nullptr;
    CustomerDetail* m_detail = nullptr;
    QLabel* m_summary = nullptr;
    int m_sortColumn = CustomersModel::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// Interactions, newest first, with touchpoint, kind and open/resolved filters.
class InteractionsModel : public QueryModel
{
    Q_OBJECT
public:
    enum Column { OccurredAt, Customer, Channel, Touchpoint, Kind, Outcome, StaffRating, CustomerRating, Resolved, ColumnCount };
    explicit InteractionsModel(Database& db, QObject* parent = nullptr);
};

class InteractionForm;

class InteractionsPage : public Page
{
    Q_OBJECT
public:
    InteractionsPage(Database& db, EditStack* undo, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override;
    void setTouchpoint(qint64 touchpointId);
    qint64 touchpointFilter() const;
    InteractionsModel* model() const { return m_model; }
    InteractionForm* form() const { return m_form; }
    // Starts a new entry for this customer ("Name — number").
    void startFor(const QString& customerText);
    QTableView* view() const { return m_view; }
    // Asked before a delete; the default shows a dialog. Tests answer it themselves.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }
    // Deletes the selected interaction after confirmation, as one undoable step.
    bool deleteSelected();
    // Asked what to do when the interaction being edited was saved elsewhere
    // meanwhile (title, message); the default asks in a dialog.
    void setConflictChoice(std::function<ConflictChoice(const QString&, const QString&)> choose)
    {
        m_conflict = std::move(choose);
    }
    // Saves an edit made in the form (after asking, when it was saved elsewhere since).
    void saveEdit(const Interaction& seen, const Interaction& edited);

private:
    void reload();
    void reloadKeepingPlace();
    void updateSummary();
    // The touchpoints and kinds to filter by, from the database, keeping what was picked.
    void fillChoices();
    EditStack* m_undo = nullptr;
    InteractionForm* m_form = nullptr;
    std::function<bool(const QString&)> m_confirm;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    MetricsFilter m_filter;
    InteractionsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_touchpoint = nullptr;
    qint64 m_wantedTouchpoint = 0;
    QComboBox* m_kind = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_summary = nullptr;
};

// Follow-up actions: open, overdue, done; mark done with a note, undoable.
class ActionsModel : public QueryModel
{
    Q_OBJECT
public:
    enum Column { DueOn, Title, Customer, Status, CreatedAt, ClosedAt, Resolution, ColumnCount };
    explicit ActionsModel(Database& db, QObject* parent = nullptr);

protected:
    QVariant display(int column, const QVariant& value) const override;
};

class ActionsPage : public Page
{
    Q_OBJECT
public:
    enum Show { Open, Overdue, Done, All };
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
    // Asks for the note (prompt, text so far, *ok); the default is a dialog. Tests answer it themselves.
    void setAskNote(std::function<QString(const QString&, const QString&, bool*)> ask) { m_askNote = std::move(ask); }

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
