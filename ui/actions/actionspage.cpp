#include "ui/actions/actionspage.h"

#include "core/actions/actionlist.h"
#include "core/actions/actionrepository.h"
#include "core/actions/staff.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "ui/actions/actiondialog.h"
#include "ui/actions/customerpicker.h"
#include "ui/actions/markdonedialog.h"
#include "ui/actions/newactiondialog.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"
#include "ui/surveys/responsedialog.h"
#include "ui/theme.h"
#include "ui/widgets/conflictprompt.h"
#include "ui/widgets/tableview.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

ActionsPage::ActionsPage(Database& db, EditStack* undo, QWidget* parent)
    : Page(db, parent), m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(theme::pageTitle(tr("Follow-up actions"), this));
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search titles, customers' names and numbers"));
    m_search->setClearButtonEnabled(true);
    m_show = new QComboBox(this);
    m_show->addItems(
        {tr("Open"), tr("Due today or overdue"), tr("Overdue"), tr("Done"), tr("All")});
    m_show->setAccessibleName(tr("Status"));
    m_owner = new QComboBox(this);
    m_owner->setAccessibleName(tr("Owner"));
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setClearButtonEnabled(true);
    m_touchpoint = new QComboBox(this);
    m_touchpoint->setAccessibleName(tr("Touchpoint"));
    for (QComboBox* c : {m_owner, m_touchpoint}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_touchpoint ? 16 : 10);
    }
    bar->addWidget(m_search, 2);
    bar->addWidget(m_show);
    bar->addWidget(m_owner);
    bar->addWidget(m_customer, 1);
    bar->addWidget(m_touchpoint);
    layout->addLayout(bar);
    auto* second = new QHBoxLayout;
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("periodLine"));
    second->addWidget(m_period, 1);
    auto* add = new QPushButton(tr("New follow-up…"), this);
    add->setToolTip(tr("Ctrl+N"));
    auto* open = new QPushButton(tr("Open…"), this);
    open->setToolTip(tr("Open the selected action (Enter or double-click)"));
    auto* done = new QPushButton(tr("Mark done…"), this);
    done->setToolTip(tr("Close the selected action with a note (Ctrl+D)"));
    second->addWidget(add);
    second->addWidget(open);
    second->addWidget(done);
    layout->addLayout(second);
    auto* doneKey = new QAction(this);
    doneKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    doneKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(doneKey);
    connect(doneKey, &QAction::triggered, this, &ActionsPage::markSelectedDone);
    m_model = new ActionsModel(m_db, this);
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message);
    };
    m_runDialog = [](QDialog* dialog) { return dialog->exec(); };
    m_askNote = [this](const Action& action, const QString& prompt, const QString& text, bool* ok) {
        MarkDoneDialog dialog(m_db, action, this);
        dialog.setPrompt(prompt);
        dialog.setNote(text);
        *ok = m_runDialog(&dialog) == QDialog::Accepted;
        return dialog.note();
    };
    m_view = makeTable(m_model, this);
    m_view->setColumnWidth(ActionsModel::DueOn, 120);
    m_view->setColumnWidth(ActionsModel::Title, 380);
    m_view->setColumnWidth(ActionsModel::Customer, 150);
    m_view->setColumnWidth(ActionsModel::Owner, 90);
    m_view->setColumnWidth(ActionsModel::Status, 80);
    m_view->setColumnWidth(ActionsModel::CreatedAt, 100);
    m_view->setColumnWidth(ActionsModel::CreatedBy, 70);
    // The list sorts by due date only (the indexes serve that order); the
    // header says so and flips it.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(ActionsModel::DueOn, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (column != ActionsModel::DueOn) {
                    const QSignalBlocker block(header);
                    header->setSortIndicator(ActionsModel::DueOn, m_order);
                    return;
                }
                m_order = order;
                reload();
            });
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ActionsPage::reload);
    for (QComboBox* c : {m_show, m_owner, m_touchpoint})
        connect(c, &QComboBox::currentIndexChanged, this, &ActionsPage::reload);
    // The customer filter applies once a customer is picked or the field is emptied.
    auto customerPicked = [this] {
        QString error;
        const qint64 id = m_customer->customer(&error);
        if (id < 0) {
            m_summary->setText(error);
            return;
        }
        if (id != m_customerId) {
            m_customerId = id;
            reload();
        }
    };
    connect(m_customer, &QLineEdit::editingFinished, this, customerPicked);
    connect(m_customer->completer(), qOverload<const QString&>(&QCompleter::activated), this,
            [customerPicked](const QString&) { customerPicked(); });
    connect(m_customer, &QLineEdit::textChanged, this, [this, customerPicked](const QString& t) {
        if (t.isEmpty())
            customerPicked();
    });
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(add, &QPushButton::clicked, this, &ActionsPage::newItem);
    connect(open, &QPushButton::clicked, this, &ActionsPage::openCurrent);
    connect(done, &QPushButton::clicked, this, &ActionsPage::markSelectedDone);
}

