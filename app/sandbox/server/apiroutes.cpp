// The HubSpot API endpoints of the sandbox, with the shapes of HubSpot's OpenAPI files
// (tests/data/hubspot-spec/*.json).
#include "errorbody.h"
#include "model/requestcodec.h"
#include "model/validation.h"
#include "routehelpers.h"
#include "sandboxservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sandbox {

namespace {

const QString ValidationError = QStringLiteral("VALIDATION_ERROR");
const QString NotFound = QStringLiteral("OBJECT_NOT_FOUND");

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    return digits.match(text).hasMatch();
}

} // namespace

HttpResponse methodNotAllowed(const HttpRequest &request)
{
    HttpResponse response =
        errorResponse(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                      QStringLiteral("%1 is not supported on %2.")
                          .arg(QString::fromLatin1(request.method), request.path));
    return response;
}

HttpResponse validationFailed(const QList<ErrorDetail> &errors)
{
    QJsonArray fields;
    for (const ErrorDetail &error : errors)
        fields.append(error.in);
    const QString message =
        errors.size() == 1
            ? QStringLiteral("Invalid request: %1: %2")
                  .arg(errors.first().in, errors.first().message)
            : QStringLiteral("Invalid request: %1 problems; see errors[].").arg(errors.size());
    return errorResponse(400, ValidationError, message, errors,
                         {{QStringLiteral("invalidFields"), fields}});
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request, QList<ErrorDetail> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        errors->append(
            {QStringLiteral("body"), parseError.error != QJsonParseError::NoError
                                         ? QStringLiteral("Invalid input JSON at offset %1: %2")
                                               .arg(parseError.offset)
                                               .arg(parseError.errorString())
                                         : QStringLiteral("The body must be a JSON object.")});
        return std::nullopt;
    }
    return document.object();
}

QString SandboxService::resolveObjectType(const QString &nameOrId) const
{
    return m_dataset.resolveObjectType(nameOrId);
}

HttpResponse SandboxService::unknownObjectType(const QString &objectType) const
{
    return errorResponse(400, ValidationError,
                         QStringLiteral("Unable to infer object type from: %1").arg(objectType),
                         {{QStringLiteral("objectType"),
                           QStringLiteral("Unknown object type \"%1\"; use a name such as "
                                          "CONTACT or an objectTypeId such as 0-1 or 2-4001.")
                               .arg(objectType)}});
}

HttpResponse SandboxService::forbiddenExport(const QString &id) const
{
    return errorResponse(403, QStringLiteral("BANNED"),
                         QStringLiteral("Permission to get export file cannot be granted for "
                                        "exportId %1 and portalId %2")
                             .arg(id)
                             .arg(m_config.portalId));
}

// ---------------------------------------------------------------------------------- exports

HttpResponse SandboxService::exportsRoute(const HttpRequest &request, es::ApiVersion version)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(/crm/(?:v3/exports|exports/\\d{4}-\\d{2}))/export/(?:(async)|async/tasks/([^/]+)/"
        "status|([^/]+))/?$"));
    const QRegularExpressionMatch match = pattern.match(request.path);
    // The status link names the version the export was started with, as HubSpot's does.
    const QString base = es::ApiVersions::root(es::ApiFamily::Exports, version);
    if (!match.captured(2).isEmpty()) {
        if (request.method != "POST")
            return methodNotAllowed(request);
        return startExport(request, base);
    }
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(request);
    if (!match.captured(3).isEmpty())
        return exportStatus(match.captured(3), base);
    return exportInfo(match.captured(4));
}

