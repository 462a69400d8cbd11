#include "sandboxservice.h"

#include "errorbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstdio>

namespace sandbox {

SandboxService::SandboxService(const Dataset &dataset, SandboxClock &clock, ExportManager &exports,
                               FaultBook &faults, RateLimiter &rateLimiter, ServiceConfig config)
    : m_dataset(dataset)
    , m_clock(clock)
    , m_exports(exports)
    , m_faults(faults)
    , m_rateLimiter(rateLimiter)
    , m_config(std::move(config))
    , m_searchRateLimiter(std::max(1, m_config.searchPerSecond), 1000)
{}

VersionedPath parseVersionedPath(const QString &path)
{
    // Legacy: /crm/v3/{api}/...; dated: /crm/{api}/{yyyy-mm}/...; schemas put the version
    // before "schemas". Beta versions ("2026-09-beta") are read as versions nobody serves here.
    static const QRegularExpression legacy(QStringLiteral(
        "^/crm/v3/(exports|properties|lists|owners|pipelines|objects|schemas)(/.*)?$"));
    static const QRegularExpression dated(
        QStringLiteral("^/crm/(exports|properties|lists|owners|pipelines|objects)/"
                       "(\\d{4}-\\d{2}(?:-beta)?)(/.*)?$"));
    static const QRegularExpression schemas(
        QStringLiteral("^/crm-object-schemas/(v3|\\d{4}-\\d{2}(?:-beta)?)/schemas(/.*)?$"));
    VersionedPath out;
    if (const auto m = legacy.match(path); m.hasMatch()) {
        out.versioned = true;
        out.versionText = QStringLiteral("v3");
        out.canonical = path;
    } else if (const auto d = dated.match(path); d.hasMatch()) {
        out.versioned = true;
        out.versionText = d.captured(2);
        out.canonical = QStringLiteral("/crm/v3/") + d.captured(1) + d.captured(3);
    } else if (const auto s = schemas.match(path); s.hasMatch()) {
        out.versioned = true;
        out.versionText = s.captured(1);
        out.canonical = QStringLiteral("/crm-object-schemas/v3/schemas") + s.captured(2);
    } else {
        out.canonical = path;
        return out;
    }
    out.version = es::ApiVersions::fromName(out.versionText);
    // fromName also reads the aliases "latest" and "legacy", which are no path segments.
    if (out.version && es::ApiVersions::name(*out.version) != out.versionText)
        out.version.reset();
    return out;
}

void SandboxService::setPorts(quint16 apiPort, quint16 downloadPort)
{
    m_apiPort = apiPort;
    m_downloadPort = downloadPort;
}

QString SandboxService::apiOrigin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_apiPort);
}

QString SandboxService::downloadOrigin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_downloadPort);
}

EndpointKind SandboxService::classify(const QString &path)
{
    static const QRegularExpression exportsPath(
        QStringLiteral("^/crm/(v3/exports|exports/\\d{4}-\\d{2})/export/(async(/tasks/[^/]+/"
                       "status)?|[^/]+)/?$"));
    const QRegularExpressionMatch match = exportsPath.match(path);
    if (match.hasMatch()) {
        const QString what = match.captured(2);
        if (what == u"async")
            return EndpointKind::Start;
        if (what.startsWith(u"async/"))
            return EndpointKind::Status;
        return EndpointKind::Get;
    }
    if (path.startsWith(u"/crm/v3/properties/"))
        return EndpointKind::Properties;
    if (path.startsWith(u"/crm/v3/lists/"))
        return EndpointKind::Lists;
    if (path == u"/crm/v3/schemas" || path.startsWith(u"/crm/v3/schemas/") ||
        path == u"/crm-object-schemas/v3/schemas" ||
        path.startsWith(u"/crm-object-schemas/v3/schemas/"))
        return EndpointKind::Schemas;
    if (path == u"/crm/v3/owners" || path == u"/crm/v3/owners/" ||
        path.startsWith(u"/crm/v3/owners/"))
        return EndpointKind::Owners;
    if (path.startsWith(u"/crm/v3/pipelines/"))
        return EndpointKind::Pipelines;
    static const QRegularExpression searchPath(QStringLiteral("^/crm/v3/objects/[^/]+/search/?$"));
    if (searchPath.match(path).hasMatch())
        return EndpointKind::Search;
    return EndpointKind::Other;
}

