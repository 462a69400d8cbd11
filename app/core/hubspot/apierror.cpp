#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QNetworkReply>

namespace es {

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject() && !value.toObject().isEmpty()) // the spec types subCategory as {}
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QMap<QString, QStringList> contextOf(const QJsonObject &object)
{
    QMap<QString, QStringList> context;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList values;
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &v : array)
                values.append(textOf(v));
        } else {
            values.append(textOf(it.value()));
        }
        context.insert(it.key(), values);
    }
    return context;
}

ApiError::Kind kindForStatus(int status, const QString &category)
{
    if (status == 429 || category == u"RATE_LIMITS")
        return ApiError::Kind::RateLimited;
    if (status == 401)
        return ApiError::Kind::Auth;
    if (status == 403)
        return category == u"MISSING_SCOPES" ? ApiError::Kind::MissingScopes
                                             : ApiError::Kind::Forbidden;
    if (status == 404)
        return ApiError::Kind::NotFound;
    if (status == 400 || status == 422)
        return ApiError::Kind::Validation;
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status == 0) {
        if (category == u"VALIDATION_ERROR")
            return ApiError::Kind::Validation;
        if (category == u"MISSING_SCOPES")
            return ApiError::Kind::MissingScopes;
        if (category.endsWith(u"_AUTHENTICATION"))
            return ApiError::Kind::Auth;
        if (category == u"OBJECT_NOT_FOUND")
            return ApiError::Kind::NotFound;
    }
    return ApiError::Kind::Http;
}

QString statusText(int status)
{
    return status > 0 ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("no HTTP status");
}

// Appends " (correlation id …)" so people can quote it to HubSpot support.
QString withCorrelation(const QString &sentence, const QString &correlationId)
{
    if (correlationId.isEmpty())
        return sentence;
    return sentence + QStringLiteral(" (HubSpot correlation id %1)").arg(correlationId);
}

QString ensureStop(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text.append(u'.');
    return text;
}

} // namespace

bool ApiError::isDailyLimit() const
{
    return kind == Kind::RateLimited && policyName.toUpper().startsWith(u"DAILY");
}

QStringList ApiError::missingScopes() const
{
    QStringList scopes = context.value(QStringLiteral("missingScopes"));
    scopes.removeAll(QString());
    if (scopes.isEmpty()) {
        for (const FieldError &field : fieldErrors) {
            if (field.code == u"MISSING_SCOPES" || field.subCategory == u"MISSING_SCOPES")
                scopes.append(field.message);
        }
    }
    return scopes;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Auth:
        return QStringLiteral("Auth");
    case Kind::MissingScopes:
        return QStringLiteral("MissingScopes");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    case Kind::Insecure:
        return QStringLiteral("Insecure");
    case Kind::Canceled:
        return QStringLiteral("Canceled");
    case Kind::StartOutcomeUnknown:
        return QStringLiteral("StartOutcomeUnknown");
    }
    return QStringLiteral("Unknown");
}

