#pragma once

// Keeping a window's connection to a server: a tiny statement every few
// seconds tells when the server went away (restarted, the network gone);
// then a new connection is tried at the same pace until the server answers
// again. Nothing is written meanwhile, and nothing the user typed is touched:
// what could not be saved can be saved again once the connection is back.
// A database in a file needs none of this.

#include <QObject>
#include <QString>

class QTimer;

namespace cx {

class Database;

class ConnectionKeeper : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionKeeper(Database& db, int intervalMs = 3000, QObject* parent = nullptr);

    bool isLost() const { return m_lost; }
    // Looks now: whether a connected server still answers, or whether a lost
    // one can be reached again.
    void check();

signals:
    // The server stopped answering.
    void lost();
    // A new connection works; whatever shows the data reads it again.
    void restored();

private:
    Database& m_db;
    QTimer* m_timer;
    bool m_lost = false;
};

} // namespace cx
