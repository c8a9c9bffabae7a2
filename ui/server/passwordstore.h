#pragma once

// Where the window keeps a server's password when the person asks it to: the
// system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows
// Credential Manager through qtkeychain). Never the settings file.

#include <QString>

namespace cx {

class PasswordStore
{
public:
    enum class Result
    {
        Found,
        NotFound,
        Unavailable // no keychain here (no service running, none installed, access refused)
    };
    virtual ~PasswordStore() = default;
    // The password kept for `key` (a connection without its password).
    virtual Result read(const QString& key, QString* password, QString* why) = 0;
    [[nodiscard]] virtual bool write(const QString& key, const QString& password, QString* why) = 0;
};

// The system keychain. A keychain that does not answer within a few seconds
// counts as unavailable, so a desktop without one never blocks a connection.
class SystemKeychain : public PasswordStore
{
public:
    explicit SystemKeychain(int timeoutMs = 5000) : m_timeoutMs(timeoutMs) {}
    Result read(const QString& key, QString* password, QString* why) override;
    [[nodiscard]] bool write(const QString& key, const QString& password, QString* why) override;

private:
    int m_timeoutMs;
};

} // namespace cx
