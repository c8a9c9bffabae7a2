#include "ui/actions/markdonedialog.h"

#include "core/common/clock.h"
#include "core/customers/customerrepository.h"
#include "core/storage/database.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cx {

MarkDoneDialog::MarkDoneDialog(Database& db, const Action& action, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Mark done"));
    auto* layout = new QVBoxLayout(this);
    const auto customer =
        action.customerId ? CustomerRepository(db.sql()).byId(action.customerId) : std::nullopt;
    QString who = tr("no customer");
    if (customer)
        who = customer->externalId.isEmpty()
                  ? customer->name
                  : QStringLiteral("%1 (%2)").arg(customer->name, customer->externalId);
    QString due = tr("no due date");
    if (action.dueOn.isValid()) {
        due = action.dueOn.toString(Qt::ISODate);
        if (action.dueOn < clock::today())
            due = tr("%1, overdue").arg(due);
    }
    // What someone typed is escaped: a title is not markup.
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setText(QStringLiteral("<b>%1</b><br>%2")
                           .arg(tr("Closing “%1”").arg(action.title.toHtmlEscaped()),
                                tr("For: %1 · Due: %2").arg(who.toHtmlEscaped(), due)));
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    m_prompt = new QLabel(this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_prompt->setText(tr("What was done? (kept with the action)"));
    layout->addWidget(m_prompt);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(110);
    m_note->installEventFilter(this);
    m_prompt->setBuddy(m_note);
    layout->addWidget(m_note, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_done = buttons->addButton(tr("Mark done"), QDialogButtonBox::AcceptRole);
    m_done->setDefault(true);
    m_done->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // From anywhere in the dialog too, not only from the note.
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
    }
    setMinimumWidth(480);
    m_note->setFocus();
}

void MarkDoneDialog::setPrompt(const QString& prompt)
{
    m_prompt->setText(prompt);
}

void MarkDoneDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
    m_note->moveCursor(QTextCursor::End);
}

QString MarkDoneDialog::note() const
{
    return m_note->toPlainText();
}

bool MarkDoneDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The note takes Enter as a new line; with Ctrl it confirms.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cx
