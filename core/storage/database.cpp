#include "core/storage/database.h"

#include "core/common/text.h"
#include "core/customers/customerkeys.h"
#include "core/storage/engine.h"
#include "core/storage/location.h"
#include "core/storage/serverconnection.h"
#include "core/storage/sqlutil.h"
#include "core/storage/team.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDb, "cxdesk.db", QtWarningMsg)

namespace cx {

namespace {

QAtomicInt g_connectionCounter;

// The statements of one migration file; each ends with ';' at the end of a line.
QStringList migrationStatements(const Engine& engine, int version, QString* error)
{
    const QString folder = engine.migrations();
    const QString path = QStringLiteral("%1/%2_").arg(folder).arg(version, 3, 10, QLatin1Char('0'));
    const QDir dir(folder);
    const QStringList files = dir.entryList({QFileInfo(path).fileName() + QStringLiteral("*.sql")});
    if (files.size() != 1) {
        *error = Text::tr("migration %1 is missing from this build").arg(version);
        return {};
    }
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read migration %1").arg(version);
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    // A server's file is sent statement by statement too, so that the first
    // one that fails is the one named; a function's or DO block's body, between
    // $$ and $$, holds statements of its own.
    const bool server = engine.dollarQuotedBodies();
    QStringList statements;
    QString current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (server) {
            if (trimmed.endsWith(QLatin1Char(';')) && current.count(QLatin1String("$$")) % 2 == 0) {
                statements << current.trimmed();
                current.clear();
            }
            continue;
        }
        // A trigger's body holds statements of its own; it ends at "END;".
        const bool inTrigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                      : trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

bool execSql(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = sql::errorText(q.lastError());
        return false;
    }
    return true;
}

Database::Database()
    : m_name(QStringLiteral("cxdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db.isValid()) {
        if (m_db.isOpen()) {
            // The connection that opened the database tidies its log when it
            // goes; a second one beside it (a page's reading thread) leaves
            // that to it rather than wait for the readers of the first.
            if (!m_beside)
                engineOf(m_db).flushLog(m_db);
            m_db.close();
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cxdesk.sqlite"));
}

bool Database::open(const QString& path, QString* error, OpenMode mode)
{
    close();
    m_beside = false;
    return openPath(path, error, mode);
}

bool Database::openPath(const QString& path, QString* error, OpenMode mode)
{
    m_problem = OpenProblem::None;
    if (DatabaseLocation::looksLikeServer(path))
        return openServer(path, error, mode);
    m_path = path;
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        *error = Text::tr("'%1' is a folder, not a database file").arg(path);
        return false;
    }
    bool created = false;
    if (!info.exists() && mode == OpenMode::MustExist) {
        *error = info.absoluteDir().exists()
                     ? Text::tr("there is no database at '%1': check the path (a command that only "
                                "reads never creates one)")
                           .arg(path)
                     : Text::tr("there is no database at '%1': folder '%2' does not exist")
                           .arg(path, info.absolutePath());
        return false;
    }
    if (!info.exists()) {
        if (!info.absoluteDir().exists()) {
            *error = Text::tr("cannot create database '%1': folder '%2' does not exist")
                         .arg(path, info.absolutePath());
            return false;
        }
        // Create the file ourselves first so it is never readable by others, not
        // even for the moment before SQLite writes the first page. SQLite gives
        // the -wal and -shm files the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = Text::tr("cannot create database '%1': %2").arg(path, file.errorString());
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
        created = true;
    } else if (!info.isReadable()) {
        *error = Text::tr("cannot read database '%1': permission denied").arg(path);
        return false;
    }

    // A failure leaves the disk as it was: a file this call created goes again.
    auto fail = [&](const QString& message) {
        *error = message;
        m_problem = OpenProblem::Other;
        close();
        if (created)
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        return false;
    };

    forgetConnectionPerson(m_name);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(
            Text::tr("cannot open database '%1': %2").arg(path, sql::errorText(m_db.lastError())));

    QSqlQuery q(m_db);
    // The first read of the header tells a database from any other file.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        const QString why = sql::errorText(q.lastError());
        if (q.lastError().nativeErrorCode() == QLatin1String("26")) // SQLITE_NOTADB
            return fail(
                Text::tr("'%1' is not a database file (it is not in SQLite format)").arg(path));
        return fail(Text::tr("cannot read database '%1': %2").arg(path, why));
    }
    const int objects = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA application_id"));
    const int appId = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;

    if (objects > 0 && appId != ApplicationId)
        return fail(
            Text::tr("'%1' is not a CX Desk database (it is an SQLite file of another program)")
                .arg(path));
    if (version > SchemaVersion)
        return fail(Text::tr("'%1' was written by a newer CX Desk (schema version %2; this version "
                             "reads up to %3): update CX Desk to open it")
                        .arg(path)
                        .arg(version)
                        .arg(SchemaVersion));

    q.finish(); // an unfinished statement would block the migration's COMMIT
    QString pragmaError;
    if (!engineOf(m_db).configure(m_db, &pragmaError))
        return fail(Text::tr("cannot configure database '%1': %2").arg(path, pragmaError));

    QString why;
    if (version < SchemaVersion && !migrate(version, &why))
        return fail(why);
    // Customers that another tool added or changed, and those of an upgraded
    // file, get their search and sort keys. Not a reason to refuse the file:
    // until the keys are written those customers are only missing from
    // searches, and the lists write them again.
    if (!m_beside && !refreshCustomerKeys(m_db, &why))
        qCWarning(lcDb) << "cannot write search keys in" << m_path << ":" << why;
    return true;
}

DatabaseLocation Database::location() const
{
    if (isServer())
        return m_location;
    DatabaseLocation file;
    file.kind = DatabaseLocation::Kind::File;
    file.file = m_path;
    return file;
}

bool Database::open(const DatabaseLocation& location, QString* error)
{
    close();
    m_problem = OpenProblem::None;
    // Beside the connection that opened it: that one brought the schema and
    // the customers' keys up to date, and tidies the log.
    m_beside = true;
    const bool ok = location.isServer() ? openServer(location, error, OpenMode::MustExist)
                                        : openPath(location.file, error, OpenMode::MustExist);
    m_beside = ok;
    return ok;
}

bool Database::openServer(const QString& address, QString* error, OpenMode mode)
{
    DatabaseLocation location;
    if (!DatabaseLocation::parse(address, &location, error))
        return false;
    return openServer(location, error, mode);
}

bool Database::openServer(const DatabaseLocation& location, QString* error, OpenMode mode)
{
    m_path = location.displayText();
    m_problem = OpenProblem::Other;
    auto fail = [&](const QString& message, OpenProblem problem = OpenProblem::Other) {
        *error = message;
        m_problem = problem;
        close();
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Text::tr("cannot open %1: Qt's PostgreSQL driver is not installed (the package "
                             "libqt6sql6-psql)")
                        .arg(m_path));
    forgetConnectionPerson(m_name);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_location = location;
    QString why;
    if (!openServerConnection(m_db, location, &why))
        return fail(Text::tr("cannot open %1").arg(why), isPasswordRefusal(m_db.lastError().text())
                                                             ? OpenProblem::PasswordRefused
                                                             : OpenProblem::Other);
    const Engine& engine = engineOf(m_db);
    if (!engine.configure(m_db, &why))
        return fail(Text::tr("cannot configure database '%1': %2").arg(m_path, why));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cxdesk_schema') IS NOT NULL, "
                               "(SELECT count(*) FROM pg_tables WHERE schemaname = "
                               "current_schema())")) ||
        !q.next())
        return fail(Text::tr("cannot read database '%1': %2")
                        .arg(m_path, serverProblem(q.lastError().text(), location)));
    const bool ours = q.value(0).toBool();
    const int tables = q.value(1).toInt();
    q.finish();
    if (!ours && tables > 0)
        return fail(Text::tr("the database '%1' belongs to another program: it holds %n table(s) "
                             "but no CX Desk schema",
                             nullptr, tables)
                        .arg(m_path),
                    OpenProblem::OtherProgram);
    if (!ours && mode == OpenMode::MustExist)
        return fail(Text::tr("the database '%1' holds no CX Desk data yet: open it in the window "
                             "or with a command that writes (such as demo or import) to set it up")
                        .arg(m_path),
                    OpenProblem::NoCxDeskData);
    const int version = engine.schemaVersion(m_db);
    if (version < 0)
        return fail(Text::tr("cannot read the schema version of '%1'").arg(m_path));
    if (version > SchemaVersion) {
        const QString newer = engine.writtenBy(m_db);
        return fail(Text::tr("'%1' was set up by a newer CX Desk (schema version %2; this version "
                             "reads up to %3): install CX Desk %4 or newer to use it")
                        .arg(m_path)
                        .arg(version)
                        .arg(SchemaVersion)
                        .arg(newer.isEmpty() ? QStringLiteral("?") : newer));
    }
    if (version < SchemaVersion && !migrate(version, &why))
        return fail(why);
    if (!m_beside && !refreshCustomerKeys(m_db, &why))
        qCWarning(lcDb) << "cannot write search keys in" << m_path << ":" << why;
    m_problem = OpenProblem::None;
    return true;
}

