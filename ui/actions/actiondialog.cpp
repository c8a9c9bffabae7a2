#include "ui/actions/actiondialog.h"

#include "core/actions/actionrepository.h"
#include "core/actions/staff.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/contact/contactrepository.h"
#include "core/contact/messagetemplates.h"
#include "core/customers/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "ui/actions/customerpicker.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cx {

namespace {
// A due date of this day or before is no due date.
const QDate kNoDate(2000, 1, 1);

QString when(const QString& timestamp)
{
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODate);
    const QLocale l;
    return t.isValid()
               ? l.toString(t.toLocalTime().date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                     l.toString(t.toLocalTime().time(), QStringLiteral("HH:mm"))
               : timestamp;
}

QString day(const QString& timestamp)
{
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODate);
    const QDate d =
        t.isValid() ? t.toLocalTime().date() : QDate::fromString(timestamp.left(10), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : timestamp;
}

QString link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text.toHtmlEscaped());
}
} // namespace

ActionDialog::ActionDialog(Database& db, EditStack* undo, qint64 actionId,
                           std::function<void()> listChanged, QWidget* parent)
    : QDialog(parent), m_db(db), m_undo(undo), m_listChanged(std::move(listChanged))
{
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message);
    };
    setWindowTitle(tr("Follow-up"));
    resize(620, 640);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(this);
    form->addRow(tr("&Title"), m_title);
    m_customer = new CustomerPicker(m_db, this);
    form->addRow(tr("&Customer"), m_customer);
    m_customerLinks = new QLabel(this);
    m_customerLinks->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                             Qt::LinksAccessibleByKeyboard);
    form->addRow(QString(), m_customerLinks);
    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    form->addRow(tr("Opened"), m_origin);
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(kNoDate);
    m_due->setSpecialValueText(tr("No due date"));
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Due"), m_due);
    m_owner = new QComboBox(this);
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->lineEdit()->setPlaceholderText(tr("Nobody"));
    form->addRow(tr("&Owner"), m_owner);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Open"), int(ActionStatus::Open));
    m_status->addItem(tr("Done"), int(ActionStatus::Done));
    form->addRow(tr("&Status"), m_status);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("What was done"), this));
    m_resolution = new QPlainTextEdit(this);
    m_resolution->setTabChangesFocus(true);
    m_resolution->setFixedHeight(m_resolution->fontMetrics().lineSpacing() * 3 + 16);
    m_resolution->installEventFilter(this);
    layout->addWidget(m_resolution);

    auto* notesBox = new QGroupBox(tr("Notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QListWidget(notesBox);
    m_notes->setWordWrap(true);
    m_notes->setSelectionMode(QAbstractItemView::NoSelection);
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setSpacing(3);
    notesLayout->addWidget(m_notes, 1);
    auto* addRow = new QHBoxLayout;
    m_note = new QLineEdit(notesBox);
    m_note->setPlaceholderText(tr("Add a note: what happened, what is next…"));
    m_author = new QComboBox(notesBox);
    m_author->setEditable(true);
    m_author->setInsertPolicy(QComboBox::NoInsert);
    m_author->lineEdit()->setPlaceholderText(tr("Written by"));
    m_author->setMinimumContentsLength(10);
    m_author->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* add = new QPushButton(tr("&Add note"), notesBox);
    add->setAutoDefault(false);
    addRow->addWidget(m_note, 1);
    addRow->addWidget(m_author);
    addRow->addWidget(add);
    notesLayout->addLayout(addRow);
    layout->addWidget(notesBox, 1);

    m_contactsLabel = new QLabel(tr("Contacted"), this);
    layout->addWidget(m_contactsLabel);
    m_contacts = new QTreeWidget(this);
    m_contacts->setRootIsDecorated(false);
    m_contacts->setHeaderLabels({tr("When"), tr("How"), tr("Message"), tr("By")});
    m_contacts->setMaximumHeight(110);
    m_contacts->header()->setStretchLastSection(true);
    layout->addWidget(m_contacts);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* hint = new QLabel(
        tr("Each change is saved when you leave the field; Ctrl+Z in the window undoes it."), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton* b : buttons->buttons())
        if (auto* p = qobject_cast<QPushButton*>(b))
            p->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The window's undo and redo, while this dialog is in front of it.
    if (m_undo) {
        QAction* undoAction = m_undo->createUndoAction(this);
        undoAction->setShortcut(QKeySequence::Undo);
        addAction(undoAction);
        QAction* redoAction = m_undo->createRedoAction(this);
        redoAction->setShortcut(QKeySequence::Redo);
        addAction(redoAction);
    }

    auto save = [this] {
        if (!m_filling)
            saveChanges();
    };
    connect(m_title, &QLineEdit::editingFinished, this, save);
    connect(m_customer, &QLineEdit::editingFinished, this, save);
    connect(m_due, &QDateEdit::editingFinished, this, save);
    connect(m_due->calendarWidget(), &QCalendarWidget::clicked, this,
            [this, save] { QTimer::singleShot(0, this, save); });
    connect(m_owner, &QComboBox::activated, this, save);
    connect(m_owner->lineEdit(), &QLineEdit::editingFinished, this, save);
    connect(m_status, &QComboBox::activated, this, save);
    auto addTyped = [this] {
        if (addNote(m_note->text()))
            m_note->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_note, &QLineEdit::returnPressed, this, addTyped);
    connect(m_customerLinks, &QLabel::linkActivated, this, [this](const QString& href) {
        if (href == QLatin1String("customer"))
            emit openCustomer(m_action.customerId);
        else if (m_contact) {
            m_contact(m_action.customerId, m_action.id, href);
            showContacts(); // the contact joins the history; what is typed stays
        }
    });
    connect(m_origin, &QLabel::linkActivated, this, [this](const QString& href) {
        if (href == QLatin1String("response"))
            emit openResponse(m_action.responseId);
        else if (href == QLatin1String("interaction"))
            emit openInteraction(m_action.interactionId);
    });

    if (const auto a = ActionRepository(m_db.sql()).byId(actionId))
        showAction(*a);
    else
        showProblem(tr("This follow-up is no longer in the database."));
}

void ActionDialog::setContactHandler(ContactHandler handler)
{
    m_contact = std::move(handler);
    showLinks();
}

void ActionDialog::reload()
{
    if (const auto a = ActionRepository(m_db.sql()).byId(m_action.id))
        showAction(*a);
    else
        showProblem(tr("This follow-up was deleted in another window or program."));
}

void ActionDialog::showAction(const Action& a)
{
    m_filling = true;
    m_action = a;
    setWindowTitle(tr("Follow-up: %1").arg(a.title));
    m_title->setText(a.title);
    m_customer->setCustomer(a.customerId);
    m_due->setDate(a.dueOn.isValid() ? a.dueOn : kNoDate);
    const QStringList staff = staffNames(m_db.sql());
    QStringList owners{QString()};
    owners << staff;
    if (!a.owner.isEmpty() && !owners.contains(a.owner))
        owners << a.owner;
    m_owner->clear();
    m_owner->addItems(owners);
    m_owner->setCurrentIndex(int(owners.indexOf(a.owner)));
    m_status->setCurrentIndex(a.status == ActionStatus::Done ? 1 : 0);
    m_resolution->setPlainText(a.resolution);
    // A note is signed by whoever was chosen last, or the owner.
    const QString author = m_author->currentText().isEmpty() ? a.owner : m_author->currentText();
    m_author->clear();
    m_author->addItems(QStringList{QString()} + staff);
    m_author->setEditText(author);

    ActionRepository actions(m_db.sql());
    const ActionOrigin origin = actions.origin(a);
    QString text;
    switch (origin.kind) {
    case ActionOrigin::Response:
        text = tr("a response to “%1”").arg(origin.what.toHtmlEscaped());
        break;
    case ActionOrigin::Interaction:
        text = tr("an interaction (%1) of %2").arg(origin.what.toHtmlEscaped(), day(origin.at));
        break;
    case ActionOrigin::None:
        break;
    }
    QString line = tr("on %1").arg(day(a.createdAt));
    if (!a.createdBy.isEmpty())
        line = tr("%1 by %2").arg(line, a.createdBy.toHtmlEscaped());
    if (!text.isEmpty()) {
        if (!origin.touchpoint.isEmpty())
            text = tr("%1 at %2").arg(text, origin.touchpoint.toHtmlEscaped());
        line = tr("%1, after %2")
                   .arg(line, QStringLiteral("<a href=\"%1\">%2</a>")
                                  .arg(origin.kind == ActionOrigin::Response
                                           ? QStringLiteral("response")
                                           : QStringLiteral("interaction"),
                                       text));
    }
    m_origin->setText(line);
    showLinks();
    showNotes();
    showContacts();
    m_filling = false;
}

void ActionDialog::showContacts()
{
    // Oldest first, like the notes above it.
    QVector<Contact> contacts = ContactRepository(m_db.sql()).forAction(m_action.id);
    std::reverse(contacts.begin(), contacts.end());
    m_contacts->clear();
    for (const Contact& c : contacts)
        new QTreeWidgetItem(m_contacts,
                            {when(c.contactedAt),
                             c.how == QLatin1String("phone") ? tr("Phone") : tr("Email"),
                             messageLabel(c.templateName), c.contactedBy});
    m_contacts->setVisible(!contacts.isEmpty());
    m_contactsLabel->setVisible(!contacts.isEmpty());
}

QString ActionDialog::messageLabel(const QString& templateName)
{
    const std::optional<MessageKind> kind = messageKindFromName(templateName);
    return kind ? messageKindLabel(*kind) : templateName;
}

void ActionDialog::showLinks()
{
    const auto c = m_action.customerId ? CustomerRepository(m_db.sql()).byId(m_action.customerId)
                                       : std::nullopt;
    if (!c) {
        m_customerLinks->setText(tr("No customer"));
        return;
    }
    QStringList parts{link(QStringLiteral("customer"), tr("Open %1’s profile").arg(c->name))};
    if (m_contact && !c->email.isEmpty())
        parts << link(QStringLiteral("email"), c->email);
    if (m_contact && !c->phone.isEmpty())
        parts << link(QStringLiteral("phone"), c->phone);
    m_customerLinks->setText(parts.join(QStringLiteral(" · ")));
}

void ActionDialog::showNotes()
{
    m_notes->clear();
    for (const ActionNote& n : ActionRepository(m_db.sql()).notes(m_action.id)) {
        const QString head =
            n.author.isEmpty() ? when(n.writtenAt) : tr("%1 · %2").arg(when(n.writtenAt), n.author);
        auto* item = new QListWidgetItem(head + QLatin1Char('\n') + n.text, m_notes);
        item->setData(Qt::UserRole, n.id);
    }
    if (m_notes->count() == 0)
        new QListWidgetItem(tr("No notes yet."), m_notes);
    m_notes->scrollToBottom();
}

void ActionDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool ActionDialog::collect(Action* out, QString* error) const
{
    Action a = m_action;
    a.title = m_title->text().trimmed();
    if (a.title.isEmpty()) {
        *error = tr("A follow-up needs a title: it is what the list shows.");
        return false;
    }
    a.customerId = m_customer->customer(error);
    if (a.customerId < 0)
        return false;
    a.dueOn = m_due->date() > kNoDate ? m_due->date() : QDate();
    a.owner = m_owner->currentText().simplified();
    a.status = m_status->currentIndex() == 1 ? ActionStatus::Done : ActionStatus::Open;
    a.resolution = m_resolution->toPlainText().trimmed();
    if (a.status != m_action.status)
        a.closedAt = a.status == ActionStatus::Done ? formatTimestamp(clock::now()) : QString();
    *out = a;
    return true;
}

bool ActionDialog::saveChanges()
{
    if (m_committing || m_action.id == 0)
        return false;
    Action wanted;
    QString error;
    if (!collect(&wanted, &error)) {
        showProblem(error);
        return false;
    }
    // One step per field, so Ctrl+Z takes back one change at a time.
    struct Field
    {
        bool differs;
        QString what;
        void (*take)(Action& to, const Action& from);
    };
    const Field fields[] = {
        {wanted.title != m_action.title, tr("rename follow-up"),
         [](Action& to, const Action& from) { to.title = from.title; }},
        {wanted.customerId != m_action.customerId, tr("change follow-up customer"),
         [](Action& to, const Action& from) { to.customerId = from.customerId; }},
        {wanted.dueOn != m_action.dueOn, tr("change due date"),
         [](Action& to, const Action& from) { to.dueOn = from.dueOn; }},
        {wanted.owner != m_action.owner, tr("change owner"),
         [](Action& to, const Action& from) { to.owner = from.owner; }},
        {wanted.status != m_action.status,
         wanted.status == ActionStatus::Done ? tr("mark action done") : tr("reopen action"),
         [](Action& to, const Action& from) {
             to.status = from.status;
             to.closedAt = from.closedAt;
         }},
        {wanted.resolution != m_action.resolution, tr("change what was done"),
         [](Action& to, const Action& from) { to.resolution = from.resolution; }},
    };
    bool any = false;
    for (const Field& f : fields) {
        if (!f.differs)
            continue;
        Action after = m_action;
        f.take(after, wanted);
        if (!commit(after, f.what))
            return false;
        any = true;
    }
    if (any) {
        showProblem(QString());
        // What was typed and not changed stays; the rest shows as written.
        const QString note = m_note->text();
        showAction(m_action);
        m_note->setText(note);
    }
    return true;
}

bool ActionDialog::commit(Action after, const QString& what)
{
    m_committing = true;
    struct Done
    {
        bool* flag;
        ~Done() { *flag = false; }
    } done{&m_committing};
    Action base = m_action;
    for (;;) {
        QString error;
        QPointer<ActionDialog> self(this);
        auto changed = [self, list = m_listChanged] {
            if (list)
                list();
            if (self)
                self->changedByStep();
        };
        if (m_undo->run(edits::changeAction(what, base, after, changed), &error)) {
            if (const auto stored = ActionRepository(m_db.sql()).byId(after.id))
                m_action = *stored;
            return true;
        }
        const auto stored = ActionRepository(m_db.sql()).byId(base.id);
        if (!stored) {
            showProblem(tr("The change was not saved: %1.").arg(error));
            return false;
        }
        if (stored->rowVersion == base.rowVersion) {
            showProblem(tr("The change was not saved: %1.").arg(error));
            return false;
        }
        const QString message =
            changedElsewhere(tr("the follow-up “%1”").arg(base.title),
                             ActionRepository::differences(base, *stored), stored->updatedAt);
        switch (m_conflict(tr("Follow-up"), message)) {
        case ConflictChoice::Reload:
            m_committing = false;
            showAction(*stored);
            showProblem(tr("Reloaded: this is the follow-up as it was saved elsewhere."));
            return false;
        case ConflictChoice::KeepEditing:
            showProblem(tr("Not saved yet: %1.").arg(message));
            return false;
        default: {
            // Theirs, with what was changed here on top.
            Action mine = *stored;
            takeChange(mine.title, base.title, after.title);
            takeChange(mine.customerId, base.customerId, after.customerId);
            takeChange(mine.dueOn, base.dueOn, after.dueOn);
            takeChange(mine.owner, base.owner, after.owner);
            takeChange(mine.status, base.status, after.status);
            takeChange(mine.closedAt, base.closedAt, after.closedAt);
            takeChange(mine.resolution, base.resolution, after.resolution);
            base = *stored;
            after = mine;
            m_action = *stored;
            break;
        }
        }
    }
}

void ActionDialog::changedByStep()
{
    // An undo or redo from the window: show the follow-up as that step left it.
    if (!m_committing)
        reload();
}

bool ActionDialog::addNote(const QString& text)
{
    if (text.trimmed().isEmpty())
        return false;
    ActionNote note;
    note.actionId = m_action.id;
    note.writtenAt = formatTimestamp(clock::now());
    note.author = m_author->currentText().simplified();
    note.text = text.trimmed();
    QPointer<ActionDialog> self(this);
    auto changed = [self, list = m_listChanged] {
        if (list)
            list();
        if (self)
            self->showNotes();
    };
    QString error;
    if (!m_undo->run(edits::addActionNote(note, changed), &error)) {
        showProblem(tr("The note was not added: %1.").arg(error));
        return false;
    }
    showProblem(QString());
    return true;
}

bool ActionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_resolution && event->type() == QEvent::FocusOut && !m_filling)
        saveChanges();
    return QDialog::eventFilter(watched, event);
}

void ActionDialog::done(int result)
{
    // What was typed and not yet written is written now; a refusal keeps the
    // dialog open with the reason, unless the follow-up is gone.
    if (!saveChanges() && ActionRepository(m_db.sql()).byId(m_action.id) && m_problem->isVisible())
        return;
    QDialog::done(result);
}

} // namespace cx
