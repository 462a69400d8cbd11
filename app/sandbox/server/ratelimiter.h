#pragma once

#include <QtGlobal>
#include <deque>
#include <mutex>

namespace sandbox {

// HubSpot's TEN_SECONDLY_ROLLING policy: at most `max` requests in any window of
// `windowMs`, on real time.
class RateLimiter
{
public:
    RateLimiter(int max, qint64 windowMs);

    struct Decision
    {
        bool allowed = true;
        int remaining = 0;
        qint64 retryAfterMs = 0;
    };
    Decision hit();  // counts the request when allowed
    int remaining(); // without counting
    int max() const { return m_max; }
    qint64 windowMs() const { return m_windowMs; }
    void reset();

private:
    void prune(qint64 now);

    const int m_max;
    const qint64 m_windowMs;
    std::mutex m_mutex;
    std::deque<qint64> m_hits;
};

} // namespace sandbox
