#include "fakenetworkaccessmanager.h"

#include <QBuffer>
#include <QJsonObject>
#include <QMetaObject>
#include <algorithm>
#include <cstring>

namespace es::test {

// --- RecordedRequest --------------------------------------------------------------------------

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const RawHeader &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

// --- FakeResponse -----------------------------------------------------------------------------

FakeResponse FakeResponse::json(int status, const QJsonDocument &document,
                                const QList<RawHeader> &headers)
{
    return json(status, document.toJson(QJsonDocument::Compact), headers);
}

FakeResponse FakeResponse::json(int status, const QByteArray &jsonText,
                                const QList<RawHeader> &headers)
{
    return raw(status, jsonText, "application/json;charset=utf-8", headers);
}

FakeResponse FakeResponse::raw(int status, const QByteArray &body, const QByteArray &contentType,
                               const QList<RawHeader> &headers)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    r.headers.append(headers);
    return r;
}

FakeResponse FakeResponse::hubspotError(int status, const QString &category, const QString &message,
                                        const QList<RawHeader> &headers)
{
    const QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("error")},
        {QStringLiteral("message"), message},
        {QStringLiteral("correlationId"), QStringLiteral("00000000-fake-4000-8000-000000000000")},
        {QStringLiteral("category"), category},
    };
    return json(status, QJsonDocument(body), headers);
}

FakeResponse FakeResponse::hang()
{
    FakeResponse r;
    r.kind = Kind::Hang;
    return r;
}

FakeResponse FakeResponse::breakAfter(qint64 bytes, int status, const QByteArray &body,
                                      const QList<RawHeader> &headers)
{
    FakeResponse r = raw(status, body, "application/octet-stream", headers);
    r.kind = Kind::Break;
    r.breakAfterBytes = bytes;
    return r;
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error,
                                        const QString &errorString)
{
    FakeResponse r;
    r.kind = Kind::NetworkError;
    r.status = 0;
    r.error = error;
    r.errorString = errorString.isEmpty() ? QStringLiteral("Fake network error %1").arg(int(error))
                                          : errorString;
    return r;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeResponse &FakeResponse::withChunks(qint64 size, int intervalMs)
{
    chunkSize = size;
    chunkIntervalMs = intervalMs;
    return *this;
}

// --- FakeNetworkAccessManager -----------------------------------------------------------------

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_clock.start();
}

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

void FakeNetworkAccessManager::route(const QByteArray &verb, const QString &path,
                                     const QList<FakeResponse> &answers)
{
    m_routes.append(Route{verb, path, answers, 0});
}

void FakeNetworkAccessManager::enqueue(const FakeResponse &answer)
{
    m_queue.append(answer);
}

void FakeNetworkAccessManager::clearRoutes()
{
    m_routes.clear();
    m_queue.clear();
    m_handler = {};
}

QList<RecordedRequest> FakeNetworkAccessManager::requests() const
{
    return m_requests;
}

QList<RecordedRequest> FakeNetworkAccessManager::requests(const QByteArray &verb,
                                                          const QString &path) const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_requests) {
        if (matches(verb, path, r))
            out.append(r);
    }
    return out;
}

void FakeNetworkAccessManager::clearRequests()
{
    m_requests.clear();
}

bool FakeNetworkAccessManager::matches(const QByteArray &verb, const QString &path,
                                       const RecordedRequest &r)
{
    if (!verb.isEmpty() && verb != r.verb)
        return false;
    if (path.endsWith(u'*'))
        return r.url.path().startsWith(path.left(path.size() - 1));
    return r.url.path() == path;
}

FakeResponse FakeNetworkAccessManager::answerFor(const RecordedRequest &request)
{
    for (Route &route : m_routes) {
        if (route.answers.isEmpty() || !matches(route.verb, route.path, request))
            continue;
        const int index = std::min<int>(route.used, int(route.answers.size()) - 1);
        ++route.used;
        return route.answers.at(index);
    }
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_handler) {
        if (std::optional<FakeResponse> answer = m_handler(request))
            return *answer;
    }
    return FakeResponse::hubspotError(
        404, QStringLiteral("OBJECT_NOT_FOUND"),
        QStringLiteral("The fake network has no answer for %1 %2")
            .arg(QString::fromLatin1(request.verb), request.url.toString()));
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    switch (op) {
    case HeadOperation:
        recorded.verb = "HEAD";
        break;
    case GetOperation:
        recorded.verb = "GET";
        break;
    case PutOperation:
        recorded.verb = "PUT";
        break;
    case PostOperation:
        recorded.verb = "POST";
        break;
    case DeleteOperation:
        recorded.verb = "DELETE";
        break;
    case CustomOperation:
        recorded.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        recorded.verb = "UNKNOWN";
        break;
    }
    recorded.url = request.url();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        recorded.headers.append({name, request.rawHeader(name)});
    // Known headers set through setHeader() are raw headers too (User-Agent, Content-Type).
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    recorded.atMs = m_clock.elapsed();
    m_requests.append(recorded);
    emit requestSeen(recorded);

    ++m_openReplies;
    // QNetworkAccessManager itself forwards the reply's finished() to its own finished().
    return new FakeReply(request, op, recorded.verb, answerFor(recorded), this);
}