bool Database::reachable()
{
    if (!isServer())
        return isOpen();
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool Database::reconnect(QString* error)
{
    if (!isServer()) {
        *error = Text::tr("%1 is a file; it needs no new connection").arg(m_path);
        return false;
    }
    m_db.close();
    QString why;
    if (!openServerConnection(m_db, m_location, &why)) {
        *error = why;
        return false;
    }
    sql::connectionsRenewed();
    if (!engineOf(m_db).configure(m_db, &why)) {
        *error = Text::tr("cannot configure database '%1': %2").arg(m_path, why);
        m_db.close();
        return false;
    }
    return true;
}

bool Database::migrate(int from, QString* error)
{
    const Engine& engine = engineOf(m_db);
    QString why;
    if (!engine.lockForMigration(m_db, &why)) {
        *error = Text::tr("cannot upgrade '%1': %2").arg(m_path, why);
        return false;
    }
    // Released on every way out; a connection that closes releases it too.
    struct Unlock
    {
        const Engine& engine;
        QSqlDatabase& db;
        ~Unlock() { engine.unlockAfterMigration(db); }
    } unlock{engine, m_db};
    for (int v = from + 1; v <= SchemaVersion; ++v) {
        const QStringList statements = migrationStatements(engine, v, &why);
        if (statements.isEmpty()) {
            *error = Text::tr("cannot upgrade '%1': %2").arg(m_path, why);
            return false;
        }
        Transaction tx(m_db);
        if (!tx.isActive()) {
            *error = Text::tr("cannot upgrade '%1': %2").arg(m_path, tx.error());
            return false;
        }
        // Another program opening the same database may have upgraded it while
        // this one waited for the migration lock or the write lock.
        if (schemaVersion() >= v)
            continue;
        for (const QString& statement : statements) {
            if (!execSql(m_db, statement, &why)) {
                *error = Text::tr("cannot upgrade '%1' to schema version %2: %3")
                             .arg(m_path)
                             .arg(v)
                             .arg(why);
                return false;
            }
        }
        // user_version is written in the same transaction as the migration.
        if (!engine.setSchemaVersion(m_db, v, &why) || !tx.commit(&why)) {
            *error = Text::tr("cannot upgrade '%1' to schema version %2: %3")
                         .arg(m_path)
                         .arg(v)
                         .arg(why);
            return false;
        }
        qCInfo(lcDb) << "upgraded" << m_path << "to schema version" << v;
    }
    return true;
}

int Database::schemaVersion() const
{
    return engineOf(m_db).schemaVersion(const_cast<QSqlDatabase&>(m_db));
}

Transaction::Transaction(QSqlDatabase& db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(engineOf(m_db).beginWrite());
    if (!m_active)
        m_error = sql::errorText(q.lastError());
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = m_error.isEmpty() ? Text::tr("no transaction is active") : m_error;
        return false;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = sql::errorText(q.lastError());
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace cx
