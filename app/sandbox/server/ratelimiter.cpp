#include "ratelimiter.h"

#include <QDateTime>
#include <algorithm>

namespace sandbox {

namespace {
qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

RateLimiter::RateLimiter(int max, qint64 windowMs)
    : m_max(max)
    , m_windowMs(windowMs)
{}

void RateLimiter::prune(qint64 now)
{
    while (!m_hits.empty() && m_hits.front() <= now - m_windowMs)
        m_hits.pop_front();
}

RateLimiter::Decision RateLimiter::hit()
{
    std::lock_guard lock(m_mutex);
    const qint64 now = monotonicMs();
    prune(now);
    Decision decision;
    if (static_cast<int>(m_hits.size()) >= m_max) {
        decision.allowed = false;
        decision.remaining = 0;
        decision.retryAfterMs = m_hits.empty() ? m_windowMs : m_hits.front() + m_windowMs - now;
        return decision;
    }
    m_hits.push_back(now);
    decision.remaining = m_max - static_cast<int>(m_hits.size());
    return decision;
}

int RateLimiter::remaining()
{
    std::lock_guard lock(m_mutex);
    prune(monotonicMs());
    return std::max(0, m_max - static_cast<int>(m_hits.size()));
}

void RateLimiter::reset()
{
    std::lock_guard lock(m_mutex);
    m_hits.clear();
}

} // namespace sandbox
