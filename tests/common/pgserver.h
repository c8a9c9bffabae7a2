#pragma once

// A throwaway PostgreSQL server for the tests that need one: a cluster made
// with initdb in a temporary folder, listening only on a unix socket there,
// stopped and removed when the object goes. initdb and pg_ctl refuse to run
// as root, so under root they run as the unprivileged `postgres` user.
//
// A machine without PostgreSQL is a failure, never a silent skip: start()
// returns false and says what is missing.

#include <QString>
#include <QStringList>

namespace cxtest {

class PgServer
{
public:
    PgServer() = default;
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;
    ~PgServer();

    // Makes the cluster and starts the server; false with the reason.
    [[nodiscard]] bool start(QString* error);
    // Stops it as a crash would (pg_ctl stop -m immediate), or starts it again.
    [[nodiscard]] bool stopImmediately(QString* error);
    [[nodiscard]] bool restart(QString* error);
    bool isRunning() const { return m_running; }

    // A new empty database on the server.
    [[nodiscard]] bool createDatabase(const QString& name, QString* error);
    // A login `user` that must give `password` (every other account keeps
    // getting in without one), as a server set up for a team asks it.
    [[nodiscard]] bool addPasswordUser(const QString& user, const QString& password,
                                       QString* error);
    // The connection URI of a database, as `--db` and CXDESK_DB take it.
    QString uri(const QString& database, const QString& user = QStringLiteral("postgres")) const;
    QString socketDir() const { return m_dir; }
    int port() const { return m_port; }

    // The folder of PostgreSQL's programs (initdb, pg_ctl, psql), or empty.
    static QString binDir();

private:
    bool run(const QString& program, const QStringList& args, QString* error,
             int timeoutMs = 60000);
    QString m_dir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace cxtest
