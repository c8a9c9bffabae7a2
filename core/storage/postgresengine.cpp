// The PostgreSQL engine: a CX Desk database on a shared server. The schema
// is the file's schema in PostgreSQL's words (resources/migrations-pg); the
// version lives in the table cxdesk_schema, and migrations take an advisory
// lock so two clients starting at once never both upgrade.

#include "core/common/text.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

class PostgresEngine final : public Engine
{
public:
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString migrations() const override { return QStringLiteral(":/migrations-pg"); }
    bool wholeMigrationFiles() const override { return true; }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }

    bool configure(QSqlDatabase& db, QString* error) const override
    {
        // Notices (such as "relation already exists, skipping") are not news to the user.
        return execSql(db, QStringLiteral("SET client_min_messages = warning"), error);
    }

    bool lockForMigration(QSqlDatabase& db, QString* error) const override
    {
        // Held to the end of the transaction: a second client waits here, then
        // finds the schema already upgraded.
        return execSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock),
                       error);
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

    bool copyTo(QSqlDatabase&, const QString& file, QString* error) const override
    {
        *error = Text::tr("this version of CX Desk cannot yet write a database on a server to "
                          "'%1'; back the server up with pg_dump meanwhile")
                     .arg(file);
        return false;
    }

    // The server enforces every reference and check as it writes.
    QStringList integrityProblems(QSqlDatabase&, int) const override { return {}; }

    // What PostgreSQL keeps of erased rows until VACUUM reuses the space is
    // described in docs/database.md; a client cannot wipe it.
    void flushLog(QSqlDatabase&) const override {}

    void optimize(QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ANALYZE"));
    }

    // Large writes keep the indexes and triggers in place on a server: others
    // may be reading and writing at the same time.
    QVector<SchemaObject> dependents(QSqlDatabase&, const QStringList&) const override
    {
        return {};
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
