#pragma once

#include "ui/customers/customersmodel.h"
#include "ui/page.h"

class QComboBox;
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

signals:
    void logInteractionFor(const QString& customerText);

private:
    void reload();
    void updateSummary();
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
