#include "ui/contact/contactlinks.h"

#include "core/contact/contactrepository.h"
#include "core/customers/customerrepository.h"
#include "core/storage/database.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cx {

namespace {

struct Hooks
{
    std::function<bool(const QUrl&)> open;
    std::function<std::optional<MessageKind>(QWidget*, Database&, qint64, qint64)> choose;
    std::function<void(QWidget*, const QString&)> tell;
};

Hooks& hooks()
{
    static Hooks h;
    return h;
}

bool openUrl(const QUrl& url)
{
    return hooks().open ? hooks().open(url) : QDesktopServices::openUrl(url);
}

std::optional<MessageKind> chooseMessage(QWidget* parent, Database& db, qint64 customerId,
                                         qint64 actionId)
{
    if (hooks().choose)
        return hooks().choose(parent, db, customerId, actionId);
    MessageChooser chooser(db, customerId, actionId, parent);
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    return chooser.kind();
}

void tell(QWidget* parent, const QString& message)
{
    if (hooks().tell)
        hooks().tell(parent, message);
    else
        QMessageBox::information(parent, MessageChooser::tr("Contact the customer"), message);
}

} // namespace

void setContactUrlOpener(std::function<bool(const QUrl&)> open)
{
    hooks().open = std::move(open);
}

void setMessageChooser(
    std::function<std::optional<MessageKind>(QWidget*, Database&, qint64, qint64)> choose)
{
    hooks().choose = std::move(choose);
}

void setContactNotice(std::function<void(QWidget*, const QString&)> tellUser)
{
    hooks().tell = std::move(tellUser);
}

bool contactCustomer(QWidget* parent, Database& db, qint64 customerId, qint64 actionId,
                     const QString& how)
{
    QString error;
    const auto customer = CustomerRepository(db.sql()).byId(customerId, &error);
    if (!customer) {
        tell(parent, error.isEmpty()
                         ? MessageChooser::tr("This customer is no longer in the database.")
                         : MessageChooser::tr("The customer could not be read: %1.").arg(error));
        return false;
    }
    MessageValues values;
    if (!messageValuesFor(db.sql(), customerId, actionId, &values, &error)) {
        tell(parent, MessageChooser::tr("The customer could not be read: %1.").arg(error));
        return false;
    }
    Contact contact;
    contact.customerId = customerId;
    contact.actionId = actionId;
    contact.how = how;
    contact.contactedBy = values.staff;
    QString url;
    if (how == QLatin1String("email")) {
        if (customer->email.trimmed().isEmpty()) {
            tell(parent, MessageChooser::tr(
                             "%1 has no email address yet: add one in their profile to write "
                             "to them.")
                             .arg(customer->name));
            return false;
        }
        const auto kind = chooseMessage(parent, db, customerId, actionId);
        if (!kind)
            return false; // cancelled: nothing opened, nothing recorded
        contact.templateName = messageKindName(*kind);
        url = mailtoUrl(customer->email, composeMessage(messageTemplate(db.sql(), *kind), values));
    } else if (how == QLatin1String("phone")) {
        url = telUrl(customer->phone);
        if (url.isEmpty()) {
            tell(parent,
                 customer->phone.trimmed().isEmpty()
                     ? MessageChooser::tr("%1 has no phone number yet: add one in their profile to "
                                          "call them.")
                           .arg(customer->name)
                     : MessageChooser::tr("The phone number of %1, “%2”, holds no digits to dial.")
                           .arg(customer->name, customer->phone));
            return false;
        }
    } else {
        return false;
    }
    if (!openUrl(QUrl::fromEncoded(url.toUtf8()))) {
        tell(parent,
             how == QLatin1String("email")
                 ? MessageChooser::tr(
                       "No mail program opened the message. Set one up as the system's "
                       "email program, then try again.")
                 : MessageChooser::tr("No program opened the phone number. Set one up for phone "
                                      "links, or dial %1 yourself.")
                       .arg(customer->phone));
        return false;
    }
    if (!ContactRepository(db.sql()).record(contact, &error)) {
        tell(parent, MessageChooser::tr("The contact was opened but not recorded: %1.").arg(error));
        return false;
    }
    return true;
}

MessageChooser::MessageChooser(Database& db, qint64 customerId, qint64 actionId, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    QString error;
    if (!messageValuesFor(m_db.sql(), customerId, actionId, &m_values, &error))
        qWarning("message values not read: %s", qPrintable(error));
    if (const auto c = CustomerRepository(m_db.sql()).byId(customerId))
        m_email = c->email;
    setWindowTitle(tr("Write to %1").arg(m_values.name));
    auto* layout = new QVBoxLayout(this);
    auto* body = new QHBoxLayout;
    m_kinds = new QListWidget(this);
    for (MessageKind kind : messageKinds()) {
        auto* item = new QListWidgetItem(messageKindLabel(kind), m_kinds);
        item->setData(Qt::UserRole, int(kind));
    }
    m_kinds->setFixedWidth(180);
    body->addWidget(m_kinds);
    auto* right = new QVBoxLayout;
    m_subject = new QLabel(this);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    right->addWidget(m_subject);
    right->addWidget(m_preview, 1);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);
    auto* hint = new QLabel(
        tr("Your mail program opens with this message; change it there before you send it. "
           "The texts are in Settings → Messages."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open in mail program"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_kinds, &QListWidget::currentRowChanged, this, &MessageChooser::showPreview);
    connect(m_kinds, &QListWidget::itemActivated, this, &QDialog::accept);
    // A follow-up is most often about a customer who was let down.
    setKind(actionId > 0 ? MessageKind::Apology : MessageKind::ThankYou);
    resize(640, 400);
}

MessageKind MessageChooser::kind() const
{
    const QListWidgetItem* item = m_kinds->currentItem();
    return item ? MessageKind(item->data(Qt::UserRole).toInt()) : MessageKind::Apology;
}

void MessageChooser::setKind(MessageKind kind)
{
    m_kinds->setCurrentRow(int(messageKinds().indexOf(kind)));
    showPreview();
}

void MessageChooser::showPreview()
{
    const Message m = composeMessage(messageTemplate(m_db.sql(), kind()), m_values);
    m_subject->setText(tr("To: %1\nSubject: %2").arg(m_email, m.subject));
    m_preview->setPlainText(m.body);
}

} // namespace cx
