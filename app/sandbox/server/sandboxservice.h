#pragma once

#include "bodyrecorder.h"
#include "dataset.h"
#include "exportmanager.h"
#include "faults.h"
#include "httpserver.h"
#include "model/apiversion.h"
#include "model/validation.h"
#include "ratelimiter.h"
#include "sandboxclock.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <mutex>

namespace sandbox {

struct ServiceConfig
{
    QString token = QStringLiteral("sandbox-token");
    es::ValidationLimits limits;
    qint64 portalId = 20240601;
    QString dataDir;
    bool verbose = false;
    BodyRecorder *recorder = nullptr; // --record-bodies; owned by main()
    // The API versions answered; a path of any other version gets HubSpot's 404 (--api-versions).
    QList<es::ApiVersion> apiVersions = es::ApiVersions::all();
    int searchPerSecond = 4; // CRM search's own limit per token (HubSpot: about 4-5 per second)
};

// An API path with its version read off: `canonical` is the same endpoint's v3 path, which the
// routes below understand; `version` is empty for an unknown version (served by no one).
struct VersionedPath
{
    bool versioned = false; // a path of a versioned HubSpot API at all
    std::optional<es::ApiVersion> version;
    QString versionText; // as written in the path ("2026-09", "v3", "2025-09")
    QString canonical;
};
VersionedPath parseVersionedPath(const QString &path);

// The HubSpot side of the sandbox: routes API, download and admin requests to the dataset and
// the export manager, and applies auth, rate limits and fault rules. Called from libmicrohttpd's
// connection threads; all shared state is behind mutexes or atomics.
class SandboxService
{
public:
    SandboxService(const Dataset &dataset, SandboxClock &clock, ExportManager &exports,
                   FaultBook &faults, RateLimiter &rateLimiter, ServiceConfig config);

    void setPorts(quint16 apiPort, quint16 downloadPort);
    HttpResponse handleApi(const HttpRequest &request);
    HttpResponse handleDownload(const HttpRequest &request);

    static EndpointKind classify(const QString &path);

private:
    HttpResponse authorizedApi(const HttpRequest &request, EndpointKind kind,
                               es::ApiVersion version);
    HttpResponse route(const HttpRequest &request, EndpointKind kind,
                       es::ApiVersion version = es::ApiVersion::V3);
    HttpResponse versionNotServed(const HttpRequest &request, const VersionedPath &path) const;
    HttpResponse faultStatus(const FaultRule &rule, EndpointKind kind) const;
    static void shapeBody(HttpResponse &response, const FaultRule &rule);

    // endpoints
    HttpResponse exportsRoute(const HttpRequest &request, es::ApiVersion version);
    HttpResponse startExport(const HttpRequest &request, const QString &base);
    HttpResponse exportStatus(const QString &taskId, const QString &base);
    HttpResponse exportInfo(const QString &exportId);
    HttpResponse properties(const HttpRequest &request);
    HttpResponse lists(const HttpRequest &request);
    HttpResponse listSearch(const HttpRequest &request);
    HttpResponse schemas(const HttpRequest &request);
    HttpResponse owners(const HttpRequest &request, es::ApiVersion version);
    HttpResponse search(const HttpRequest &request);
    HttpResponse pipelines(const HttpRequest &request);
    HttpResponse admin(const HttpRequest &request);
    HttpResponse downloadFile(const HttpRequest &request, const std::optional<FaultRule> &fault);

    HttpResponse forbiddenExport(const QString &id) const;
    HttpResponse unknownObjectType(const QString &objectType) const;
    QString resolveObjectType(const QString &nameOrId) const;
    QString apiOrigin() const;
    QString downloadOrigin() const;
    void count(EndpointKind kind);
    QJsonObject stats() const;
    void log(const HttpRequest &request, EndpointKind kind, int status) const;

    const Dataset &m_dataset;
    SandboxClock &m_clock;
    ExportManager &m_exports;
    FaultBook &m_faults;
    RateLimiter &m_rateLimiter;
    const ServiceConfig m_config;
    RateLimiter m_searchRateLimiter; // per second, on top of m_rateLimiter
    quint16 m_apiPort = 0;
    quint16 m_downloadPort = 0;
    std::atomic<bool> m_tokenRevoked{false};

    mutable std::mutex m_statsMutex;
    QHash<QString, int> m_requests;
    QHash<QString, int> m_versionRequests; // by version as written in the path
    int m_versionNotServed = 0;
    int m_downloads = 0;
    int m_rateLimited = 0;
    int m_unauthorized = 0;
};

} // namespace sandbox
