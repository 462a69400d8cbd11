#pragma once

#include <QElapsedTimer>
#include <chrono>

namespace es {

// Paces a transfer's progress reports and smooths its speed: a report at most every interval
// (views repaint on each), and a rate averaged over windows of at least half a second.
class ProgressMeter
{
public:
    // A new request starts: the rate is measured from `bytes` on.
    void restartRate(qint64 bytes);
    // Whether a report of `bytes` is due now (always when `force`); updates bytesPerSecond().
    bool isDue(qint64 bytes, std::chrono::milliseconds interval, bool force);
    qint64 bytesPerSecond() const { return m_bytesPerSecond; }

private:
    QElapsedTimer m_clock;     // since the first request
    QElapsedTimer m_rateClock; // since the rate window opened
    qint64 m_rateBytes = 0;
    qint64 m_bytesPerSecond = 0;
    qint64 m_lastReportMs = -1;
};

} // namespace es
