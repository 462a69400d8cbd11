#include "progressmeter.h"

namespace es {

void ProgressMeter::restartRate(qint64 bytes)
{
    m_rateClock.start();
    m_rateBytes = bytes;
    if (!m_clock.isValid())
        m_clock.start();
}

bool ProgressMeter::isDue(qint64 bytes, std::chrono::milliseconds interval, bool force)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < interval.count())
        return false;
    const qint64 elapsed = m_rateClock.isValid() ? m_rateClock.elapsed() : 0;
    if (elapsed >= 500) {
        const qint64 instant = (bytes - m_rateBytes) * 1000 / elapsed;
        m_bytesPerSecond = m_bytesPerSecond == 0 ? instant : (m_bytesPerSecond + instant) / 2;
        m_rateBytes = bytes;
        m_rateClock.restart();
    }
    m_lastReportMs = now;
    return true;
}

} // namespace es