HttpResponse SandboxService::startExport(const HttpRequest &request, const QString &base)
{
    QList<ErrorDetail> errors;
    const es::RequestCodec::DecodeResult decoded = es::RequestCodec::fromBytes(request.body);
    // Decoding and validate() may both name a field; the decoder's message is the precise one.
    QSet<QString> named;
    auto addIssues = [&](const QList<es::ValidationIssue> &issues, const QSet<QString> &skip) {
        for (const es::ValidationIssue &issue : issues) {
            const QString in = issue.field.isEmpty() ? QStringLiteral("body") : issue.field;
            if (!issue.isError() || skip.contains(in))
                continue;
            named.insert(in);
            errors.append({in, issue.message});
        }
    };
    addIssues(decoded.issues, {});
    if (!named.contains(QStringLiteral("body")))
        addIssues(es::validate(decoded.request, m_config.limits), QSet<QString>(named));
    if (!errors.isEmpty())
        return validationFailed(errors);

    // What only the portal knows: object types, properties and lists.
    const es::ExportRequest &export_ = decoded.request;
    const QString objectTypeId = resolveObjectType(export_.objectType);
    if (objectTypeId.isEmpty())
        return validationFailed(
            {{QStringLiteral("objectType"),
              QStringLiteral("Unknown object type \"%1\".").arg(export_.objectType)}});
    for (qsizetype i = 0; i < export_.objectProperties.size(); ++i) {
        if (!m_dataset.property(objectTypeId, export_.objectProperties.at(i)))
            errors.append({QStringLiteral("objectProperties[%1]").arg(i),
                           QStringLiteral("Property \"%1\" does not exist on %2.")
                               .arg(export_.objectProperties.at(i), objectTypeId)});
    }
    for (qsizetype i = 0; i < export_.associatedObjectType.size(); ++i) {
        if (resolveObjectType(export_.associatedObjectType.at(i)).isEmpty())
            errors.append({QStringLiteral("associatedObjectType[%1]").arg(i),
                           QStringLiteral("Unknown object type \"%1\".")
                               .arg(export_.associatedObjectType.at(i))});
    }
    if (export_.exportType == es::ExportType::List) {
        const ListSpec *list = m_dataset.list(export_.listId);
        if (!list)
            errors.append({QStringLiteral("listId"),
                           QStringLiteral("List %1 does not exist. Use the list's ILS id "
                                          "(see /crm/v3/lists/idmapping for legacy ids).")
                               .arg(export_.listId)});
        else if (list->objectTypeId != objectTypeId)
            errors.append({QStringLiteral("listId"),
                           QStringLiteral("List %1 holds %2 records, not %3.")
                               .arg(export_.listId, list->objectTypeId, objectTypeId)});
    } else if (export_.search) {
        const auto &groups = export_.search->filterGroups;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            for (qsizetype f = 0; f < groups.at(g).filters.size(); ++f) {
                const QString name = groups.at(g).filters.at(f).propertyName;
                if (!m_dataset.property(objectTypeId, name))
                    errors.append(
                        {QStringLiteral("publicCrmSearchRequest.filterGroups[%1].filters[%2]."
                                        "propertyName")
                             .arg(g)
                             .arg(f),
                         QStringLiteral("Property \"%1\" does not exist on %2.")
                             .arg(name, objectTypeId)});
            }
        }
        const auto &sorts = export_.search->sorts;
        for (qsizetype i = 0; i < sorts.size(); ++i) {
            if (!m_dataset.property(objectTypeId, sorts.at(i).propertyName))
                errors.append({QStringLiteral("publicCrmSearchRequest.sorts[%1]").arg(i),
                               QStringLiteral("Property \"%1\" does not exist on %2.")
                                   .arg(sorts.at(i).propertyName, objectTypeId)});
        }
    }
    if (!errors.isEmpty())
        return validationFailed(errors);

    const ExportManager::StartResult started = m_exports.start(export_, objectTypeId);
    if (!started.accepted)
        return rateLimitResponse(QStringLiteral("DAILY"),
                                 m_clock.realSecondsFor(started.retryAfterSandboxMs));
    const QJsonObject locator{
        {QStringLiteral("id"), started.id},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("status"),
                      QString(apiOrigin() + base + QStringLiteral("/export/async/tasks/") +
                              started.id + QStringLiteral("/status"))}}},
    };
    return jsonResponse(202, locator);
}

