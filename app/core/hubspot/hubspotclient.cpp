#include "hubspotclient.h"

#include "hubspotlog.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <model/objectsearch.h>
#include <model/objecttype.h>
#include <model/requestcodec.h>

namespace es {

namespace {

// True when the answer declared a length and fewer bytes arrived. Only without a content
// encoding: Qt decompresses gzip bodies, whose declared length is the compressed one.
bool isCutShort(const QNetworkReply *reply, const QByteArray &body)
{
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (!declared.isValid() || !reply->rawHeader("Content-Encoding").isEmpty())
        return false;
    return body.size() < declared.toLongLong();
}

// Metadata answers are small; a body beyond this is not HubSpot talking.
constexpr qint64 MaxBodyBytes = qint64{64} * 1024 * 1024;

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Properties and pipelines accept object type ids everywhere; names only in some spellings.
QString objectPathPart(const QString &objectType)
{
    const QString id = ObjectTypes::typeIdOf(objectType);
    return segment(id.isEmpty() ? objectType : id);
}

// Retry-After is seconds or an HTTP date.
qint64 retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

QList<QJsonObject> objectsOf(const QJsonValue &value)
{
    QList<QJsonObject> out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const auto &v : array)
        out.append(v.toObject());
    return out;
}

} // namespace

HubSpotClient::HubSpotClient(QNetworkAccessManager *nam, ClientConfig config, RateLimiter *limiter,
                             QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
    , m_version(m_config.apiVersion)
    , m_limiter(limiter ? limiter : new RateLimiter(this))
    , m_searchLimiter(new RateLimiter(this))
{
    connect(m_limiter, &RateLimiter::stateChanged, this, &HubSpotClient::rateLimitChanged);
    m_searchLimiter->setMaxPerSecond(std::max(1, m_config.searchPerSecond));
}

HubSpotClient::~HubSpotClient() = default;

bool HubSpotClient::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QByteArray HubSpotClient::userAgent()
{
    return QByteArrayLiteral("ExportStudio/" EXPORTSTUDIO_VERSION);
}

ApiError HubSpotClient::checkApiBase() const
{
    const QUrl &base = m_config.apiBase;
    if (!base.isValid() || base.host().isEmpty())
        return ApiError::insecure(HubSpotClient::tr("the API address \"%1\" is not a valid URL; "
                                                    "use https://api.hubapi.com")
                                      .arg(Redact::url(base)));
    const QString scheme = base.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(base.host()))
            return {};
        return ApiError::insecure(
            HubSpotClient::tr("the API address %1 uses plain http, which would expose the token on "
                              "the network; use https (plain http is allowed only for this "
                              "computer: 127.0.0.1, ::1, localhost)")
                .arg(Redact::url(base)));
    }
    return ApiError::insecure(
        HubSpotClient::tr("the API address %1 is neither https nor http").arg(Redact::url(base)));
}

bool HubSpotClient::sameOrigin(const QUrl &url) const
{
    const QUrl &base = m_config.apiBase;
    const int defaultPort = base.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80;
    return url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == base.port(defaultPort);
}

QString HubSpotClient::fullPath(const Request &request) const
{
    return request.family ? ApiVersions::root(*request.family, request.version) + request.path
                          : request.path;
}

