#pragma once

#include "apierror.h"
#include "apireply.h"
#include "exportstatus.h"
#include "metadata.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "searchresult.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <model/apiversion.h>
#include <model/exportrequest.h>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace es {

struct ClientConfig
{
    // Scheme, host and port form the only origin that ever receives the token. Plain http is
    // refused unless the host is a loopback address (the sandbox).
    QUrl apiBase = QUrl(QStringLiteral("https://api.hubapi.com"));
    QString token;
    QString accountId; // names the account in logs and rate-limit state; never the token
    int transferTimeoutMs = 30000; // no byte for this long → Timeout
    RetryPolicy retry;
    // Where every versioned call goes first (HubSpot's dated paths, or v3 = legacy). A portal
    // that answers 404 there makes the client fall back to the next older version.
    ApiVersion apiVersion = ApiVersions::newest();
    int listsPageSize = 500;  // POST {lists}/search "count" (HubSpot's maximum)
    int ownersPageSize = 100; // GET {owners} "limit"
    // CRM search has its own limit of about 4 requests/s per token. One fewer here: sends are
    // timed by the client and counted by HubSpot on arrival, and network jitter must not turn a
    // paced burst into a 429.
    int searchPerSecond = 3;
    int maxPages = 1000; // guards against a server that always says hasMore
};

// HubSpot's REST API for Export Studio: exports and the metadata the wizard needs.
//
// Everything is asynchronous: each call returns an ApiResult<T> handle (see apireply.h) whose
// finished() fires once. The client paces requests through a RateLimiter shared per account,
// retries what RetryPolicy allows, never follows redirects, never ignores TLS errors and sends the
// token only to the configured origin. It never creates a QNetworkAccessManager: the process owns
// one and injects it.
class HubSpotClient : public QObject
{
    Q_OBJECT

public:
    // `limiter` may be shared between clients of the same account; when null the client makes
    // its own. Neither `nam` nor a shared limiter is owned.
    HubSpotClient(QNetworkAccessManager *nam, ClientConfig config, RateLimiter *limiter = nullptr,
                  QObject *parent = nullptr);
    ~HubSpotClient() override;

    const ClientConfig &config() const { return m_config; }
    // The version the versioned calls use now: config().apiVersion until a fallback changed it.
    ApiVersion apiVersion() const { return m_version; }
    void setApiVersion(ApiVersion version) { m_version = version; }
    void setToken(const QString &token) { m_config.token = token; }
    void setRetryPolicy(const RetryPolicy &policy) { m_config.retry = policy; }
    // No byte for this long → Timeout (the CLI's --timeout).
    void setTransferTimeoutMs(int ms) { m_config.transferTimeoutMs = ms; }
    RateLimiter *rateLimiter() const { return m_limiter; }

    // Kind None when the API base may be used; Insecure with the reason otherwise.
    ApiError checkApiBase() const;
    static bool isLoopbackHost(const QString &host);
    static QByteArray userAgent(); // "ExportStudio/<version>"

    // Paths below are those of v3; a dated version puts the version after the API name
    // (/crm/exports/2026-09/export/async; ApiVersions::root()).

    // --- Exports ---------------------------------------------------------------------------
    // POST /crm/v3/exports/export/async. Never repeated once it may have reached HubSpot: such a
    // failure ends with Kind::StartOutcomeUnknown (causeKind says why).
    ApiResult<ExportTask> *startExport(const ExportRequest &request);
    // GET the status link HubSpot handed back when this client started the task (as given, when
    // it is on the API's origin), else /crm/v3/exports/export/async/tasks/{taskId}/status.
    ApiResult<ExportStatus> *exportStatus(const QString &taskId, const QUrl &statusLink = {});
    // GET /crm/v3/exports/export/{exportId}
    ApiResult<ExportInfo> *getExport(const QString &exportId);

    // --- Metadata --------------------------------------------------------------------------
    // GET /crm/v3/properties/{objectType} (archived=false)
    ApiResult<QList<PropertyDef>> *properties(const QString &objectType);
    // GET /crm/v3/properties/{objectType}/groups
    ApiResult<QList<PropertyGroup>> *propertyGroups(const QString &objectType);
    // POST /crm/v3/lists/search, every page (offset/hasMore). Empty objectTypeId = all objects.
    ApiResult<QList<ListInfo>> *searchLists(const QString &query = {},
                                            const QString &objectTypeId = {});
    // GET /crm/v3/lists/{listId}
    ApiResult<ListInfo> *list(const QString &listId);
    // GET /crm/v3/lists/idmapping?legacyListId= → the ILS list id
    ApiResult<QString> *mapLegacyListId(const QString &legacyListId);
    // GET /crm-object-schemas/v3/schemas, falling back to /crm/v3/schemas on 404
    ApiResult<QList<ObjectSchema>> *schemas();
    // GET /crm/v3/owners, every page (paging.next.after)
    ApiResult<QList<Owner>> *owners();
    // GET /crm/v3/pipelines/{objectType}
    ApiResult<QList<Pipeline>> *pipelines(const QString &objectType);

