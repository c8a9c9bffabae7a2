#pragma once

#include "core/storage/location.h"

#include <QSqlDatabase>
#include <QString>

namespace cx {

// One SQLite connection, named uniquely so several can live side by side
// (one per thread; never share one across threads).
class Database
{
public:
    // Version of the schema this build creates and reads. Migrations live in
    // resources/migrations/NNN_*.sql and are applied in order, one transaction each.
    static constexpr int SchemaVersion = 9;
    // PRAGMA application_id of every CX Desk database ('CXDS').
    static constexpr int ApplicationId = 0x43584453;

    // Whether open() may create a database where no file exists. Commands
    // that only read use MustExist, so a mistyped path is an error rather
    // than a new, empty database.
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist
    };

    // Why the last open() failed, for a caller that offers a way on: a
    // password to type, CX Desk's tables to set up in an empty database.
    enum class OpenProblem
    {
        None,
        PasswordRefused, // the server wants a password, or another one
        NoCxDeskData,    // a server database without CX Desk's tables (OpenMode::MustExist)
        OtherProgram,    // a server database that holds another program's tables
        Other
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates, owner-readable only, if missing and allowed) the
    // database at path, refuses files that are not CX Desk databases, and
    // brings the schema up to date.
    [[nodiscard]] bool open(const QString& path, QString* error,
                            OpenMode mode = OpenMode::CreateIfMissing);
    void close();

    // What another connection to the same database needs (the file, or the
    // server with the password this connection was given), for work on
    // another thread; never shown (it may hold the password).
    DatabaseLocation location() const;
    // Opens that database on the calling thread's own connection; it must
    // hold CX Desk's data already.
    [[nodiscard]] bool open(const DatabaseLocation& location, QString* error);

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& sql() { return m_db; }
    // The file, or the server address without its password.
    QString path() const { return m_path; }
    // Whether the database is on a PostgreSQL server rather than in a file.
    bool isServer() const { return m_db.driverName() == QLatin1String("QPSQL"); }
    QString connectionName() const { return m_name; }
    OpenProblem lastProblem() const { return m_problem; }

    // The user_version of the open database.
    int schemaVersion() const;

    // For a database on a server: whether the connection still answers (one
    // tiny round trip), and a new connection in its place once it does not.
    // Statements prepared on the old connection are prepared again when next
    // used. A file is always reachable.
    bool reachable();
    [[nodiscard]] bool reconnect(QString* error);

    // Where the default database lives (AppDataLocation/cxdesk.sqlite; docs/user-guide.md, Where
    // your data lives).
    static QString defaultPath();

private:
    [[nodiscard]] bool migrate(int from, QString* error);
    // open() for a postgresql:// address.
    [[nodiscard]] bool openServer(const QString& address, QString* error, OpenMode mode);
    [[nodiscard]] bool openServer(const DatabaseLocation& location, QString* error, OpenMode mode);
    // open() for a file, after close().
    [[nodiscard]] bool openPath(const QString& path, QString* error, OpenMode mode);

    QString m_name;
    QString m_path;
    DatabaseLocation m_location; // a server's, for reconnect()
    OpenProblem m_problem = OpenProblem::None;
    bool m_beside = false; // opened beside another connection (open(location))
    QSqlDatabase m_db;
};

// Runs a statement that returns no rows; on failure fills error with the
// driver's message and the context given.
[[nodiscard]] bool execSql(QSqlDatabase& db, const QString& sql, QString* error);

// RAII write transaction (BEGIN IMMEDIATE): commit explicitly, rolled back
// when it goes out of scope without a commit.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    [[nodiscard]] bool commit(QString* error);
    void rollback();

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace cx