QUrl HubSpotClient::urlFor(const Request &request) const
{
    if (request.url.isValid())
        return request.url;
    QUrl url = m_config.apiBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                         QUrl::StripTrailingSlash);
    const QString basePath = url.path(QUrl::FullyEncoded);
    url.setPath(basePath + fullPath(request), QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

template<typename T>
ApiResult<T> *HubSpotClient::makeReply(const QString &operation)
{
    return new ApiResult<T>(operation, this);
}

void HubSpotClient::execute(ApiReply *reply, const Request &request, SuccessFn onSuccess,
                            ErrorFn onError)
{
    if (const ApiError insecure = checkApiBase(); insecure.isError()) {
        qCWarning(lcHubSpot).noquote() << reply->operation() << "refused:" << insecure.message;
        reply->finishWithError(insecure);
        return;
    }
    if (!m_nam) {
        reply->finishWithError(
            ApiError::network(HubSpotClient::tr("the network manager is gone (shutting down)")));
        return;
    }
    if (!request.url.isValid() && (request.path.contains(u"//") || request.path.endsWith(u'/'))) {
        // An empty task, export or list id: asking would only fetch some other resource.
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = HubSpotClient::tr("The id is missing");
        error.fieldErrors.append(
            {QStringLiteral("id"), HubSpotClient::tr("must not be empty"), {}, {}});
        reply->finishWithError(error);
        return;
    }
    Request first = request;
    if (first.family)
        first.version = m_version;
    auto success = std::make_shared<SuccessFn>(std::move(onSuccess));
    auto failure = std::make_shared<ErrorFn>(std::move(onError));
    const std::optional<ApiVersion> older =
        first.family && !first.url.isValid() ? ApiVersions::older(first.version) : std::nullopt;
    if (!older || !ApiVersions::isDated(first.version)) {
        sendAttempt(reply, first, 1, success, failure);
        return;
    }
    // Every path sent exists in HubSpot's spec of that version, so a 404 in HubSpot's error body
    // means either that the portal does not serve the version yet or that the resource (a list,
    // a task) is missing. Asking the next older version once tells them apart: if it answers
    // anything but 404, the version was the problem and the older one is kept for the account
    // from then on. A 404 without HubSpot's body is not HubSpot talking (a wrong address): no
    // version question arises.
    Request fallback = first;
    fallback.version = *older;
    const ApiVersion tried = first.version;
    auto onDatedError = std::make_shared<ErrorFn>(
        [this, reply, first, fallback, tried, success, failure](const ApiError &error) {
            const bool hubSpotBody = !error.category.isEmpty() || !error.correlationId.isEmpty();
            if (error.httpStatus != 404 || !hubSpotBody)
                return *failure && (*failure)(error);
            qCInfo(lcHubSpot).noquote()
                << reply->operation() << ": 404 at API version" << ApiVersions::name(tried)
                << "; asking" << ApiVersions::name(fallback.version);
            const QString path = fullPath(first);
            auto fellBackOk = std::make_shared<SuccessFn>(
                [this, tried, fallback, path, success](const Response &response) {
                    adoptFallback(tried, fallback.version, path);
                    (*success)(response);
                });
            auto fellBackError = std::make_shared<ErrorFn>(
                [this, tried, fallback, path, failure](const ApiError &second) {
                    if (second.httpStatus != 404)
                        adoptFallback(tried, fallback.version, path);
                    return *failure && (*failure)(second);
                });
            sendAttempt(reply, fallback, 1, fellBackOk, fellBackError);
            return true;
        });
    sendAttempt(reply, first, 1, success, onDatedError);
}

void HubSpotClient::adoptFallback(ApiVersion from, ApiVersion to, const QString &path)
{
    // Several calls may have fallen back at once: the first one switches and says so.
    if (m_version != from)
        return;
    m_version = to;
    qCWarning(lcHubSpot).noquote()
        << "account" << m_config.accountId << "does not serve API version"
        << ApiVersions::name(from) << "(404); using" << ApiVersions::name(to) << "from now on";
    emit apiVersionFellBack(from, to, path);
}

void HubSpotClient::sendAttempt(ApiReply *reply, const Request &request, int attempt,
                                const std::shared_ptr<SuccessFn> &onSuccess,
                                const std::shared_ptr<ErrorFn> &onError)
{
    QPointer<RateLimiter> limiter = m_limiter;
    QPointer<ApiReply> guard = reply;

    auto send = [this, guard, request, attempt, onSuccess, onError] {
        if (!guard || guard->isFinished())
            return;
        ApiReply *api = guard.data();
        if (!m_nam) {
            api->finishWithError(ApiError::network(
                HubSpotClient::tr("the network manager is gone (shutting down)")));
            return;
        }
        const QUrl url = urlFor(request);
        QNetworkRequest req(url);
        req.setRawHeader("Accept", "application/json");
        req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        // The token goes to the configured origin only; every URL here is built from it, and
        // the check keeps it that way if that ever changes.
        if (sameOrigin(url) && !m_config.token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        req.setTransferTimeout(m_config.transferTimeoutMs);

        QNetworkReply *net = nullptr;
        if (request.verb == "POST") {
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
            net = m_nam->post(req, request.body);
        } else {
            net = m_nam->get(req);
        }
        ++api->m_attempts;
        qCDebug(lcHubSpot).noquote() << request.verb << Redact::url(url) << "attempt" << attempt
                                     << "account" << m_config.accountId;

        // Our own inactivity watchdog as well as setTransferTimeout: the same rule for any
        // QNetworkAccessManager, including the ones tests inject.
        auto *watchdog = new QTimer(net);
        watchdog->setSingleShot(true);
        watchdog->setInterval(m_config.transferTimeoutMs);
        auto timedOut = std::make_shared<bool>(false);
        auto tooBig = std::make_shared<bool>(false);
        connect(watchdog, &QTimer::timeout, net, [net, timedOut] {
            *timedOut = true;
            net->abort();
        });
        connect(net, &QNetworkReply::uploadProgress, watchdog, [watchdog] { watchdog->start(); });
        connect(net, &QNetworkReply::downloadProgress, watchdog,
                [watchdog, net, tooBig](qint64 received) {
                    watchdog->start();
                    if (received > MaxBodyBytes) {
                        *tooBig = true;
                        net->abort();
                    }
                });
        watchdog->start();

        QPointer<QNetworkReply> netGuard = net;
        api->setAbortHook([netGuard] {
            if (netGuard) {
                netGuard->disconnect();
                netGuard->abort();
                netGuard->deleteLater();
            }
        });

        QElapsedTimer elapsed;
        elapsed.start();
        connect(
            net, &QNetworkReply::finished, api,
            [this, guard, net, request, attempt, onSuccess, onError, timedOut, tooBig, elapsed] {
                net->deleteLater();
                if (!guard || guard->isFinished())
                    return;
                ApiReply *call = guard.data();
                call->setAbortHook({});
                if (m_limiter)
                    m_limiter->observe(net);

                const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QNetworkReply::NetworkError netError = net->error();
                ApiError error;
                Response response;
                response.httpStatus = status;

                // Codes below 200 are the transport's (connection, TLS, proxy): the answer
                // did not arrive whole, whatever status line came first.
                const bool transportFailed =
                    netError != QNetworkReply::NoError && int(netError) < 200;
                if (*timedOut ||
                    (transportFailed && (netError == QNetworkReply::OperationCanceledError ||
                                         netError == QNetworkReply::TimeoutError))) {
                    // OperationCanceled without our cancel is Qt's transfer timeout.
                    error = ApiError::timeout();
                } else if (*tooBig) {
                    error = ApiError::invalidResponse(
                        status, HubSpotClient::tr("the answer is larger than %1 MiB")
                                    .arg(MaxBodyBytes / (qint64{1024} * 1024)));
                } else if (transportFailed || status == 0) {
                    error = ApiError::network(Redact::text(net->errorString(), m_config.token));
                    error.networkError = netError;
                } else if (const QByteArray body = net->readAll(); isCutShort(net, body)) {
                    // Qt 6.4 can report a connection closed mid-body as a clean end when it
                    // reads the buffered bytes before it notices the close: the declared length
                    // tells. A network failure, so the retry policy tries again.
                    error = ApiError::network(
                        HubSpotClient::tr(
                            "the connection closed after %1 of %2 bytes of the answer")
                            .arg(body.size())
                            .arg(net->header(QNetworkRequest::ContentLengthHeader).toLongLong()));
                    error.networkError = QNetworkReply::RemoteHostClosedError;
                } else {
                    if (status >= 200 && status < 300) {
                        if (!body.trimmed().isEmpty()) {
                            QJsonParseError parseError;
                            response.json = QJsonDocument::fromJson(body, &parseError);
                            if (parseError.error != QJsonParseError::NoError)
                                error = ApiError::invalidResponse(
                                    status,
                                    HubSpotClient::tr("invalid JSON", "what HubSpot answered"));
                        }
                    } else if (status >= 300 && status < 400) {
                        const QUrl target =
                            net->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
                        error.kind = ApiError::Kind::Http;
                        error.httpStatus = status;
                        error.message =
                            HubSpotClient::tr("redirect to %1 not followed")
                                .arg(target.host().isEmpty() ? HubSpotClient::tr("another path")
                                                             : target.host());
                    } else {
                        error = ApiError::fromHttp(
                            status, body,
                            net->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1());
                        error.networkError = netError;
                    }
                }

                if (error.kind == ApiError::Kind::RateLimited && request.search) {
                    // Search's per-second limit: its 429 often has no Retry-After, and the
                    // window headers describe the account's 10-second window, not this one.
                    // Only the searches wait; export traffic goes on.
                    qint64 pause = retryAfterMs(net->rawHeader("Retry-After"));
                    if (pause <= 0)
                        pause = 1000;
                    error.retryAfterMs = pause;
                    if (!error.isDailyLimit())
                        m_searchLimiter->pauseFor(pause);
                } else if (error.kind == ApiError::Kind::RateLimited) {
                    qint64 pause = retryAfterMs(net->rawHeader("Retry-After"));
                    if (pause < 0) {
                        bool ok = false;
                        pause = net->rawHeader("X-HubSpot-RateLimit-Interval-Milliseconds")
                                    .trimmed()
                                    .toLongLong(&ok);
                        if (!ok || pause <= 0)
                            pause = m_limiter ? m_limiter->state().intervalMs : -1;
                    }
                    error.retryAfterMs = pause;
                    if (!error.isDailyLimit() && pause > 0 && m_limiter)
                        m_limiter->pauseFor(pause);
                }

                if (!error.isError()) {
                    qCDebug(lcHubSpot).noquote() << request.verb << Redact::url(net->url()) << "->"
                                                 << status << "in" << elapsed.elapsed() << "ms";
                    (*onSuccess)(response);
                    return;
                }

                error.operation = call->operation();
                error.attempts = call->m_attempts;
                qCWarning(lcHubSpot).noquote()
                    << request.verb << Redact::url(net->url()) << "attempt" << attempt
                    << "failed:" << Redact::text(error.technicalSummary(), m_config.token);

                const RetryPolicy &policy = m_config.retry;
                if (policy.shouldRetry(error, attempt, request.safety)) {
                    const qint64 delay = policy.delayMs(error, attempt);
                    qCInfo(lcHubSpot).noquote()
                        << call->operation() << "retrying in" << delay << "ms";
                    auto *timer = new QTimer(call);
                    timer->setSingleShot(true);
                    QPointer<QTimer> timerGuard = timer;
                    call->setAbortHook([timerGuard] {
                        if (timerGuard)
                            timerGuard->deleteLater();
                    });
                    connect(timer, &QTimer::timeout, call,
                            [this, guard, timer, request, attempt, onSuccess, onError] {
                                timer->deleteLater();
                                if (guard && !guard->isFinished())
                                    sendAttempt(guard.data(), request, attempt + 1, onSuccess,
                                                onError);
                            });
                    timer->start(int(std::min<qint64>(delay, qint64{3600} * 1000)));
                    return;
                }

                if (request.safety == RetryPolicy::Safety::StartsWork) {
                    const bool mayHaveStarted =
                        error.kind == ApiError::Kind::Server ||
                        error.kind == ApiError::Kind::Timeout ||
                        (error.kind == ApiError::Kind::Network &&
                         !RetryPolicy::neverSent(netError)) ||
                        // A 2xx that does not parse: HubSpot did
                        // start it, we just cannot read the id.
                        (error.kind == ApiError::Kind::InvalidResponse &&
                         (status == 0 || status >= 500 || (status >= 200 && status < 300)));
                    if (mayHaveStarted) {
                        error.causeKind = error.kind == ApiError::Kind::InvalidResponse
                                              ? ApiError::Kind::Server
                                              : error.kind;
                        error.kind = ApiError::Kind::StartOutcomeUnknown;
                    }
                }
                if (*onError && (*onError)(error))
                    return;
                call->finishWithError(error);
            });
    };

    auto acquireAccount = [limiter, guard, send = std::move(send)]() mutable {
        if (!limiter || !guard || guard->isFinished())
            return;
        const quint64 ticket = limiter->acquire(guard.data(), std::move(send));
        guard->setAbortHook([limiter, ticket] {
            if (limiter)
                limiter->release(ticket);
        });
    };
    if (!request.search) {
        acquireAccount();
        return;
    }
    // Search first waits for its own per-second slot, then for the account's window.
    QPointer<RateLimiter> searchLimiter = m_searchLimiter;
    const quint64 ticket = m_searchLimiter->acquire(reply, std::move(acquireAccount));
    reply->setAbortHook([searchLimiter, ticket] {
        if (searchLimiter)
            searchLimiter->release(ticket);
    });
}

// --- Exports --------------------------------------------------------------------------------

ApiResult<ExportTask> *HubSpotClient::startExport(const ExportRequest &request)
{
    //: Names the call in "The request (%1) could not reach HubSpot"; the ones below too
    auto *reply = makeReply<ExportTask>(HubSpotClient::tr("start export"));
    Request r;
    r.verb = "POST";
    r.family = ApiFamily::Exports;
    r.path = QStringLiteral("/export/async");
    r.body = QJsonDocument(RequestCodec::toJson(request)).toJson(QJsonDocument::Compact);
    r.safety = RetryPolicy::Safety::StartsWork;
    execute(reply, r, [this, reply](const Response &response) {
        reply->m_value = ExportTask::fromJson(response.json.object());
        if (!reply->m_value.taskId.isEmpty() && reply->m_value.statusUrl.isValid())
            m_statusLinks.insert(reply->m_value.taskId, reply->m_value.statusUrl);
        if (reply->m_value.taskId.isEmpty()) {
            // HubSpot said yes but gave no id: an export may be running that we cannot follow.
            ApiError error = ApiError::invalidResponse(
                response.httpStatus, HubSpotClient::tr("the answer carries no task id"));
            error.causeKind = ApiError::Kind::InvalidResponse;
            error.kind = ApiError::Kind::StartOutcomeUnknown;
            reply->finishWithError(error);
            return;
        }
        reply->finishOk();
    });
    return reply;
}

ApiResult<ExportStatus> *HubSpotClient::exportStatus(const QString &taskId, const QUrl &statusLink)
{
    auto *reply =
        makeReply<ExportStatus>(HubSpotClient::tr("export status of task %1").arg(taskId));
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Exports;
    r.path = QStringLiteral("/export/async/tasks/%1/status").arg(segment(taskId));
    // HubSpot's own link wins over a path built here (it names the version HubSpot chose), as
    // long as it stays on the API's origin: the token goes nowhere else.
    const QUrl link = statusLink.isValid() ? statusLink : m_statusLinks.value(taskId);
    if (link.isValid() && !taskId.isEmpty() && sameOrigin(link) && link.userInfo().isEmpty())
        r.url = link;
    else if (link.isValid())
        qCWarning(lcHubSpot).noquote()
            << "status link of task" << taskId << "is on another origin; asking"
            << Redact::url(urlFor(r)) << "instead";
    execute(reply, r, [reply](const Response &response) {
        reply->m_value = ExportStatus::fromJson(response.json.object());
        if (reply->m_value.stateText.isEmpty()) {
            reply->finishWithError(ApiError::invalidResponse(
                response.httpStatus, HubSpotClient::tr("the status answer has no \"status\"")));
            return;
        }
        reply->finishOk();
    });
    return reply;
}

ApiResult<ExportInfo> *HubSpotClient::getExport(const QString &exportId)
{
    auto *reply = makeReply<ExportInfo>(HubSpotClient::tr("export %1").arg(exportId));
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Exports;
    r.path = QStringLiteral("/export/%1").arg(segment(exportId));
    execute(reply, r, [reply](const Response &response) {
        reply->m_value = ExportInfo::fromJson(response.json.object());
        reply->finishOk();
    });
    return reply;
}

// --- Metadata -------------------------------------------------------------------------------

ApiResult<QList<PropertyDef>> *HubSpotClient::properties(const QString &objectType)
{
    auto *reply =
        makeReply<QList<PropertyDef>>(HubSpotClient::tr("properties of %1").arg(objectType));
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Properties;
    r.path = u'/' + objectPathPart(objectType);
    r.query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
    execute(reply, r, [reply](const Response &response) {
        for (const QJsonObject &o : objectsOf(response.json.object().value(u"results")))
            reply->m_value.append(PropertyDef::fromJson(o));
        reply->finishOk();
    });
    return reply;
}

ApiResult<QList<PropertyGroup>> *HubSpotClient::propertyGroups(const QString &objectType)
{
    auto *reply =
        makeReply<QList<PropertyGroup>>(HubSpotClient::tr("property groups of %1").arg(objectType));
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Properties;
    r.path = QStringLiteral("/%1/groups").arg(objectPathPart(objectType));
    execute(reply, r, [reply](const Response &response) {
        for (const QJsonObject &o : objectsOf(response.json.object().value(u"results")))
            reply->m_value.append(PropertyGroup::fromJson(o));
        reply->finishOk();
    });
    return reply;
}

ApiResult<QList<ListInfo>> *HubSpotClient::searchLists(const QString &query,
                                                       const QString &objectTypeId)
{
    auto *reply = makeReply<QList<ListInfo>>(HubSpotClient::tr("list search"));
    searchListsPage(reply, query, objectTypeId, 0, 1);
    return reply;
}

void HubSpotClient::searchListsPage(ApiResult<QList<ListInfo>> *reply, const QString &query,
                                    const QString &objectTypeId, int offset, int page)
{
    QJsonObject body{
        {QStringLiteral("query"), query},
        {QStringLiteral("offset"), offset},
        {QStringLiteral("count"), m_config.listsPageSize},
        {QStringLiteral("additionalProperties"), QJsonArray{QStringLiteral("hs_list_size")}},
        // The dated specs require both; empty means "not filtered by it" (lists-2026-09.json).
        {QStringLiteral("listIds"), QJsonArray{}},
        {QStringLiteral("processingTypes"), QJsonArray{}},
    };
    if (!objectTypeId.isEmpty()) {
        const QString id = ObjectTypes::typeIdOf(objectTypeId);
        body.insert(QStringLiteral("objectTypeId"), id.isEmpty() ? objectTypeId : id);
    }
    Request r;
    r.verb = "POST";
    r.family = ApiFamily::Lists;
    r.path = QStringLiteral("/search");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    execute(reply, r, [this, reply, query, objectTypeId, offset, page](const Response &response) {
        const QJsonObject object = response.json.object();
        const QList<QJsonObject> lists = objectsOf(object.value(u"lists"));
        for (const QJsonObject &o : lists)
            reply->m_value.append(ListInfo::fromJson(o));
        if (!object.value(u"hasMore").toBool() || lists.isEmpty()) {
            reply->finishOk();
            return;
        }
        if (page >= m_config.maxPages) {
            reply->finishWithError(ApiError::invalidResponse(
                response.httpStatus,
                HubSpotClient::tr("the list search did not end after %1 pages").arg(page)));
            return;
        }
        // "offset" in the answer is where the next page starts; a server that does not advance
        // it must not make us loop.
        int next = object.value(u"offset").toInt(-1);
        if (next <= offset)
            next = offset + int(lists.size());
        searchListsPage(reply, query, objectTypeId, next, page + 1);
    });
}

ApiResult<ListInfo> *HubSpotClient::list(const QString &listId)
{
    auto *reply = makeReply<ListInfo>(HubSpotClient::tr("list %1").arg(listId));
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Lists;
    r.path = u'/' + segment(listId);
    execute(reply, r, [reply](const Response &response) {
        const QJsonObject object = response.json.object();
        const QJsonObject list =
            object.contains(u"list") ? object.value(u"list").toObject() : object;
        reply->m_value = ListInfo::fromJson(list);
        if (reply->m_value.listId.isEmpty()) {
            reply->finishWithError(ApiError::invalidResponse(
                response.httpStatus, HubSpotClient::tr("the answer describes no list")));
            return;
        }
        reply->finishOk();
    });
    return reply;
}

ApiResult<QString> *HubSpotClient::mapLegacyListId(const QString &legacyListId)
{
    auto *reply =
        makeReply<QString>(HubSpotClient::tr("list id of legacy list %1").arg(legacyListId));
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Lists;
    r.path = QStringLiteral("/idmapping");
    r.query.addQueryItem(QStringLiteral("legacyListId"), legacyListId);
    execute(reply, r, [reply](const Response &response) {
        const QJsonValue id = response.json.object().value(u"listId");
        reply->m_value = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        if (reply->m_value.isEmpty()) {
            reply->finishWithError(ApiError::invalidResponse(
                response.httpStatus, HubSpotClient::tr("the answer has no listId")));
            return;
        }
        reply->finishOk();
    });
    return reply;
}

ApiResult<QList<ObjectSchema>> *HubSpotClient::schemas()
{
    auto *reply = makeReply<QList<ObjectSchema>>(HubSpotClient::tr("custom object schemas"));
    auto parse = [reply](const Response &response) {
        for (const QJsonObject &o : objectsOf(response.json.object().value(u"results")))
            reply->m_value.append(ObjectSchema::fromJson(o));
        reply->finishOk();
    };
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Schemas;
    Request fallback = r;
    fallback.family.reset();
    fallback.path = QStringLiteral("/crm/v3/schemas");
    // The spec's path first; the guide's older path when a server does not know it.
    execute(reply, r, parse, [this, reply, fallback, parse](const ApiError &error) {
        if (error.kind != ApiError::Kind::NotFound)
            return false;
        qCInfo(lcHubSpot) << "schemas: falling back to /crm/v3/schemas";
        execute(reply, fallback, parse);
        return true;
    });
    return reply;
}

ApiResult<QList<Owner>> *HubSpotClient::owners()
{
    auto *reply = makeReply<QList<Owner>>(QStringLiteral("owners"));
    ownersPage(reply, {}, 1);
    return reply;
}

void HubSpotClient::ownersPage(ApiResult<QList<Owner>> *reply, const QString &after, int page)
{
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Owners;
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.ownersPageSize));
    r.query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
    if (!after.isEmpty())
        r.query.addQueryItem(QStringLiteral("after"), after);
    execute(reply, r, [this, reply, after, page](const Response &response) {
        const QJsonObject object = response.json.object();
        for (const QJsonObject &o : objectsOf(object.value(u"results")))
            reply->m_value.append(Owner::fromJson(o));
        const QJsonValue nextAfter =
            object.value(u"paging").toObject().value(u"next").toObject().value(u"after");
        const QString next =
            nextAfter.isDouble() ? QString::number(nextAfter.toInteger()) : nextAfter.toString();
        if (next.isEmpty()) {
            reply->finishOk();
            return;
        }
        if (next == after || page >= m_config.maxPages) {
            reply->finishWithError(ApiError::invalidResponse(
                response.httpStatus, HubSpotClient::tr("the owners paging does not advance")));
            return;
        }
        ownersPage(reply, next, page + 1);
    });
}

