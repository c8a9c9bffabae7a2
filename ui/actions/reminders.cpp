#include "ui/actions/reminders.h"

#include "core/actions/actionrepository.h"
#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTimer>

namespace cx {

Reminders::Reminders(Database& db, int intervalMs, QObject* parent) : QObject(parent), m_db(db)
{
    if (intervalMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setInterval(intervalMs);
        connect(m_timer, &QTimer::timeout, this, &Reminders::check);
        m_timer->start();
    }
}

void Reminders::restart()
{
    m_day = QDate();
    m_known.clear();
}

void Reminders::check()
{
    if (!m_db.isOpen())
        return;
    const QDate today = clock::today();
    ActionRepository actions(m_db.sql());
    const QVector<Action> overdue = actions.overdue(today);
    if (today != m_day) {
        const bool first = !m_day.isValid();
        m_day = today;
        m_due = actions.dueByCount(today);
        // What is overdue at the start is in the count; only what falls
        // overdue while the window is open is notified.
        if (first)
            for (const Action& a : overdue)
                m_known.insert(a.id);
        emit dueToday(m_due);
    }
    for (const Action& a : overdue) {
        if (m_known.contains(a.id))
            continue;
        m_known.insert(a.id);
        notify(tr("Follow-up overdue"),
               a.owner.isEmpty()
                   ? tr("“%1” was due %2.")
                         .arg(a.title, QLocale().toString(a.dueOn, QLocale::ShortFormat))
                   : tr("“%1” (%2) was due %3.")
                         .arg(a.title, a.owner, QLocale().toString(a.dueOn, QLocale::ShortFormat)));
    }
}

void Reminders::recount()
{
    if (!m_db.isOpen() || !m_day.isValid())
        return;
    const qint64 due = ActionRepository(m_db.sql()).dueByCount(clock::today());
    if (due == m_due)
        return;
    m_due = due;
    emit dueToday(m_due);
}

void Reminders::notify(const QString& title, const QString& message)
{
    if (m_notify) {
        m_notify(title, message);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/cxdesk.svg")), this);
        m_tray->setToolTip(tr("CX Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Reminders::notificationClicked);
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
}

} // namespace cx