HttpResponse SandboxService::exportStatus(const QString &taskId, const QString &)
{
    if (!isDigits(taskId))
        return validationFailed(
            {{QStringLiteral("taskId"),
              QStringLiteral("The task id must be a number, got \"%1\".").arg(taskId)}});
    const auto task = m_exports.task(taskId);
    if (!task)
        return forbiddenExport(taskId);
    QJsonObject body{{QStringLiteral("status"), phaseStatus(task->phase)},
                     {QStringLiteral("requestedAt"), SandboxClock::iso(task->requestedAt)}};
    // startedAt and completedAt are spec-required, but HubSpot leaves them out until they
    // happen (HUBSPOT-API-FACTS §1.2); the sandbox does the same.
    if (task->startedAt >= 0)
        body.insert(QStringLiteral("startedAt"), SandboxClock::iso(task->startedAt));
    if (task->completedAt >= 0)
        body.insert(QStringLiteral("completedAt"), SandboxClock::iso(task->completedAt));
    if (task->phase == ExportManager::Phase::Complete) {
        const QString token = m_exports.mintLink(task->id);
        const QString fileName =
            QString::fromUtf8(QUrl::toPercentEncoding(task->result.file.fileName));
        body.insert(
            QStringLiteral("result"),
            QString(downloadOrigin() + QStringLiteral("/exports/") + token + u'/' + fileName));
        body.insert(QStringLiteral("numErrors"), 0);
    } else if (task->phase == ExportManager::Phase::Failed) {
        QJsonArray errors;
        QList<ErrorDetail> details;
        for (const RequestError &error : task->result.errors)
            details.append({error.in, error.message});
        QJsonObject standard = errorBody(
            ValidationError, QStringLiteral("The export could not be generated."), details);
        standard.remove(QStringLiteral("correlationId"));
        standard.insert(QStringLiteral("id"), task->id);
        errors.append(standard);
        body.insert(QStringLiteral("numErrors"), int(task->result.errors.size()));
        body.insert(QStringLiteral("errors"), errors);
    }
    body.insert(QStringLiteral("links"), QJsonObject{});
    return jsonResponse(200, body);
}

HttpResponse SandboxService::exportInfo(const QString &exportId)
{
    if (!isDigits(exportId))
        return validationFailed(
            {{QStringLiteral("exportId"),
              QStringLiteral("The export id must be a number, got \"%1\".").arg(exportId)}});
    const auto task = m_exports.task(exportId);
    if (!task)
        return forbiddenExport(exportId);
    const es::ExportRequest &request = task->request;
    QJsonObject body{
        {QStringLiteral("id"), task->id},
        {QStringLiteral("exportName"), request.exportName},
        {QStringLiteral("exportType"), es::toWire(request.exportType)},
        {QStringLiteral("objectType"), task->objectTypeId},
        {QStringLiteral("objectProperties"), QJsonArray::fromStringList(request.objectProperties)},
        {QStringLiteral("createdAt"), SandboxClock::iso(task->requestedAt)},
        {QStringLiteral("updatedAt"), SandboxClock::iso(task->updatedAt)},
        {QStringLiteral("exportState"), phaseExportState(task->phase)},
    };
    if (task->renderDone)
        body.insert(QStringLiteral("recordCount"), task->result.file.recordCount);
    return jsonResponse(200, body);
}

// ------------------------------------------------------------------------------- metadata

HttpResponse SandboxService::properties(const HttpRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(request);
    const QStringList parts = request.path.mid(QStringLiteral("/crm/v3/properties/").size())
                                  .split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2)
        return route(request, EndpointKind::Other);
    const QString objectTypeId = resolveObjectType(parts.first());
    if (objectTypeId.isEmpty())
        return unknownObjectType(parts.first());
    // ?locale=de-de → labels in German, like HubSpot's locale parameter.
    QString language = request.queryValue(QStringLiteral("locale"), QStringLiteral("EN"));
    language = language.section(u'-', 0, 0).section(u'_', 0, 0).toUpper();
    if (parts.size() == 1)
        return jsonResponse(200, m_dataset.propertiesJson(objectTypeId, language));
    if (parts.at(1) == u"groups")
        return jsonResponse(200, m_dataset.propertyGroupsJson(objectTypeId));
    const QJsonObject property = m_dataset.propertyJson(objectTypeId, parts.at(1), language);
    if (!property.isEmpty())
        return jsonResponse(200, property);
    return errorResponse(
        404, NotFound,
        QStringLiteral("Unable to find property %1 on %2.").arg(parts.at(1), objectTypeId));
}