ApiResult<QList<Pipeline>> *HubSpotClient::pipelines(const QString &objectType)
{
    auto *reply = makeReply<QList<Pipeline>>(HubSpotClient::tr("pipelines of %1").arg(objectType));
    Request r;
    r.verb = "GET";
    r.family = ApiFamily::Pipelines;
    r.path = u'/' + objectPathPart(objectType);
    execute(reply, r, [reply](const Response &response) {
        for (const QJsonObject &o : objectsOf(response.json.object().value(u"results")))
            reply->m_value.append(Pipeline::fromJson(o));
        reply->finishOk();
    });
    return reply;
}

// --- CRM search -----------------------------------------------------------------------------

ApiResult<SearchPage> *HubSpotClient::searchObjects(const QString &objectType,
                                                    const QJsonObject &body)
{
    auto *reply = makeReply<SearchPage>(HubSpotClient::tr("search of %1").arg(objectType));
    Request r;
    r.verb = "POST";
    r.family = ApiFamily::Objects;
    r.path = QStringLiteral("/%1/search").arg(objectPathPart(objectType));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.search = true;
    execute(reply, r, [reply](const Response &response) {
        reply->m_value = SearchPage::fromJson(response.json.object());
        if (reply->m_value.total < 0) {
            reply->finishWithError(ApiError::invalidResponse(
                response.httpStatus, HubSpotClient::tr("the search answer has no \"total\"")));
            return;
        }
        reply->finishOk();
    });
    return reply;
}

