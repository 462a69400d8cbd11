#include "httpdownloadjob.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>

// The Downloader's category: these lines belong to the same download's story.
Q_LOGGING_CATEGORY(lcHttpDownload, "es.transfer.download")

namespace es {

namespace {

constexpr qint64 ChunkBytes = qint64{64} * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

QString HttpDownloadJob::hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? QStringLiteral("(no host)") : url.host();
}

bool HttpDownloadJob::isTransient(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout in Qt 6.4
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

HttpDownloadJob::HttpDownloadJob(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &HttpDownloadJob::onStall);
}

HttpDownloadJob::~HttpDownloadJob()
{
    dropReply();
}

void HttpDownloadJob::setLimits(int maxRedirects, std::chrono::milliseconds stallTimeout,
                                qint64 readBufferSize)
{
    m_maxRedirects = maxRedirects;
    m_stallTimeout = stallTimeout;
    m_readBufferSize = readBufferSize;
}

void HttpDownloadJob::start(const HttpDownloadRequest &request, QIODevice *device)
{
    dropReply();
    m_request = request;
    m_device = device;
    m_requestUrl = request.url;
    m_redirects = 0;
    m_lastStatus = 0;
    sendRequest();
}

void HttpDownloadJob::acceptBody(qint64 maxBytes)
{
    m_bodyLimit = maxBytes;
    m_verdict = Verdict::Accept;
}

void HttpDownloadJob::abort()
{
    m_stallTimer.stop();
    dropReply();
}

void HttpDownloadJob::sendRequest()
{
    m_verdict = Verdict::Undecided;
    m_stalled = false;
    m_tlsErrors.clear();
    m_bodyLimit = -1;
    m_bodyBytes = 0;

    QNetworkRequest request(m_requestUrl);
    // Redirects are followed by hand: capped, http/https only, never downgraded.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Without this Qt asks for gzip and inflates transparently: byte counts and Range offsets
    // would then no longer describe the file.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_request.offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_request.offset) + '-');
        if (!m_request.etag.isEmpty() && !m_request.etag.startsWith("W/"))
            request.setRawHeader("If-Range", m_request.etag);
        else if (!m_request.lastModified.isEmpty())
            request.setRawHeader("If-Range", m_request.lastModified);
    }
    // No Authorization header, ever: the link is its own credential on another origin.

    qCInfo(lcHttpDownload).noquote()
        << "GET" << hostOf(m_requestUrl) << "from byte" << m_request.offset;
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    reply->setReadBufferSize(m_readBufferSize);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpDownloadJob::inspectHeaders);
    connect(reply, &QNetworkReply::readyRead, this, &HttpDownloadJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpDownloadJob::onReplyFinished);
    // Only recorded, never ignored: the reply then fails with SslHandshakeFailedError.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsErrors.append(e.errorString());
    });
    m_stallTimer.start(m_stallTimeout);
    Q_EMIT requestSent();
}

// Looks at status and headers before a single body byte is written (ownCloud's GETFileJob):
// only an answer that continues the kept bytes exactly, or a full 200, goes to the receiver.
void HttpDownloadJob::inspectHeaders()
{
    if (!m_reply || m_verdict != Verdict::Undecided)
        return;
    const QVariant statusVar = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusVar.isValid())
        return; // no headers yet
    const int status = statusVar.toInt();
    m_lastStatus = status;
    m_stallTimer.start(m_stallTimeout);

    if (isRedirect(status)) {
        m_verdict = Verdict::Redirect;
        return;
    }
    if (status != 200 && status != 206) {
        m_verdict = Verdict::ErrorStatus;
        return;
    }

    HttpDownloadHeaders headers;
    headers.status = status;
    headers.etag = m_reply->rawHeader("ETag");
    headers.lastModified = m_reply->rawHeader("Last-Modified");
    const QVariant lengthVar = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 contentLength = lengthVar.isValid() ? lengthVar.toLongLong() : -1;

    if (status == 206) {
        static const QRegularExpression re(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto m = re.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")).trimmed());
        const bool etagChanged =
            !m_request.etag.isEmpty() && !headers.etag.isEmpty() && headers.etag != m_request.etag;
        if (etagChanged || !m.hasMatch() || m.captured(1).toLongLong() != m_request.offset) {
            // Not the continuation of the kept bytes: the file changed or the server is confused.
            finishEarly(resultOf(etagChanged ? HttpDownloadResult::Outcome::EtagChanged
                                             : HttpDownloadResult::Outcome::WrongOffset));
            return;
        }
        if (m.captured(3) != QStringLiteral("*"))
            headers.total = m.captured(3).toLongLong();
        else if (contentLength >= 0)
            headers.total = m_request.offset + contentLength;
        qCInfo(lcHttpDownload) << "resuming at byte" << m_request.offset;
    } else {
        if (m_request.offset > 0) {
            // 200 to a Range request: the validator did not match (or Range is unsupported).
            // The body is the whole file.
            qCInfo(lcHttpDownload) << "server sent the whole file instead of a range; restarting";
            headers.wholeFile = true;
            m_request.offset = 0;
        }
        headers.total = contentLength;
    }

    Q_EMIT headersReceived(headers);
    if (m_reply && m_verdict != Verdict::Accept)
        abort(); // refused without a word: nothing may be written
}