// --- FakeReply --------------------------------------------------------------------------------

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
                     const QByteArray &verb, FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    if (op == QNetworkAccessManager::CustomOperation)
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_chunkTimer.setSingleShot(true);
    connect(&m_chunkTimer, &QTimer::timeout, this, &FakeReply::deliverNext);
    // Like Qt's HTTP backend: no progress for transferTimeout() ms aborts the reply with
    // OperationCanceledError.
    if (request.transferTimeout() > 0) {
        m_transferTimer.setSingleShot(true);
        m_transferTimer.setInterval(request.transferTimeout());
        connect(&m_transferTimer, &QTimer::timeout, this, &FakeReply::abort);
        m_transferTimer.start();
    }
    if (m_response.kind == FakeResponse::Kind::Hang)
        return;
    if (m_response.delayMs > 0)
        QTimer::singleShot(m_response.delayMs, this, &FakeReply::respond);
    else
        QMetaObject::invokeMethod(this, &FakeReply::respond, Qt::QueuedConnection);
}

FakeReply::~FakeReply()
{
    if (!m_done) {
        if (auto *manager = qobject_cast<FakeNetworkAccessManager *>(parent()))
            --manager->m_openReplies;
    }
}

QNetworkReply::NetworkError FakeReply::errorForStatus(int status)
{
    switch (status) {
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        break;
    }
    if (status >= 500)
        return UnknownServerError;
    if (status >= 400)
        return UnknownContentError;
    return NoError;
}

void FakeReply::respond()
{
    if (m_done)
        return;
    if (m_response.kind == FakeResponse::Kind::NetworkError) {
        finishWith(m_response.error, m_response.errorString);
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArrayLiteral("Fake"));
    bool hasLength = false;
    for (const auto &[name, value] : std::as_const(m_response.headers)) {
        setRawHeader(name, value);
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            setHeader(QNetworkRequest::ContentTypeHeader, value);
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            hasLength = true;
        if (name.compare("Location", Qt::CaseInsensitive) == 0)
            setAttribute(QNetworkRequest::RedirectionTargetAttribute,
                         url().resolved(QUrl::fromEncoded(value)));
    }
    if (!hasLength) {
        setRawHeader("Content-Length", QByteArray::number(m_response.body.size()));
        setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
    }
    if (m_transferTimer.isActive())
        m_transferTimer.start();
    emit metaDataChanged();
    if (isFinished() || m_done) // a slot may have aborted us
        return;

    m_toDeliver = m_response.kind == FakeResponse::Kind::Break
                      ? std::min<qint64>(m_response.breakAfterBytes, m_response.body.size())
                      : m_response.body.size();
    deliverNext();
}

void FakeReply::deliverNext()
{
    if (m_done)
        return;
    const qint64 left = m_toDeliver - m_delivered;
    if (left > 0) {
        const qint64 n = m_response.chunkSize > 0 ? std::min(left, m_response.chunkSize) : left;
        m_buffer.append(m_response.body.mid(m_delivered, n));
        m_delivered += n;
        if (m_transferTimer.isActive())
            m_transferTimer.start();
        emit downloadProgress(m_delivered, m_response.body.size());
        if (m_done)
            return;
        emit readyRead();
        if (m_done)
            return;
        if (m_delivered < m_toDeliver) {
            m_chunkTimer.start(m_response.chunkIntervalMs);
            return;
        }
    }
    if (m_response.kind == FakeResponse::Kind::Break) {
        finishWith(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    }
    const NetworkError error = errorForStatus(m_response.status);
    if (error != NoError)
        finishWith(error, QStringLiteral("Server replied: %1").arg(m_response.status));
    else
        finishOk();
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_chunkTimer.stop();
    m_transferTimer.stop();
    if (auto *manager = qobject_cast<FakeNetworkAccessManager *>(parent()))
        --manager->m_openReplies;
    setError(error, text);
    emit errorOccurred(error);
    setFinished(true);
    emit finished();
}

void FakeReply::finishOk()
{
    if (m_done)
        return;
    m_done = true;
    m_transferTimer.stop();
    if (auto *manager = qobject_cast<FakeNetworkAccessManager *>(parent()))
        --manager->m_openReplies;
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    finishWith(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    if (n == 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

} // namespace es::test
