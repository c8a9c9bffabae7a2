// The PostgreSQL engine: a CX Desk database on a shared server. The schema
// is the file's schema in PostgreSQL's words (resources/migrations-pg); the
// version lives in the table cxdesk_schema, and migrations take an advisory
// lock so two clients starting at once never both upgrade.

#include "core/common/text.h"
#include "core/storage/copy.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <libpq-fe.h>

namespace cx {

namespace {

// The key of the advisory lock every CX Desk client takes to migrate ('CXDS').
constexpr qint64 kMigrationLock = 0x43584453;

bool hasSchemaTable(QSqlDatabase& db, bool* has)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cxdesk_schema') IS NOT NULL")) || !q.next())
        return false;
    *has = q.value(0).toBool();
    return true;
}

// The libpq connection under a Qt connection, for what Qt does not offer (COPY).
PGconn* connectionOf(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type after libpq's struct (pg_conn*) or its typedef.
    const char* type = handle.typeName();
    if ((qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0) || !handle.constData())
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

// A value as COPY's text format writes it: \N for null, and a backslash
// before the characters that would end a field or a row.
void appendCopyValue(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out += "\\N";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? '1' : '0';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        // Seventeen digits read back as the same double.
        out += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    case QMetaType::QByteArray:
        // bytea in its hex form; the backslash itself is escaped for COPY.
        out += "\\\\x";
        out += v.toByteArray().toHex();
        return;
    default:
        break;
    }
    const QByteArray text = v.toString().toUtf8();
    out.reserve(out.size() + text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
}

// The server's message about a result, in the words errorText uses for Qt's errors.
QString resultError(const PGresult* result, PGconn* connection)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString text =
        QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).trimmed();
    return sql::errorText(
        QSqlError(text, text, QSqlError::StatementError, QString::fromLatin1(state ? state : "")));
}

// Rows into a table on the server through COPY … FROM STDIN: one statement
// for all of them, sent in batches of about a megabyte.
class CopyRowWriter final : public RowWriter
{
public:
    CopyRowWriter(QSqlDatabase& db, const QString& table, const QStringList& columns)
        : m_connection(connectionOf(db)), m_table(table)
    {
        QStringList quoted;
        for (const QString& c : columns)
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
        // Table and column names come from the schema, never from a user.
        m_statement = QStringLiteral("COPY \"%1\" (%2) FROM STDIN")
                          .arg(table, quoted.join(QLatin1Char(',')))
                          .toUtf8();
    }

    ~CopyRowWriter() override
    {
        if (m_open) {
            // Abandoned half-way: the server drops what it received, and the
            // caller's transaction is then rolled back.
            PQputCopyEnd(m_connection, "abandoned");
            drain();
        }
    }

    bool add(const QVector<QVariant>& values, QString* error) override
    {
        if (!m_open && !start(error))
            return false;
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_buffer += '\t';
            appendCopyValue(m_buffer, values.at(i));
        }
        m_buffer += '\n';
        return m_buffer.size() < (1 << 20) || send(error);
    }

    bool finish(QString* error) override
    {
        if (!m_open)
            return true;
        if (!send(error))
            return false;
        m_open = false;
        if (PQputCopyEnd(m_connection, nullptr) != 1)
            return fail(nullptr, error);
        PGresult* result = PQgetResult(m_connection);
        const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok)
            fail(result, error);
        PQclear(result);
        drain();
        return ok;
    }

private:
    bool start(QString* error)
    {
        if (!m_connection) {
            *error =
                Text::tr("cannot write to %1: the PostgreSQL driver gives no connection handle")
                    .arg(m_table);
            return false;
        }
        PGresult* result = PQexec(m_connection, m_statement.constData());
        const bool ok = result && PQresultStatus(result) == PGRES_COPY_IN;
        if (!ok)
            fail(result, error);
        PQclear(result);
        if (!ok) {
            drain();
            return false;
        }
        m_open = true;
        return true;
    }

    bool send(QString* error)
    {
        if (m_buffer.isEmpty())
            return true;
        if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1) {
            m_open = false;
            return fail(nullptr, error);
        }
        m_buffer.clear();
        return true;
    }

    bool fail(const PGresult* result, QString* error) const
    {
        *error = Text::tr("cannot write to %1: %2").arg(m_table, resultError(result, m_connection));
        return false;
    }

    void drain()
    {
        while (PGresult* rest = PQgetResult(m_connection))
            PQclear(rest);
    }

    PGconn* m_connection;
    QString m_table;
    QByteArray m_statement;
    QByteArray m_buffer;
    bool m_open = false;
};

