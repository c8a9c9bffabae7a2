#pragma once

// What an SQL engine does in its own way, behind one small interface: setting
// a connection up, keeping the schema version, noticing other programs'
// commits, taking a consistent copy, checking integrity, wiping what was
// erased, and tuning a connection for one large write. SQLite
// (sqliteengine.cpp) is the engine of a CX Desk file; another engine is a
// second implementation of this interface, and nothing outside core/storage
// changes for it.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace cx {

// How a connection is set for one large write (see BulkWriteMode).
struct WriteTuning
{
    int cacheKiB = 2000;          // the page cache
    bool rollbackJournal = false; // true: a rollback journal instead of the write-ahead log
    bool vouchedKeys = false; // true: references are not looked up (the writer vouches for them)
    int helperThreads = 0;    // threads that may help sort while indexes are built
};

// An index or trigger of a table, with the statement that makes it again.
struct SchemaObject
{
    QString type; // "index" or "trigger"
    QString name;
    QString table;
    QString sql;
};

// One table, as a copy between databases sees it.
struct TableShape
{
    QString name;
    QStringList columns;    // the stored columns (not generated ones), in schema order
    QStringList primaryKey; // its key columns
    QStringList references; // the tables it refers to
};

// Writes many rows into one table inside the caller's transaction, by the
// engine's fastest means (a prepared INSERT on SQLite, COPY on a server).
// Rows reach the table by finish() at the latest; the rows may be sent in
// batches before that.
class RowWriter
{
public:
    virtual ~RowWriter() = default;
    // One row, its values in the order of the columns given to rowWriter().
    [[nodiscard]] virtual bool add(const QVector<QVariant>& values, QString* error) = 0;
    // Sends what is left; after it the writer takes no more rows.
    [[nodiscard]] virtual bool finish(QString* error) = 0;
};

class Engine
{
public:
    virtual ~Engine() = default;

    // The Qt driver that talks to the engine.
    virtual QString driver() const = 0;
    // The resource folder of this engine's migrations (NNN_name.sql).
    virtual QString migrations() const = 0;
    // Whether the bodies of functions and blocks in a migration file stand
    // between $$ and $$ (a server) rather than BEGIN and END; (SQLite's
    // triggers): how the file is cut into statements.
    virtual bool dollarQuotedBodies() const { return false; }
    // The statement that starts a write transaction.
    virtual QString beginWrite() const { return QStringLiteral("BEGIN IMMEDIATE"); }
    // Before the migrations, outside any transaction: makes other clients
    // wait until unlockAfterMigration (the write transaction may already do
    // so). Every transaction begun after it sees what a client that held it
    // before committed, schema included.
    [[nodiscard]] virtual bool lockForMigration(QSqlDatabase& db, QString* error) const
    {
        Q_UNUSED(db);
        Q_UNUSED(error);
        return true;
    }
    virtual void unlockAfterMigration(QSqlDatabase& db) const { Q_UNUSED(db); }
    // The version of CX Desk that last upgraded the schema, when the engine records it.
    virtual QString writtenBy(QSqlDatabase& db) const
    {
        Q_UNUSED(db);
        return {};
    }
    // Sets up a connection that just opened: references enforced, erased
    // data wiped, and readers that do not wait for writers.
    [[nodiscard]] virtual bool configure(QSqlDatabase& db, QString* error) const = 0;
    // The schema version the database holds, or -1 when it cannot be read.
    virtual int schemaVersion(QSqlDatabase& db) const = 0;
    // Records the schema version, inside the migration's transaction.
    [[nodiscard]] virtual bool setSchemaVersion(QSqlDatabase& db, int version,
                                                QString* error) const = 0;
    // A number that changes whenever another connection commits; -1: unknown.
    virtual qint64 dataVersion(QSqlDatabase& db) const = 0;
    // Writes a consistent copy of the whole database to `file` (taken from
    // one snapshot, so writers elsewhere never tear it).
    [[nodiscard]] virtual bool copyTo(QSqlDatabase& db, const QString& file,
                                      QString* error) const = 0;
    // The engine's own integrity findings (at most `perKind` references to
    // missing rows, then a line counting the rest); empty when all is well.
    virtual QStringList integrityProblems(QSqlDatabase& db, int perKind) const = 0;
    // After data was erased or before the connection closes: no copy of it
    // stays behind in the engine's logs.
    virtual void flushLog(QSqlDatabase& db) const = 0;
    // Lets the engine refresh its planner statistics after a large write.
    virtual void optimize(QSqlDatabase& db) const = 0;
    // The indexes and triggers of these tables, with their statements.
    virtual QVector<SchemaObject> dependents(QSqlDatabase& db, const QStringList& tables) const = 0;
    // The tables that hold CX Desk's data (not the engine's own bookkeeping,
    // nor the schema version), each with its stored columns, key and references.
    virtual QVector<TableShape> tables(QSqlDatabase& db) const = 0;
    // The statement that begins a transaction reading one snapshot of every
    // table, however long it takes, while others keep writing.
    virtual QString beginSnapshot() const { return QStringLiteral("BEGIN"); }
    // Whether a long SELECT is read in batches through a cursor (the driver
    // would otherwise hold its whole result in memory) rather than as it comes.
    virtual bool readsThroughCursor() const { return false; }
    // Inside a write transaction: stops the triggers of `tables` from firing
    // (a copy brings the rows they would compute) and keeps others from
    // writing to them; returns the statements that put the triggers back.
    [[nodiscard]] virtual bool suspendTriggers(QSqlDatabase& db, const QStringList& tables,
                                               QStringList* resume, QString* error) const = 0;
    // After rows were written with their own ids: the next id each table
    // gives is past the highest one there.
    [[nodiscard]] virtual bool resetIds(QSqlDatabase& db, const QStringList& tables,
                                        QString* error) const = 0;
    // A writer of rows into `table`'s `columns`.
    virtual std::unique_ptr<RowWriter> rowWriter(QSqlDatabase& db, const QString& table,
                                                 const QStringList& columns) const = 0;
    // How the connection is set now.
    virtual WriteTuning tuning(QSqlDatabase& db) const = 0;
    // Sets the connection as `wanted`, changing only what differs from `now`.
    virtual void tune(QSqlDatabase& db, const WriteTuning& now,
                      const WriteTuning& wanted) const = 0;
};

// The engine of this connection (by its driver).
const Engine& engineOf(const QSqlDatabase& db);
// The engine of CX Desk files.
const Engine& sqliteEngine();
// The engine of CX Desk databases on a PostgreSQL server.
const Engine& postgresEngine();

} // namespace cx
