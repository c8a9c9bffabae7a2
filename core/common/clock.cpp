#include "core/common/clock.h"

#include <QMutex>

namespace cx::clock {

namespace {

struct State
{
    QMutex mutex;
    QDateTime pinned;
    bool read = false; // CXDESK_NOW looked at
};

State& state()
{
    static State s;
    return s;
}

// The pinned time, if any; the first call reads CXDESK_NOW.
QDateTime pinnedTime()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.read) {
        s.read = true;
        const QString env = qEnvironmentVariable("CXDESK_NOW");
        if (!env.isEmpty())
            s.pinned = QDateTime::fromString(env, Qt::ISODate);
    }
    return s.pinned;
}

} // namespace

QDateTime now()
{
    const QDateTime at = pinnedTime();
    return at.isValid() ? at : QDateTime::currentDateTime();
}

QDate today()
{
    return now().date();
}

void pin(const QDateTime& at)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.read = true;
    s.pinned = at;
}

Pinned::Pinned(const QDateTime& at) : m_before(pinnedTime())
{
    pin(at);
}

Pinned::~Pinned()
{
    pin(m_before);
}

} // namespace cx::clock
