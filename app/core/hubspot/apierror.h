#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace es {

// One entry of the standard error body's "errors" array.
struct FieldError
{
    QString in; // the field HubSpot names ("objectProperties", "listId"); may be empty
    QString message;
    QString code;
    QString subCategory;

    bool operator==(const FieldError &) const = default;
};

// Everything the client knows about a failed call, read from HubSpot's standard error body
// (HUBSPOT-API-FACTS.md §3), the 429 body, the HTTP status or the network layer. A default-built
// ApiError means "no error" (kind None).
struct ApiError
{
    enum class Kind
    {
        None,
        Network,             // connection refused, DNS, TLS, dropped connection
        Timeout,             // no answer within the transfer timeout
        Http,                // any other non-2xx (3xx redirects included: never followed)
        RateLimited,         // 429; policyName says which window (TEN_SECONDLY_ROLLING, DAILY)
        Auth,                // 401: INVALID_AUTHENTICATION, EXPIRED_AUTHENTICATION
        MissingScopes,       // 403 MISSING_SCOPES
        Forbidden,           // any other 403 (unknown task id, foreign export, ...)
        NotFound,            // 404
        Validation,          // 400 (and 422): see fieldErrors
        Server,              // 5xx
        InvalidResponse,     // 2xx/4xx/5xx whose body is not the JSON we expect (HTML page, ...)
        Insecure,            // refused locally: plain http to a non-loopback host, bad scheme
        Canceled,            // canceled by the caller
        StartOutcomeUnknown, // a start request may have reached HubSpot; not repeated
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer was received
    QString category;   // "VALIDATION_ERROR", "MISSING_SCOPES", "RATE_LIMITS", ...
    QString subCategory;
    QString message;       // HubSpot's message, or the network layer's description
    QString correlationId; // quote it to HubSpot support
    QString errorType;     // 429 bodies: "RATE_LIMIT"
    QString policyName;    // 429 bodies: "TEN_SECONDLY_ROLLING", "DAILY", ...
    QList<FieldError> fieldErrors;
    QMap<QString, QStringList> context; // "missingScopes" → ["crm.export"], ...
    qint64 retryAfterMs = -1;           // from Retry-After; -1 when absent
    QString operation;                  // what the client was doing ("start export"), for messages
    int attempts = 0;                   // how many times the request was sent
    // For kind Network/Timeout/StartOutcomeUnknown: the underlying cause kind (Network, Timeout,
    // Server) so callers can still tell a 5xx from a dropped connection.
    Kind causeKind = Kind::None;
    int networkError = 0; // QNetworkReply::NetworkError, 0 when the failure is not the network's

    bool isError() const { return kind != Kind::None; }
    bool isDailyLimit() const;
    bool isNetworkLevel() const { return kind == Kind::Network || kind == Kind::Timeout; }
    QStringList missingScopes() const; // context.missingScopes, or crm.export if only implied

    // A sentence a person can act on: what happened and what to do.
    QString userMessage() const;
    // One line for logs: kind, status, category, correlationId, message. Never a token or link.
    QString technicalSummary() const;

    static QString kindName(Kind kind);

    // Reads an HTTP error answer. `contentType` lets an HTML page be told from broken JSON.
    static ApiError fromHttp(int httpStatus, const QByteArray &body,
                             const QByteArray &contentType = {});
    // Reads one StandardError object (status responses carry a list of them).
    static ApiError fromErrorObject(const QJsonObject &object, int httpStatus = 0);
    static ApiError network(const QString &description, const QString &operation = {});
    static ApiError timeout(const QString &operation = {});
    static ApiError insecure(const QString &why);
    static ApiError canceled(const QString &operation = {});
    static ApiError invalidResponse(int httpStatus, const QString &why);
};

} // namespace es

Q_DECLARE_METATYPE(es::ApiError)