HttpResponse SandboxService::lists(const HttpRequest &request)
{
    const QString rest = request.path.mid(QStringLiteral("/crm/v3/lists/").size());
    if (rest == u"search") {
        if (request.method != "POST")
            return methodNotAllowed(request);
        return listSearch(request);
    }
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(request);
    if (rest == u"idmapping") {
        const QString legacy = request.queryValue(QStringLiteral("legacyListId"));
        if (legacy.isEmpty())
            return validationFailed(
                {{QStringLiteral("legacyListId"), QStringLiteral("Give the legacy list id as "
                                                                 "?legacyListId=N.")}});
        for (const ListSpec &list : m_dataset.lists()) {
            if (list.legacyListId == legacy)
                return jsonResponse(200, {{QStringLiteral("legacyListId"), list.legacyListId},
                                          {QStringLiteral("listId"), list.listId}});
        }
        return errorResponse(404, NotFound,
                             QStringLiteral("No list has the legacy id %1.").arg(legacy));
    }
    if (!isDigits(rest))
        return validationFailed(
            {{QStringLiteral("listId"),
              QStringLiteral("The list id must be a number, got \"%1\".").arg(rest)}});
    const ListSpec *list = m_dataset.list(rest);
    if (!list)
        return errorResponse(404, NotFound,
                             QStringLiteral("List with id %1 does not exist.").arg(rest));
    return jsonResponse(200, {{QStringLiteral("list"), m_dataset.listJson(*list)}});
}

HttpResponse SandboxService::listSearch(const HttpRequest &request)
{
    QList<ErrorDetail> errors;
    const auto body = jsonBody(request, &errors);
    if (!body)
        return validationFailed(errors);
    const QString query = body->value(QStringLiteral("query")).toString();
    const QString objectTypeId = body->value(QStringLiteral("objectTypeId")).toString();
    const QJsonValue countValue = body->value(QStringLiteral("count"));
    const QJsonValue offsetValue = body->value(QStringLiteral("offset"));
    int count = 20;
    int offset = 0;
    if (!countValue.isUndefined() && !countValue.isNull()) {
        count = countValue.toInt(-1);
        if (!countValue.isDouble() || count < 1 || count > 500)
            errors.append(
                {QStringLiteral("count"), QStringLiteral("count must be a number from 1 to 500.")});
    }
    if (!offsetValue.isUndefined() && !offsetValue.isNull()) {
        offset = offsetValue.toInt(-1);
        if (!offsetValue.isDouble() || offset < 0)
            errors.append(
                {QStringLiteral("offset"), QStringLiteral("offset must be a number ≥ 0.")});
    }
    if (!objectTypeId.isEmpty() && resolveObjectType(objectTypeId).isEmpty())
        errors.append({QStringLiteral("objectTypeId"),
                       QStringLiteral("Unknown objectTypeId \"%1\".").arg(objectTypeId)});
    QStringList processingTypes;
    const QJsonArray types = body->value(QStringLiteral("processingTypes")).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString type = types.at(i).toString();
        if (type != u"MANUAL" && type != u"DYNAMIC" && type != u"SNAPSHOT")
            errors.append({QStringLiteral("processingTypes[%1]").arg(i),
                           QStringLiteral("Use MANUAL, DYNAMIC or SNAPSHOT.")});
        processingTypes.append(type);
    }
    QStringList listIds;
    const QJsonArray ids = body->value(QStringLiteral("listIds")).toArray();
    for (const auto &id : ids)
        listIds.append(id.isDouble() ? QString::number(id.toInteger()) : id.toString());
    if (!errors.isEmpty())
        return validationFailed(errors);

    const QString wantedType = objectTypeId.isEmpty() ? QString() : resolveObjectType(objectTypeId);
    QList<const ListSpec *> matches;
    for (const ListSpec &list : m_dataset.lists()) {
        if (!query.isEmpty() && !list.name.contains(query, Qt::CaseInsensitive))
            continue;
        if (!wantedType.isEmpty() && list.objectTypeId != wantedType)
            continue;
        if (!processingTypes.isEmpty() && !processingTypes.contains(list.processingType))
            continue;
        if (!listIds.isEmpty() && !listIds.contains(list.listId))
            continue;
        matches.append(&list);
    }
    QJsonArray page;
    const qsizetype end = std::min<qsizetype>(matches.size(), qsizetype(offset) + count);
    for (qsizetype i = offset; i < end; ++i)
        page.append(m_dataset.listSearchResultJson(*matches.at(i)));
    return jsonResponse(200, {{QStringLiteral("lists"), page},
                              {QStringLiteral("offset"), int(std::max<qsizetype>(end, offset))},
                              {QStringLiteral("hasMore"), end < matches.size()},
                              {QStringLiteral("total"), int(matches.size())}});
}

