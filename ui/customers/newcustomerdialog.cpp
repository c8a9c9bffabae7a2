#include "ui/customers/newcustomerdialog.h"

#include "core/common/clock.h"
#include "core/customers/customernumber.h"
#include "core/customers/customerrepository.h"
#include "core/storage/database.h"
#include "ui/commands/customercommands.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

NewCustomerDialog::NewCustomerDialog(Database& db, EditStack* undo, std::function<void()> changed,
                                     QWidget* parent)
    : QDialog(parent), m_db(db), m_undo(undo), m_changed(std::move(changed))
{
    setWindowTitle(tr("New customer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Required"));
    m_number = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_segment = new QComboBox(this);
    m_segment->setEditable(true);
    m_segment->addItem(QString());
    m_segment->addItems(CustomerRepository(m_db.sql()).segments());
    m_firstContact = new QDateEdit(clock::today(), this);
    m_firstContact->setCalendarPopup(true);
    m_firstContact->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Customer &no."), m_number);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Segment"), m_segment);
    form->addRow(tr("&First contact"), m_firstContact);
    layout->addLayout(form);

    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_duplicates->setStyleSheet(
        QStringLiteral("QLabel#duplicateWarning { background: #fff4e0; border: 1px solid #e8b04a; "
                       "border-radius: 4px; padding: 6px; color: #5a3b00; }"));
    m_duplicates->hide();
    layout->addWidget(m_duplicates);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &NewCustomerDialog::save);

    connect(m_duplicates, &QLabel::linkActivated, this, [this](const QString& link) {
        const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong();
        if (link.startsWith(QLatin1String("customer:")) && id > 0) {
            m_open = id;
            reject();
        }
    });
    // The look-up waits until typing pauses, so each keystroke stays quick.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &NewCustomerDialog::checkDuplicates);
    for (QLineEdit* e : {m_number, m_email, m_phone})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::textChanged, this, &NewCustomerDialog::updateSave);

    QString error;
    m_number->setText(suggestCustomerNumber(m_db.sql(), &error));
    if (!error.isEmpty())
        m_message->setText(tr("No customer number could be suggested: %1").arg(error));
    m_debounce->stop(); // a suggested number is free
    setMinimumWidth(460);
    updateSave();
}

NewCustomerDialog::~NewCustomerDialog() = default;

void NewCustomerDialog::setName(const QString& name)
{
    m_name->setText(name.trimmed());
}

Customer NewCustomerDialog::fromFields() const
{
    Customer c;
    c.name = m_name->text().trimmed();
    c.externalId = m_number->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.segment = m_segment->currentText().trimmed();
    c.firstContactOn = m_firstContact->date();
    return c;
}

void NewCustomerDialog::checkDuplicates()
{
    m_debounce->stop();
    QString error;
    m_found = findDuplicates(m_db.sql(), fromFields(), &error);
    if (!error.isEmpty())
        m_message->setText(tr("Could not look for customers with the same details: %1").arg(error));
    showDuplicates();
}

void NewCustomerDialog::showDuplicates()
{
    QStringList lines;
    bool numberTaken = false;
    for (const CustomerDuplicate& d : std::as_const(m_found)) {
        const Customer& c = d.customer;
        const QString who =
            c.externalId.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.externalId);
        QString sentence;
        switch (d.field) {
        case CustomerDuplicate::Number:
            sentence = tr("%1 already has this customer number").arg(who);
            numberTaken = true;
            break;
        case CustomerDuplicate::Email:
            sentence = tr("%1 has this email").arg(who);
            break;
        case CustomerDuplicate::Phone:
            sentence = tr("%1 has this phone number").arg(who);
            break;
        }
        lines << QStringLiteral("%1 — <a href=\"customer:%2\">%3</a>")
                     .arg(sentence.toHtmlEscaped())
                     .arg(c.id)
                     .arg(tr("open").toHtmlEscaped());
    }
    if (numberTaken)
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("Customer numbers are unique: choose another one.").toHtmlEscaped());
    else if (!lines.isEmpty())
        lines << tr("Two people may share an email or phone: you can still save.").toHtmlEscaped();
    m_shown = lines.join(QLatin1String("<br>"));
    m_duplicates->setText(m_shown);
    m_duplicates->setVisible(!lines.isEmpty());
    updateSave();
}

void NewCustomerDialog::updateSave()
{
    bool numberTaken = false;
    for (const CustomerDuplicate& d : std::as_const(m_found))
        numberTaken = numberTaken || d.field == CustomerDuplicate::Number;
    m_save->setEnabled(!m_name->text().trimmed().isEmpty() && !numberTaken);
    m_save->setText(m_found.isEmpty() ? tr("Save") : tr("Save anyway"));
}

QString NewCustomerDialog::problem() const
{
    return m_message->text();
}

bool NewCustomerDialog::save()
{
    const QString before = m_shown;
    checkDuplicates();
    if (fromFields().name.isEmpty()) {
        m_message->setText(tr("The customer needs a name."));
        m_name->setFocus();
        return false;
    }
    if (!m_save->isEnabled()) {
        m_message->setText(tr("This customer number is taken: choose another one."));
        m_number->setFocus();
        return false;
    }
    // A duplicate found only now was not seen: show it, and save on the next press.
    if (m_shown != before) {
        m_message->setText(tr("Look at the customers above before saving."));
        return false;
    }
    Customer added;
    QString error;
    if (!m_undo->run(edits::addCustomer(fromFields(), m_changed, &added), &error)) {
        m_message->setText(tr("The customer was not saved: %1.").arg(error));
        return false;
    }
    m_saved = added;
    accept();
    return true;
}

} // namespace cx
