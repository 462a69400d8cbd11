#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <atomic>

namespace sandbox {

// The sandbox's notion of time: wall time at start-up, then real elapsed time multiplied by the
// clock speed, plus whatever /__sandbox/clock/advance added. Speed 0 freezes time so tests can
// step it. Export processing, link expiry and the daily quota run on it; the ten-second rate
// limit runs on real time because it is about request pacing.
class SandboxClock
{
public:
    explicit SandboxClock(double speed);

    qint64 nowMs() const;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    void advance(qint64 milliseconds) { m_advancedMs += milliseconds; }
    double speed() const { return m_speed; }
    // Real seconds until `sandboxMs` of sandbox time have passed (for Retry-After); when the
    // clock is frozen, the sandbox duration itself.
    qint64 realSecondsFor(qint64 sandboxMs) const;

    static QString iso(qint64 epochMs);

private:
    double m_speed;
    qint64 m_startEpochMs;
    QElapsedTimer m_elapsed;
    std::atomic<qint64> m_advancedMs{0};
};

} // namespace sandbox