QString ApiError::userMessage() const
{
    const QString what = operation.isEmpty() ? QStringLiteral("The request")
                                             : QStringLiteral("The request (%1)").arg(operation);
    const QString hubspotSays =
        message.isEmpty() ? QString() : QStringLiteral(" HubSpot says: ") + ensureStop(message);

    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Auth: {
        const QString cat =
            category.isEmpty() ? QStringLiteral("INVALID_AUTHENTICATION") : category;
        if (cat == u"EXPIRED_AUTHENTICATION")
            return withCorrelation(
                QStringLiteral("HubSpot says the access token has expired "
                               "(EXPIRED_AUTHENTICATION): sign in again or re-enter the token "
                               "in Accounts."),
                correlationId);
        return withCorrelation(QStringLiteral("HubSpot refused the access token (%1): re-enter the "
                                              "token in Accounts.")
                                   .arg(cat),
                               correlationId);
    }
    case Kind::MissingScopes: {
        QStringList scopes = missingScopes();
        if (scopes.isEmpty())
            scopes.append(QStringLiteral("crm.export"));
        const QString list = scopes.join(QStringLiteral(", "));
        const QString noun =
            scopes.size() == 1 ? QStringLiteral("scope") : QStringLiteral("scopes");
        const QString them = scopes.size() == 1 ? QStringLiteral("it") : QStringLiteral("them");
        return withCorrelation(QStringLiteral("The token lacks the %1 %2: in HubSpot, add %3 to "
                                              "the private app (OAuth: a Super Admin must grant "
                                              "%3).")
                                   .arg(list, noun, them),
                               correlationId);
    }
    case Kind::Forbidden:
        return withCorrelation(QStringLiteral("HubSpot denied access (HTTP 403).") + hubspotSays +
                                   QStringLiteral(" Check that the account and token belong to "
                                                  "the portal that owns this export."),
                               correlationId);
    case Kind::NotFound:
        return withCorrelation(QStringLiteral("HubSpot could not find what was asked for "
                                              "(HTTP 404).") +
                                   hubspotSays +
                                   QStringLiteral(" Check the id or object type; it may have "
                                                  "been deleted."),
                               correlationId);
    case Kind::Validation: {
        QStringList lines;
        for (const FieldError &field : fieldErrors) {
            const QString msg = ensureStop(field.message);
            lines.append(field.in.isEmpty() ? msg : field.in + QStringLiteral(": ") + msg);
        }
        for (auto it = context.begin(); it != context.end(); ++it) {
            if (it.key() == u"invalidPropertyName" || it.key() == u"propertyName")
                lines.append(QStringLiteral("unknown property: ") + it.value().join(u", "));
        }
        QString sentence = QStringLiteral("HubSpot rejected the request");
        if (!message.isEmpty())
            sentence += QStringLiteral(": ") + ensureStop(message);
        else
            sentence += u'.';
        if (!lines.isEmpty())
            sentence += QStringLiteral(" Fix these fields: ") + lines.join(u' ');
        else
            sentence += QStringLiteral(" Fix the request and try again.");
        return withCorrelation(sentence, correlationId);
    }
    case Kind::RateLimited: {
        if (isDailyLimit())
            return withCorrelation(
                QStringLiteral("Daily limit reached: HubSpot allows no more API requests (or "
                               "exports) for this account today. Try again after midnight in "
                               "the account's time zone, or raise the limit with HubSpot's API "
                               "add-on."),
                correlationId);
        QString sentence = QStringLiteral("HubSpot's rate limit was hit");
        if (!policyName.isEmpty())
            sentence += QStringLiteral(" (%1)").arg(policyName);
        sentence += QStringLiteral(" and it was still hit after the retries. Wait ");
        sentence += retryAfterMs > 0 ? QStringLiteral("%1 s").arg((retryAfterMs + 999) / 1000)
                                     : QStringLiteral("a few seconds");
        sentence += QStringLiteral(" and try again; other apps using this account share the "
                                   "same limit.");
        return withCorrelation(sentence, correlationId);
    }
    case Kind::Server:
        return withCorrelation(
            QStringLiteral("HubSpot had a server error (HTTP %1) and it persisted after the "
                           "retries.")
                    .arg(httpStatus) +
                hubspotSays +
                QStringLiteral(" Try again later; check status.hubspot.com if it lasts."),
            correlationId);
    case Kind::Http:
        if (httpStatus >= 300 && httpStatus < 400)
            return QStringLiteral("HubSpot answered with a redirect (HTTP %1), which Export "
                                  "Studio does not follow for API calls. Check the API address "
                                  "in the account settings.")
                .arg(httpStatus);
        return withCorrelation(
            QStringLiteral("HubSpot refused the request (HTTP %1%2).")
                    .arg(httpStatus)
                    .arg(category.isEmpty() ? QString() : QStringLiteral(", ") + category) +
                hubspotSays,
            correlationId);
    case Kind::InvalidResponse:
        return QStringLiteral("HubSpot answered with something that is not JSON (%1%2). This is "
                              "usually a temporary problem at HubSpot or a proxy in between: "
                              "try again later.")
            .arg(statusText(httpStatus),
                 message.isEmpty() ? QString() : QStringLiteral(", ") + message);
    case Kind::Network:
        if (networkError == QNetworkReply::SslHandshakeFailedError)
            return QStringLiteral("%1 could not set up a secure connection to HubSpot: %2. "
                                  "Export Studio never ignores certificate errors; check the "
                                  "computer's date and time, a proxy that inspects HTTPS "
                                  "traffic, and the API address.")
                .arg(what, message.isEmpty() ? QStringLiteral("TLS handshake failed") : message);
        return QStringLiteral("%1 could not reach HubSpot: %2. Check your connection/proxy and "
                              "try again.")
            .arg(what, message.isEmpty() ? QStringLiteral("network error") : message);
    case Kind::Timeout:
        return QStringLiteral("%1 timed out: HubSpot did not answer in time. Check your "
                              "connection/proxy and try again.")
            .arg(what);
    case Kind::Insecure:
        return QStringLiteral("Refused to send the token: %1")
            .arg(ensureStop(message.isEmpty() ? QStringLiteral("the API address is not secure")
                                              : message));
    case Kind::Canceled:
        return QStringLiteral("%1 was canceled.").arg(what);
    case Kind::StartOutcomeUnknown: {
        QString cause;
        if (causeKind == Kind::Server)
            cause =
                QStringLiteral("HubSpot answered with a server error (HTTP %1)").arg(httpStatus);
        else if (causeKind == Kind::Timeout)
            cause = QStringLiteral("HubSpot did not answer in time");
        else
            cause = QStringLiteral("the connection broke (%1)")
                        .arg(message.isEmpty() ? QStringLiteral("network error") : message);
        return withCorrelation(
            QStringLiteral("The export may or may not have started: %1 after the request was "
                           "sent. It was not sent again, because a second start would use "
                           "another export from the daily quota. Check HubSpot's export log "
                           "(Settings > Import & Export) before starting it again.")
                .arg(cause),
            correlationId);
    }
    }
    return message;
}