void SandboxService::count(EndpointKind kind)
{
    std::lock_guard lock(m_statsMutex);
    ++m_requests[kindName(kind)];
}

void SandboxService::log(const HttpRequest &request, EndpointKind kind, int status) const
{
    if (!m_config.verbose)
        return;
    // The path is not logged for downloads: it holds the link's secret.
    const QString what =
        kind == EndpointKind::Download ? QStringLiteral("/exports/…") : request.path;
    std::fprintf(stderr, "%s %s [%s] → %d\n", request.method.constData(), qPrintable(what),
                 qPrintable(kindName(kind)), status);
}

HttpResponse SandboxService::handleApi(const HttpRequest &request)
{
    if (request.path.startsWith(u"/__sandbox/")) {
        HttpResponse response = admin(request);
        log(request, EndpointKind::Other, response.status);
        return response;
    }
    if (m_config.recorder)
        m_config.recorder->record(request); // before faults and auth: every body a test sent
    const VersionedPath versioned = parseVersionedPath(request.path);
    // The routes read v3 paths; the version itself only matters for what is served and for the
    // links an answer carries.
    HttpRequest canonical = request;
    canonical.path = versioned.canonical;
    const EndpointKind kind = classify(canonical.path);
    count(kind);
    const bool served = !versioned.versioned ||
                        (versioned.version && m_config.apiVersions.contains(*versioned.version));
    if (versioned.versioned) {
        std::lock_guard lock(m_statsMutex);
        ++m_versionRequests[versioned.versionText];
        if (!served)
            ++m_versionNotServed;
    }
    const std::optional<FaultRule> fault = m_faults.take(kind);
    if (fault && fault->stallSeconds > 0)
        sleepUnlessStopping(static_cast<qint64>(fault->stallSeconds * 1000));
    if (fault && fault->revokeToken)
        m_tokenRevoked = true;

    HttpResponse response;
    if (fault && fault->status)
        response = faultStatus(*fault, kind);
    else if (fault && fault->html)
        response = htmlErrorPage(fault->html);
    else if (!served)
        response = versionNotServed(request, versioned);
    else
        response = authorizedApi(canonical, kind, versioned.version.value_or(es::ApiVersion::V3));
    if (fault)
        shapeBody(response, *fault);
    log(request, kind, response.status);
    return response;
}

HttpResponse SandboxService::versionNotServed(const HttpRequest &request,
                                              const VersionedPath &path) const
{
    // HubSpot answers a path it does not route with its standard error body and 404.
    return errorResponse(
        404, QStringLiteral("OBJECT_NOT_FOUND"),
        QStringLiteral("No endpoint %1 %2: API version %3 is not available for "
                       "this portal.")
            .arg(QString::fromLatin1(request.method), request.path, path.versionText));
}

