#include "retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace es {

bool RetryPolicy::neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
        return !error.isDailyLimit();
    case ApiError::Kind::Server:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        // TLS failures are not transient and must never be worked around.
        return error.networkError != QNetworkReply::SslHandshakeFailedError &&
               error.networkError != QNetworkReply::ProtocolUnknownError &&
               error.networkError != QNetworkReply::ProtocolInvalidOperationError;
    case ApiError::Kind::InvalidResponse:
        // An HTML 502/503/504 page from a proxy: a server problem in disguise.
        return error.causeKind == ApiError::Kind::Server;
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(const ApiError &error, int attempt, Safety safety) const
{
    if (attempt >= maxAttempts || !isTransient(error))
        return false;
    if (safety == Safety::Idempotent)
        return true;
    // Starting an export: only when HubSpot cannot have started one.
    if (error.kind == ApiError::Kind::RateLimited)
        return true; // a 429 is refused before anything starts
    if (error.kind == ApiError::Kind::Network)
        return neverSent(QNetworkReply::NetworkError(error.networkError));
    return false;
}

qint64 RetryPolicy::delayMs(const ApiError &error, int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double raw = double(baseDelayMs) * std::pow(2.0, exponent);
    double delay = std::min(raw, double(maxDelayMs));
    if (jitter > 0) {
        const double r = random ? random() : QRandomGenerator::global()->generateDouble();
        delay *= 1.0 - jitter * std::clamp(r, 0.0, 1.0);
    }
    qint64 ms = qint64(std::llround(delay));
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterMs > 0)
        ms = std::max(ms, error.retryAfterMs);
    return std::max<qint64>(ms, 0);
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

} // namespace es
