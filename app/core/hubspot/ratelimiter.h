#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>

class QNetworkReply;

namespace es {

// What HubSpot last told us about the account's limits, plus what the limiter does about it.
// -1 means "not known yet" (daily figures are never sent for OAuth tokens).
struct RateLimitState
{
    int max = -1;        // X-HubSpot-RateLimit-Max: requests per window
    int remaining = -1;  // X-HubSpot-RateLimit-Remaining, minus what we sent since
    int intervalMs = -1; // X-HubSpot-RateLimit-Interval-Milliseconds
    qint64 dailyMax = -1;
    qint64 dailyRemaining = -1;
    int queued = 0;          // requests waiting for a slot
    qint64 blockedForMs = 0; // > 0 while a 429 pause runs
    bool dailyExhausted = false;

    bool operator==(const RateLimitState &) const = default;
};

// Paces the requests of one HubSpot account so that it never sends more than the window allows.
// Share one instance between every client of the same account. Callers ask for a slot with
// acquire(); the callback runs from the event loop (never synchronously) when the request may go
// out, and the response headers are fed back with observe(). A 429 pauses the account for
// Retry-After, else Interval-Milliseconds (pauseFor()).
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    explicit RateLimiter(QObject *parent = nullptr);
    ~RateLimiter() override;

    // Used until HubSpot's headers say otherwise: the Free/Starter window, 100 per 10 s.
    void setDefaultWindow(int max, int intervalMs);
    // Sends are also capped locally at this many per second (CRM search allows 5/s); 0 = off.
    void setMaxPerSecond(int perSecond);

    // `ready` runs once, from the event loop, when the request may be sent; never if `context`
    // is destroyed first or the ticket is released. Returns a ticket id.
    quint64 acquire(QObject *context, std::function<void()> ready);
    void release(quint64 ticket);

    // Feed every API answer (any status) back so the window follows HubSpot's numbers.
    void observe(const QNetworkReply *reply);
    void observeHeaders(int httpStatus, const QList<std::pair<QByteArray, QByteArray>> &headers);
    // Hold every request of the account for this long (after a 429).
    void pauseFor(qint64 ms);

    RateLimitState state() const;
    // How long the next acquire() would wait now, in ms (0 = at once).
    qint64 currentDelayMs() const;

signals:
    void stateChanged(const es::RateLimitState &state);

private:
    struct Waiter
    {
        quint64 ticket = 0;
        QPointer<QObject> context;
        std::function<void()> ready;
    };

    void schedule();
    void dispatch();
    qint64 delayMs(qint64 now) const;
    void prune(qint64 now);
    void publish();

    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<Waiter> m_waiters;
    std::deque<qint64> m_sent; // send times (m_clock ms) within the current window
    quint64 m_nextTicket = 1;
    int m_defaultMax = 100;
    int m_defaultIntervalMs = 10000;
    int m_maxPerSecond = 0;
    int m_max = -1;
    int m_intervalMs = -1;
    int m_serverRemaining = -1; // as reported by the last answer
    qint64 m_reportedAt = -1;   // m_clock ms of that answer
    int m_sentSinceReport = 0;  // sends after that answer
    qint64 m_blockedUntil = 0;
    qint64 m_dailyMax = -1;
    qint64 m_dailyRemaining = -1;
    RateLimitState m_published;
};

} // namespace es

Q_DECLARE_METATYPE(es::RateLimitState)
