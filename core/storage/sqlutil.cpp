#include "core/storage/sqlutil.h"

#include "core/common/text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>
#include <atomic>

namespace cx::sql {

bool isBusy(const QSqlError& e)
{
    // QSQLITE reports SQLite's result code; the low byte is the primary code
    // even when an extended one (SQLITE_BUSY_SNAPSHOT, ...) comes through.
    // A server's SQLSTATE has five characters (42501 is no SQLite code).
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    if (ok && e.nativeErrorCode().size() < 5 && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return true;
    const QString text = e.databaseText();
    return text.contains(QLatin1String("database is locked")) ||
           text.contains(QLatin1String("database table is locked"));
}

QString busyMessage()
{
    return Text::tr(
        "another CX Desk program is writing to this database — try again when it has finished");
}

namespace {
// SQLite's own words are English; the problems a person can meet are said in
// the window's language, with SQLite's detail (a table and column) kept.
QString translatedError(int code, const QString& text)
{
    // SQLite's result codes are small numbers; PostgreSQL's SQLSTATEs can be
    // numbers too, so the code counts only with SQLite's own wording beside it.
    const auto says = [&text](const char* words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    const QString detail = text.section(QLatin1String(": "), 1).trimmed();
    switch (code & 0xff) {
    case 8: // SQLITE_READONLY
        if (says("readonly"))
            return Text::tr("the database cannot be written: check that the file and its folder "
                            "may be changed");
        break;
    case 10: // SQLITE_IOERR
        if (says("I/O"))
            return Text::tr("the disk could not be read or written");
        break;
    case 11: // SQLITE_CORRUPT
        if (says("malformed"))
            return Text::tr("the database file is damaged: restore it from a backup");
        break;
    case 26: // SQLITE_NOTADB
        if (says("not a database"))
            return Text::tr("the file is not a database file (it is not in SQLite format)");
        break;
    case 13: // SQLITE_FULL
        if (says("full"))
            return Text::tr("the disk is full: make room and try again");
        break;
    case 14: // SQLITE_CANTOPEN
        if (says("unable to open"))
            return Text::tr("the database file cannot be opened");
        break;
    case 19: // SQLITE_CONSTRAINT
        // The constraint's kind stays in SQLite's word, so a log or a support
        // question still finds it.
        if (text.startsWith(QLatin1String("UNIQUE")))
            return Text::tr("another record already has this value (UNIQUE %1)").arg(detail);
        if (text.startsWith(QLatin1String("FOREIGN KEY")))
            return Text::tr("it refers to a record that does not exist (any more)");
        if (text.startsWith(QLatin1String("NOT NULL")))
            return Text::tr("a required value is missing (%1)").arg(detail);
        if (text.startsWith(QLatin1String("CHECK")))
            return Text::tr("a value is outside what the database allows (%1)").arg(detail);
        break;
    default:
        break;
    }
    return {};
}

// The columns of a unique key the server names, as SQLite names them
// (customers.external_id): the server's message says the constraint
// (customers_external_id_key) and, in its detail, the key's columns. A key
// over expressions, or an index named otherwise, keeps the server's name.
QString uniqueColumns(const QString& constraint, const QString& text)
{
    const int start = text.indexOf(QLatin1String("Key ("));
    const int end = start < 0 ? -1 : text.indexOf(QLatin1String(")="), start);
    if (end < 0)
        return constraint;
    const QStringList columns = text.mid(start + 5, end - start - 5).split(QLatin1String(", "));
    QString table;
    for (const QString& suffix :
         {QLatin1Char('_') + columns.join(QLatin1Char('_')) + QLatin1String("_key"),
          QStringLiteral("_pkey")})
        if (constraint.endsWith(suffix) && constraint.size() > suffix.size())
            table = constraint.left(constraint.size() - suffix.size());
    if (table.isEmpty())
        return constraint;
    QStringList named;
    for (const QString& c : columns)
        named << table + QLatin1Char('.') + c;
    return named.join(QLatin1String(", "));
}

// The same problems on a PostgreSQL server, told by their SQLSTATE, in the
// same words as on a file; the constraint or column the server names is kept.
QString serverError(const QString& state, const QString& text)
{
    const auto quoted = [&text](int n) {
        return text.section(QLatin1Char('"'), 2 * n - 1, 2 * n - 1);
    };
    if (state == QLatin1String("23505"))
        return Text::tr("another record already has this value (UNIQUE %1)")
            .arg(uniqueColumns(quoted(1), text));
    if (state == QLatin1String("23503"))
        return Text::tr("it refers to a record that does not exist (any more)");
    if (state == QLatin1String("23502"))
        return Text::tr("a required value is missing (%1)")
            .arg(quoted(2).isEmpty() ? quoted(1) : quoted(2) + QLatin1Char('.') + quoted(1));
    if (state == QLatin1String("23514"))
        return Text::tr("a value is outside what the database allows (%1)").arg(quoted(2));
    // Refused by the rights of the login (team mode): said plainly, with
    // what was refused in the server's words after it.
    if (state == QLatin1String("42501")) {
        QString what = text.trimmed();
        what.remove(QRegularExpression(QStringLiteral("^ERROR:\\s*")));
        what.remove(QRegularExpression(QStringLiteral("\\s*\\(42501\\)$")));
        return Text::tr("the server does not allow your account to do this (%1); the owner of "
                        "the business can")
            .arg(what.trimmed());
    }
    // CX Desk's own words from the server (a RAISE in a migration or trigger).
    if (state == QLatin1String("P0001")) {
        QString said = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        said.remove(QRegularExpression(QStringLiteral("^ERROR:\\s*")));
        return said;
    }
    if (state == QLatin1String("53100"))
        return Text::tr("the disk is full: make room and try again");
    return {};
}
} // namespace

QString errorText(const QSqlError& e)
{
    if (isBusy(e))
        return busyMessage();
    QString text = e.driverText().isEmpty() ? e.text() : e.driverText();
    if (!e.databaseText().isEmpty() && e.databaseText() != text)
        text = e.databaseText();
    // libpq's words when the server went away in the middle of the work.
    for (const char* lost : {"server closed the connection", "terminating connection",
                             "no connection to the server", "could not receive data from server",
                             "could not send data to server", "connection to server was lost"})
        if (text.contains(QLatin1String(lost), Qt::CaseInsensitive) ||
            e.text().contains(QLatin1String(lost), Qt::CaseInsensitive))
            return Text::tr("the connection to the database server was lost; what was not saved "
                            "yet is not on the server");
    // A SQLSTATE has five characters; SQLite's result codes are shorter.
    if (e.nativeErrorCode().size() == 5)
        if (const QString said = serverError(e.nativeErrorCode(), text); !said.isEmpty())
            return said;
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    if (ok)
        if (const QString said = translatedError(code, text.trimmed()); !said.isEmpty())
            return said;
    return text.trimmed();
}

QString errorText(const QSqlQuery& q)
{
    return errorText(q.lastError());
}

namespace {
std::atomic_int g_renewals{0};
} // namespace

void connectionsRenewed()
{
    ++g_renewals;
}

QSqlQuery* Statement::get(QString* error)
{
    const int renewals = g_renewals.load(std::memory_order_relaxed);
    if (m_preparedIn != renewals) {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_text)) {
            if (error)
                *error = errorText(m_query);
            return nullptr;
        }
        m_preparedIn = renewals;
    }
    return &m_query;
}

bool runLookup(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = errorText(q);
    return false;
}

bool runLookup(QSqlQuery& q, const QString& statement, QString* error)
{
    if (q.exec(statement))
        return true;
    if (error)
        *error = errorText(q);
    return false;
}

Savepoint::Savepoint(QSqlDatabase& db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT cx_write"));
    // 25P01: no transaction is open on the server, so the write opens its own.
    if (!m_active && q.lastError().nativeErrorCode() == QLatin1String("25P01")) {
        m_active = q.exec(QStringLiteral("BEGIN"));
        m_ownsTransaction = m_active;
    }
}

Savepoint::~Savepoint()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (m_ownsTransaction) {
            q.exec(QStringLiteral("ROLLBACK"));
            return;
        }
        q.exec(QStringLiteral("ROLLBACK TO cx_write"));
        q.exec(QStringLiteral("RELEASE cx_write"));
    }
}

bool Savepoint::release(QString* error)
{
    QSqlQuery q(m_db);
    if (!m_active || !q.exec(m_ownsTransaction ? QStringLiteral("COMMIT")
                                               : QStringLiteral("RELEASE cx_write"))) {
        if (error)
            *error = m_active ? errorText(q) : Text::tr("could not start the write");
        return false;
    }
    m_active = false;
    return true;
}

bool exec(QSqlQuery& q, const char* what, QString* error)
{
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QCoreApplication::translate("cx::Text", what),
                                                  errorText(q));
        return false;
    }
    return true;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString orderedJoin(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("JOIN")
                                                     : QStringLiteral("CROSS JOIN");
}

QString groupConcat(const QSqlDatabase& db, const QString& expression, const QString& separator,
                    const QString& orderBy)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return QStringLiteral("string_agg(CAST(%1 AS text), %2%3)")
            .arg(expression, separator,
                 orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + orderBy);
    // SQLite joins in the order the rows come; a sorted subquery gives them.
    Q_UNUSED(orderBy);
    return QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

} // namespace cx::sql
