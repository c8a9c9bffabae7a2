#include "core/storage/connectionkeeper.h"

#include "core/storage/database.h"

#include <QTimer>

namespace cx {

ConnectionKeeper::ConnectionKeeper(Database& db, int intervalMs, QObject* parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionKeeper::check);
    m_timer->start();
}

void ConnectionKeeper::check()
{
    if (!m_db.isServer()) {
        // Another database was opened in the meantime (a file).
        if (m_lost) {
            m_lost = false;
            emit restored();
        }
        return;
    }
    if (!m_lost) {
        if (m_db.reachable())
            return;
        m_lost = true;
        emit lost();
        return;
    }
    QString why; // the server is still away: try again at the next look
    if (!m_db.reconnect(&why))
        return;
    m_lost = false;
    emit restored();
}

} // namespace cx
