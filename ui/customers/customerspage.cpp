#include "ui/customers/customerspage.h"

#include "core/common/clock.h"
#include "core/customers/customerkeys.h"
#include "core/customers/customerlist.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customertags.h"
#include "core/storage/database.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"
#include "ui/contact/mailmergedialog.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/mergedialog.h"
#include "ui/customers/newcustomerdialog.h"
#include "ui/perdatabase.h"
#include "ui/theme.h"
#include "ui/widgets/tableview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

CustomersPage::CustomersPage(Database& db, EditStack* undo, QWidget* parent)
    : Page(db, parent), m_undo(undo), m_runDialog([](QDialog* d) { d->exec(); })
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 16, 20, 16);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_list = new QWidget(m_stack);
    m_detail = new CustomerDetail(m_db, undo, m_stack);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_detail);
    connect(m_detail, &CustomerDetail::back, this, [this] { m_stack->setCurrentWidget(m_list); });
    connect(m_detail, &CustomerDetail::changed, this, &CustomersPage::reload);
    connect(m_detail, &CustomerDetail::erased, this, &Page::dataChanged);
    connect(m_detail, &CustomerDetail::logInteraction, this, &CustomersPage::logInteractionFor);
    auto* layout = new QVBoxLayout(m_list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(theme::pageTitle(tr("Customers"), this));
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name, email, phone or customer number"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->addItems({tr("Any status"), tr("Prospects"), tr("Customers"), tr("Churned")});
    auto* add = new QPushButton(tr("New customer…"), this);
    add->setToolTip(tr("Add a customer by hand (Ctrl+N)"));
    m_merge = new QPushButton(tr("Merge…"), this);
    m_merge->setToolTip(tr("Select two customers who are one person (Ctrl+click) to merge them"));
    m_merge->setEnabled(false);
    // One message to many: the selected customers, or an NPS group of the period.
    auto* mailMerge = new QPushButton(tr("Mail merge…"), this);
    mailMerge->setToolTip(tr("Export a thank-you, apology or survey invitation to many "
                             "customers at once, for your mail program"));
    m_tag = new QComboBox(this);
    m_tag->setToolTip(tr("Show only the customers with this tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_tag);
    bar->addWidget(add);
    bar->addWidget(m_merge);
    bar->addWidget(mailMerge);
    layout->addLayout(bar);
    connect(add, &QPushButton::clicked, this, [this] { newCustomer(); });
    connect(m_merge, &QPushButton::clicked, this, &CustomersPage::mergeSelected);
    m_model = new CustomersModel(m_db, this);
    m_view = makeTable(m_model, this);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(CustomersModel::Name, Qt::AscendingOrder);
    m_view->setColumnWidth(CustomersModel::Name, 200);
    m_view->setColumnWidth(CustomersModel::Email, 240);
    m_view->setToolTip(tr("Double-click or press Enter to open a customer"));
    // Two rows at once for a merge; Enter and double-click still open one.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* mergeAction = new QAction(tr("Merge…"), m_view);
    m_view->addAction(mergeAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(mergeAction, &QAction::triggered, this, &CustomersPage::mergeSelected);
    auto updateMerge = [this, mergeAction] {
        const bool two = selectedIds().size() == 2;
        m_merge->setEnabled(two);
        mergeAction->setEnabled(two);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateMerge);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateMerge);
    updateMerge();
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCustomer(m_model->idAt(index.row())); });
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    connect(mailMerge, &QPushButton::clicked, this, [this] {
        MailMergeDialog dialog(m_db, m_filter, selectedIds(), this);
        dialog.exec();
    });

    // Typing pauses briefly before the list follows, so fast typists are not slowed.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &CustomersPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CustomersPage::reload);
    // The tag chosen stays chosen the next time the window opens.
    fillTags();
    setTagFilter(perDatabaseValue(m_db.path(), QStringLiteral("customers/tag")).toString());
    connect(m_tag, &QComboBox::activated, this, [this] {
        setPerDatabaseValue(m_db.path(), QStringLiteral("customers/tag"), tagFilter());
        reload();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_sortColumn = column;
                m_sortOrder = order;
                reload();
            });
}

void CustomersPage::openCustomer(qint64 customerId)
{
    m_detail->show(customerId);
    m_stack->setCurrentWidget(m_detail);
}

QString CustomersPage::newItemText() const
{
    return tr("New &customer…");
}

void CustomersPage::newItem()
{
    newCustomer();
}

