#include "ratelimiter.h"

#include "hubspotlog.h"

#include <QNetworkReply>
#include <algorithm>

namespace es {

namespace {

qint64 headerNumber(const QByteArray &value, qint64 fallback = -1)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok ? n : fallback;
}

} // namespace

RateLimiter::RateLimiter(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::dispatch);
}

RateLimiter::~RateLimiter() = default;

void RateLimiter::setDefaultWindow(int max, int intervalMs)
{
    m_defaultMax = std::max(1, max);
    m_defaultIntervalMs = std::max(1, intervalMs);
    schedule();
}

void RateLimiter::setMaxPerSecond(int perSecond)
{
    m_maxPerSecond = std::max(0, perSecond);
    schedule();
}

quint64 RateLimiter::acquire(QObject *context, std::function<void()> ready)
{
    const quint64 ticket = m_nextTicket++;
    m_waiters.push_back(Waiter{ticket, context, std::move(ready)});
    // Always from the event loop, even when a slot is free, so callers never re-enter.
    schedule();
    publish();
    return ticket;
}

void RateLimiter::release(quint64 ticket)
{
    const auto it = std::find_if(m_waiters.begin(), m_waiters.end(),
                                 [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it != m_waiters.end()) {
        m_waiters.erase(it);
        publish();
    }
}

void RateLimiter::observe(const QNetworkReply *reply)
{
    if (!reply)
        return;
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const char *name : {"X-HubSpot-RateLimit-Max", "X-HubSpot-RateLimit-Remaining",
                             "X-HubSpot-RateLimit-Interval-Milliseconds",
                             "X-HubSpot-RateLimit-Daily", "X-HubSpot-RateLimit-Daily-Remaining"}) {
        const QByteArray key(name);
        if (reply->hasRawHeader(key))
            headers.append({key, reply->rawHeader(key)});
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    observeHeaders(status, headers);
}

void RateLimiter::observeHeaders(int httpStatus,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    Q_UNUSED(httpStatus)
    const qint64 now = m_clock.elapsed();
    bool sawWindow = false;
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        if (name == "x-hubspot-ratelimit-max") {
            const qint64 n = headerNumber(value);
            if (n > 0)
                m_max = int(n);
        } else if (name == "x-hubspot-ratelimit-remaining") {
            const qint64 n = headerNumber(value);
            if (n >= 0) {
                m_serverRemaining = int(n);
                sawWindow = true;
            }
        } else if (name == "x-hubspot-ratelimit-interval-milliseconds") {
            const qint64 n = headerNumber(value);
            if (n > 0)
                m_intervalMs = int(n);
        } else if (name == "x-hubspot-ratelimit-daily") {
            m_dailyMax = headerNumber(value, m_dailyMax);
        } else if (name == "x-hubspot-ratelimit-daily-remaining") {
            m_dailyRemaining = headerNumber(value, m_dailyRemaining);
        }
    }
    if (sawWindow) {
        m_reportedAt = now;
        m_sentSinceReport = 0;
    }
    schedule();
    publish();
}

void RateLimiter::pauseFor(qint64 ms)
{
    if (ms <= 0)
        return;
    m_blockedUntil = std::max(m_blockedUntil, m_clock.elapsed() + ms);
    qCInfo(lcHubSpot) << "rate limit: holding requests for" << ms << "ms";
    schedule();
    publish();
}

RateLimitState RateLimiter::state() const
{
    const qint64 now = m_clock.elapsed();
    RateLimitState s;
    s.max = m_max;
    s.intervalMs = m_intervalMs;
    if (m_serverRemaining >= 0) {
        const int interval = m_intervalMs > 0 ? m_intervalMs : m_defaultIntervalMs;
        // Once a whole window has passed since the report, the old figure says nothing.
        s.remaining = now < m_reportedAt + interval
                          ? std::max(0, m_serverRemaining - m_sentSinceReport)
                          : (m_max > 0 ? m_max : -1);
    }
    s.dailyMax = m_dailyMax;
    s.dailyRemaining = m_dailyRemaining;
    s.dailyExhausted = m_dailyRemaining == 0;
    s.queued = int(m_waiters.size());
    s.blockedForMs = std::max<qint64>(0, m_blockedUntil - now);
    return s;
}

qint64 RateLimiter::currentDelayMs() const
{
    return delayMs(m_clock.elapsed());
}

qint64 RateLimiter::delayMs(qint64 now) const
{
    qint64 wait = std::max<qint64>(0, m_blockedUntil - now);
    const int max = m_max > 0 ? m_max : m_defaultMax;
    const int interval = m_intervalMs > 0 ? m_intervalMs : m_defaultIntervalMs;

    // Our own count over the rolling window.
    qint64 inWindow = 0;
    for (auto it = m_sent.rbegin(); it != m_sent.rend() && *it > now - interval; ++it)
        ++inWindow;
    if (inWindow >= max) {
        // The (inWindow - max + 1)-th oldest send in the window must leave it first.
        const auto firstInWindow = std::find_if(m_sent.begin(), m_sent.end(),
                                                [&](qint64 t) { return t > now - interval; });
        const auto leaving = firstInWindow + (inWindow - max);
        wait = std::max(wait, *leaving + interval - now);
    }

    // HubSpot's count: it may include other apps' requests on the same account.
    if (m_serverRemaining >= 0 && now < m_reportedAt + interval &&
        m_sentSinceReport >= m_serverRemaining)
        wait = std::max(wait, m_reportedAt + interval - now);

    if (m_maxPerSecond > 0) {
        qint64 lastSecond = 0;
        for (auto it = m_sent.rbegin(); it != m_sent.rend() && *it > now - 1000; ++it)
            ++lastSecond;
        if (lastSecond >= m_maxPerSecond) {
            const auto first = std::find_if(m_sent.begin(), m_sent.end(),
                                            [&](qint64 t) { return t > now - 1000; });
            wait = std::max(wait, *(first + (lastSecond - m_maxPerSecond)) + 1000 - now);
        }
    }
    return std::max<qint64>(0, wait);
}

void RateLimiter::prune(qint64 now)
{
    const int interval = std::max(m_intervalMs > 0 ? m_intervalMs : m_defaultIntervalMs, 1000);
    while (!m_sent.empty() && m_sent.front() <= now - interval)
        m_sent.pop_front();
}

void RateLimiter::schedule()
{
    if (m_waiters.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = delayMs(m_clock.elapsed());
    m_timer.start(int(std::min<qint64>(wait, qint64{24} * 3600 * 1000)));
}

void RateLimiter::dispatch()
{
    while (!m_waiters.empty()) {
        const qint64 now = m_clock.elapsed();
        prune(now);
        if (delayMs(now) > 0)
            break;
        Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        if (!waiter.context)
            continue;
        m_sent.push_back(now);
        ++m_sentSinceReport;
        waiter.ready(); // may acquire() again: the loop re-reads the queue
    }
    schedule();
    publish();
}

void RateLimiter::publish()
{
    const RateLimitState s = state();
    if (s == m_published)
        return;
    m_published = s;
    emit stateChanged(s);
}

} // namespace es
