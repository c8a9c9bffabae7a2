#pragma once

// The one clock of CX Desk: what "now" and "today" are for every record,
// filter and report. It reads the system clock unless it is pinned — by a
// test, or by CXDESK_NOW (an ISO 8601 time such as 2026-03-15T10:00:00+01:00)
// in the environment, so a test can pin the clock of the program it starts.
// Durations (timeouts, animations) are not read from here.

#include <QDate>
#include <QDateTime>

namespace cx::clock {

QDateTime now();
QDate today();

// Every later now() returns `at` (and today() its date); an invalid time puts
// the system clock back.
void pin(const QDateTime& at);

// Pins the clock for as long as it lives, then puts back what was before.
class Pinned
{
public:
    explicit Pinned(const QDateTime& at);
    ~Pinned();
    Pinned(const Pinned&) = delete;
    Pinned& operator=(const Pinned&) = delete;

private:
    QDateTime m_before;
};

} // namespace cx::clock