QString ApiError::technicalSummary() const
{
    QStringList parts;
    parts.append(kindName(kind));
    if (causeKind != Kind::None)
        parts.append(QStringLiteral("cause=") + kindName(causeKind));
    if (httpStatus)
        parts.append(QStringLiteral("http=%1").arg(httpStatus));
    if (!category.isEmpty())
        parts.append(QStringLiteral("category=") + category);
    if (!policyName.isEmpty())
        parts.append(QStringLiteral("policy=") + policyName);
    if (retryAfterMs >= 0)
        parts.append(QStringLiteral("retryAfterMs=%1").arg(retryAfterMs));
    if (!correlationId.isEmpty())
        parts.append(QStringLiteral("correlationId=") + correlationId);
    if (attempts)
        parts.append(QStringLiteral("attempts=%1").arg(attempts));
    if (!message.isEmpty())
        parts.append(QStringLiteral("message=\"%1\"").arg(message));
    return parts.join(u' ');
}

ApiError ApiError::fromErrorObject(const QJsonObject &object, int httpStatus)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.category = object.value(u"category").toString();
    error.subCategory = textOf(object.value(u"subCategory"));
    error.message = object.value(u"message").toString();
    error.correlationId = object.value(u"correlationId").toString();
    if (error.correlationId.isEmpty())
        error.correlationId = object.value(u"id").toString(); // StandardError's "id"
    error.errorType = object.value(u"errorType").toString();
    error.policyName = object.value(u"policyName").toString();
    error.context = contextOf(object.value(u"context").toObject());
    const QJsonArray errors = object.value(u"errors").toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        FieldError field;
        field.in = e.value(u"in").toString();
        field.message = e.value(u"message").toString();
        field.code = e.value(u"code").toString();
        field.subCategory = textOf(e.value(u"subCategory"));
        // Some answers name the field only in the detail's context ("propertyName": ["x"]).
        if (field.in.isEmpty()) {
            const QJsonObject ctx = e.value(u"context").toObject();
            const QJsonArray names = ctx.value(u"propertyName").toArray();
            if (!names.isEmpty())
                field.in = names.first().toString();
        }
        error.fieldErrors.append(field);
    }
    if (error.category.isEmpty() && error.errorType == u"RATE_LIMIT")
        error.category = QStringLiteral("RATE_LIMITS");
    error.kind = kindForStatus(httpStatus, error.category);
    if (error.kind == Kind::Http && httpStatus == 0)
        error.kind = Kind::Http;
    return error;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        ApiError error;
        error.httpStatus = httpStatus;
        error.kind = kindForStatus(httpStatus, {});
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const bool html = contentType.toLower().contains("html") || trimmed.startsWith('<');
        ApiError error = invalidResponse(httpStatus, html ? QStringLiteral("an HTML page")
                                                          : QStringLiteral("invalid JSON"));
        // Keep the status meaning for the retry policy (an HTML 502 from a proxy is retryable).
        error.causeKind = kindForStatus(httpStatus, {});
        return error;
    }
    return fromErrorObject(doc.object(), httpStatus);
}

ApiError ApiError::network(const QString &description, const QString &operation)
{
    ApiError error;
    error.kind = Kind::Network;
    error.message = description;
    error.operation = operation;
    return error;
}

ApiError ApiError::timeout(const QString &operation)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.operation = operation;
    error.networkError = QNetworkReply::TimeoutError;
    return error;
}

ApiError ApiError::insecure(const QString &why)
{
    ApiError error;
    error.kind = Kind::Insecure;
    error.message = why;
    return error;
}

ApiError ApiError::canceled(const QString &operation)
{
    ApiError error;
    error.kind = Kind::Canceled;
    error.operation = operation;
    return error;
}

ApiError ApiError::invalidResponse(int httpStatus, const QString &why)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.httpStatus = httpStatus;
    error.message = why;
    return error;
}

} // namespace es
