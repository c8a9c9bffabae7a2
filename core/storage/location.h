#pragma once

// Where a CX Desk database is: a SQLite file, or a database on a PostgreSQL
// server named by a connection URI, as `--db` and CXDESK_DB take them:
//
//   /home/anna/cxdesk.sqlite
//   postgresql://anna@shop-server:5432/cxdesk?sslmode=require
//   postgresql:///cxdesk?host=/run/postgresql          (a local unix socket)
//
// A password written in a URI is used but never shown: displayText() and
// every message leave it out.

#include <QString>

namespace cx {

struct DatabaseLocation
{
    enum class Kind
    {
        File,
        Server
    };
    Kind kind = Kind::File;
    QString file; // Kind::File

    // Kind::Server
    QString host; // a name, an address, or a socket folder (starting with '/'); empty: local socket
    int port = 5432;
    QString database;
    QString user;            // empty: the operating-system account's name
    QString password;        // only from the URI itself; otherwise the keychain or ~/.pgpass
    QString sslMode;         // empty (libpq's default, prefer), disable, allow, prefer, require,
                             // verify-ca or verify-full
    int connectTimeout = 10; // seconds

    bool isServer() const { return kind == Kind::Server; }
    // The location without its password, for titles, logs and messages.
    QString displayText() const;

    // Reads a file path or a postgresql:// (or postgres://) URI; false, with
    // the reason naming the part that is wrong, when the URI cannot be used.
    [[nodiscard]] static bool parse(const QString& text, DatabaseLocation* out, QString* error);
    // Whether the text names a server rather than a file.
    static bool looksLikeServer(const QString& text);
};

} // namespace cx