Customer CustomersPage::newCustomer(const QString& name)
{
    NewCustomerDialog dialog(
        m_db, m_undo, [this] { followEdit(); }, this);
    dialog.setName(name);
    m_runDialog(&dialog);
    if (dialog.saved().id > 0)
        openCustomer(dialog.saved().id);
    else if (dialog.openRequested() > 0)
        openCustomer(dialog.openRequested());
    return dialog.saved();
}

void CustomersPage::followEdit()
{
    reload();
    if (!isShowingCustomer())
        return;
    if (CustomerRepository(m_db.sql()).byId(m_detail->customerId()))
        m_detail->reload();
    else
        m_stack->setCurrentWidget(m_list);
}

QVector<qint64> CustomersPage::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CustomersPage::mergeSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.size() != 2)
        return;
    CustomerRepository customers(m_db.sql());
    const auto left = customers.byId(ids[0]);
    const auto right = customers.byId(ids[1]);
    if (!left || !right)
        return;
    MergeDialog dialog(
        m_db, m_undo, *left, *right, [this] { followEdit(); }, this);
    m_runDialog(&dialog);
    if (dialog.result() == QDialog::Accepted)
        openCustomer(dialog.plan().kept.id);
}

bool CustomersPage::isShowingCustomer() const
{
    return m_stack->currentWidget() == m_detail;
}

void CustomersPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    reload();
}

void CustomersPage::refresh()
{
    // Customers another program added or renamed meanwhile get their search
    // and sort keys before the list shows them.
    QString keysError;
    if (!refreshCustomerKeys(m_db.sql(), &keysError))
        qWarning("customers' search keys not written: %s", qPrintable(keysError));
    if (isShowingCustomer())
        m_detail->reload();
    const QString tag = tagFilter();
    fillTags();
    if (tagFilter() != tag) { // the tag is gone: every customer again
        reload();
        return;
    }
    refreshInPlace(m_view, m_model);
    updateSummary();
}

void CustomersPage::setSearch(const QString& text)
{
    m_search->setText(text);
    reload();
}

void CustomersPage::setStatus(StatusFilter status)
{
    m_status->setCurrentIndex(status);
}

QString CustomersPage::tagFilter() const
{
    return m_tag->currentData().toString();
}

void CustomersPage::setTagFilter(const QString& tag)
{
    int index = 0;
    for (int i = 1; i < m_tag->count(); ++i)
        if (m_tag->itemData(i).toString().compare(tag, Qt::CaseInsensitive) == 0)
            index = i;
    if (index == m_tag->currentIndex())
        return;
    m_tag->setCurrentIndex(index);
    setPerDatabaseValue(m_db.path(), QStringLiteral("customers/tag"), tagFilter());
    reload();
}

void CustomersPage::fillTags()
{
    const QString current = m_tag->count() ? tagFilter() : QString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const TagCount& t : CustomerTags(m_db.sql()).all())
        m_tag->addItem(tr("%1 (%2)").arg(t.tag, QLocale().toString(t.customers)), t.tag);
    int index = 0;
    for (int i = 1; i < m_tag->count(); ++i)
        if (m_tag->itemData(i).toString().compare(current, Qt::CaseInsensitive) == 0)
            index = i;
    m_tag->setCurrentIndex(index);
}

void CustomersPage::reload()
{
    CustomerListFilter f;
    f.from = m_filter.from;
    f.to = m_filter.to;
    f.segment = m_filter.segment;
    f.show = CustomerListFilter::Show(std::clamp(m_status->currentIndex(), 0, int(Churned)));
    f.search = m_search->text();
    f.tag = tagFilter();
    f.sortColumn = CustomerListFilter::Column(m_sortColumn);
    f.descending = m_sortOrder == Qt::DescendingOrder;
    QString error;
    if (!m_model->setQuery(customerListQuery(f, clock::today()), &error))
        m_summary->setText(tr("The customers could not be read: %1").arg(error));
    else
        updateSummary();
}

void CustomersPage::updateSummary()
{
    if (!m_model->lastError().isEmpty())
        m_summary->setText(tr("The customers could not be read: %1").arg(m_model->lastError()));
    else
        m_summary->setText(m_model->canFetchMore()
                               ? tr("Scroll for more customers")
                               : tr("%Ln customer(s)", nullptr, m_model->rowCount()));
}

void CustomersPage::setRole(TeamRole role)
{
    m_merge->setVisible(role == TeamRole::Owner);
    m_detail->setEraseAllowed(role == TeamRole::Owner);
}

} // namespace cx
