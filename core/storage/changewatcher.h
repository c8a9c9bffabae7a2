#pragma once

// Seeing what others did: another window, the command line or a script that
// writes to the same database. SQLite raises a connection's
// `PRAGMA data_version` when any other connection commits, so looking at it
// every second costs one tiny statement and reads nothing else; when it
// moved, whatever shows the data reads it again.

#include <QObject>

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
    // Takes the current version as seen (after opening another database).
    void rebase();
    qint64 polls() const { return m_polls; }

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    Database& m_db;
    QTimer* m_timer;
    qint64 m_version = -1;
    qint64 m_polls = 0;
    bool m_paused = false;
};

} // namespace cx
