#include "errorbody.h"

#include <QJsonDocument>
#include <QUuid>

namespace sandbox {

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

QJsonObject errorBody(const QString &category, const QString &message,
                      const QList<ErrorDetail> &errors, const QJsonObject &context)
{
    QJsonArray details;
    for (const ErrorDetail &error : errors) {
        QJsonObject detail{{QStringLiteral("message"), error.message},
                           {QStringLiteral("code"), error.code}};
        if (!error.in.isEmpty())
            detail.insert(QStringLiteral("in"), error.in);
        details.append(detail);
    }
    return QJsonObject{
        {QStringLiteral("status"), QStringLiteral("error")},
        {QStringLiteral("message"), message},
        {QStringLiteral("correlationId"), newCorrelationId()},
        {QStringLiteral("category"), category},
        {QStringLiteral("errors"), details},
        {QStringLiteral("context"), context},
        {QStringLiteral("links"), QJsonObject{}},
    };
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json;charset=utf-8");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse errorResponse(int status, const QString &category, const QString &message,
                           const QList<ErrorDetail> &errors, const QJsonObject &context)
{
    return jsonResponse(status, errorBody(category, message, errors, context));
}

HttpResponse rateLimitResponse(const QString &policyName, qint64 retryAfterSeconds)
{
    QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("error")},
        {QStringLiteral("message"),
         QStringLiteral("You have reached your %1 limit.").arg(policyName.toLower())},
        {QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT")},
        {QStringLiteral("correlationId"), newCorrelationId()},
        {QStringLiteral("policyName"), policyName},
        {QStringLiteral("category"), QStringLiteral("RATE_LIMITS")},
    };
    HttpResponse response = jsonResponse(429, body);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse htmlErrorPage(int status)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    response.body = "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body><h1>" +
                    title +
                    "</h1><p>The server is temporarily unable to service your request. "
                    "Please try again later.</p><hr><address>cloudflare</address></body></html>\n";
    return response;
}

} // namespace sandbox
