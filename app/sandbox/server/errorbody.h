#pragma once

#include "httpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sandbox {

// HubSpot's standard error body (HUBSPOT-API-FACTS §3): status "error", message,
// correlationId (uuid), category, errors[], context, links.
struct ErrorDetail
{
    QString in;
    QString message;
    QString code = QStringLiteral("INVALID");
};

QJsonObject errorBody(const QString &category, const QString &message,
                      const QList<ErrorDetail> &errors = {}, const QJsonObject &context = {});
HttpResponse jsonResponse(int status, const QJsonObject &body);
HttpResponse errorResponse(int status, const QString &category, const QString &message,
                           const QList<ErrorDetail> &errors = {}, const QJsonObject &context = {});
// 429 body of HubSpot's usage guidelines: errorType RATE_LIMIT and a policyName.
HttpResponse rateLimitResponse(const QString &policyName, qint64 retryAfterSeconds);
HttpResponse htmlErrorPage(int status);
QString newCorrelationId();
QByteArray reasonPhrase(int status);

} // namespace sandbox
