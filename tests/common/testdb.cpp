#include "tests/common/testdb.h"

#include "tests/common/pgserver.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtDebug>
#include <algorithm>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace cxtest {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cxdesk-tests"));
    QSettings().clear();
}

QStringList openStatements(QSqlDatabase& db)
{
    QStringList out;
    const QVariant handle = db.driver()->handle();
    // On a server a statement holds nothing open by itself; what would is a
    // transaction left open, which keeps its snapshot and its locks.
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0) {
        PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
        if (PQtransactionStatus(connection) != PQTRANS_IDLE)
            out << QStringLiteral("(a transaction is open)");
        return out;
    }
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qWarning() << "not an SQLite connection:" << handle.typeName();
        return {QStringLiteral("(not an SQLite connection)")};
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    for (sqlite3_stmt* s = sqlite3_next_stmt(connection, nullptr); s;
         s = sqlite3_next_stmt(connection, s))
        if (sqlite3_stmt_busy(s))
            out << QString::fromUtf8(sqlite3_sql(s));
    return out;
}

namespace {

// The server of this test program when it runs on PostgreSQL: started with
// the first test database, stopped when the application ends.
PgServer* g_server = nullptr;
int g_databases = 0;

void stopServer()
{
    delete g_server;
    g_server = nullptr;
}

// A new database on the server, copied from a template that was brought to
// the current schema once, so each test starts from an empty CX Desk database
// in a fraction of a second.
QString serverDatabase(QString* error)
{
    if (!g_server) {
        g_server = new PgServer;
        if (!g_server->start(error)) {
            stopServer();
            return {};
        }
        qAddPostRoutine(stopServer);
        if (!g_server->createDatabase(QStringLiteral("cxtemplate"), error))
            return {};
        cx::Database schema;
        if (!schema.open(g_server->uri(QStringLiteral("cxtemplate")), error))
            return {};
    }
    const QString name = QStringLiteral("t%1").arg(++g_databases);
    QSqlDatabase raw =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cxtest-admin"));
    raw.setHostName(g_server->socketDir());
    raw.setPort(g_server->port());
    raw.setUserName(QStringLiteral("postgres"));
    raw.setDatabaseName(QStringLiteral("postgres"));
    bool ok = raw.open();
    if (ok) {
        QSqlQuery q(raw);
        ok = q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE cxtemplate").arg(name));
        if (!ok)
            *error = q.lastError().text();
    } else {
        *error = raw.lastError().text();
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("cxtest-admin"));
    return ok ? g_server->uri(name) : QString();
}

} // namespace

QString newServerDatabase(QString* error)
{
    return serverDatabase(error);
}

bool onServer()
{
    return qgetenv("CXDESK_TEST_DB") == "postgresql";
}

TestDb::TestDb(Where where) : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    if (where == Where::AsRunSays && onServer()) {
        m_path = serverDatabase(&m_error);
        if (m_path.isEmpty()) {
            qWarning() << "cannot make a test database on the server:" << m_error;
            return;
        }
    }
    if (!m_db.open(m_path, &m_error))
        qWarning() << "cannot open test database:" << m_error;
}

bool TestDb::exec(const QString& statements)
{
    for (const QString& statement : statements.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(sql());
        if (!q.exec(statement)) {
            qWarning() << "statement failed:" << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant TestDb::scalar(const QString& query)
{
    QSqlQuery q(sql());
    if (!q.exec(query) || !q.next()) {
        qWarning() << "query failed:" << query << q.lastError().text();
        return {};
    }
    return q.value(0);
}

QVector<cx::CopiedTable> checksums(cx::Database& db)
{
    QVector<cx::CopiedTable> tables;
    QString error;
    if (!cx::tableChecksums(db.sql(), &tables, &error))
        qWarning() << "cannot read the tables of" << db.path() << ":" << error;
    return tables;
}

bool sameTables(const QVector<cx::CopiedTable>& a, const QVector<cx::CopiedTable>& b,
                QString* difference)
{
    QString why;
    if (a.isEmpty() || a.size() != b.size())
        why = QStringLiteral("%1 tables against %2").arg(a.size()).arg(b.size());
    for (int i = 0; why.isEmpty() && i < a.size(); ++i)
        if (a[i].table != b[i].table || a[i].rows != b[i].rows || a[i].checksum != b[i].checksum)
            why = QStringLiteral("%1 (%2 rows, %3) against %4 (%5 rows, %6)")
                      .arg(a[i].table)
                      .arg(a[i].rows)
                      .arg(QString::fromLatin1(a[i].checksum), b[i].table)
                      .arg(b[i].rows)
                      .arg(QString::fromLatin1(b[i].checksum));
    if (difference)
        *difference = why;
    return why.isEmpty();
}

cx::AnswerMap validAnswers(const cx::Survey& survey, int score, const QString& text)
{
    cx::AnswerMap answers;
    for (const cx::Question& q : survey.questions) {
        int min = 0, max = 0;
        if (cx::questionKindScale(q.kind, &min, &max))
            answers.insert(q.code, std::clamp(score, min, max));
        else if (q.kind == cx::QuestionKind::YesNo)
            answers.insert(q.code, 1);
        else if (!q.options.isEmpty())
            answers.insert(q.code, q.options.first());
        else if (q.required)
            answers.insert(q.code, text);
    }
    return answers;
}

} // namespace cxtest