HttpResponse SandboxService::authorizedApi(const HttpRequest &request, EndpointKind kind,
                                           es::ApiVersion version)
{
    auto addRateHeaders = [this](HttpResponse &response, int remaining) {
        response.setHeader("X-HubSpot-RateLimit-Max", QByteArray::number(m_rateLimiter.max()));
        response.setHeader("X-HubSpot-RateLimit-Remaining", QByteArray::number(remaining));
        response.setHeader("X-HubSpot-RateLimit-Interval-Milliseconds",
                           QByteArray::number(m_rateLimiter.windowMs()));
    };

    const QByteArray authorization = request.header("authorization");
    const QByteArray expected = "Bearer " + m_config.token.toUtf8();
    const bool schemeOk = authorization.size() > 7 &&
                          authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    if (!schemeOk || authorization.mid(7) != expected.mid(7) || m_tokenRevoked) {
        {
            std::lock_guard lock(m_statsMutex);
            ++m_unauthorized;
        }
        QString message;
        if (authorization.isEmpty())
            message =
                QStringLiteral("Authentication credentials not found. This API supports OAuth 2.0 "
                               "authentication and you can find more details at "
                               "https://developers.hubspot.com/docs/methods/auth/oauth-overview");
        else if (m_tokenRevoked)
            message = QStringLiteral("The access token has been revoked. Create a new private "
                                     "app access token and sign in again.");
        else
            message = QStringLiteral("Authentication credentials are invalid. Check the access "
                                     "token and try again.");
        HttpResponse response =
            errorResponse(401, QStringLiteral("INVALID_AUTHENTICATION"), message);
        addRateHeaders(response, m_rateLimiter.remaining());
        return response;
    }

    const RateLimiter::Decision decision = m_rateLimiter.hit();
    if (!decision.allowed) {
        {
            std::lock_guard lock(m_statsMutex);
            ++m_rateLimited;
        }
        HttpResponse response =
            rateLimitResponse(QStringLiteral("TEN_SECONDLY_ROLLING"),
                              std::max<qint64>(1, (decision.retryAfterMs + 999) / 1000));
        addRateHeaders(response, 0);
        return response;
    }
    HttpResponse response = route(request, kind, version);
    addRateHeaders(response, decision.remaining);
    return response;
}

HttpResponse SandboxService::route(const HttpRequest &request, EndpointKind kind,
                                   es::ApiVersion version)
{
    switch (kind) {
    case EndpointKind::Start:
    case EndpointKind::Status:
    case EndpointKind::Get:
        return exportsRoute(request, version);
    case EndpointKind::Properties:
        return properties(request);
    case EndpointKind::Lists:
        return lists(request);
    case EndpointKind::Schemas:
        return schemas(request);
    case EndpointKind::Owners:
        return owners(request, version);
    case EndpointKind::Pipelines:
        return pipelines(request);
    case EndpointKind::Search:
        return search(request);
    case EndpointKind::Download:
    case EndpointKind::Other:
        break;
    }
    return errorResponse(404, QStringLiteral("OBJECT_NOT_FOUND"),
                         QStringLiteral("No endpoint %1 %2 in the HubSpot sandbox.")
                             .arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse SandboxService::faultStatus(const FaultRule &rule, EndpointKind kind) const
{
    HttpResponse response;
    if (rule.status == 429 && kind != EndpointKind::Download) {
        response = rateLimitResponse(QStringLiteral("TEN_SECONDLY_ROLLING"), 1);
        response.headers.removeIf([](const auto &pair) { return pair.first == "Retry-After"; });
    } else if (kind == EndpointKind::Download) {
        response.status = rule.status;
        response.setHeader("Content-Type", "application/xml");
        response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" +
                        reasonPhrase(rule.status).replace(' ', "") +
                        "</Code><Message>Injected fault</Message></Error>\n";
    } else {
        QString category = QStringLiteral("INTERNAL_ERROR");
        switch (rule.status) {
        case 400:
            category = QStringLiteral("VALIDATION_ERROR");
            break;
        case 401:
            category = QStringLiteral("INVALID_AUTHENTICATION");
            break;
        case 403:
            category = QStringLiteral("MISSING_SCOPES");
            break;
        case 404:
            category = QStringLiteral("OBJECT_NOT_FOUND");
            break;
        case 409:
            category = QStringLiteral("CONFLICT");
            break;
        default:
            break;
        }
        response = errorResponse(rule.status, category,
                                 QStringLiteral("Injected fault: HTTP %1 %2")
                                     .arg(rule.status)
                                     .arg(QString::fromLatin1(reasonPhrase(rule.status))));
    }
    response.status = rule.status;
    if (rule.retryAfter >= 0)
        response.setHeader("Retry-After", QByteArray::number(rule.retryAfter));
    if (rule.noBody) {
        response.body.clear();
        response.headers.removeIf([](const auto &pair) { return pair.first == "Content-Type"; });
    }
    return response;
}

void SandboxService::shapeBody(HttpResponse &response, const FaultRule &rule)
{
    if (rule.invalidJson && response.filePath.isEmpty()) {
        response.status = 200;
        response.setHeader("Content-Type", "application/json;charset=utf-8");
        response.body = "{\"status\": \"COMPLETE\", \"result\": 'http://127.0.0.1/', ]";
    }
    if (rule.truncate) {
        if (response.filePath.isEmpty())
            response.body.truncate(response.body.size() / 2);
        else
            response.fileLength /= 2;
    }
    if (rule.dropAfter >= 0)
        response.dropAfter = rule.dropAfter;
    if (rule.trickle > 0)
        response.trickleBytesPerSecond = rule.trickle;
    if (rule.wrongLength != 0)
        response.declaredLength = std::max<qint64>(0, response.bodyLength() + rule.wrongLength);
}

QJsonObject SandboxService::stats() const
{
    std::lock_guard lock(m_statsMutex);
    QJsonObject requests;
    for (const QString &name : allKindNames())
        requests.insert(name, m_requests.value(name));
    QJsonObject versions;
    for (auto it = m_versionRequests.cbegin(); it != m_versionRequests.cend(); ++it)
        versions.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("requests"), requests},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("versionNotServed"), m_versionNotServed},
        {QStringLiteral("exportsStarted"), m_exports.startedCount()},
        {QStringLiteral("exportsCompleted"), m_exports.completedCount()},
        {QStringLiteral("downloads"), m_downloads},
        {QStringLiteral("rateLimited"), m_rateLimited},
        {QStringLiteral("unauthorized"), m_unauthorized},
        {QStringLiteral("faultsFired"), m_faults.fired()},
    };
}

