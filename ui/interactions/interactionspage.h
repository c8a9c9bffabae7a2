#pragma once

#include "core/customers/customer.h"
#include "core/interactions/interaction.h"
#include "ui/interactions/interactionsmodel.h"
#include "ui/page.h"
#include "ui/widgets/conflictprompt.h"

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QTableView;

namespace cx {

class EditStack;

// Interactions, newest first, with touchpoint, kind and open/resolved filters.
class InteractionForm;

// A narrowing of the list inside the filter bar's filter, from a click on a
// chart: a month, a channel. The filter bar keeps what the user chose.
struct ListNarrowing
{
    QDate from, to;       // invalid: the filter bar's period
    qint64 channelId = 0; // 0: the filter bar's channel
    QString label;        // what was clicked, as the chart named it ("Nov 2026", "Store")
    bool isEmpty() const { return !from.isValid() && !to.isValid() && channelId == 0; }
};

class InteractionsPage : public Page
{
    Q_OBJECT
public:
    InteractionsPage(Database& db, EditStack* undo, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override;
    void setTouchpoint(qint64 touchpointId);
    qint64 touchpointFilter() const;
    // Shows only what was clicked, within the filter bar's filter, with a bar
    // saying so and a button back to the whole filter.
    void narrowTo(const ListNarrowing& narrowing);
    void clearNarrowing();
    const ListNarrowing& narrowing() const { return m_narrowing; }
    // What the bar above the list says; empty when the list is not narrowed.
    QString narrowingText() const;
    InteractionsModel* model() const { return m_model; }
    InteractionForm* form() const { return m_form; }
    // Starts a new entry for this customer ("Name — number").
    void startFor(const QString& customerText);
    // Shows this interaction selected in the list, clearing the page's own
    // filters; false when the period shown does not hold it.
    bool showInteraction(qint64 interactionId);
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
    // Asks for a new customer with this name (NewCustomerDialog) and, once
    // saved, puts them in the form. The customer saved, id 0 when none was.
    Customer addCustomer(const QString& name);
    // Shows a dialog of this page and waits for it to close; the default runs
    // it modally. Tests fill in and press the dialog themselves.
    void setRunDialog(std::function<void(QDialog*)> run) { m_runDialog = std::move(run); }
    // Saves an edit made in the form (after asking, when it was saved elsewhere since).
    void saveEdit(const Interaction& seen, const Interaction& edited);

    // An entry refused because the server was away is logged when it is back.
    void connectionRestored() override;
    bool waitsForTheServer() const { return !m_waitingUuid.isEmpty(); }

private:
    // The uuid of the entry that waits for the server, so that one the
    // server took before the connection broke is not logged twice, and the
    // entry as it was typed then (another entry typed since gets its own).
    QString m_waitingUuid;
    Interaction m_waiting;
    void reload();
    void reloadKeepingPlace();
    void updateSummary();
    // The touchpoints and kinds to filter by, from the database, keeping what was picked.
    void fillChoices();
    EditStack* m_undo = nullptr;
    InteractionForm* m_form = nullptr;
    std::function<bool(const QString&)> m_confirm;
    std::function<void(QDialog*)> m_runDialog;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    MetricsFilter m_filter;
    InteractionsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_touchpoint = nullptr;
    qint64 m_wantedTouchpoint = 0;
    QComboBox* m_kind = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_summary = nullptr;
    ListNarrowing m_narrowing;
    QWidget* m_narrowBar = nullptr;
    QLabel* m_narrowText = nullptr;
};

} // namespace cx
