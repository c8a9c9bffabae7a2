#include "ui/interactions/interactionspage.h"

#include "core/common/clock.h"
#include "core/common/vocabulary.h"
#include "core/interactions/interactionlist.h"
#include "core/interactions/interactionrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"
#include "ui/customers/newcustomerdialog.h"
#include "ui/interactions/interactionform.h"
#include "ui/theme.h"
#include "ui/widgets/conflictprompt.h"
#include "ui/widgets/tableview.h"

#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace cx {

namespace {
// The same entry as typed: the fields a person fills in (a new entry's time
// is the time it is saved, so it is not one of them).
bool sameEntry(const Interaction& a, const Interaction& b)
{
    return a.customerId == b.customerId && a.touchpointId == b.touchpointId &&
           a.channelId == b.channelId && a.kind == b.kind && a.outcome == b.outcome &&
           a.staffRating == b.staffRating && a.customerRating == b.customerRating &&
           a.resolvedAt.isEmpty() == b.resolvedAt.isEmpty() && a.notes == b.notes;
}
} // namespace

InteractionsPage::InteractionsPage(Database& db, EditStack* undo, QWidget* parent)
    : Page(db, parent), m_undo(undo)
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
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message);
    };
    // What the form holds is cleared only once it is written; a refused
    // write leaves it as typed, with the reason under it.
    connect(m_form, &InteractionForm::submitted, this, [this](const Interaction& typed) {
        Interaction i = typed;
        if (!m_waitingUuid.isEmpty() && !sameEntry(typed, m_waiting))
            m_waitingUuid.clear(); // another entry than the one that waited
        i.uuid = m_waitingUuid.isEmpty() ? sql::newUuid() : m_waitingUuid;
        if (!m_waitingUuid.isEmpty()) {
            // Logged with the time it was first saved at.
            i.occurredAt = m_waiting.occurredAt;
            i.resolvedAt = m_waiting.resolvedAt;
        }
        QString error;
        if (m_undo->run(edits::logInteraction(i, [this] { reloadKeepingPlace(); }), &error)) {
            m_waitingUuid.clear();
            m_form->clear();
            return;
        }
        if (m_db.isServer() && !m_db.reachable()) {
            // Kept as typed, and logged by itself once the server is back.
            m_waitingUuid = i.uuid;
            m_waiting = typed;
            m_form->showProblem(tr("Not logged yet: the connection to the server was lost. "
                                   "It is logged as soon as the server is back."));
            return;
        }
        m_form->showProblem(tr("The interaction was not logged: %1.").arg(error));
    });
    connect(m_form, &InteractionForm::edited, this, &InteractionsPage::saveEdit);
    m_runDialog = [](QDialog* d) { d->exec(); };
    connect(m_form, &InteractionForm::addCustomer, this, &InteractionsPage::addCustomer);
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
    m_narrowBar = new QFrame(this);
    m_narrowBar->setObjectName(QStringLiteral("narrowing"));
    m_narrowBar->setStyleSheet(QStringLiteral(
        "#narrowing { background: palette(alternate-base); border: 1px solid palette(mid);"
        " border-radius: 4px; }"));
    auto* narrowLayout = new QHBoxLayout(m_narrowBar);
    narrowLayout->setContentsMargins(8, 4, 4, 4);
    m_narrowText = new QLabel(m_narrowBar);
    m_narrowText->setWordWrap(true);
    narrowLayout->addWidget(m_narrowText, 1);
    auto* wholeFilter = new QPushButton(tr("Show &all"), m_narrowBar);
    wholeFilter->setToolTip(tr("Show every interaction of the filter above again"));
    narrowLayout->addWidget(wholeFilter);
    connect(wholeFilter, &QPushButton::clicked, this, &InteractionsPage::clearNarrowing);
    m_narrowBar->hide();
    layout->addWidget(m_narrowBar);
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

Customer InteractionsPage::addCustomer(const QString& name)
{
    // The customers page and the counts follow the new customer, its undo and redo.
    NewCustomerDialog dialog(
        m_db, m_undo, [this] { emit dataChanged(); }, this);
    dialog.setName(name);
    m_runDialog(&dialog);
    if (dialog.saved().id > 0)
        m_form->setCustomer(dialog.saved());
    m_form->customerField()->setFocus();
    return dialog.saved();
}

