#include "ui/actions/actionspage.h"

#include "core/actions/actionlist.h"
#include "core/actions/actionrepository.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"
#include "ui/theme.h"
#include "ui/widgets/conflictprompt.h"
#include "ui/widgets/tableview.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cx {

ActionsPage::ActionsPage(Database& db, EditStack* undo, QWidget* parent)
    : Page(db, parent), m_undo(undo)
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
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message);
    };
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
        note = m_askNote(prompt, note, &ok);
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
        m_summary->setText(
            m_model->canFetchMore()
                ? tr("Soonest due first · scroll for more")
                : (m_model->rowCount() == 1
                       ? tr("1 action")
                       : tr("%1 actions").arg(QLocale().toString(m_model->rowCount()))));
}

} // namespace cx
