#pragma once

// Seeing what others did: another window, the command line or a script that
// writes to the same database. SQLite raises a connection's
// `PRAGMA data_version` when any other connection commits, so looking at it
// every second costs one tiny statement and reads nothing else; when it
// moved, whatever shows the data reads it again. A PostgreSQL server tells
// instead: every commit that changes a table sends a notice on the channel
// cx_changes (schema version 7), which the watcher listens to on its
// connection, leaving out the notices of its own commits.

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

class QSqlDatabase;
class QTimer;

namespace cx {

class Database;

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Database& db, int intervalMs = 1000, QObject* parent = nullptr);

    // While paused (this program is writing a lot itself), nothing is polled.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Looks now; true, after emitting changedElsewhere(), when another
    // connection committed since the last look.
    bool poll();
    // Takes the current version as seen (after opening another database, or
    // connecting to the server again), and listens on that connection.
    void rebase();
    qint64 polls() const { return m_polls; }

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;
    void listen();
    void noticed(const QString& channel, QSqlDriver::NotificationSource source);

    Database& m_db;
    QTimer* m_timer;
    QTimer* m_soon;                // a notice is looked at shortly, many as one
    QPointer<QSqlDriver> m_driver; // the connection listened on
    bool m_noticed = false;        // another client committed since the last look
    qint64 m_version = -1;
    qint64 m_polls = 0;
    bool m_paused = false;
};

// Tells the other clients of a server that its data changed, from a writer
// that switched the tables' triggers off (a copy or restore); nothing on a
// file, whose other connections see the commit themselves.
void announceChanges(QSqlDatabase& db);

} // namespace cx
