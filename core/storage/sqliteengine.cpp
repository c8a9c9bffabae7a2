#include "core/common/search.h"
#include "core/common/text.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcSqlite, "cxdesk.sqlite")

namespace cx {

namespace {

// The number a constant PRAGMA statement reads ("PRAGMA user_version").
qint64 pragmaNumber(QSqlDatabase& db, const QString& statement, qint64 otherwise)
{
    QSqlQuery q(db);
    return sql::runLookup(q, statement, nullptr) && q.next() ? q.value(0).toLongLong() : otherwise;
}

// cx_fold(text): the text folded as a search compares it (foldForSearch),
// for searches over columns that keep no folded copy of their own. Only
// CX Desk's statements use it; no trigger, index or view does, so the file
// stays usable by any SQLite tool.
void foldFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded =
        foldForSearch(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

bool addFunctions(QSqlDatabase& db, QString* error)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.constData()) {
        *error = Text::tr("the SQLite driver gives no connection handle");
        return false;
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (sqlite3_create_function(connection, "cx_fold", 1,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                &foldFunction, nullptr, nullptr) != SQLITE_OK) {
        *error = Text::tr("cannot add the search function: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(connection)));
        return false;
    }
    return true;
}

// Rows into a table of a file: one prepared INSERT, run once per row inside
// the caller's transaction.
class SqliteRowWriter final : public RowWriter
{
public:
    SqliteRowWriter(QSqlDatabase& db, const QString& table, const QStringList& columns)
        : m_query(db), m_table(table)
    {
        QStringList quoted, marks;
        for (const QString& c : columns) {
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
            marks << QStringLiteral("?");
        }
        // Table and column names come from the schema, never from a user.
        m_prepared = m_query.prepare(
            QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                .arg(table, quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    }

    bool add(const QVector<QVariant>& values, QString* error) override
    {
        if (!m_prepared) {
            *error = Text::tr("cannot write to %1: %2").arg(m_table, sql::errorText(m_query));
            return false;
        }
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec()) {
            *error = Text::tr("cannot write to %1: %2").arg(m_table, sql::errorText(m_query));
            return false;
        }
        return true;
    }

    bool finish(QString*) override
    {
        m_query.finish();
        return true;
    }

private:
    QSqlQuery m_query;
    QString m_table;
    bool m_prepared = false;
};

class SqliteEngine final : public Engine
{
public:
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString migrations() const override { return QStringLiteral(":/migrations"); }

    bool configure(QSqlDatabase& db, QString* error) const override
    {
        if (!execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) ||
            !execSql(db, QStringLiteral("PRAGMA secure_delete = ON"), error) ||
            !execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
            // Statement and savepoint journals stay in memory instead of temp files.
            || !execSql(db, QStringLiteral("PRAGMA temp_store = MEMORY"), error)
            // After a checkpoint the log is cut back to 32 MB, so one large import
            // does not leave a large -wal file behind for as long as the file is open.
            || !execSql(db, QStringLiteral("PRAGMA journal_size_limit = 33554432"), error) ||
            !addFunctions(db, error))
            return false;
        // WAL lets the window read while a command writes; a read-only medium keeps its mode.
        QString why;
        if (!execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), &why))
            qCWarning(lcSqlite) << "WAL not available for" << db.databaseName() << why;
        return true;
    }

    int schemaVersion(QSqlDatabase& db) const override
    {
        return int(pragmaNumber(db, QStringLiteral("PRAGMA user_version"), -1));
    }

    bool setSchemaVersion(QSqlDatabase& db, int version, QString* error) const override
    {
        return execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    }

    qint64 dataVersion(QSqlDatabase& db) const override
    {
        return db.isOpen() ? pragmaNumber(db, QStringLiteral("PRAGMA data_version"), -1) : -1;
    }

    bool copyTo(QSqlDatabase& db, const QString& file, QString* error) const override
    {
        // VACUUM INTO reads one snapshot and writes a compact file.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.bindValue(0, file);
        if (!q.exec()) {
            *error = sql::errorText(q);
            return false;
        }
        return true;
    }

    QStringList integrityProblems(QSqlDatabase& db, int perKind) const override
    {
        QStringList problems;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString why;
        if (!sql::runLookup(q, QStringLiteral("PRAGMA integrity_check"), &why))
            return {Text::tr("integrity check failed to run: %1").arg(why)};
        QStringList integrity;
        while (q.next())
            integrity << q.value(0).toString();
        if (integrity != QStringList{QStringLiteral("ok")})
            for (const QString& line : integrity)
                problems << Text::tr("integrity: %1").arg(line);

        if (sql::runLookup(q, QStringLiteral("PRAGMA foreign_key_check"), nullptr)) {
            int n = 0;
            while (q.next()) {
                if (n++ < perKind)
                    problems << Text::tr("foreign key: %1 row %2 points to a missing %3 row")
                                    .arg(q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString());
            }
            if (n > perKind)
                problems << Text::tr("... and %1 more like the line above").arg(n - perKind);
        }
        return problems;
    }

    void flushLog(QSqlDatabase& db) const override
    {
        // secure_delete zeroes freed content in the file; folding the log back
        // leaves no copy in it, and a closed database is one file again.
        QString ignored; // nothing to tell the user at close; the next open checkpoints again
        if (!execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &ignored))
            qCWarning(lcSqlite) << "cannot fold the log of" << db.databaseName() << ignored;
    }

