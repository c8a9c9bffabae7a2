#pragma once

// Reminders of follow-ups while the window is open: on start and each new
// day, how many are due today or overdue; and a desktop notification when
// an open follow-up becomes overdue (once per follow-up). "Today" is the
// clock of core/common/clock.h, so a test pins it.

#include <QDate>
#include <QObject>
#include <QSet>
#include <functional>

class QSystemTrayIcon;
class QTimer;

namespace cx {

class Database;

class Reminders : public QObject
{
    Q_OBJECT
public:
    using Notify = std::function<void(const QString& title, const QString& message)>;

    // Checks every `intervalMs` (a minute in the window; 0: only when asked).
    explicit Reminders(Database& db, int intervalMs = 60000, QObject* parent = nullptr);

    // Shows notifications through this instead of the system tray (tests).
    void setNotify(Notify notify) { m_notify = std::move(notify); }
    // Looks again now: a new day says how many are due, and each follow-up
    // that became overdue since the last look is notified.
    void check();
    // Starts over, as on a fresh start (after another database was opened).
    void restart();
    // Counts again after a write of this window's own (a kiosk detractor, an
    // import, an erase, a follow-up done): dueToday again when the count moved.
    void recount();
    qint64 dueCount() const { return m_due; }

signals:
    // On start and each new day: follow-ups open and due today or before.
    void dueToday(qint64 count);
    // The user clicked a desktop notification.
    void notificationClicked();

private:
    void notify(const QString& title, const QString& message);

    Database& m_db;
    QTimer* m_timer = nullptr;
    QDate m_day;
    qint64 m_due = 0;
    QSet<qint64> m_known; // overdue ones already said
    Notify m_notify;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace cx