void ActionsPage::fillChoices()
{
    // What was picked stays picked when it is still there.
    const QVariant owner = m_owner->currentData();
    const QString ownerName = m_owner->currentText();
    {
        const QSignalBlocker block(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("Anyone"), 0);
        m_owner->addItem(tr("Nobody yet"), 1);
        for (const QString& name : staffNames(m_db.sql()))
            m_owner->addItem(name, 2);
        const int i = owner.toInt() == 2 ? m_owner->findText(ownerName) : m_owner->findData(owner);
        m_owner->setCurrentIndex(std::max(0, i));
    }
    const qint64 touchpoint = m_touchpoint->currentData().toLongLong();
    const QSignalBlocker block(m_touchpoint);
    m_touchpoint->clear();
    m_touchpoint->addItem(tr("Any touchpoint"), 0);
    for (const auto& choice : JourneyRepository(m_db.sql()).touchpointChoices())
        m_touchpoint->addItem(QStringLiteral("%1 (%2)").arg(choice.touchpoint.name, choice.journey),
                              choice.touchpoint.id);
    m_touchpoint->setCurrentIndex(std::max(0, m_touchpoint->findData(touchpoint)));
}

void ActionsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Open"), tr("Select an action first."));
        return;
    }
    openAction(m_model->idAt(current.row()));
}