    void optimize(QSqlDatabase& db) const override
    {
        QString ignored; // statistics for the planner; a file works as well without them
        if (!execSql(db, QStringLiteral("PRAGMA optimize"), &ignored))
            qCWarning(lcSqlite) << "cannot optimize" << db.databaseName() << ignored;
    }

    QVector<SchemaObject> dependents(QSqlDatabase& db, const QStringList& tables) const override
    {
        QVector<SchemaObject> out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString error;
        if (!sql::runLookup(
                q,
                QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                               "WHERE sql IS NOT NULL AND type IN ('index', 'trigger')"),
                &error))
            qCWarning(lcSqlite) << "cannot read the schema of" << db.databaseName() << error;
        while (q.next())
            if (tables.contains(q.value(2).toString()))
                out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()});
        return out;
    }

    QVector<TableShape> tables(QSqlDatabase& db) const override
    {
        QVector<TableShape> out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Generated columns (hidden 2 and 3) are computed again by the file that receives them.
        if (!sql::runLookup(
                q,
                QStringLiteral(
                    "SELECT m.name, x.name, x.hidden, x.pk FROM sqlite_master m, "
                    "pragma_table_xinfo(m.name) x WHERE m.type = 'table' "
                    "AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, x.cid"),
                nullptr))
            return out;
        QVector<QPair<int, QString>> keys;
        auto closeTable = [&] {
            std::sort(keys.begin(), keys.end());
            for (const auto& k : std::as_const(keys))
                out.back().primaryKey << k.second;
            keys.clear();
        };
        while (q.next()) {
            const QString table = q.value(0).toString();
            if (out.isEmpty() || out.back().name != table) {
                if (!out.isEmpty())
                    closeTable();
                out.push_back({table, {}, {}, {}});
            }
            if (q.value(2).toInt() == 0)
                out.back().columns << q.value(1).toString();
            if (q.value(3).toInt() > 0)
                keys.push_back({q.value(3).toInt(), q.value(1).toString()});
        }
        if (!out.isEmpty())
            closeTable();
        if (sql::runLookup(
                q,
                QStringLiteral("SELECT DISTINCT m.name, f.\"table\" FROM sqlite_master m, "
                               "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"),
                nullptr))
            while (q.next())
                for (TableShape& t : out)
                    if (t.name == q.value(0).toString())
                        t.references << q.value(1).toString();
        return out;
    }

    bool suspendTriggers(QSqlDatabase& db, const QStringList& tables, QStringList* resume,
                         QString* error) const override
    {
        // SQLite cannot switch a trigger off: it is dropped and, from the
        // statement the schema keeps, made again in the same transaction.
        // The write transaction (BEGIN IMMEDIATE) already keeps others out.
        for (const SchemaObject& o : dependents(db, tables)) {
            if (o.type != QLatin1String("trigger"))
                continue;
            if (!execSql(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(o.name), error))
                return false;
            *resume << o.sql;
        }
        return true;
    }

    // A rowid table gives max(rowid) + 1 next by itself (no table uses AUTOINCREMENT).
    bool resetIds(QSqlDatabase&, const QStringList&, QString*) const override { return true; }

    std::unique_ptr<RowWriter> rowWriter(QSqlDatabase& db, const QString& table,
                                         const QStringList& columns) const override
    {
        return std::make_unique<SqliteRowWriter>(db, table, columns);
    }

    WriteTuning tuning(QSqlDatabase& db) const override
    {
        WriteTuning was;
        // cache_size counts KiB when negative and pages when positive.
        const qint64 cache = pragmaNumber(db, QStringLiteral("PRAGMA cache_size"), -2000);
        was.cacheKiB = int(
            cache < 0 ? -cache
                      : cache * pragmaNumber(db, QStringLiteral("PRAGMA page_size"), 4096) / 1024);
        QSqlQuery q(db);
        if (sql::runLookup(q, QStringLiteral("PRAGMA journal_mode"), nullptr) && q.next())
            was.rollbackJournal =
                q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0;
        q.finish();
        was.vouchedKeys = pragmaNumber(db, QStringLiteral("PRAGMA foreign_keys"), 1) == 0;
        was.helperThreads = int(pragmaNumber(db, QStringLiteral("PRAGMA threads"), 0));
        return was;
    }

    void tune(QSqlDatabase& db, const WriteTuning& was, const WriteTuning& wanted) const override
    {
        // A PRAGMA takes no bound values; the only numbers written into these
        // statements are the two ints of WriteTuning, never text.
        QStringList statements;
        if (wanted.cacheKiB != was.cacheKiB)
            statements << QStringLiteral("PRAGMA cache_size = -%1").arg(wanted.cacheKiB);
        if (wanted.rollbackJournal != was.rollbackJournal)
            statements << (wanted.rollbackJournal ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                                  : QStringLiteral("PRAGMA journal_mode = WAL"));
        if (wanted.vouchedKeys != was.vouchedKeys)
            statements << (wanted.vouchedKeys ? QStringLiteral("PRAGMA foreign_keys = OFF")
                                              : QStringLiteral("PRAGMA foreign_keys = ON"));
        if (wanted.helperThreads != was.helperThreads)
            statements << QStringLiteral("PRAGMA threads = %1").arg(wanted.helperThreads);
        for (const QString& statement : std::as_const(statements)) {
            QString error; // a setting for speed only: the write is as sound without it
            if (!execSql(db, statement, &error))
                qCWarning(lcSqlite) << statement << "failed on" << db.databaseName() << error;
        }
    }
};

} // namespace

const Engine& sqliteEngine()
{
    static const SqliteEngine engine;
    return engine;
}

const Engine& engineOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? postgresEngine() : sqliteEngine();
}

} // namespace cx
