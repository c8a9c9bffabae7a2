#include "ui/server/passworddialog.h"

#include "ui/server/serverprofiles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

PasswordDialog::PasswordDialog(const ServerProfile& profile, const QString& note, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password for %1").arg(profile.serverText()));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The server asks for the password of “%1” to open %2.")
            .arg(profile.user.isEmpty() ? tr("your account") : profile.user, profile.serverText()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("Remember in the keychain"), this);
    m_remember->setChecked(note.isEmpty());
    m_remember->setEnabled(note.isEmpty());
    layout->addWidget(m_remember);
    if (!note.isEmpty()) {
        auto* why = new QLabel(note, this);
        why->setWordWrap(true);
        why->setObjectName(QStringLiteral("keychainNote"));
        layout->addWidget(why);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

PasswordAnswer PasswordDialog::answer() const
{
    return {m_password->text(), m_remember->isEnabled() && m_remember->isChecked()};
}

std::optional<PasswordAnswer> PasswordDialog::ask(QWidget* parent, const ServerProfile& profile,
                                                  const QString& note)
{
    PasswordDialog dialog(profile, note, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace cx
