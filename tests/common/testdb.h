#pragma once

// A fresh database in its own temporary folder for each test.

#include "core/storage/copy.h"
#include "core/storage/database.h"
#include "core/surveys/surveyentry.h"

#include <QTemporaryDir>

namespace cxtest {

// Keeps a test's settings and standard folders apart from the user's, and
// starts them empty.
void isolateSettings();

// The SQL of every statement on this connection that has been stepped and
// not reset: each one holds a read transaction open, which makes the
// connection's next write fail once another connection has written, and
// stops WAL checkpoints. Empty when the connection holds none. On a server
// connection: a line when a transaction is left open there.
QStringList openStatements(QSqlDatabase& db);

// Whether this run puts its test databases on a PostgreSQL server
// (CXDESK_TEST_DB=postgresql, as ctest sets for the tests labelled postgres).
bool onServer();

// An answer to every question of the survey that takes one: `score` on each
// scale (kept within it), yes, the first option, and `text` for the required
// text questions.
cx::AnswerMap validAnswers(const cx::Survey& survey, int score,
                           const QString& text = QStringLiteral("Lovely scones"));

// A new, empty CX Desk database on this run's throwaway server (started
// when first needed), as its address; empty, with *error, when it cannot be
// made.
QString newServerDatabase(QString* error);

// The rows and checksum of every table (as copyDatabase compares them);
// empty, with a warning, when they cannot be read.
QVector<cx::CopiedTable> checksums(cx::Database& db);
// Whether two such lists hold the same tables with the same rows and
// checksums; *difference (when given) names the first that differs.
bool sameTables(const QVector<cx::CopiedTable>& a, const QVector<cx::CopiedTable>& b,
                QString* difference = nullptr);

// A fresh database for each test: a file in its own temporary folder, or a
// new database on a throwaway PostgreSQL server when onServer().
class TestDb
{
public:
    enum class Where
    {
        AsRunSays, // a file, or the server when onServer()
        File       // always a file (tests that compare the two engines)
    };
    explicit TestDb(Where where = Where::AsRunSays);
    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    cx::Database& db() { return m_db; }
    QSqlDatabase& sql() { return m_db.sql(); }
    // Runs statements separated by ";\n"; false (with a warning naming the statement) on failure.
    bool exec(const QString& statements);
    // First column of the first row of a query, for assertions.
    QVariant scalar(const QString& query);

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    cx::Database m_db;
};

} // namespace cxtest
