#include "core/storage/changewatcher.h"

#include "core/storage/database.h"
#include "core/storage/engine.h"

#include <QSqlQuery>
#include <QTimer>

namespace cx {

ChangeWatcher::ChangeWatcher(Database& db, int intervalMs, QObject* parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    rebase();
    m_timer->start();
}

qint64 ChangeWatcher::dataVersion() const
{
    return m_db.isOpen() ? engineOf(m_db.sql()).dataVersion(m_db.sql()) : -1;
}

void ChangeWatcher::rebase()
{
    m_version = dataVersion();
}

void ChangeWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        poll();
}

bool ChangeWatcher::poll()
{
    if (m_paused)
        return false;
    ++m_polls;
    const qint64 now = dataVersion();
    if (now < 0 || now == m_version)
        return false;
    const bool first = m_version < 0;
    m_version = now;
    if (first)
        return false;
    emit changedElsewhere();
    return true;
}

} // namespace cx
