#include "ui/customers/customerspage.h"

#include "core/actions/actionlist.h"
#include "core/journeys/journeyrepository.h"
#include "ui/widgets/conflictprompt.h"
#include "ui/customers/customerdetail.h"
#include "core/customers/customerlist.h"
#include "core/storage/database.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"
#include "ui/interactions/interactionform.h"
#include "core/interactions/interactionlist.h"
#include "core/interactions/interactionrepository.h"
#include "core/storage/rowversion.h"
#include "core/actions/actionrepository.h"
#include "ui/theme.h"
#include "core/common/timeutil.h"

#include <QCoreApplication>
#include <QAbstractItemView>
#include <QSignalBlocker>

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
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cx {

// The models' columns are the lists' columns from core.
static_assert(int(CustomersModel::ColumnCount) == int(CustomerListFilter::ColumnCount)
              && int(CustomersModel::Status) == int(CustomerListFilter::Status));
static_assert(int(InteractionsModel::ColumnCount) == int(InteractionListFilter::ColumnCount)
              && int(InteractionsModel::Resolved) == int(InteractionListFilter::Resolved));
static_assert(int(ActionsModel::ColumnCount) == int(ActionListFilter::ColumnCount)
              && int(ActionsModel::Status) == int(ActionListFilter::Status));

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

} // namespace

// ---- customers

CustomersModel::CustomersModel(Database& db, QObject* parent)
    : QueryModel(db, {tr("Name"), tr("Customer no."), tr("Email"), tr("Phone"), tr("Segment"), tr("Status"),
                      tr("First contact")},
                 parent)
{
}

QVariant CustomersModel::display(int column, const QVariant& value) const
{
    if (column != Status)
        return value;
    switch (value.toInt()) {
    case CustomerListFilter::Churned:
        return tr("Churned");
    case CustomerListFilter::Customer:
        return tr("Customer");
    default:
        return tr("Prospect");
    }
}

CustomersPage::CustomersPage(Database& db, EditStack* undo, QWidget* parent)
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
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    layout->addLayout(bar);
    m_model = new CustomersModel(m_db, this);
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