ApiResult<RecordCount> *HubSpotClient::countRecords(const ExportRequest &request)
{
    auto *reply = makeReply<RecordCount>(HubSpotClient::tr("record count"));
    if (request.exportType == ExportType::List) {
        reply->m_value.listId = request.listId;
        auto *info = list(request.listId);
        info->onFinished(reply, [reply](const ApiResult<ListInfo> &r) {
            if (!r.isOk()) {
                reply->finishWithError(r.error());
                return;
            }
            reply->m_value.total = r.value().size;
            if (reply->m_value.total < 0) {
                reply->finishWithError(ApiError::invalidResponse(
                    200, HubSpotClient::tr("the list answer does not give the list's size")));
                return;
            }
            reply->finishOk();
        });
        return reply;
    }
    // The total first, then each group on its own (only when there are several: one group's
    // count is the total). Sent one after another: the search limit is per second.
    const SearchRequest search = request.search.value_or(SearchRequest());
    QList<QJsonObject> bodies{ObjectSearch::body(search, 1)};
    reply->m_value.searchBody = bodies.first();
    if (search.filterGroups.size() > 1) {
        for (qsizetype g = 0; g < search.filterGroups.size(); ++g)
            bodies.append(ObjectSearch::body(ObjectSearch::groupOnly(search, g), 1));
    }
    countNext(reply, request.objectType, bodies, 0);
    return reply;
}

