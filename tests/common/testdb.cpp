#include "tests/common/testdb.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtDebug>
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

TestDb::TestDb() : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
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

} // namespace cxtest