void CustomersPage::refresh()
{
    if (isShowingCustomer())
        m_detail->reload();
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

void CustomersPage::reload()
{
    CustomerListFilter f;
    f.from = m_filter.from;
    f.to = m_filter.to;
    f.segment = m_filter.segment;
    f.show = CustomerListFilter::Show(std::clamp(m_status->currentIndex(), 0, int(Churned)));
    f.search = m_search->text();
    f.sortColumn = CustomerListFilter::Column(m_sortColumn);
    f.descending = m_sortOrder == Qt::DescendingOrder;
    QString error;
    if (!m_model->setQuery(customerListQuery(f, QDate::currentDate()), &error))
        m_summary->setText(tr("The customers could not be read: %1").arg(error));
    else
        updateSummary();
}

void CustomersPage::updateSummary()
{
    if (!m_model->lastError().isEmpty())
        m_summary->setText(tr("The customers could not be read: %1").arg(m_model->lastError()));
    else
        m_summary->setText(m_model->canFetchMore() ? tr("Scroll for more customers")
                                                   : (m_model->rowCount() == 1 ? tr("1 customer") : tr("%1 customers").arg(QLocale().toString(m_model->rowCount()))));
}

// ---- interactions

InteractionsModel::InteractionsModel(Database& db, QObject* parent)
    : QueryModel(db, {tr("When"), tr("Customer"), tr("Channel"), tr("Touchpoint"), tr("Kind"), tr("Outcome"),
                      tr("Staff ★"), tr("Customer ★"), tr("Resolved")},
                 parent)
{
    setAlignment(StaffRating, Qt::AlignRight);
    setAlignment(CustomerRating, Qt::AlignRight);
}

InteractionsPage::InteractionsPage(Database& db, EditStack* undo, QWidget* parent)
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
    m_conflict = [this](const QString& title, const QString& message) { return askAboutConflict(this, title, message); };
    // What the form holds is cleared only once it is written; a refused
    // write leaves it as typed, with the reason under it.
    connect(m_form, &InteractionForm::submitted, this, [this](const Interaction& i) {
        QString error;
        if (m_undo->run(edits::logInteraction(i, [this] { reloadKeepingPlace(); }), &error))
            m_form->clear();
        else
            m_form->showProblem(tr("The interaction was not logged: %1.").arg(error));
    });
    connect(m_form, &InteractionForm::edited, this, &InteractionsPage::saveEdit);
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
    m_model = new InteractionsModel(m_db, this);
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

void InteractionsPage::saveEdit(const Interaction& seen, const Interaction& edited)
{
    // Saved elsewhere since the form read it? Ask before writing over it.
    Interaction before = seen;
    Interaction after = edited;
    const auto stored = InteractionRepository(m_db.sql()).byId(seen.id);
    if (!stored) {
        m_form->showProblem(tr("The change was not saved: %1.").arg(deletedElsewhere(InteractionRepository::describe(seen))));
        return;
    }
    if (stored->rowVersion != seen.rowVersion) {
        const QString message = changedElsewhere(InteractionRepository::describe(seen),
                                                 InteractionRepository::differences(seen, *stored), stored->updatedAt);
        switch (m_conflict(tr("Change interaction"), message)) {
        case ConflictChoice::Reload:
            m_form->edit(*stored);
            m_form->showProblem(tr("Reloaded: this is the interaction as it was saved elsewhere."));
            return;
        case ConflictChoice::KeepEditing:
            m_form->showProblem(tr("Not saved yet: %1.").arg(message));
            return;
        case ConflictChoice::SaveMine:
            // What was changed here goes on top of their version; the rest stays theirs.
            before = *stored; // undo brings their version back
            after = InteractionRepository::merged(seen, edited, *stored);
            break;
        }
    }
    QString error;
    if (m_undo->run(edits::changeInteraction(before, after, [this] { reloadKeepingPlace(); }), &error))
        m_form->clear();
    else
        m_form->showProblem(tr("The change was not saved: %1.").arg(error));
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
    QString error;
    if (m_undo->run(edits::deleteInteraction(*i, [this] { reloadKeepingPlace(); }), &error))
        return true;
    QMessageBox::warning(this, tr("Delete interaction"), tr("The interaction was not deleted: %1.").arg(error));
    return false;
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
    fillChoices();
    m_form->reloadChoices();
    reload();
}

void InteractionsPage::refresh()
{
    // A list open in front of the user is not pulled away from under the pointer.
    if (!m_touchpoint->view()->isVisible() && !m_kind->view()->isVisible())
        fillChoices();
    if (!m_form->isEditing())
        m_form->reloadChoices();
    reloadKeepingPlace();
}

void InteractionsPage::fillChoices()
{
    const QVariant touchpoint = m_wantedTouchpoint ? QVariant(m_wantedTouchpoint) : m_touchpoint->currentData();
    m_wantedTouchpoint = 0;
    const QVariant kind = m_kind->currentData();
    const QSignalBlocker a(m_touchpoint), b(m_kind);
    m_touchpoint->clear();
    m_touchpoint->addItem(tr("All touchpoints"), 0);
    for (const auto& choice : JourneyRepository(m_db.sql()).touchpointChoices())
        m_touchpoint->addItem(QStringLiteral("%1 (%2)").arg(choice.touchpoint.name, choice.journey), choice.touchpoint.id);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& kind : InteractionRepository(m_db.sql()).kinds())
        m_kind->addItem(kind, kind);
    m_touchpoint->setCurrentIndex(std::max(0, m_touchpoint->findData(touchpoint)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void InteractionsPage::reload()
{
    InteractionListFilter f;
    f.from = m_filter.from;
    f.to = m_filter.to;
    f.channelId = m_filter.channelId;
    f.segment = m_filter.segment;
    f.touchpointId = m_touchpoint->currentData().toLongLong();
    f.kind = m_kind->currentData().toString();
    f.state = InteractionListFilter::State(std::clamp(m_state->currentIndex(), 0, 2));
    QString error;
    m_model->setQuery(interactionListQuery(f, QDate::currentDate()), &error);
    updateSummary();
}

void InteractionsPage::reloadKeepingPlace()
{
    refreshInPlace(m_view, m_model);
    updateSummary();
}

void InteractionsPage::updateSummary()
{
    if (!m_model->lastError().isEmpty())
        m_summary->setText(tr("The interactions could not be read: %1").arg(m_model->lastError()));
    else
        m_summary->setText(m_model->canFetchMore() ? tr("Newest first · scroll for more")
                                                   : (m_model->rowCount() == 1 ? tr("1 interaction")
                                                                             : tr("%1 interactions").arg(QLocale().toString(m_model->rowCount()))));
}

// ---- actions

ActionsModel::ActionsModel(Database& db, QObject* parent)
    : QueryModel(db, {tr("Due"), tr("Action"), tr("Customer"), tr("Status"), tr("Created"), tr("Closed"), tr("Resolution")},
                 parent)
{
}

QVariant ActionsModel::display(int column, const QVariant& value) const
{
    if (column != Status)
        return value;
    switch (value.toInt()) {
    case ActionListFilter::Done:
        return tr("Done");
    case ActionListFilter::Overdue:
        return tr("Overdue");
    default:
        return tr("Open");
    }
}

ActionsPage::ActionsPage(Database& db, EditStack* undo, QWidget* parent)
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
    m_model = new ActionsModel(m_db, this);
    m_conflict = [this](const QString& title, const QString& message) { return askAboutConflict(this, title, message); };
    m_askNote = [this](const QString& prompt, const QString& text, bool* ok) {
        return QInputDialog::getMultiLineText(this, tr("Mark done"), prompt, text, ok);
    };
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
    // As it is now: the version a save expects, whatever the list showed.
    auto seen = ActionRepository(m_db.sql()).byId(m_model->idAt(current.row()));
    if (!seen)
        return;
    if (seen->status == QLatin1String("done")) {
        QMessageBox::information(this, tr("Mark done"), tr("“%1” is done already.").arg(seen->title));
        reloadKeepingPlace();
        return;
    }
    QString note;
    QString problem;
    for (;;) {
        bool ok = false;
        QString prompt = tr("What was done? (kept with the action)");
        if (!problem.isEmpty())
            prompt = problem + QStringLiteral("\n\n") + prompt;
        note = m_askNote(prompt, note, &ok);
        if (!ok)
            return;
        const auto stored = ActionRepository(m_db.sql()).byId(seen->id);
        if (stored && stored->rowVersion != seen->rowVersion) {
            const QString message = changedElsewhere(tr("the follow-up “%1”").arg(seen->title),
                                                     ActionRepository::differences(*seen, *stored), stored->updatedAt);
            const ConflictChoice choice = m_conflict(tr("Mark done"), message);
            if (choice == ConflictChoice::Reload) {
                reloadKeepingPlace();
                return;
            }
            if (choice == ConflictChoice::KeepEditing) {
                problem = message.left(1).toUpper() + message.mid(1) + QLatin1Char('.');
                continue; // the note comes back as typed
            }
            seen = stored;
        }
        QString error;
        if (markDone(*seen, note, &error))
            return;
        problem = tr("The action was not marked done: %1.").arg(error);
    }
}

bool ActionsPage::markDone(qint64 actionId, const QString& note)
{
    const auto action = ActionRepository(m_db.sql()).byId(actionId);
    if (!action || action->status == QLatin1String("done"))
        return false;
    QString error;
    if (markDone(*action, note, &error))
        return true;
    QMessageBox::warning(this, tr("Mark done"), tr("The action was not marked done: %1.").arg(error));
    return false;
}

bool ActionsPage::markDone(const Action& seen, const QString& note, QString* error)
{
    return m_undo->run(edits::markActionDone(seen, note, formatTimestamp(QDateTime::currentDateTime()),
                                             [this] { reloadKeepingPlace(); }),
                       error);
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
    ActionListFilter f;
    f.show = ActionListFilter::Show(std::clamp(m_show->currentIndex(), 0, int(All)));
    f.from = m_filter.from;
    f.segment = m_filter.segment;
    // Closing details only mean something for closed work.
    const bool showClosed = m_show->currentIndex() >= Done;
    m_view->setColumnHidden(ActionsModel::ClosedAt, !showClosed);
    m_view->setColumnHidden(ActionsModel::Resolution, !showClosed);
    QString error;
    m_model->setQuery(actionListQuery(f, QDate::currentDate()), &error);
    updateSummary();
}

void ActionsPage::reloadKeepingPlace()
{
    refreshInPlace(m_view, m_model);
    updateSummary();
}

void ActionsPage::updateSummary()
{
    if (!m_model->lastError().isEmpty())
        m_summary->setText(tr("The actions could not be read: %1").arg(m_model->lastError()));
    else
        m_summary->setText(m_model->canFetchMore() ? tr("Soonest due first · scroll for more")
                                                   : (m_model->rowCount() == 1 ? tr("1 action")
                                                                             : tr("%1 actions").arg(QLocale().toString(m_model->rowCount()))));
}

} // namespace cx
