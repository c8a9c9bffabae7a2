#include "listpages.h"

#include "customerdetail.h"
#include "database.h"
#include "theme.h"
#include "followup.h"
#include "interactionform.h"
#include "interactionrepository.h"
#include "surveyrepository.h"
#include <QCoreApplication>
#include <QSignalBlocker>
#include "timeutil.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cx {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString iso(const QDate& d) { return d.toString(Qt::ISODate); }

} // namespace

// ---- customers

CustomersModel::CustomersModel(QSqlDatabase& db, QObject* parent)
    : QueryModel(db, {tr("Name"), tr("Customer no."), tr("Email"), tr("Phone"), tr("Segment"), tr("Status"),
                      tr("First contact")},
                 parent)
{
}

CustomersPage::CustomersPage(Database& db, QUndoStack* undo, QWidget* parent)
    : Page(db, parent)
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
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    layout->addLayout(bar);
    m_model = new CustomersModel(m_db.sql(), this);
    m_view = makeTable(m_model, this);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(CustomersModel::Name, Qt::AscendingOrder);
    m_view->setColumnWidth(CustomersModel::Name, 200);
    m_view->setColumnWidth(CustomersModel::Email, 240);
    m_view->setToolTip(tr("Double-click or press Enter to open a customer"));
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        openCustomer(m_model->idAt(index.row()));
    });
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    // Typing pauses briefly before the list follows, so fast typists are not slowed.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &CustomersPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CustomersPage::reload);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
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

bool CustomersPage::isShowingCustomer() const
{
    return m_stack->currentWidget() == m_detail;
}

void CustomersPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    reload();
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

void CustomersPage::reload()
{
    // Customers known during the period: first contact by its end, not gone before its start.
    QStringList where{QStringLiteral("(first_contact_on IS NULL OR first_contact_on <= ?)")};
    QVariantList binds{iso(m_filter.to.isValid() ? m_filter.to : QDate::currentDate())};
    if (m_filter.from.isValid()) {
        where << QStringLiteral("(churned_on IS NULL OR churned_on >= ?)");
        binds << iso(m_filter.from);
    }
    if (!m_filter.segment.isEmpty()) {
        where << QStringLiteral("segment = ?");
        binds << m_filter.segment;
    }
    switch (m_status->currentIndex()) {
    case Prospects:
        where << QStringLiteral("converted_on IS NULL");
        break;
    case Active:
        where << QStringLiteral("converted_on IS NOT NULL AND churned_on IS NULL");
        break;
    case Churned:
        where << QStringLiteral("churned_on IS NOT NULL");
        break;
    default:
        break;
    }
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        where << QStringLiteral("(name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
                                "OR external_id LIKE ? ESCAPE '\\')");
        binds << pattern << pattern << pattern << pattern;
    }
    static const char* const orderBy[] = {"name COLLATE NOCASE", "external_id", "email", "phone", "segment",
                                          "churned_on IS NOT NULL, converted_on IS NULL", "first_contact_on"};
    const QString order = QLatin1String(orderBy[std::clamp(m_sortColumn, 0, int(CustomersModel::ColumnCount) - 1)])
                          + (m_sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString());
    const QString sql = QStringLiteral(
        "SELECT id, name, external_id, email, phone, segment, "
        "CASE WHEN churned_on IS NOT NULL THEN '%1' WHEN converted_on IS NOT NULL THEN '%2' ELSE '%3' END, "
        "first_contact_on FROM customers WHERE %4 ORDER BY %5, id")
                            .arg(tr("Churned"), tr("Customer"), tr("Prospect"))
                            .arg(where.join(QStringLiteral(" AND ")), order);
    QString error;
    if (!m_model->setQuery(sql, binds, &error))
        m_summary->setText(tr("The customers could not be read: %1").arg(error));
    else
        m_summary->setText(m_model->canFetchMore() ? tr("Scroll for more customers")
                                                   : (m_model->rowCount() == 1 ? tr("1 customer") : tr("%1 customers").arg(QLocale().toString(m_model->rowCount()))));
}

// ---- interactions