HttpResponse SandboxService::schemas(const HttpRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(request);
    const QJsonObject all = m_dataset.schemasJson();
    const qsizetype slash = request.path.indexOf(u"/schemas/");
    if (slash < 0)
        return jsonResponse(200, all);
    const QString wanted = request.path.mid(slash + 9);
    const QString typeId = resolveObjectType(wanted);
    const QJsonArray results = all.value(QStringLiteral("results")).toArray();
    for (const auto &schema : results) {
        const QJsonObject object = schema.toObject();
        if (object.value(QStringLiteral("objectTypeId")).toString() == typeId ||
            object.value(QStringLiteral("name")).toString() == wanted ||
            object.value(QStringLiteral("fullyQualifiedName")).toString() == wanted)
            return jsonResponse(200, object);
    }
    return errorResponse(404, NotFound, QStringLiteral("No schema for %1.").arg(wanted));
}

HttpResponse SandboxService::owners(const HttpRequest &request, es::ApiVersion version)
{
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(request);
    QList<ErrorDetail> errors;
    int limit = 100;
    int after = 0;
    bool ok = true;
    if (request.hasQuery(QStringLiteral("limit"))) {
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            errors.append(
                {QStringLiteral("limit"), QStringLiteral("limit must be a number from 1 to 500.")});
    }
    if (request.hasQuery(QStringLiteral("after"))) {
        after = request.queryValue(QStringLiteral("after")).toInt(&ok);
        if (!ok || after < 0)
            errors.append({QStringLiteral("after"),
                           QStringLiteral("after must be the cursor from paging.next.after.")});
    }
    if (!errors.isEmpty())
        return validationFailed(errors);
    const QString email = request.queryValue(QStringLiteral("email"));
    const bool archived = request.queryValue(QStringLiteral("archived")) == u"true";
    QJsonArray matching;
    const QJsonArray all = m_dataset.allOwners();
    for (const auto &owner : all) {
        const QJsonObject object = owner.toObject();
        if (!email.isEmpty() &&
            object.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive))
            continue;
        if (object.value(QStringLiteral("archived")).toBool() != archived)
            continue;
        matching.append(object);
    }
    QJsonArray page;
    const qsizetype end = std::min<qsizetype>(matching.size(), qsizetype(after) + limit);
    for (qsizetype i = after; i < end; ++i)
        page.append(matching.at(i));
    QJsonObject body{{QStringLiteral("results"), page}};
    if (end < matching.size()) {
        const QString next = QString::number(end);
        body.insert(
            QStringLiteral("paging"),
            QJsonObject{
                {QStringLiteral("next"),
                 QJsonObject{
                     {QStringLiteral("after"), next},
                     {QStringLiteral("link"),
                      QString(apiOrigin() + es::ApiVersions::root(es::ApiFamily::Owners, version) +
                              QStringLiteral("?limit=%1&after=%2").arg(limit).arg(next))}}}});
    }
    return jsonResponse(200, body);
}

HttpResponse SandboxService::pipelines(const HttpRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(request);
    const QStringList parts = request.path.mid(QStringLiteral("/crm/v3/pipelines/").size())
                                  .split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return route(request, EndpointKind::Other);
    const QString objectTypeId = resolveObjectType(parts.first());
    if (objectTypeId.isEmpty())
        return unknownObjectType(parts.first());
    const QJsonObject all = m_dataset.pipelinesJson(objectTypeId);
    if (parts.size() == 1)
        return jsonResponse(200, all);
    const QJsonArray results = all.value(QStringLiteral("results")).toArray();
    for (const auto &pipeline : results) {
        if (pipeline.toObject().value(QStringLiteral("id")).toString() == parts.at(1))
            return jsonResponse(200, pipeline.toObject());
    }
    return errorResponse(404, NotFound, QStringLiteral("No pipeline %1.").arg(parts.at(1)));
}

} // namespace sandbox