HttpResponse SandboxService::admin(const HttpRequest &request)
{
    const QString path = request.path;
    const QByteArray method = request.method;
    QJsonObject body;
    if (!request.body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return errorResponse(400, QStringLiteral("VALIDATION_ERROR"),
                                 QStringLiteral("The body must be a JSON object."),
                                 {{QStringLiteral("body"), parseError.errorString()}});
        body = document.object();
    }

    if (path == u"/__sandbox/faults") {
        if (method == "DELETE" || body.value(QStringLiteral("clear")).toBool())
            m_faults.clear();
        if (method == "POST") {
            QStringList texts;
            if (body.contains(QStringLiteral("rule")))
                texts.append(body.value(QStringLiteral("rule")).toString());
            const QJsonArray rules = body.value(QStringLiteral("rules")).toArray();
            for (const auto &rule : rules)
                texts.append(rule.toString());
            QList<FaultRule> parsed;
            QList<ErrorDetail> errors;
            for (qsizetype i = 0; i < texts.size(); ++i) {
                QString error;
                if (const auto rule = parseFaultRule(texts.at(i), &error))
                    parsed.append(*rule);
                else
                    errors.append({QStringLiteral("rules[%1]").arg(i), error});
            }
            if (!errors.isEmpty())
                return errorResponse(400, QStringLiteral("VALIDATION_ERROR"),
                                     QStringLiteral("Invalid fault rule."), errors);
            for (const FaultRule &rule : std::as_const(parsed))
                m_faults.add(rule);
        }
        return jsonResponse(200, {{QStringLiteral("faults"), m_faults.describe()}});
    }
    if (path == u"/__sandbox/clock/advance" && method == "POST") {
        const double seconds = body.value(QStringLiteral("seconds")).toDouble(-1);
        if (seconds < 0)
            return errorResponse(
                400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("Give {\"seconds\": N} with N ≥ 0."),
                {{QStringLiteral("seconds"), QStringLiteral("missing or negative")}});
        m_clock.advance(static_cast<qint64>(seconds * 1000));
        m_exports.tick();
        return jsonResponse(200, {{QStringLiteral("now"), SandboxClock::iso(m_clock.nowMs())}});
    }
    if (path == u"/__sandbox/clock")
        return jsonResponse(200, {{QStringLiteral("now"), SandboxClock::iso(m_clock.nowMs())},
                                  {QStringLiteral("speed"), m_clock.speed()}});
    if (path == u"/__sandbox/lists") {
        // The lists with their legacy ids, which the public API only maps one at a time.
        QJsonArray lists;
        for (const ListSpec &list : m_dataset.lists())
            lists.append(QJsonObject{{QStringLiteral("listId"), list.listId},
                                     {QStringLiteral("legacyListId"), list.legacyListId},
                                     {QStringLiteral("name"), list.name},
                                     {QStringLiteral("objectTypeId"), list.objectTypeId},
                                     {QStringLiteral("processingType"), list.processingType},
                                     {QStringLiteral("size"), int(list.memberIds.size())}});
        return jsonResponse(200, {{QStringLiteral("lists"), lists}});
    }
    if (path == u"/__sandbox/stats")
        return jsonResponse(200, stats());
    if (path == u"/__sandbox/records/mutate" && method == "POST") {
        const QString typeId =
            m_dataset.resolveObjectType(body.value(QStringLiteral("objectType")).toString());
        const auto count = [&](const char *key) { return body.value(QLatin1String(key)).toInt(0); };
        if (typeId.isEmpty())
            return errorResponse(400, QStringLiteral("VALIDATION_ERROR"),
                                 QStringLiteral("Give {\"objectType\": \"CONTACT\", \"create\": N, "
                                                "\"update\": N, \"delete\": N, \"seed\": S}."),
                                 {{QStringLiteral("objectType"), QStringLiteral("unknown")}});
        const Dataset::Mutation mutation = m_dataset.mutate(
            typeId, count("create"), count("update"), count("delete"),
            quint64(body.value(QStringLiteral("seed")).toInteger(1)), m_clock.nowMs());
        if (!mutation.error.isEmpty())
            return errorResponse(400, QStringLiteral("VALIDATION_ERROR"), mutation.error, {});
        return jsonResponse(
            200, {{QStringLiteral("created"), QJsonArray::fromStringList(mutation.created)},
                  {QStringLiteral("updated"), QJsonArray::fromStringList(mutation.updated)},
                  {QStringLiteral("deleted"), QJsonArray::fromStringList(mutation.deleted)}});
    }
    if (path == u"/__sandbox/links/expire" && method == "POST") {
        m_exports.expireAllLinks();
        return jsonResponse(200, {{QStringLiteral("expired"), true}});
    }
    if (path == u"/__sandbox/reset" && method == "POST") {
        m_faults.reset();
        m_exports.reset();
        m_rateLimiter.reset();
        m_searchRateLimiter.reset();
        m_tokenRevoked = false;
        std::lock_guard lock(m_statsMutex);
        m_requests.clear();
        m_versionRequests.clear();
        m_versionNotServed = 0;
        m_downloads = 0;
        m_rateLimited = 0;
        m_unauthorized = 0;
        return jsonResponse(200, {{QStringLiteral("reset"), true}});
    }
    static const QRegularExpression exportPath(QStringLiteral("^/__sandbox/exports/(\\d+)$"));
    if (const auto match = exportPath.match(path); match.hasMatch()) {
        const auto task = m_exports.task(match.captured(1));
        if (!task)
            return errorResponse(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                 QStringLiteral("No export %1.").arg(match.captured(1)));
        QJsonObject info{{QStringLiteral("id"), task->id},
                         {QStringLiteral("state"), phaseExportState(task->phase)}};
        if (task->phase == ExportManager::Phase::Complete) {
            const RenderedExport &file = task->result.file;
            info.insert(QStringLiteral("size"), file.size);
            info.insert(QStringLiteral("sha256"), QString::fromLatin1(file.sha256Hex));
            info.insert(QStringLiteral("recordCount"), file.recordCount);
            info.insert(QStringLiteral("fileCount"), file.fileCount);
            info.insert(QStringLiteral("zipped"), file.zipped);
            info.insert(QStringLiteral("fileName"), file.fileName);
            info.insert(QStringLiteral("contentType"), QString::fromLatin1(file.contentType));
        }
        return jsonResponse(200, info);
    }
    return errorResponse(
        404, QStringLiteral("OBJECT_NOT_FOUND"),
        QStringLiteral("No admin endpoint %1 %2.").arg(QString::fromLatin1(method), path));
}

} // namespace sandbox