void InteractionsPage::saveEdit(const Interaction& seen, const Interaction& edited)
{
    // Saved elsewhere since the form read it? Ask before writing over it.
    Interaction before = seen;
    Interaction after = edited;
    const auto stored = InteractionRepository(m_db.sql()).byId(seen.id);
    if (!stored) {
        m_form->showProblem(tr("The change was not saved: %1.")
                                .arg(deletedElsewhere(InteractionRepository::describe(seen))));
        return;
    }
    if (stored->rowVersion != seen.rowVersion) {
        const QString message =
            changedElsewhere(InteractionRepository::describe(seen),
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
    if (m_undo->run(edits::changeInteraction(before, after, [this] { reloadKeepingPlace(); }),
                    &error))
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
    const QString question =
        tr("Delete the %1 of %2? Follow-up actions stay, without the link. "
           "Edit → Undo brings it back.")
            .arg(i->kind.isEmpty() ? tr("interaction") : wordLabel(i->kind),
                 i->occurredAt.left(10) + QLatin1Char(' ') + i->occurredAt.mid(11, 5));
    if (!m_confirm(question))
        return false;
    QString error;
    if (m_undo->run(edits::deleteInteraction(*i, [this] { reloadKeepingPlace(); }), &error))
        return true;
    QMessageBox::warning(this, tr("Delete interaction"),
                         tr("The interaction was not deleted: %1.").arg(error));
    return false;
}

bool InteractionsPage::showInteraction(qint64 interactionId)
{
    {
        const QSignalBlocker a(m_touchpoint), b(m_kind), c(m_state);
        m_touchpoint->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
    }
    reload();
    int row = m_model->rowOf(interactionId);
    while (row < 0 && m_model->canFetchMore()) {
        m_model->fetchMore();
        row = m_model->rowOf(interactionId);
    }
    updateSummary();
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
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

void InteractionsPage::narrowTo(const ListNarrowing& narrowing)
{
    m_narrowing = narrowing;
    m_narrowText->setText(narrowingText());
    m_narrowBar->setVisible(!m_narrowing.isEmpty());
    reload();
}

void InteractionsPage::clearNarrowing()
{
    narrowTo({});
}

QString InteractionsPage::narrowingText() const
{
    if (m_narrowing.isEmpty())
        return {};
    QString what = m_narrowing.label;
    if (what.isEmpty()) {
        const QLocale l;
        what = m_narrowing.from == m_narrowing.to
                   ? l.toString(m_narrowing.from, QLocale::ShortFormat)
                   : tr("%1 to %2")
                         .arg(l.toString(m_narrowing.from, QLocale::ShortFormat),
                              l.toString(m_narrowing.to, QLocale::ShortFormat));
    }
    return tr("Only %1, from the chart you clicked, within the filter above.").arg(what);
}

void InteractionsPage::setFilter(const MetricsFilter& filter)
{
    // A narrowing that the new filter leaves nothing of goes; one inside it stays.
    const bool channelClash = m_narrowing.channelId != 0 && filter.channelId != 0 &&
                              filter.channelId != m_narrowing.channelId;
    const bool periodClash =
        m_narrowing.from.isValid() &&
        ((filter.to.isValid() && m_narrowing.from > filter.to) ||
         (filter.from.isValid() && m_narrowing.to.isValid() && m_narrowing.to < filter.from));
    if (channelClash || periodClash) {
        m_narrowing = {};
        m_narrowBar->hide();
    }
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
    const QVariant touchpoint =
        m_wantedTouchpoint ? QVariant(m_wantedTouchpoint) : m_touchpoint->currentData();
    m_wantedTouchpoint = 0;
    const QVariant kind = m_kind->currentData();
    const QSignalBlocker a(m_touchpoint), b(m_kind);
    m_touchpoint->clear();
    m_touchpoint->addItem(tr("All touchpoints"), 0);
    for (const auto& choice : JourneyRepository(m_db.sql()).touchpointChoices())
        m_touchpoint->addItem(QStringLiteral("%1 (%2)").arg(choice.touchpoint.name, choice.journey),
                              choice.touchpoint.id);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& name : InteractionRepository(m_db.sql()).kinds())
        m_kind->addItem(wordLabel(name), name);
    m_touchpoint->setCurrentIndex(std::max(0, m_touchpoint->findData(touchpoint)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void InteractionsPage::reload()
{
    InteractionListFilter f;
    f.from = m_filter.from;
    f.to = m_filter.to;
    f.channelId = m_filter.channelId;
    // A click on a chart narrows inside the filter, never beyond it.
    if (m_narrowing.from.isValid() && (!f.from.isValid() || m_narrowing.from > f.from))
        f.from = m_narrowing.from;
    if (m_narrowing.to.isValid() && (!f.to.isValid() || m_narrowing.to < f.to))
        f.to = m_narrowing.to;
    if (m_narrowing.channelId != 0)
        f.channelId = m_narrowing.channelId;
    f.segment = m_filter.segment;
    f.touchpointId = m_touchpoint->currentData().toLongLong();
    f.kind = m_kind->currentData().toString();
    f.state = InteractionListFilter::State(std::clamp(m_state->currentIndex(), 0, 2));
    QString error;
    m_model->setQuery(interactionListQuery(f, clock::today()), &error);
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
        m_summary->setText(m_model->canFetchMore()
                               ? tr("Newest first · scroll for more")
                               : tr("%Ln interaction(s)", nullptr, m_model->rowCount()));
}

void InteractionsPage::connectionRestored()
{
    if (m_waitingUuid.isEmpty())
        return;
    // The form holds another entry now: that one is the user's to save.
    Interaction now;
    QString error;
    const bool same = m_form->collect(&now, &error) && sameEntry(now, m_waiting);
    // Taken by the server before the connection broke: nothing to do again.
    if (InteractionRepository(m_db.sql()).byUuid(m_waitingUuid, &error)) {
        m_waitingUuid.clear();
        if (same) {
            m_form->clear();
            m_form->showProblem(tr("Logged: the server had taken it before the connection broke."));
        }
        return;
    }
    if (!same) {
        m_waitingUuid.clear();
        return;
    }
    m_form->submit();
    if (m_waitingUuid.isEmpty())
        m_form->showProblem(tr("Logged now that the server is back."));
    else
        m_form->showProblem(
            tr("Still not logged: %1 It stays in the form.").arg(m_form->problem()));
}

} // namespace cx
