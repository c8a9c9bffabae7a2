#include "ui/surveys/kiosk/kioskpindialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cx {

KioskPinDialog::KioskPinDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Kiosk PIN"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose a PIN of 4 to 8 digits. Staff enter it (or press Ctrl+Q, "
                                "then enter it) to leave the kiosk."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const auto pinField = [this] {
        auto* e = new QLineEdit(this);
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(8);
        e->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), e));
        return e;
    };
    m_pin = pinField();
    m_repeat = pinField();
    form->addRow(tr("&PIN"), m_pin);
    form->addRow(tr("&Repeat the PIN"), m_repeat);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(theme::bad().name()));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KioskPinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_pin->setFocus();
}

QString KioskPinDialog::differ()
{
    return tr("The two PINs are not the same. Type the PIN again under Repeat.");
}

QString KioskPinDialog::pin() const
{
    return m_pin->text();
}

void KioskPinDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
}

void KioskPinDialog::accept()
{
    if (m_pin->text() != m_repeat->text()) {
        showProblem(differ());
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_problem->clear();
    QDialog::accept();
}

} // namespace cx
