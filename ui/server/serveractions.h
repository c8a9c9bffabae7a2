#pragma once

// The window's work with servers: connecting to one (the password from the
// keychain, from ~/.pgpass, or asked for when the server wants one; CX
// Desk's tables set up in an empty database when the person agrees), and
// moving the open file's data to one. Each failure is said in one message.

#include "ui/server/passworddialog.h"
#include "ui/server/serverprofiles.h"

#include <QObject>
#include <memory>

class QWidget;

namespace cx {

class Database;
class PasswordStore;

class ServerActions : public QObject
{
    Q_OBJECT

public:
    explicit ServerActions(QWidget* window);
    ~ServerActions() override;

    // Tests put a store and a prompt of their own in place of the system
    // keychain and the password dialog.
    void setPasswordStore(std::unique_ptr<PasswordStore> store);
    void setPasswordPrompt(PasswordPrompt prompt);

    // File → Connect to a server…: the dialog, then open(). The address to
    // switch to (it may hold the password: keep it in memory only), or empty.
    QString chooseAndOpen();
    // Opens the saved or given connection and checks it holds CX Desk's data
    // (offering to set it up when the database is empty); the address to
    // switch to, or empty once the person was told why not.
    QString open(const ServerProfile& profile);

    // File → Move this database to a server…: the dialog, then moveTo().
    QString chooseAndMove(Database& from);
    // Copies the whole of `from` into the profile's database under a
    // progress dialog that can stop it (the server then stays as it was); a
    // database that already holds a business is replaced only when the
    // person agrees. The address of the server to switch to, or empty.
    QString moveTo(Database& from, const ServerProfile& profile);

private:
    enum class Purpose
    {
        Connect,
        MoveTarget
    };
    // The profile's database opened in `db`; *address is what opened it. A
    // move's target without CX Desk's tables is left closed and unchanged
    // (moveTo sets it up once the move is agreed).
    bool openInto(const ServerProfile& profile, Purpose purpose, Database& db, QString* address);
    // The store's reason once, then never again in this run.
    QString keychainNote();

    QWidget* m_window;
    std::unique_ptr<PasswordStore> m_store;
    PasswordPrompt m_prompt;
    QString m_keychainProblem; // why the keychain cannot be used (empty: it can)
    bool m_toldKeychain = false;
};

// The server database the window worked on last, opened again at start when
// no database is named: its address, or empty (after saying why) to go on
// with the default file.
QString reopenLastServer();

} // namespace cx
