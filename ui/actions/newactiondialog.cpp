#include "ui/actions/newactiondialog.h"

#include "core/actions/followup.h"
#include "core/actions/staff.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/storage/database.h"
#include "ui/actions/customerpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace cx {

NewActionDialog::NewActionDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("New follow-up"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("What is to be done, e.g. “Call back about the late order”"));
    form->addRow(tr("&Title"), m_title);
    m_customer = new CustomerPicker(m_db, this);
    form->addRow(tr("&Customer"), m_customer);
    m_due = new QDateEdit(clock::today().addDays(FollowUp(m_db.sql()).dueDays()), this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Due"), m_due);
    m_owner = new QComboBox(this);
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItems(QStringList{QString()} + staffNames(m_db.sql()));
    m_owner->lineEdit()->setPlaceholderText(tr("Nobody"));
    form->addRow(tr("&Owner"), m_owner);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool NewActionDialog::collect(Action* out, QString* error)
{
    Action a;
    a.title = m_title->text().trimmed();
    if (a.title.isEmpty()) {
        *error = tr("A follow-up needs a title: it is what the list shows.");
        m_problem->setText(*error);
        return false;
    }
    a.customerId = m_customer->customer(error);
    if (a.customerId < 0) {
        m_problem->setText(*error);
        return false;
    }
    a.dueOn = m_due->date();
    a.owner = m_owner->currentText().simplified();
    a.createdAt = formatTimestamp(clock::now());
    *out = a;
    return true;
}

void NewActionDialog::accept()
{
    Action a;
    QString error;
    if (collect(&a, &error))
        QDialog::accept();
}

} // namespace cx
