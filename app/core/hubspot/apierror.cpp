#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QNetworkReply>
#include <initializer_list>

namespace es {

namespace {

// What went wrong with a HubSpot call and what to do: shown in the transfer list, the wizard's
// checks and the CLI.
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(es::ApiError)
};

// Whole sentences, one space apart; empty ones left out.
QString sentences(std::initializer_list<QString> parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(u' ');
}

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
            for (const auto &v : array)
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
    return status > 0 ? QStringLiteral("HTTP %1").arg(status) : ApiErrorText::tr("no HTTP status");
}

// Appends " (correlation id …)" so people can quote it to HubSpot support.
QString withCorrelation(const QString &sentence, const QString &correlationId)
{
    if (correlationId.isEmpty())
        return sentence;
    //: %1 is a whole message, %2 an id HubSpot support can look up
    return ApiErrorText::tr("%1 (HubSpot correlation id %2)").arg(sentence, correlationId);
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
    //: The subject of "%1 could not reach HubSpot", "%1 timed out", "%1 was canceled"
    const QString what = operation.isEmpty() ? ApiErrorText::tr("The request")
                                             //: %1 names the call, e.g. "start export"
                                             : ApiErrorText::tr("The request (%1)").arg(operation);
    const QString hubspotSays = message.isEmpty()
                                    ? QString()
                                    : ApiErrorText::tr("HubSpot says: %1").arg(ensureStop(message));

    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Auth: {
        const QString cat =
            category.isEmpty() ? QStringLiteral("INVALID_AUTHENTICATION") : category;
        if (cat == u"EXPIRED_AUTHENTICATION")
            return withCorrelation(
                ApiErrorText::tr("HubSpot says the access token has expired "
                                 "(EXPIRED_AUTHENTICATION): sign in again or re-enter the token "
                                 "in Accounts."),
                correlationId);
        return withCorrelation(ApiErrorText::tr("HubSpot refused the access token (%1): re-enter "
                                                "the token in Accounts.")
                                   .arg(cat),
                               correlationId);
    }
    case Kind::MissingScopes: {
        QStringList scopes = missingScopes();
        if (scopes.isEmpty())
            scopes.append(QStringLiteral("crm.export"));
        const QString list = scopes.join(QStringLiteral(", "));
        //: %1 is a scope name such as crm.export (the private app's permission)
        return withCorrelation(
            scopes.size() == 1
                ? ApiErrorText::tr("The token lacks the %1 scope: in HubSpot, add it to the "
                                   "private app (OAuth: a Super Admin must grant it).")
                      .arg(list)
                //: %1 is a list of scope names such as crm.export, crm.objects.contacts.read
                : ApiErrorText::tr("The token lacks the %1 scopes: in HubSpot, add them to the "
                                   "private app (OAuth: a Super Admin must grant them).")
                      .arg(list),
            correlationId);
    }
    case Kind::Forbidden:
        return withCorrelation(
            sentences({ApiErrorText::tr("HubSpot denied access (HTTP 403)."), hubspotSays,
                       ApiErrorText::tr("Check that the account and token belong to the portal "
                                        "that owns this export.")}),
            correlationId);
    case Kind::NotFound:
        return withCorrelation(
            sentences({ApiErrorText::tr("HubSpot could not find what was asked for (HTTP 404)."),
                       hubspotSays,
                       ApiErrorText::tr("Check the id or object type; it may have been "
                                        "deleted.")}),
            correlationId);
    case Kind::Validation: {
        QStringList lines;
        for (const FieldError &field : fieldErrors) {
            const QString msg = ensureStop(field.message);
            lines.append(field.in.isEmpty() ? msg : field.in + QStringLiteral(": ") + msg);
        }
        for (auto it = context.begin(); it != context.end(); ++it) {
            if (it.key() == u"invalidPropertyName" || it.key() == u"propertyName")
                lines.append(ApiErrorText::tr("unknown property: %1").arg(it.value().join(u", ")));
        }
        const QString rejected =
            message.isEmpty()
                ? ApiErrorText::tr("HubSpot rejected the request.")
                //: %1 is HubSpot's own explanation, in English
                : ApiErrorText::tr("HubSpot rejected the request: %1").arg(ensureStop(message));
        const QString fix = lines.isEmpty()
                                ? ApiErrorText::tr("Fix the request and try again.")
                                //: %1 lists the fields with HubSpot's explanation of each
                                : ApiErrorText::tr("Fix these fields: %1").arg(lines.join(u' '));
        return withCorrelation(sentences({rejected, fix}), correlationId);
    }
    case Kind::RateLimited: {
        if (isDailyLimit())
            return withCorrelation(
                ApiErrorText::tr("Daily limit reached: HubSpot allows no more API requests (or "
                                 "exports) for this account today. Try again after midnight in "
                                 "the account's time zone, or raise the limit with HubSpot's API "
                                 "add-on."),
                correlationId);
        const QString hit =
            policyName.isEmpty()
                ? ApiErrorText::tr("HubSpot's rate limit was hit and it was still hit after the "
                                   "retries.")
                //: %1 is the name of HubSpot's limit, e.g. TEN_SECONDLY_ROLLING
                : ApiErrorText::tr("HubSpot's rate limit was hit (%1) and it was still hit "
                                   "after the retries.")
                      .arg(policyName);
        const QString wait =
            retryAfterMs > 0
                ? ApiErrorText::tr("Wait %n s and try again; other apps using this account "
                                   "share the same limit.",
                                   nullptr, int((retryAfterMs + 999) / 1000))
                : ApiErrorText::tr("Wait a few seconds and try again; other apps using this "
                                   "account share the same limit.");
        return withCorrelation(sentences({hit, wait}), correlationId);
    }
    case Kind::Server:
        return withCorrelation(
            sentences({ApiErrorText::tr("HubSpot had a server error (HTTP %1) and it persisted "
                                        "after the retries.")
                           .arg(httpStatus),
                       hubspotSays,
                       ApiErrorText::tr("Try again later; check status.hubspot.com if it "
                                        "lasts.")}),
            correlationId);
    case Kind::Http:
        if (httpStatus >= 300 && httpStatus < 400)
            return ApiErrorText::tr("HubSpot answered with a redirect (HTTP %1), which Export "
                                    "Studio does not follow for API calls. Check the API "
                                    "address in the account settings.")
                .arg(httpStatus);
        return withCorrelation(
            sentences(
                {category.isEmpty()
                     ? ApiErrorText::tr("HubSpot refused the request (HTTP %1).").arg(httpStatus)
                     //: %2 is HubSpot's error category, e.g. CONFLICT
                     : ApiErrorText::tr("HubSpot refused the request (HTTP %1, %2).")
                           .arg(httpStatus)
                           .arg(category),
                 hubspotSays}),
            correlationId);
    case Kind::InvalidResponse:
        //: %1 is the HTTP status and what came instead, e.g. "HTTP 502, an HTML page"
        return ApiErrorText::tr("HubSpot answered with something that is not JSON (%1). This is "
                                "usually a temporary problem at HubSpot or a proxy in between: "
                                "try again later.")
            .arg(message.isEmpty() ? statusText(httpStatus)
                                   : QStringLiteral("%1, %2").arg(statusText(httpStatus), message));
    case Kind::Network:
        if (networkError == QNetworkReply::SslHandshakeFailedError)
            //: %1 is "The request (...)", %2 the TLS library's reason
            return ApiErrorText::tr("%1 could not set up a secure connection to HubSpot: %2. "
                                    "Export Studio never ignores certificate errors; check the "
                                    "computer's date and time, a proxy that inspects HTTPS "
                                    "traffic, and the API address.")
                .arg(what, message.isEmpty() ? ApiErrorText::tr("TLS handshake failed") : message);
        //: %1 is "The request (...)", %2 the network's reason
        return ApiErrorText::tr("%1 could not reach HubSpot: %2. Check your connection/proxy and "
                                "try again.")
            .arg(what, message.isEmpty() ? ApiErrorText::tr("network error") : message);
    case Kind::Timeout:
        return ApiErrorText::tr("%1 timed out: HubSpot did not answer in time. Check your "
                                "connection/proxy and try again.")
            .arg(what);
    case Kind::Insecure:
        return ApiErrorText::tr("Refused to send the token: %1")
            .arg(ensureStop(message.isEmpty() ? ApiErrorText::tr("the API address is not secure")
                                              : message));
    case Kind::Canceled:
        return ApiErrorText::tr("%1 was canceled.").arg(what);
    case Kind::StartOutcomeUnknown: {
        QString cause;
        if (causeKind == Kind::Server)
            cause =
                ApiErrorText::tr("HubSpot answered with a server error (HTTP %1)").arg(httpStatus);
        else if (causeKind == Kind::Timeout)
            cause = ApiErrorText::tr("HubSpot did not answer in time");
        else
            cause = ApiErrorText::tr("the connection broke (%1)")
                        .arg(message.isEmpty() ? ApiErrorText::tr("network error") : message);
        //: %1 says what happened, e.g. "HubSpot did not answer in time"
        return withCorrelation(
            ApiErrorText::tr("The export may or may not have started: %1 after the request was "
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
    for (const auto &value : errors) {
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
        ApiError error = invalidResponse(httpStatus, html ? ApiErrorText::tr("an HTML page")
                                                          : ApiErrorText::tr("invalid JSON"));
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
