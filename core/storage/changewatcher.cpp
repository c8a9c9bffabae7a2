#include "core/storage/changewatcher.h"

#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace cx {

namespace {
const QString kChannel = QStringLiteral("cx_changes");

// A PostgreSQL server (SQLite's driver has notifications of its own, of
// this connection's writes only).
bool tellsOfChanges(const QSqlDatabase& db)
{
    return db.isOpen() && db.driverName() == QLatin1String("QPSQL");
}
} // namespace

void announceChanges(QSqlDatabase& db)
{
    if (!tellsOfChanges(db))
        return;
    QSqlQuery q(db);
    QString error;
    if (!sql::runLookup(q, QStringLiteral("SELECT pg_notify('cx_changes', '')"), &error))
        qCWarning(lcDb) << "cannot tell the other clients of a change:" << error;
}

ChangeWatcher::ChangeWatcher(Database& db, int intervalMs, QObject* parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this)), m_soon(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_soon->setSingleShot(true);
    m_soon->setInterval(std::min(intervalMs, 150));
    connect(m_soon, &QTimer::timeout, this, &ChangeWatcher::poll);
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
    m_noticed = false;
    listen();
}

void ChangeWatcher::listen()
{
    QSqlDatabase& db = m_db.sql();
    if (!tellsOfChanges(db))
        return;
    QSqlDriver* driver = db.driver();
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver,
                qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
                    &QSqlDriver::notification),
                this,
                [this](const QString& channel, QSqlDriver::NotificationSource source,
                       const QVariant&) { noticed(channel, source); });
    }
    // A connection made again listens on nothing until it is told to.
    if (!driver->subscribedToNotifications().contains(kChannel) &&
        !driver->subscribeToNotification(kChannel))
        qCWarning(lcDb) << "cannot listen for changes on the server:" << driver->lastError().text();
}

void ChangeWatcher::noticed(const QString& channel, QSqlDriver::NotificationSource source)
{
    if (channel != kChannel || source == QSqlDriver::SelfSource)
        return;
    m_noticed = true;
    if (!m_paused && !m_soon->isActive())
        m_soon->start();
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
    if (m_noticed) {
        m_noticed = false;
        emit changedElsewhere();
        return true;
    }
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