class PostgresEngine final : public Engine
{
public:
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString migrations() const override { return QStringLiteral(":/migrations-pg"); }
    bool dollarQuotedBodies() const override { return true; }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }

    bool configure(QSqlDatabase& db, QString* error) const override
    {
        // Notices (such as "relation already exists, skipping") are not news to the user.
        return execSql(db, QStringLiteral("SET client_min_messages = warning"), error);
    }

    bool lockForMigration(QSqlDatabase& db, QString* error) const override
    {
        // Held by the session, not by a transaction: a second client waits
        // here and only then begins the transaction that reads the version.
        // A transaction that was already open while it waited would answer
        // from the catalog as it knew it before (to_regclass would still not
        // see cxdesk_schema) and run the first migration a second time.
        return execSql(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock),
                       error);
    }

    void unlockAfterMigration(QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    }

    int schemaVersion(QSqlDatabase& db) const override
    {
        bool has = false;
        if (!hasSchemaTable(db, &has))
            return -1;
        if (!has)
            return 0;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT max(version) FROM cxdesk_schema")) || !q.next())
            return -1;
        return q.value(0).isNull() ? 0 : q.value(0).toInt();
    }

    bool setSchemaVersion(QSqlDatabase& db, int version, QString* error) const override
    {
        if (!execSql(db,
                     QStringLiteral("CREATE TABLE IF NOT EXISTS cxdesk_schema ("
                                    "version integer NOT NULL, "
                                    "application text NOT NULL DEFAULT 'CX Desk', "
                                    "written_by text NOT NULL)"),
                     error) ||
            !execSql(db, QStringLiteral("DELETE FROM cxdesk_schema"), error))
            return false;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO cxdesk_schema (version, written_by) VALUES (?, ?)"));
        q.addBindValue(version);
        q.addBindValue(QCoreApplication::applicationVersion().isEmpty()
                           ? QStringLiteral(CXDESK_VERSION)
                           : QCoreApplication::applicationVersion());
        if (!q.exec()) {
            *error = sql::errorText(q.lastError());
            return false;
        }
        return true;
    }

    QString writtenBy(QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        bool has = false;
        if (!hasSchemaTable(db, &has) || !has ||
            !q.exec(QStringLiteral("SELECT written_by FROM cxdesk_schema")) || !q.next())
            return {};
        return q.value(0).toString();
    }

    // Commits elsewhere are told by notifications, not by a counter the
    // connection can read: unknown here.
    qint64 dataVersion(QSqlDatabase&) const override { return -1; }

    bool copyTo(QSqlDatabase& db, const QString& file, QString* error) const override
    {
        // A CX Desk file of the server's data, read from one snapshot.
        Database copy;
        return copy.open(file, error) && copyDatabase(db, copy.sql(), {}, nullptr, error);
    }

    // The server enforces every reference and check as it writes.
    QStringList integrityProblems(QSqlDatabase&, int) const override { return {}; }

    // What PostgreSQL keeps of erased rows until VACUUM reuses the space is
    // described in docs/database.md; a client cannot wipe it.
    void flushLog(QSqlDatabase&) const override {}

    void optimize(QSqlDatabase& db) const override
    {
        // CX Desk's own tables only: a login that is no superuser may not
        // analyze the server's catalogue, and would be told so table by table.
        QSqlQuery q(db);
        QStringList tables;
        if (q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                  "current_schema() ORDER BY tablename")))
            while (q.next())
                tables << db.driver()->escapeIdentifier(q.value(0).toString(),
                                                        QSqlDriver::TableName);
        q.finish();
        if (!tables.isEmpty())
            q.exec(QStringLiteral("ANALYZE ") + tables.join(QStringLiteral(", ")));
    }

    // Large writes keep the indexes and triggers in place on a server: others
    // may be reading and writing at the same time.
    QVector<SchemaObject> dependents(QSqlDatabase&, const QStringList&) const override
    {
        return {};
    }

    QVector<TableShape> tables(QSqlDatabase& db) const override
    {
        QVector<TableShape> out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Generated columns are computed again by the database that receives them.
        if (!sql::runLookup(
                q,
                QStringLiteral(
                    "SELECT c.table_name, c.column_name, c.is_generated "
                    "FROM information_schema.columns c JOIN information_schema.tables t "
                    "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                    "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                    "AND c.table_name <> 'cxdesk_schema' "
                    "ORDER BY c.table_name, c.ordinal_position"),
                nullptr))
            return out;
        while (q.next()) {
            const QString table = q.value(0).toString();
            if (out.isEmpty() || out.back().name != table)
                out.push_back({table, {}, {}, {}});
            if (q.value(2).toString() == QLatin1String("NEVER"))
                out.back().columns << q.value(1).toString();
        }
        auto shape = [&out](const QString& name) -> TableShape* {
            for (TableShape& t : out)
                if (t.name == name)
                    return &t;
            return nullptr;
        };
        if (sql::runLookup(
                q,
                QStringLiteral(
                    "SELECT t.relname, a.attname FROM pg_index i "
                    "JOIN pg_class t ON t.oid = i.indrelid "
                    "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
                    "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                    "WHERE i.indisprimary AND t.relnamespace = current_schema()::regnamespace "
                    "ORDER BY t.relname, k.n"),
                nullptr))
            while (q.next())
                if (TableShape* t = shape(q.value(0).toString()))
                    t->primaryKey << q.value(1).toString();
        if (sql::runLookup(
                q,
                QStringLiteral(
                    "SELECT DISTINCT a.relname, b.relname FROM pg_constraint c "
                    "JOIN pg_class a ON a.oid = c.conrelid "
                    "JOIN pg_class b ON b.oid = c.confrelid "
                    "WHERE c.contype = 'f' AND a.relnamespace = current_schema()::regnamespace"),
                nullptr))
            while (q.next())
                if (TableShape* t = shape(q.value(0).toString()))
                    t->references << q.value(1).toString();
        return out;
    }

    // Repeatable read: every table as it was when the first of them was read.
    QString beginSnapshot() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    bool readsThroughCursor() const override { return true; }

    bool suspendTriggers(QSqlDatabase& db, const QStringList& tables, QStringList* resume,
                         QString* error) const override
    {
        // Switched off for this transaction's writes only; the lock it takes
        // keeps other clients from writing to the table until the commit.
        for (const QString& table : tables) {
            if (!execSql(db, QStringLiteral("ALTER TABLE \"%1\" DISABLE TRIGGER USER").arg(table),
                         error))
                return false;
            *resume << QStringLiteral("ALTER TABLE \"%1\" ENABLE TRIGGER USER").arg(table);
        }
        return true;
    }

    bool resetIds(QSqlDatabase& db, const QStringList& tables, QString* error) const override
    {
        for (const QString& table : tables) {
            // A table without a numbering (no id, or not generated) is left alone:
            // pg_get_serial_sequence gives null, and setval of null is null.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('\"%1\"', 'id'), "
                                       "coalesce(max(id), 0) + 1, false) FROM \"%1\"")
                            .arg(table))) {
                *error =
                    Text::tr("cannot set the numbering of %1: %2").arg(table, sql::errorText(q));
                return false;
            }
        }
        return true;
    }

    std::unique_ptr<RowWriter> rowWriter(QSqlDatabase& db, const QString& table,
                                         const QStringList& columns) const override
    {
        return std::make_unique<CopyRowWriter>(db, table, columns);
    }

    WriteTuning tuning(QSqlDatabase&) const override { return {}; }
    void tune(QSqlDatabase&, const WriteTuning&, const WriteTuning&) const override {}
};

} // namespace

const Engine& postgresEngine()
{
    static const PostgresEngine engine;
    return engine;
}

} // namespace cx