void HttpDownloadJob::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_verdict == Verdict::Undecided)
        inspectHeaders();
    if (!m_reply)
        return;
    if (m_verdict != Verdict::Accept) {
        // A redirect or error body: small, and never written anywhere.
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    if (!writeBody())
        return;
    m_stallTimer.start(m_stallTimeout);
    Q_EMIT bodyProgressed();
}

// Copies what the reply holds into the device in small chunks. False after a failure.
bool HttpDownloadJob::writeBody()
{
    char buffer[ChunkBytes];
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 n = m_reply->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (m_bodyLimit >= 0 && m_bodyBytes + n > m_bodyLimit) {
            finishEarly(resultOf(HttpDownloadResult::Outcome::BodyTooLong));
            return false;
        }
        const qint64 written = m_device->write(buffer, n);
        if (written != n) {
            HttpDownloadResult result = resultOf(HttpDownloadResult::Outcome::WriteFailed);
            result.writeResult = written;
            finishEarly(result);
            return false;
        }
        m_bodyBytes += n;
        Q_EMIT chunkWritten(QByteArrayView(buffer, n));
    }
    return true;
}

void HttpDownloadJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_stallTimer.stop();
    if (m_verdict == Verdict::Undecided)
        inspectHeaders();
    if (!m_reply)
        return; // refused, or no continuation
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status)
        m_lastStatus = status;

    if (m_verdict == Verdict::Redirect) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        dropReply();
        followRedirect(location);
        return;
    }
    if (m_verdict == Verdict::Accept && !writeBody())
        return;
    const HttpDownloadResult result = resultOf(HttpDownloadResult::Outcome::Finished);
    dropReply();
    Q_EMIT finished(result);
}

void HttpDownloadJob::onStall()
{
    if (!m_reply)
        return;
    qCInfo(lcHttpDownload) << "no data for" << m_stallTimeout.count() << "ms; aborting";
    m_stalled = true;
    // abort() emits finished(), which reports the stall.
    m_reply->abort();
}

void HttpDownloadJob::followRedirect(const QUrl &location)
{
    if (++m_redirects > m_maxRedirects) {
        finishEarly(resultOf(HttpDownloadResult::Outcome::TooManyRedirects));
        return;
    }
    const QUrl target = m_requestUrl.resolved(location);
    const QString scheme = target.scheme().toLower();
    const bool allowed = scheme == QStringLiteral("https") ||
                         (scheme == QStringLiteral("http") &&
                          m_requestUrl.scheme().toLower() != QStringLiteral("https"));
    if (!location.isValid() || !allowed) {
        HttpDownloadResult result = resultOf(HttpDownloadResult::Outcome::RedirectRefused);
        result.redirectScheme = scheme;
        finishEarly(result);
        return;
    }
    qCInfo(lcHttpDownload).noquote() << "redirected to" << hostOf(target);
    m_requestUrl = target;
    sendRequest();
}

HttpDownloadResult HttpDownloadJob::resultOf(HttpDownloadResult::Outcome outcome) const
{
    HttpDownloadResult result;
    result.outcome = outcome;
    result.lastStatus = m_lastStatus;
    result.tlsErrors = m_tlsErrors;
    result.stalled = m_stalled;
    result.bodyAccepted = m_verdict == Verdict::Accept;
    result.url = m_requestUrl;
    result.offset = m_request.offset;
    if (m_reply) {
        result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = m_reply->error();
        result.errorText = m_reply->errorString();
        result.contentRange = m_reply->rawHeader("Content-Range");
    }
    return result;
}

void HttpDownloadJob::finishEarly(const HttpDownloadResult &result)
{
    abort();
    Q_EMIT finished(result);
}

void HttpDownloadJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace es
