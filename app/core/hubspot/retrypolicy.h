#pragma once

#include "apierror.h"

#include <QNetworkReply>
#include <functional>

namespace es {

// When and how long to wait before sending a failed request again.
//
// Retried: 429 (except the DAILY policy, which lasts until midnight), 5xx, timeouts and dropped
// connections. The wait is capped exponential backoff with jitter:
// min(cap, base·2^(n-1)) scaled by a random factor in [1 - jitter, 1]; a 429 waits at least its
// Retry-After (else the window's Interval-Milliseconds).
//
// A request that starts an export is special: repeating it after it may have reached HubSpot
// would start (and bill) a second export, so only answers proving nothing started are retried
// (a 429 TEN_SECONDLY, a connection refused or a host not found).
struct RetryPolicy
{
    int maxAttempts = 5; // total sends, the first included
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 30000;
    double jitter = 0.5; // 0 = no jitter
    // Returns a value in [0, 1); std::random by default. Tests inject a fixed one.
    std::function<double()> random;

    enum class Safety
    {
        Idempotent, // GET, search: repeat freely
        StartsWork, // POST export/async: repeat only when nothing can have started
    };

    // Whether `error` on the attempt-th send (1-based) may be retried.
    bool shouldRetry(const ApiError &error, int attempt, Safety safety) const;
    // Delay before the next send after the attempt-th failed; honours error.retryAfterMs.
    qint64 delayMs(const ApiError &error, int attempt) const;

    // True when the failure proves the request never reached the server.
    static bool neverSent(QNetworkReply::NetworkError error);
    // True for errors a retry can fix at all (no Auth, Validation, NotFound, ...).
    static bool isTransient(const ApiError &error);

    // No retries: for tests and for callers that retry themselves.
    static RetryPolicy none();
};

} // namespace es