InteractionsModel::InteractionsModel(QSqlDatabase& db, QObject* parent)
    : QueryModel(db, {tr("When"), tr("Customer"), tr("Channel"), tr("Touchpoint"), tr("Kind"), tr("Outcome"),
                      tr("Staff ★"), tr("Customer ★"), tr("Resolved")},
                 parent)
{
    setAlignment(StaffRating, Qt::AlignRight);
    setAlignment(CustomerRating, Qt::AlignRight);
}

namespace {
// Logging, changing and deleting interactions as undoable steps. A complaint
// logged opens its follow-up action in the same step, and undo removes both.
class AddInteractionCommand : public QUndoCommand
{
public:
    AddInteractionCommand(Database& db, Interaction i, std::function<void()> changed)
        : m_db(db), m_record(std::move(i)), m_changed(std::move(changed))
    {
        setText(QCoreApplication::translate("cx::InteractionsPage", "log interaction"));
    }
    void redo() override
    {
        Transaction tx(m_db.sql());
        QString error;
        Interaction i = m_record;
        if (InteractionRepository(m_db.sql()).insert(i, &error)
            && FollowUp(m_db.sql()).afterInteraction(i, &m_action, &error) && tx.commit(&error))
            m_record = i; // keeps id and uuid, so redo after undo restores the same record
        else
            m_error = error;
        m_changed();
    }
    void undo() override
    {
        Transaction tx(m_db.sql());
        QString error;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM actions WHERE id = ?"));
        q.addBindValue(m_action);
        q.exec();
        InteractionRepository(m_db.sql()).remove(m_record.id, &error);
        tx.commit(&error);
        m_changed();
    }
    QString error() const { return m_error; }

private:
    Database& m_db;
    Interaction m_record;
    qint64 m_action = 0;
    QString m_error;
    std::function<void()> m_changed;
};

class EditInteractionCommand : public QUndoCommand
{
public:
    EditInteractionCommand(Database& db, Interaction before, Interaction after, std::function<void()> changed)
        : m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_changed(std::move(changed))
    {
        setText(QCoreApplication::translate("cx::InteractionsPage", "change interaction"));
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }
    QString error() const { return m_error; }

private:
    void apply(const Interaction& i)
    {
        QString error;
        if (!InteractionRepository(m_db.sql()).update(i, &error))
            m_error = error;
        m_changed();
    }
    Database& m_db;
    Interaction m_before, m_after;
    QString m_error;
    std::function<void()> m_changed;
};

class DeleteInteractionCommand : public QUndoCommand
{
public:
    DeleteInteractionCommand(Database& db, Interaction i, std::function<void()> changed)
        : m_db(db), m_record(std::move(i)), m_changed(std::move(changed))
    {
        setText(QCoreApplication::translate("cx::InteractionsPage", "delete interaction"));
    }
    void redo() override
    {
        // Remember which actions point here: undo links them again.
        m_actions.clear();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM actions WHERE interaction_id = ?"));
        q.addBindValue(m_record.id);
        q.exec();
        while (q.next())
            m_actions << q.value(0).toLongLong();
        QString error;
        InteractionRepository(m_db.sql()).remove(m_record.id, &error);
        m_changed();
    }
    void undo() override
    {
        Transaction tx(m_db.sql());
        QString error;
        Interaction i = m_record;
        InteractionRepository(m_db.sql()).insert(i, &error);
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE actions SET interaction_id = ? WHERE id = ?"));
        for (qint64 a : std::as_const(m_actions)) {
            q.bindValue(0, m_record.id);
            q.bindValue(1, a);
            q.exec();
        }
        tx.commit(&error);
        m_changed();
    }

private:
    Database& m_db;
    Interaction m_record;
    QList<qint64> m_actions;
    std::function<void()> m_changed;
};
} // namespace