ActionDialog* ActionsPage::openAction(qint64 actionId)
{
    auto* dialog = new ActionDialog(
        m_db, m_undo, actionId, [this] { reloadKeepingPlace(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_contact)
        dialog->setContactHandler(m_contact);
    connect(dialog, &ActionDialog::openCustomer, this, [this, dialog](qint64 id) {
        dialog->close();
        emit openList(QStringLiteral("customers"), {{QStringLiteral("customer"), id}});
    });
    connect(dialog, &ActionDialog::openInteraction, this, [this, dialog](qint64 id) {
        dialog->close();
        emit openList(QStringLiteral("interactions"), {{QStringLiteral("interaction"), id}});
    });
    connect(dialog, &ActionDialog::openResponse, this, [this, dialog](qint64 id) {
        auto* response = new ResponseDialog(m_db, id, dialog);
        response->setAttribute(Qt::WA_DeleteOnClose);
        connect(response, &ResponseDialog::openCustomer, this, [this, dialog](qint64 customer) {
            dialog->close();
            emit openList(QStringLiteral("customers"), {{QStringLiteral("customer"), customer}});
        });
        response->open();
    });
    dialog->open();
    return dialog;
}

void ActionsPage::newItem()
{
    NewActionDialog dialog(m_db, this);
    if (m_runDialog(&dialog) != QDialog::Accepted)
        return;
    Action a;
    QString error;
    if (!dialog.collect(&a, &error))
        return;
    if (!addFollowUp(a, &error))
        QMessageBox::warning(this, tr("New follow-up"),
                             tr("The follow-up was not added: %1.").arg(error));
}

bool ActionsPage::addFollowUp(const Action& action, QString* error)
{
    // The new one shows in the list: the open view holds it whatever its dates.
    if (m_show->currentIndex() != Open && m_show->currentIndex() != All)
        m_show->setCurrentIndex(Open);
    if (!m_undo->run(edits::addAction(action, [this] { reloadKeepingPlace(); }), error))
        return false;
    reload();
    return true;
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
    if (seen->status == ActionStatus::Done) {
        QMessageBox::information(this, tr("Mark done"),
                                 tr("“%1” is done already.").arg(seen->title));
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
        note = m_askNote(*seen, prompt, note, &ok);
        if (!ok)
            return;
        const auto stored = ActionRepository(m_db.sql()).byId(seen->id);
        if (stored && stored->rowVersion != seen->rowVersion) {
            const QString message =
                changedElsewhere(tr("the follow-up “%1”").arg(seen->title),
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
    if (!action || action->status == ActionStatus::Done)
        return false;
    QString error;
    if (markDone(*action, note, &error))
        return true;
    QMessageBox::warning(this, tr("Mark done"),
                         tr("The action was not marked done: %1.").arg(error));
    return false;
}

bool ActionsPage::markDone(const Action& seen, const QString& note, QString* error)
{
    return m_undo->run(edits::markActionDone(seen, note, formatTimestamp(clock::now()),
                                             [this] { reloadKeepingPlace(); }),
                       error);
}

void ActionsPage::setShow(Show show)
{
    m_show->setCurrentIndex(show);
}

QString ActionsPage::badge() const
{
    const qint64 overdue = ActionRepository(m_db.sql()).overdueCount(clock::today());
    return overdue > 0 ? QLocale().toString(overdue) : QString();
}

void ActionsPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    fillChoices();
    reload();
}

QString ActionsPage::periodText() const
{
    return m_period->text();
}

void ActionsPage::reload()
{
    ActionListFilter f;
    const int show = std::clamp(m_show->currentIndex(), 0, int(All));
    f.show = ActionListFilter::Show(show);
    f.from = m_filter.from;
    f.to = m_filter.to;
    f.segment = m_filter.segment;
    f.search = m_search->text();
    switch (m_owner->currentData().toInt()) {
    case 1:
        f.withoutOwner = true;
        break;
    case 2:
        f.owner = m_owner->currentText();
        break;
    default:
        break;
    }
    f.customerId = m_customerId;
    f.touchpointId = m_touchpoint->currentData().toLongLong();
    f.descending = m_order == Qt::DescendingOrder;
    // Closing details only mean something for closed work.
    const bool showClosed = show >= Done;
    m_view->setColumnHidden(ActionsModel::ClosedAt, !showClosed);
    m_view->setColumnHidden(ActionsModel::Resolution, !showClosed);
    const QLocale l;
    if (show == Due || show == Overdue) {
        m_period->setText(show == Due ? tr("Every follow-up due today or overdue, whenever it "
                                           "was opened")
                                      : tr("Every overdue follow-up, whenever it was opened"));
    } else {
        const QDate to = m_filter.to.isValid() ? m_filter.to : clock::today();
        m_period->setText(m_filter.from.isValid()
                              ? tr("Follow-ups opened from %1 to %2")
                                    .arg(l.toString(m_filter.from, QStringLiteral("d MMM")),
                                         l.toString(to, QStringLiteral("d MMM yyyy")))
                              : tr("Follow-ups opened up to %1")
                                    .arg(l.toString(to, QStringLiteral("d MMM yyyy"))));
    }
    QString error;
    m_model->setQuery(actionListQuery(f, clock::today()), &error);
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
        m_summary->setText(m_model->canFetchMore()
                               ? (m_order == Qt::AscendingOrder
                                      ? tr("Soonest due first · scroll for more")
                                      : tr("Latest due first · scroll for more"))
                               : tr("%Ln action(s)", nullptr, m_model->rowCount()));
}

} // namespace cx
