// CRM search: POST /crm/v3/objects/{objectType}/search and its dated twins
// (/crm/objects/{ver}/{objectType}/search), with the shapes of the objects spec
// (PublicObjectSearchRequest → CollectionResponseWithTotalSimplePublicObject).
#include "errorbody.h"
#include "model/objectsearch.h"
#include "model/requestcodec.h"
#include "recordsearch.h"
#include "routehelpers.h"
#include "sandboxservice.h"

#include <QJsonArray>

namespace sandbox {

namespace {

// `after` is HubSpot's opaque cursor; here, like HubSpot's, it is the offset as a string. A
// number is accepted too.
std::optional<qint64> readAfter(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return 0;
    if (value.isDouble())
        return value.toDouble() >= 0 ? std::optional<qint64>(value.toInteger()) : std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 offset = text.toLongLong(&ok);
    return ok && offset >= 0 ? std::optional<qint64>(offset) : std::nullopt;
}

} // namespace

HttpResponse SandboxService::search(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed(request);
    // Search's own limit, counted per token on top of the 10-second window; HubSpot's answer
    // carries the SECONDLY policy and, often, no Retry-After.
    if (!m_searchRateLimiter.hit().allowed) {
        {
            std::lock_guard lock(m_statsMutex);
            ++m_rateLimited;
        }
        HttpResponse response = rateLimitResponse(QStringLiteral("SECONDLY"), 1);
        response.headers.removeIf([](const auto &pair) { return pair.first == "Retry-After"; });
        return response;
    }

    const QString objectType =
        request.path.section(u'/', 4, 4); // /crm/v3/objects/{objectType}/search
    const QString objectTypeId = resolveObjectType(objectType);
    if (objectTypeId.isEmpty())
        return unknownObjectType(objectType);

    QList<ErrorDetail> errors;
    const auto body = jsonBody(request, &errors);
    if (!body)
        return validationFailed(errors);

    int limit = 10;
    const QJsonValue limitValue = body->value(QStringLiteral("limit"));
    if (!limitValue.isUndefined() && !limitValue.isNull()) {
        limit = limitValue.toInt(-1);
        if (!limitValue.isDouble() || limit < 0 || limit > es::ObjectSearch::MaxLimit)
            errors.append(
                {QStringLiteral("limit"), QStringLiteral("limit must be a number from 0 to %1.")
                                              .arg(es::ObjectSearch::MaxLimit)});
    }
    const std::optional<qint64> after = readAfter(body->value(QStringLiteral("after")));
    if (!after)
        errors.append({QStringLiteral("after"),
                       QStringLiteral("after must be the cursor from paging.next.after.")});
    else if (*after >= es::ObjectSearch::MaxPagedResults)
        errors.append({QStringLiteral("after"),
                       QStringLiteral("Paging stops at %1 results; narrow the filters instead.")
                           .arg(es::ObjectSearch::MaxPagedResults)});
    QStringList properties;
    const QJsonValue propertiesValue = body->value(QStringLiteral("properties"));
    if (!propertiesValue.isUndefined() && !propertiesValue.isArray())
        errors.append({QStringLiteral("properties"),
                       QStringLiteral("properties must be an array of property names.")});
    for (const auto &name : propertiesValue.toArray())
        properties.append(name.toString());
    const QString query = body->value(QStringLiteral("query")).toString();
    if (query.size() > 3000)
        errors.append(
            {QStringLiteral("query"), QStringLiteral("The query is longer than 3000 characters.")});

    // The filters, sorts and query as the export codec reads them: one reading for both.
    const QJsonObject searchPart{
        {QStringLiteral("filterGroups"), body->value(QStringLiteral("filterGroups"))},
        {QStringLiteral("sorts"), body->value(QStringLiteral("sorts"))},
        {QStringLiteral("query"), body->value(QStringLiteral("query"))},
    };
    const es::RequestCodec::DecodeResult decoded =
        es::RequestCodec::fromJson({{QStringLiteral("exportType"), QStringLiteral("VIEW")},
                                    {QStringLiteral("publicCrmSearchRequest"), searchPart}});
    const QString exportPrefix = QStringLiteral("publicCrmSearchRequest.");
    for (const es::ValidationIssue &issue : decoded.issues) {
        if (issue.isError() && issue.field.startsWith(exportPrefix))
            errors.append({issue.field.mid(exportPrefix.size()), issue.message});
    }
    const es::SearchRequest search = decoded.request.search.value_or(es::SearchRequest());
    int filterCount = 0;
    for (qsizetype g = 0; g < search.filterGroups.size(); ++g) {
        const qsizetype filters = search.filterGroups.at(g).filters.size();
        filterCount += int(filters);
        if (filters > es::ObjectSearch::MaxFiltersPerGroup)
            errors.append({QStringLiteral("filterGroups[%1].filters").arg(g),
                           QStringLiteral("A filter group holds at most %1 filters.")
                               .arg(es::ObjectSearch::MaxFiltersPerGroup)});
    }
    if (search.filterGroups.size() > es::ObjectSearch::MaxGroups)
        errors.append(
            {QStringLiteral("filterGroups"), QStringLiteral("At most %1 filter groups are allowed.")
                                                 .arg(es::ObjectSearch::MaxGroups)});
    if (filterCount > es::ObjectSearch::MaxFilters)
        errors.append({QStringLiteral("filterGroups"),
                       QStringLiteral("At most %1 filters are allowed in all groups together.")
                           .arg(es::ObjectSearch::MaxFilters)});
    if (!errors.isEmpty())
        return validationFailed(errors);

    const qint64 offset = *after;
    const int pageSize = int(std::min<qint64>(limit, es::ObjectSearch::MaxPagedResults - offset));
    const SearchResult found =
        searchRecords(m_dataset, objectTypeId, search, offset, pageSize, properties);
    if (!found.errors.isEmpty()) {
        QList<ErrorDetail> details;
        for (const RequestError &error : found.errors)
            details.append({error.in, error.message});
        return validationFailed(details);
    }
    QJsonObject answer{{QStringLiteral("total"), found.total},
                       {QStringLiteral("results"), found.results}};
    if (found.nextOffset >= 0 && found.nextOffset < es::ObjectSearch::MaxPagedResults)
        answer.insert(QStringLiteral("paging"),
                      QJsonObject{{QStringLiteral("next"),
                                   QJsonObject{{QStringLiteral("after"),
                                                QString::number(found.nextOffset)}}}});
    return jsonResponse(200, answer);
}

} // namespace sandbox