    // --- CRM search ------------------------------------------------------------------------
    // POST /crm/v3/objects/{objectType}/search with `body` as given (a PublicObjectSearchRequest,
    // see model/objectsearch.h). Search has its own limit (about 4 per second per token): these
    // calls are paced by a limiter of their own on top of the account's, and a 429 here holds
    // only the searches, never the export traffic.
    ApiResult<SearchPage> *searchObjects(const QString &objectType, const QJsonObject &body);
    // How many records `request` would export, spending no export: a LIST export's list size;
    // a VIEW export's search total (its filterGroups and query, limit 1), and each filter
    // group's own total when there are several.
    ApiResult<RecordCount> *countRecords(const ExportRequest &request);

    // One cheap request that tells whether the token works and has crm.export: it asks for
    // the status of a task that does not exist. 401 → token refused; 403 MISSING_SCOPES →
    // scope missing; any other 403/404 with HubSpot's error body (category or correlationId)
    // → fine; a 403/404 that is empty, HTML/XML or JSON of another shape → not the HubSpot API
    // (tokenAccepted false, the summary says to check the address). Finishes OK with a
    // ConnectionInfo for those answers; fails (error()) when HubSpot could not be reached or
    // kept failing (5xx, 429).
    ApiResult<ConnectionInfo> *testConnection();

signals:
    void rateLimitChanged(const es::RateLimitState &state);
    // The portal answered 404 for a path of `from` that HubSpot documents, and `to` (the next
    // older version) answered: every later call uses `to`. Callers say so and remember it for
    // the account.
    void apiVersionFellBack(es::ApiVersion from, es::ApiVersion to, const QString &path);

private:
    struct Request
    {
        QByteArray verb; // GET, POST
        // Set: `path` is below the family's root at `version` (execute() fills in the client's
        // version, and falls back to the next older one on a 404). Unset: `path` is absolute.
        std::optional<ApiFamily> family;
        ApiVersion version = ApiVersion::V3;
        QString path; // "/export/async" (family) or "/crm/v3/schemas", after apiBase's path
        QUrl url;     // when valid: sent as is (the status link HubSpot handed back)
        QUrlQuery query;
        QByteArray body; // JSON for POST
        RetryPolicy::Safety safety = RetryPolicy::Safety::Idempotent;
        bool search = false; // CRM search: paced by the search limiter as well
    };
    struct Response
    {
        int httpStatus = 0;
        QJsonDocument json;
    };
    // Called with the final success answer; an error answer finishes the reply, unless
    // `onError` is given and returns true (it handled it).
    using SuccessFn = std::function<void(const Response &)>;
    using ErrorFn = std::function<bool(const ApiError &)>;

    template<typename T>
    ApiResult<T> *makeReply(const QString &operation);
    void execute(ApiReply *reply, const Request &request, SuccessFn onSuccess,
                 ErrorFn onError = {});
    void sendAttempt(ApiReply *reply, const Request &request, int attempt,
                     const std::shared_ptr<SuccessFn> &onSuccess,
                     const std::shared_ptr<ErrorFn> &onError);
    QUrl urlFor(const Request &request) const;
    bool sameOrigin(const QUrl &url) const;
    void searchListsPage(ApiResult<QList<ListInfo>> *reply, const QString &query,
                         const QString &objectTypeId, int offset, int page);
    void ownersPage(ApiResult<QList<Owner>> *reply, const QString &after, int page);
    void adoptFallback(ApiVersion from, ApiVersion to, const QString &path);
    void countNext(ApiResult<RecordCount> *reply, const QString &objectType,
                   const QList<QJsonObject> &bodies, int index);
    QString fullPath(const Request &request) const;

    QPointer<QNetworkAccessManager> m_nam;
    ClientConfig m_config;
    ApiVersion m_version;
    RateLimiter *m_limiter = nullptr;
    RateLimiter *m_searchLimiter = nullptr;
    QHash<QString, QUrl> m_statusLinks; // taskId → links.status of the 202 answer
};

} // namespace es