InteractionsPage::InteractionsPage(Database& db, QUndoStack* undo, QWidget* parent)
    : Page(db, parent)
    , m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(theme::pageTitle(tr("Interactions"), this));
    auto* box = new QGroupBox(tr("Log an interaction"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_form = new InteractionForm(m_db, box);
    boxLayout->addWidget(m_form);
    layout->addWidget(box);
    layout->addSpacing(6);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Delete interaction"), question) == QMessageBox::Yes;
    };
    auto changed = [this] { reload(); };
    connect(m_form, &InteractionForm::submitted, this, [this, changed](const Interaction& i) {
        auto* command = new AddInteractionCommand(m_db, i, changed);
        m_undo->push(command);
        if (!command->error().isEmpty())
            QMessageBox::warning(this, tr("Log interaction"), command->error());
    });
    connect(m_form, &InteractionForm::edited, this, [this, changed](const Interaction& before, const Interaction& after) {
        auto* command = new EditInteractionCommand(m_db, before, after, changed);
        m_undo->push(command);
        if (!command->error().isEmpty())
            QMessageBox::warning(this, tr("Change interaction"), command->error());
    });
    auto* bar = new QHBoxLayout;
    m_touchpoint = new QComboBox(this);
    m_kind = new QComboBox(this);
    m_state = new QComboBox(this);
    m_state->addItems({tr("Open and resolved"), tr("Open"), tr("Resolved")});
    for (QComboBox* c : {m_touchpoint, m_kind}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_touchpoint ? 26 : 12);
    }
    bar->addWidget(m_touchpoint);
    bar->addWidget(m_kind);
    bar->addWidget(m_state);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_model = new InteractionsModel(m_db.sql(), this);
    m_view = makeTable(m_model, this);
    const int widths[] = {125, 150, 90, 170, 80, 115, 60, 80};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);
    layout->addWidget(m_view, 1);
    auto* footer = new QHBoxLayout;
    m_summary = new QLabel(this);
    footer->addWidget(m_summary, 1);
    auto* remove = new QPushButton(tr("Delete…"), this);
    remove->setToolTip(tr("Delete the selected interaction (Delete); Edit → Undo brings it back"));
    footer->addWidget(remove);
    layout->addLayout(footer);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &InteractionsPage::deleteSelected);
    connect(remove, &QPushButton::clicked, this, &InteractionsPage::deleteSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto i = InteractionRepository(m_db.sql()).byId(m_model->idAt(index.row())))
            m_form->edit(*i);
    });
    for (QComboBox* c : {m_touchpoint, m_kind, m_state})
        connect(c, &QComboBox::currentIndexChanged, this, &InteractionsPage::reload);
}

void InteractionsPage::startFor(const QString& customerText)
{
    m_form->clear();
    m_form->customerField()->setText(customerText);
    m_form->customerField()->setFocus();
}

bool InteractionsPage::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const auto i = InteractionRepository(m_db.sql()).byId(m_model->idAt(current.row()));
    if (!i)
        return false;
    const QString question = tr("Delete the %1 of %2? Follow-up actions stay, without the link. "
                                "Edit → Undo brings it back.")
                                 .arg(i->kind.isEmpty() ? tr("interaction") : i->kind,
                                      i->occurredAt.left(10) + QLatin1Char(' ') + i->occurredAt.mid(11, 5));
    if (!m_confirm(question))
        return false;
    m_undo->push(new DeleteInteractionCommand(m_db, *i, [this] { reload(); }));
    return true;
}

void InteractionsPage::setTouchpoint(qint64 touchpointId)
{
    // A page not shown yet fills its choices later: the wish waits for them.
    m_wantedTouchpoint = touchpointId;
    const int index = m_touchpoint->findData(touchpointId);
    if (index >= 0 || touchpointId == 0)
        m_touchpoint->setCurrentIndex(std::max(0, index));
}

qint64 InteractionsPage::touchpointFilter() const
{
    return m_touchpoint->currentData().toLongLong();
}

void InteractionsPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    // Refill the choices from the database, keeping what was picked.
    const QVariant touchpoint = m_wantedTouchpoint ? QVariant(m_wantedTouchpoint) : m_touchpoint->currentData();
    m_wantedTouchpoint = 0;
    const QVariant kind = m_kind->currentData();
    const QSignalBlocker a(m_touchpoint), b(m_kind);
    m_touchpoint->clear();
    m_touchpoint->addItem(tr("All touchpoints"), 0);
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT t.id, t.name, j.name FROM touchpoints t JOIN stages s ON s.id = t.stage_id "
                          "JOIN journeys j ON j.id = s.journey_id ORDER BY j.id, s.position, t.position"));
    while (q.next())
        m_touchpoint->addItem(QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString()), q.value(0));
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    q.exec(QStringLiteral("SELECT DISTINCT kind FROM interactions WHERE kind IS NOT NULL ORDER BY kind LIMIT 50"));
    while (q.next())
        m_kind->addItem(q.value(0).toString(), q.value(0));
    m_touchpoint->setCurrentIndex(std::max(0, m_touchpoint->findData(touchpoint)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_form->reloadChoices();
    reload();
}

void InteractionsPage::reload()
{
    MetricsFilter f = m_filter;
    const QDate to = f.to.isValid() ? f.to : QDate::currentDate();
    QStringList where{QStringLiteral("i.occurred_at < ?")};
    QVariantList binds{iso(to.addDays(1))};
    if (f.from.isValid()) {
        where << QStringLiteral("i.occurred_at >= ?");
        binds << iso(f.from);
    }
    if (f.channelId > 0) {
        where << QStringLiteral("i.channel_id = ?");
        binds << f.channelId;
    }
    if (!f.segment.isEmpty()) {
        where << QStringLiteral("c.segment = ?");
        binds << f.segment;
    }
    if (m_touchpoint->currentData().toLongLong() > 0) {
        where << QStringLiteral("i.touchpoint_id = ?");
        binds << m_touchpoint->currentData().toLongLong();
    }
    if (!m_kind->currentData().toString().isEmpty()) {
        where << QStringLiteral("i.kind = ?");
        binds << m_kind->currentData().toString();
    }
    if (m_state->currentIndex() == 1)
        where << QStringLiteral("i.resolved_at IS NULL AND i.kind IN ('enquiry', 'support', 'complaint', 'delivery')");
    else if (m_state->currentIndex() == 2)
        where << QStringLiteral("i.resolved_at IS NOT NULL");
    const QString sql = QStringLiteral(
        "SELECT i.id, substr(i.occurred_at, 1, 10) || ' ' || substr(i.occurred_at, 12, 5), c.name, ch.name, t.name, "
        "i.kind, i.outcome, i.staff_rating, i.customer_rating, "
        "CASE WHEN i.resolved_at IS NULL THEN '' ELSE substr(i.resolved_at, 1, 10) || ' ' || substr(i.resolved_at, 12, 5) END "
        "FROM interactions i LEFT JOIN customers c ON c.id = i.customer_id LEFT JOIN channels ch ON ch.id = i.channel_id "
        "LEFT JOIN touchpoints t ON t.id = i.touchpoint_id WHERE %1 ORDER BY i.occurred_at DESC, i.id DESC")
                            .arg(where.join(QStringLiteral(" AND ")));
    QString error;
    if (!m_model->setQuery(sql, binds, &error))
        m_summary->setText(tr("The interactions could not be read: %1").arg(error));
    else
        m_summary->setText(m_model->canFetchMore() ? tr("Newest first · scroll for more")
                                                   : (m_model->rowCount() == 1 ? tr("1 interaction")
                                                                             : tr("%1 interactions").arg(QLocale().toString(m_model->rowCount()))));
}

// ---- actions

ActionsModel::ActionsModel(QSqlDatabase& db, QObject* parent)
    : QueryModel(db, {tr("Due"), tr("Action"), tr("Customer"), tr("Status"), tr("Created"), tr("Closed"), tr("Resolution")},
                 parent)
{
}

namespace {
// Marking an action done (and undoing it) as one step on the undo stack.
class MarkDoneCommand : public QUndoCommand
{
public:
    MarkDoneCommand(Database& db, qint64 id, QString note, std::function<void()> changed)
        : m_db(db), m_id(id), m_note(std::move(note)), m_changed(std::move(changed))
    {
        setText(QCoreApplication::translate("cx::ActionsPage", "mark action done"));
    }
    void redo() override
    {
        QString error;
        ActionRepository(m_db.sql()).markDone(m_id, m_note, formatTimestamp(QDateTime::currentDateTime()), &error);
        m_changed();
    }
    void undo() override
    {
        QString error;
        ActionRepository(m_db.sql()).reopen(m_id, &error);
        m_changed();
    }

private:
    Database& m_db;
    qint64 m_id;
    QString m_note;
    std::function<void()> m_changed;
};
} // namespace

ActionsPage::ActionsPage(Database& db, QUndoStack* undo, QWidget* parent)
    : Page(db, parent)
    , m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(theme::pageTitle(tr("Follow-up actions"), this));
    auto* bar = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->addItems({tr("Open"), tr("Overdue"), tr("Done"), tr("All")});
    auto* done = new QPushButton(tr("Mark done…"), this);
    done->setToolTip(tr("Close the selected action with a note (Ctrl+D)"));
    auto* doneKey = new QAction(this);
    doneKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    doneKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(doneKey);
    connect(doneKey, &QAction::triggered, this, &ActionsPage::markSelectedDone);
    bar->addWidget(m_show);
    bar->addStretch(1);
    bar->addWidget(done);
    layout->addLayout(bar);
    m_model = new ActionsModel(m_db.sql(), this);
    m_view = makeTable(m_model, this);
    m_view->setColumnWidth(ActionsModel::DueOn, 100);
    m_view->setColumnWidth(ActionsModel::Title, 380);
    m_view->setColumnWidth(ActionsModel::Customer, 160);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ActionsPage::reload);
    connect(done, &QPushButton::clicked, this, &ActionsPage::markSelectedDone);
}