void HubSpotClient::countNext(ApiResult<RecordCount> *reply, const QString &objectType,
                              const QList<QJsonObject> &bodies, int index)
{
    auto *page = searchObjects(objectType, bodies.at(index));
    page->onFinished(reply,
                     [this, reply, objectType, bodies, index](const ApiResult<SearchPage> &r) {
                         if (reply->isFinished())
                             return;
                         if (!r.isOk()) {
                             reply->finishWithError(r.error());
                             return;
                         }
                         if (index == 0)
                             reply->m_value.total = r.value().total;
                         else
                             reply->m_value.perGroup.append(r.value().total);
                         if (index + 1 < bodies.size()) {
                             countNext(reply, objectType, bodies, index + 1);
                             return;
                         }
                         reply->finishOk();
                     });
}

ApiResult<ConnectionInfo> *HubSpotClient::testConnection()
{
    auto *reply = makeReply<ConnectionInfo>(HubSpotClient::tr("connection test"));
    Request r;
    r.verb = "GET";
    // A task id no account owns: the answer tells token and scope apart without starting or
    // reading anything.
    r.family = ApiFamily::Exports;
    r.path = QStringLiteral("/export/async/tasks/0/status");
    // HubSpot's refusals carry its error body (category, correlationId); anything else at this
    // path means the address is not HubSpot's API (a wrong base URL answering 404), which must
    // not pass for "the token may export".
    const auto isHubSpotErrorBody = [](const ApiError &error) {
        return !error.category.isEmpty() || !error.correlationId.isEmpty();
    };
    const QString base = m_config.apiBase.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const auto notHubSpot = [reply, base](const ApiError &error) {
        ConnectionInfo &info = reply->m_value;
        info.problem = error;
        info.summary =
            tr("%1 answered HTTP %2 without HubSpot's error format, so it is probably not the "
               "HubSpot API: the token was not checked. Check the API address (HubSpot's is "
               "https://api.hubapi.com) and any proxy in between.")
                .arg(base)
                .arg(error.httpStatus);
    };
    execute(
        reply, r,
        [reply](const Response &) {
            reply->m_value.tokenAccepted = true;
            reply->m_value.canExport = true;
            reply->m_value.summary =
                HubSpotClient::tr("Connected: HubSpot accepted the token and it may export.");
            reply->finishOk();
        },
        [reply, isHubSpotErrorBody, notHubSpot](const ApiError &error) {
            ConnectionInfo &info = reply->m_value;
            switch (error.kind) {
            case ApiError::Kind::Auth:
                info.problem = error;
                info.summary = error.userMessage();
                break;
            case ApiError::Kind::MissingScopes:
                info.tokenAccepted = true;
                info.missingScopes = error.missingScopes();
                if (info.missingScopes.isEmpty())
                    info.missingScopes.append(QStringLiteral("crm.export"));
                info.problem = error;
                info.summary =
                    //: %1 says which scope is missing and how to add it
                    HubSpotClient::tr("HubSpot accepted the token, but it cannot export. %1")
                        .arg(error.userMessage());
                break;
            case ApiError::Kind::Forbidden:
            case ApiError::Kind::NotFound:
                if (!isHubSpotErrorBody(error)) {
                    notHubSpot(error);
                    break;
                }
                // The expected refusal for a task that is not ours: the token got past the
                // scope check.
                info.tokenAccepted = true;
                info.canExport = true;
                info.summary =
                    HubSpotClient::tr("Connected: HubSpot accepted the token and it may export.");
                break;
            case ApiError::Kind::InvalidResponse:
                // An HTML or XML page where HubSpot sends JSON: a web server, a storage bucket
                // or a proxy's page, not the API. A 5xx page stays an error (HubSpot may be
                // down and the caller retries).
                if (error.causeKind != ApiError::Kind::Forbidden &&
                    error.causeKind != ApiError::Kind::NotFound)
                    return false;
                notHubSpot(error);
                break;
            default:
                return false;
            }
            reply->finishOk();
            return true;
        });
    return reply;
}

} // namespace es
