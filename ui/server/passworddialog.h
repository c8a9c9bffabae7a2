#pragma once

// Asks for a server's password, only when the server wants one and no
// keychain entry or ~/.pgpass line gave it.

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cx {

struct ServerProfile;

struct PasswordAnswer
{
    QString password;
    bool remember = false; // keep it in the system keychain
};

// What asks for a password: the dialog below, or a test's stand-in. `note`
// says why the keychain cannot keep it (empty when it can).
using PasswordPrompt = std::function<std::optional<PasswordAnswer>(
    QWidget* parent, const ServerProfile& profile, const QString& note)>;

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const ServerProfile& profile, const QString& note, QWidget* parent = nullptr);
    PasswordAnswer answer() const;
    QLineEdit* passwordField() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }

    // The prompt the window uses: this dialog, modal.
    static std::optional<PasswordAnswer> ask(QWidget* parent, const ServerProfile& profile,
                                             const QString& note);

private:
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

} // namespace cx
