#include "sandboxclock.h"

#include <QTimeZone>
#include <cmath>

namespace sandbox {

SandboxClock::SandboxClock(double speed)
    : m_speed(speed)
    , m_startEpochMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 SandboxClock::nowMs() const
{
    const auto scaled = static_cast<qint64>(std::llround(double(m_elapsed.elapsed()) * m_speed));
    return m_startEpochMs + scaled + m_advancedMs.load();
}

qint64 SandboxClock::realSecondsFor(qint64 sandboxMs) const
{
    const double real = m_speed > 0 ? double(sandboxMs) / m_speed : double(sandboxMs);
    return std::max<qint64>(1, static_cast<qint64>(std::ceil(real / 1000.0)));
}

QString SandboxClock::iso(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace sandbox
