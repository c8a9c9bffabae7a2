#include "tests/common/pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxtest {

namespace {
// The unprivileged account that owns the cluster when the tests run as root.
const char* const kServerUser = "postgres";
} // namespace

QString PgServer::binDir()
{
    // Debian keeps each major version's programs apart; the newest wins.
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions)
        if (QFile::exists(lib.filePath(v + QStringLiteral("/bin/initdb"))))
            return lib.filePath(v + QStringLiteral("/bin"));
    return {};
}

PgServer::~PgServer()
{
    QString ignored;
    if (m_running)
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

bool PgServer::run(const QString& program, const QStringList& args, QString* error, int timeoutMs)
{
    const QString bin = binDir();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList command{bin + QLatin1Char('/') + program};
    command << args;
    if (geteuid() == 0) {
        // initdb and pg_ctl refuse root: the postgres account runs them.
        command.prepend(QStringLiteral("--"));
        command.prepend(QString::fromLatin1(kServerUser));
        command.prepend(QStringLiteral("-u"));
        p.start(QStringLiteral("runuser"), command);
    } else {
        const QString first = command.takeFirst();
        p.start(first, command);
    }
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(program)
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgServer::start(QString* error)
{
    if (binDir().isEmpty()) {
        *error =
            QStringLiteral("PostgreSQL is not installed (no initdb under /usr/lib/postgresql): "
                           "install postgresql-15, as setup.sh does");
        return false;
    }
    // A short path: a unix socket's path may not exceed about 100 bytes.
    QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/cxpg-XXXXXX";
    if (!mkdtemp(pattern.data())) {
        *error = QStringLiteral("cannot make a folder for the server in %1").arg(QDir::tempPath());
        return false;
    }
    m_dir = QString::fromLocal8Bit(pattern);
    if (geteuid() == 0) {
        const passwd* account = getpwnam(kServerUser);
        if (!account) {
            *error = QStringLiteral("there is no '%1' account to run the server as (it comes with "
                                    "postgresql-15)")
                         .arg(QString::fromLatin1(kServerUser));
            return false;
        }
        if (chown(pattern.constData(), account->pw_uid, account->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres account").arg(m_dir);
            return false;
        }
    }
    chmod(pattern.constData(), 0755); // the tests (root) reach the socket inside
    const QString data = m_dir + QStringLiteral("/data");
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             error, 120000))
        return false;
    m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
    // Only the socket in the folder; no TCP port is opened, so parallel tests never clash.
    QFile conf(data + QStringLiteral("/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        *error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    // No fsync (a test's data need not outlive the computer), but a commit
    // is written before it is confirmed, so a server stopped as a crash
    // would keeps every transaction a client was told had committed.
    conf.write(QStringLiteral("listen_addresses = ''\n"
                              "unix_socket_directories = '%1'\n"
                              "port = %2\n"
                              "fsync = off\nsynchronous_commit = on\nfull_page_writes = off\n"
                              "max_connections = 60\nshared_buffers = 64MB\n")
                   .arg(m_dir)
                   .arg(m_port)
                   .toUtf8());
    conf.close();
    if (!restart(error))
        return false;
    // A test that crashes runs no destructor: a watchdog stops the server and
    // removes its folder once this process is gone, so none is left running.
    const QString bin = binDir();
    const QString watch =
        QStringLiteral("while [ -d /proc/%1 ]; do sleep 1; done; '%2/pg_ctl' -D '%3/data' -m "
                       "immediate -w stop >/dev/null 2>&1; rm -rf '%3'")
            .arg(QCoreApplication::applicationPid())
            .arg(bin, m_dir);
    if (geteuid() == 0)
        QProcess::startDetached(QStringLiteral("runuser"),
                                {QStringLiteral("-u"), QString::fromLatin1(kServerUser),
                                 QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 watch});
    else
        QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), watch});
    return true;
}

bool PgServer::restart(QString* error)
{
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
              m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("start")},
             error, 90000)) {
        QFile log(m_dir + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly))
            *error += QStringLiteral("\n") + QString::fromUtf8(log.readAll().right(2000));
        return false;
    }
    m_running = true;
    return true;
}

bool PgServer::stopImmediately(QString* error)
{
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
             error))
        return false;
    m_running = false;
    return true;
}

bool PgServer::createDatabase(const QString& name, QString* error)
{
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("postgres"), name},
               error);
}

bool PgServer::addPasswordUser(const QString& user, const QString& password, QString* error)
{
    // Test names and passwords only (letters and digits): no quoting needed.
    if (!run(QStringLiteral("psql"),
             {QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
              QStringLiteral("postgres"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
              QStringLiteral("-c"),
              QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(user, password)},
             error))
        return false;
    // The first matching line of pg_hba.conf wins: this user's comes first.
    QFile hba(m_dir + QStringLiteral("/data/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(hba.fileName());
        return false;
    }
    const QByteArray rest = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    hba.write(QStringLiteral("local all %1 scram-sha-256\n").arg(user).toUtf8() + rest);
    hba.close();
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("reload")},
             error))
        return false;
    QThread::msleep(500); // the server reads pg_hba.conf again once it has the signal
    return true;
}

QString PgServer::uri(const QString& database, const QString& user) const
{
    // A socket folder goes in the query, as libpq reads it (host=/path).
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), m_dir);
    query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    url.setQuery(query);
    return url.toString();
}

} // namespace cxtest