void ActionsPage::markSelectedDone()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Mark done"), tr("Select an action first."));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Mark done"), tr("What was done? (kept with the action)"),
                                                        QString(), &ok);
    if (ok)
        markDone(m_model->idAt(current.row()), note);
}

bool ActionsPage::markDone(qint64 actionId, const QString& note)
{
    const auto action = ActionRepository(m_db.sql()).byId(actionId);
    if (!action || action->status == QLatin1String("done"))
        return false;
    m_undo->push(new MarkDoneCommand(m_db, actionId, note, [this] { reload(); }));
    return true;
}

void ActionsPage::setShow(Show show)
{
    m_show->setCurrentIndex(show);
}

QString ActionsPage::badge() const
{
    const qint64 overdue = ActionRepository(m_db.sql()).overdueCount(QDate::currentDate());
    return overdue > 0 ? QLocale().toString(overdue) : QString();
}

void ActionsPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    reload();
}

void ActionsPage::reload()
{
    QStringList where;
    QVariantList binds;
    const QString today = iso(QDate::currentDate());
    switch (m_show->currentIndex()) {
    case Open:
        where << QStringLiteral("a.status = 'open'");
        break;
    case Overdue:
        where << QStringLiteral("a.status = 'open' AND a.due_on < ?");
        binds << today;
        break;
    case Done:
        where << QStringLiteral("a.status = 'done'");
        break;
    default:
        where << QStringLiteral("1");
    }
    // Open work is shown whatever the period; closed work within it.
    if (m_filter.from.isValid() && m_show->currentIndex() >= Done) {
        where << QStringLiteral("a.created_at >= ?");
        binds << iso(m_filter.from);
    }
    if (!m_filter.segment.isEmpty()) {
        where << QStringLiteral("c.segment = ?");
        binds << m_filter.segment;
    }
    // Closing details only mean something for closed work.
    const bool showClosed = m_show->currentIndex() >= Done;
    m_view->setColumnHidden(ActionsModel::ClosedAt, !showClosed);
    m_view->setColumnHidden(ActionsModel::Resolution, !showClosed);
    const QString sql = QStringLiteral(
        "SELECT a.id, a.due_on, a.title, c.name, CASE WHEN a.status = 'done' THEN '%1' WHEN a.due_on < ? THEN '%2' "
        "ELSE '%3' END, substr(a.created_at, 1, 10), substr(a.closed_at, 1, 10), a.resolution "
        "FROM actions a LEFT JOIN customers c ON c.id = a.customer_id WHERE %4 "
        "ORDER BY a.status = 'done', a.due_on, a.id")
                            .arg(tr("Done"), tr("Overdue"), tr("Open"), where.join(QStringLiteral(" AND ")));
    binds.prepend(today);
    QString error;
    if (!m_model->setQuery(sql, binds, &error))
        m_summary->setText(tr("The actions could not be read: %1").arg(error));
    else
        m_summary->setText(m_model->canFetchMore() ? tr("Soonest due first · scroll for more")
                                                   : (m_model->rowCount() == 1 ? tr("1 action")
                                                                             : tr("%1 actions").arg(QLocale().toString(m_model->rowCount()))));
}

} // namespace cx
