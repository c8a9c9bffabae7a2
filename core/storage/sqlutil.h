#pragma once

// Small helpers shared by the repositories: binding nullable values and
// turning driver errors into messages.

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace cx::sql {

inline QVariant id(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}
// The id of the row an INSERT just wrote: `given` when the statement named
// one (bound with id() above), else the number the database gave it. On a
// server lastInsertId() is the last number any sequence gave the connection,
// not an id the statement named.
inline qint64 insertedId(const QSqlQuery& q, qint64 given)
{
    return given > 0 ? given : q.lastInsertId().toLongLong();
}
inline QVariant text(const QString& v)
{
    return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v);
}
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}
inline QVariant rating(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

inline QDate toDate(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
[[nodiscard]] inline std::optional<int> toRating(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// What a failed statement says, for people: the driver's own words, except
// that a database another program is writing to (SQLite's BUSY or LOCKED
// after the busy timeout) is named as such, with what to do.
QString errorText(const QSqlError& e);
QString errorText(const QSqlQuery& q);
// Whether the error is another connection holding the write lock.
bool isBusy(const QSqlError& e);
// The message for a database that another program is writing to.
QString busyMessage();

// A statement prepared on first use and reused for every later call, so bulk
// work (demo, import) pays for parsing once.
class Statement
{
public:
    Statement(QSqlDatabase& db, QString text) : m_query(db), m_text(std::move(text)) {}
    // The prepared query, or nullptr with error filled. Prepared again after
    // a connection was renewed (a server's statements live in its session).
    QSqlQuery* get(QString* error);

private:
    QSqlQuery m_query;
    QString m_text;
    int m_preparedIn = -1; // the renewal it was prepared in; -1: not yet
};

// Tells every Statement that the connections were made anew (a server came
// back), so each prepares itself again before it runs.
void connectionsRenewed();

// SAVEPOINT guard for writes of several rows that must land together; nests
// inside an outer Transaction or stands alone.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase& db);
    ~Savepoint();
    bool isActive() const { return m_active; }
    [[nodiscard]] bool release(QString* error);

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    // Outside a transaction a server takes no savepoint: the write is then a
    // transaction of its own (SQLite's savepoint starts one by itself).
    bool m_ownsTransaction = false;
};
// Runs a lookup's query. False when it could not run, with the reason in
// *error when one is given; a lookup that runs and finds nothing is not a
// failure. So every lookup (one record, a list or a count) returns nothing with *error empty for
// "not found", and with *error filled for "could not read".
[[nodiscard]] bool runLookup(QSqlQuery& q, QString* error);
// The same for a statement run directly.
[[nodiscard]] bool runLookup(QSqlQuery& q, const QString& statement, QString* error);
// Executes a prepared query; on failure writes "what: driver message" to error.
[[nodiscard]] bool exec(QSqlQuery& q, const char* what, QString* error);

// A new random RFC 4122 UUID as text without braces.
QString newUuid();

// The values of `expression` in one text, joined by `separator` (an SQL
// string literal), in the order of `orderBy` when given: group_concat on
// SQLite, string_agg on PostgreSQL.
// The join that keeps the tables in the order written: SQLite's CROSS JOIN,
// which its planner never reorders; a plain JOIN on a server, which plans it
// from its statistics.
QString orderedJoin(const QSqlDatabase& db);

QString groupConcat(const QSqlDatabase& db, const QString& expression, const QString& separator,
                    const QString& orderBy = QString());

} // namespace cx::sql
