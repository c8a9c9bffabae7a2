#pragma once

#include "core/customers/customer.h"
#include "ui/customers/customersmodel.h"
#include "ui/page.h"

#include <functional>

class QComboBox;
class QDialog;
class QPushButton;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace cx {

class EditStack;

class CustomerDetail;

class CustomersPage : public Page
{
    Q_OBJECT
public:
    enum StatusFilter
    {
        AnyStatus,
        Prospects,
        Active,
        Churned
    };
    CustomersPage(Database& db, EditStack* undo, QWidget* parent = nullptr);
    // Shows one customer's page (profile, scores, timeline).
    void openCustomer(qint64 customerId);
    CustomerDetail* detail() const { return m_detail; }
    // Staff may not erase or merge customers.
    void setRole(TeamRole role) override;
    bool isShowingCustomer() const;

    void setFilter(const MetricsFilter& filter) override;
    void refresh() override;
    void setSearch(const QString& text);
    void setStatus(StatusFilter status);
    // Shows only customers with this tag (any case); empty: any tag.
    void setTagFilter(const QString& tag);
    QString tagFilter() const;
    QComboBox* tagCombo() const { return m_tag; }
    CustomersModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    QString newItemText() const override;
    void newItem() override;
    // Asks for a new customer (the name prefilled), saves it as one undoable
    // step and opens their page; or opens the existing customer the dialog
    // pointed to. The customer saved, id 0 when none was.
    Customer newCustomer(const QString& name = QString());
    // Merges the two customers selected in the list, after the merge dialog.
    void mergeSelected();
    // Shows a dialog of this page and waits for it to close; the default runs
    // it modally. Tests fill in and press the dialog themselves.
    void setRunDialog(std::function<void(QDialog*)> run) { m_runDialog = std::move(run); }

signals:
    void logInteractionFor(const QString& customerText);

private:
    void reload();
    void updateSummary();
    QVector<qint64> selectedIds() const;
    // After an addition or merge, its undo or redo: the list reads again,
    // and a customer shown who is gone gives way to the list.
    void followEdit();
    EditStack* m_undo = nullptr;
    std::function<void(QDialog*)> m_runDialog;
    QPushButton* m_merge = nullptr;
    // The tags in use, with how many customers have each, keeping the choice.
    void fillTags();
    MetricsFilter m_filter;
    CustomersModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_list = nullptr;
    CustomerDetail* m_detail = nullptr;
    QLabel* m_summary = nullptr;
    int m_sortColumn = CustomersModel::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cx
