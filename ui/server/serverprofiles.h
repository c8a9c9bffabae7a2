#pragma once

// The servers the window has connected to, remembered per connection in the
// settings: everything needed to connect again except the password, which
// lives in the system keychain or in libpq's own ~/.pgpass, never here.

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace cx {

struct DatabaseLocation;

struct ServerProfile
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)

public:
    QString name; // the person's own name for it ("Shop server"); may be empty
    QString host; // a name, an address or a socket folder ('/…'); empty: this computer's socket
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // a libpq sslmode

    // What the list and File → Open recent show: the name and the server,
    // never an address.
    QString displayName() const;
    // "cxdesk on backoffice": the database and its server.
    QString serverText() const;
    // The address Database::open takes. A password given here is only ever
    // held in memory for the open; nothing that stores or shows text gets it.
    QString address(const QString& password = {}) const;
    // The connection without a password, as Database::path() names it once
    // open: the key of its settings and of its keychain entry.
    QString key() const;

    static ServerProfile fromLocation(const DatabaseLocation& location);
};

// The saved connections, the one used last first.
QVector<ServerProfile> savedServerProfiles();
std::optional<ServerProfile> savedServerProfile(const QString& key);
// Saves (or updates) a connection and puts it first.
void saveServerProfile(const ServerProfile& profile);
void forgetServerProfile(const QString& key);

// The server database the window worked on last (its key; empty: a file),
// which the next start opens again when no database is named.
QString lastServer();
void setLastServer(const QString& key);

} // namespace cx
