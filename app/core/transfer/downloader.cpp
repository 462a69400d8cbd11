#include "downloader.h"

#include "filenaming.h"
#include "storage/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>
#include <QStorageInfo>
#include <cctype>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDownload, "es.transfer.download")

namespace es {

namespace {

constexpr qint64 ChunkBytes = qint64{64} * 1024;
constexpr qint64 HashSliceBytes = qint64{8} * 1024 * 1024;
constexpr auto MaxRetryDelay = std::chrono::milliseconds(30000);

// The link is a bearer secret for its lifetime: only ever print where it goes.
QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? QStringLiteral("(no host)") : url.host();
}

// "\"<64 hex>\"" → the lower-case hex digest; anything else (weak, multipart, MD5) → empty.
QByteArray sha256FromEtag(const QByteArray &etag)
{
    QByteArray value = etag.trimmed();
    if (value.startsWith("W/"))
        return {};
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    if (value.size() != 64)
        return {};
    for (const char c : std::as_const(value)) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    }
    return value.toLower();
}

// "\"<32 hex>\"" → the lower-case hex MD5. S3/CloudFront send the object's MD5 as the ETag of a
// single-part upload; a multipart one ends in "-N" and is no digest of the file, so it is skipped
// like weak ETags.
QByteArray md5FromEtag(const QByteArray &etag)
{
    QByteArray value = etag.trimmed();
    if (value.startsWith("W/"))
        return {};
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    if (value.size() != 32)
        return {};
    for (const char c : std::as_const(value)) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    }
    return value.toLower();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isTransientNetworkError(QNetworkReply::NetworkError e)
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

} // namespace

DownloadTask::DownloadTask(QNetworkAccessManager *nam, const QUrl &url, const QString &targetPath,
                           QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(url)
    , m_target(QFileInfo(targetPath).absoluteFilePath())
{
    qRegisterMetaType<es::DownloadResult>();
    m_stallTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &DownloadTask::onStall);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadTask::beginAttempt);
}

DownloadTask::~DownloadTask()
{
    dropReply();
}

QString DownloadTask::partPathFor(const QString &targetPath)
{
    return targetPath + QStringLiteral(".part");
}

QString DownloadTask::metaPathFor(const QString &targetPath)
{
    return targetPath + QStringLiteral(".part.meta");
}

void DownloadTask::discardPartial(const QString &targetPath)
{
    QFile::remove(partPathFor(targetPath));
    QFile::remove(metaPathFor(targetPath));
}

void DownloadTask::start()
{
    if (m_running)
        return;
    ++m_generation;
    m_running = true;
    m_canceled = false;
    m_failedAttempts = 0;
    m_resumes = 0;
    m_lastStatus = 0;
    readMeta();
    if (QFileInfo::exists(m_target) || QFileInfo(m_target).isSymLink()) {
        fail(DownloadError::TargetExists,
             DownloadTask::tr("A file already exists at %1; it was not replaced. Choose another "
                              "name or folder.")
                 .arg(QDir::toNativeSeparators(m_target)));
        return;
    }
    qCInfo(lcDownload).noquote() << "download from" << hostOf(m_url) << "to"
                                 << QDir::toNativeSeparators(m_target);
    beginAttempt();
}

void DownloadTask::resume(const QUrl &freshUrl)
{
    if (m_running)
        return;
    if (freshUrl.isValid())
        m_url = freshUrl;
    start();
}

void DownloadTask::cancel(bool discardPartialData)
{
    if (!m_running)
        return;
    ++m_generation;
    m_canceled = true;
    m_stallTimer.stop();
    m_retryTimer.stop();
    dropReply();
    m_part.close();
    if (discardPartialData)
        discardPartial(m_target);
    fail(DownloadError::Canceled,
         discardPartialData
             ? DownloadTask::tr("The download was canceled.")
             : DownloadTask::tr("The download was canceled; the part already downloaded is kept "
                                "so it can be resumed."));
}

void DownloadTask::beginAttempt()
{
    if (!m_running)
        return;
    m_requestUrl = m_url;
    m_redirects = 0;
    if (!openPart(false))
        return;
    m_written = m_part.size();
    m_attemptStartBytes = m_written;
    if (m_hashedBytes > m_written) {
        // The .part shrank under us (or this is a new process): hash it again from the start.
        resetHashes();
    }
    if (m_hashedBytes == 0) // an MD5 ETag from the .meta: hash the kept bytes for it too
        m_md5Active = !md5FromEtag(m_etag).isEmpty();
    hashExistingPart(m_generation);
}

// Feeds bytes of the .part from an earlier run into the hash in slices, letting the event loop
// breathe between them, then sends the request.
void DownloadTask::hashExistingPart(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    if (m_hashedBytes >= m_written) {
        sendRequest();
        return;
    }
    QFile in(partPath());
    if (!in.open(QIODevice::ReadOnly) || !in.seek(m_hashedBytes)) {
        fail(DownloadError::Disk, diskMessage(in.errorString()));
        return;
    }
    QByteArray buffer(ChunkBytes * 4, Qt::Uninitialized);
    qint64 sliced = 0;
    while (sliced < HashSliceBytes && m_hashedBytes < m_written) {
        const qint64 n =
            in.read(buffer.data(), qMin<qint64>(buffer.size(), m_written - m_hashedBytes));
        if (n <= 0) {
            fail(DownloadError::Disk, diskMessage(in.errorString()));
            return;
        }
        hashBytes(buffer.constData(), n);
        m_hashedBytes += n;
        sliced += n;
    }
    QTimer::singleShot(0, this, [this, generation] { hashExistingPart(generation); });
}

void DownloadTask::sendRequest()
{
    m_verdict = Verdict::Undecided;
    m_stalled = false;
    m_requestOffset = m_written;
    m_tlsErrors.clear();

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
    if (m_requestOffset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_requestOffset) + '-');
        if (!m_etag.isEmpty() && !m_etag.startsWith("W/"))
            request.setRawHeader("If-Range", m_etag);
        else if (!m_lastModified.isEmpty())
            request.setRawHeader("If-Range", m_lastModified);
    }
    // No Authorization header, ever: the link is its own credential on another origin.

    qCInfo(lcDownload).noquote() << "GET" << hostOf(m_requestUrl) << "from byte" << m_requestOffset;
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    reply->setReadBufferSize(m_options.readBufferSize);
    connect(reply, &QNetworkReply::metaDataChanged, this, &DownloadTask::decide);
    connect(reply, &QNetworkReply::readyRead, this, &DownloadTask::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &DownloadTask::onReplyFinished);
    // Only recorded, never ignored: the reply then fails with SslHandshakeFailedError.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsErrors.append(e.errorString());
    });
    m_stallTimer.start(m_options.stallTimeout);
    m_rateClock.start();
    m_rateBytes = m_written;
    if (!m_progressClock.isValid())
        m_progressClock.start();
}

// Looks at status and headers before a single body byte is written (ownCloud's GETFileJob):
// only an answer that continues our .part exactly, or a full 200, is accepted.
void DownloadTask::decide()
{
    if (!m_reply || m_verdict != Verdict::Undecided)
        return;
    const QVariant statusVar = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusVar.isValid())
        return; // no headers yet
    const int status = statusVar.toInt();
    m_lastStatus = status;
    m_stallTimer.start(m_options.stallTimeout);

    if (isRedirect(status)) {
        m_verdict = Verdict::Redirect;
        return;
    }
    if (status != 200 && status != 206) {
        m_verdict = Verdict::Ignore; // the finished handler classifies it
        return;
    }

    const QByteArray etag = m_reply->rawHeader("ETag");
    const QByteArray lastModified = m_reply->rawHeader("Last-Modified");
    const QVariant lengthVar = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 contentLength = lengthVar.isValid() ? lengthVar.toLongLong() : -1;
    qint64 total = -1;

    if (status == 206) {
        static const QRegularExpression re(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto m = re.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")).trimmed());
        const bool etagChanged = !m_etag.isEmpty() && !etag.isEmpty() && etag != m_etag;
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_requestOffset || etagChanged) {
            // Not the continuation of our bytes: the file changed or the server is confused.
            const QString why = etagChanged ? DownloadTask::tr("the file changed on the server")
                                            : DownloadTask::tr("the server resumed at the wrong "
                                                               "offset");
            dropReply();
            const quint64 generation = m_generation;
            QTimer::singleShot(0, this, [this, generation, why] {
                if (generation == m_generation)
                    restartFromZero(why);
            });
            return;
        }
        if (m.captured(3) != QStringLiteral("*"))
            total = m.captured(3).toLongLong();
        else if (contentLength >= 0)
            total = m_requestOffset + contentLength;
        ++m_resumes;
        qCInfo(lcDownload) << "resuming at byte" << m_requestOffset;
    } else {
        if (m_requestOffset > 0) {
            // 200 to a Range request: the validator did not match (or Range is unsupported).
            // The body is the whole file: start the .part over with it.
            qCInfo(lcDownload) << "server sent the whole file instead of a range; restarting";
            m_part.close();
            if (!openPart(true))
                return;
            m_written = 0;
            m_attemptStartBytes = 0;
            resetHashes();
            m_requestOffset = 0;
        }
        total = contentLength;
    }

    if (m_expectedSize >= 0 && total >= 0 && total != m_expectedSize) {
        fail(DownloadError::SizeMismatch,
             DownloadTask::tr("The server announces %1 bytes but the export should have %2; "
                              "nothing was saved. Download the export again.")
                 .arg(total)
                 .arg(m_expectedSize));
        discardPartial(m_target);
        return;
    }
    m_total = total >= 0 ? total : m_expectedSize;
    if (!etag.isEmpty())
        m_etag = etag;
    // MD5 costs time in the hot loop: only when the ETag is one and the hash can cover the
    // whole file (from byte 0, or kept in step since then).
    if (md5FromEtag(m_etag).isEmpty())
        m_md5Active = false;
    else if (!m_md5Active && m_hashedBytes == 0)
        m_md5Active = true;
    if (!lastModified.isEmpty())
        m_lastModified = lastModified;
    if (m_total > 0) {
        const QStorageInfo storage(QFileInfo(m_target).absolutePath());
        const qint64 needed = m_total - m_written;
        if (storage.isValid() && storage.bytesAvailable() >= 0 &&
            storage.bytesAvailable() < needed) {
            fail(DownloadError::Disk,
                 DownloadTask::tr("The export needs %1 more but the folder %2 has only %3 free. "
                                  "Free some space there, then resume the download.")
                     .arg(QLocale().formattedDataSize(needed),
                          QDir::toNativeSeparators(QFileInfo(m_target).absolutePath()),
                          QLocale().formattedDataSize(storage.bytesAvailable())));
            return;
        }
    }
    if (!writeMeta())
        return;
    m_verdict = Verdict::Accept;
}

void DownloadTask::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_verdict == Verdict::Undecided)
        decide();
    if (!m_reply)
        return;
    if (m_verdict != Verdict::Accept) {
        // A redirect or error body: small, and never written anywhere.
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    if (!drainReply())
        return;
    m_stallTimer.start(m_options.stallTimeout);
    emitProgress(false);
}

// Copies what the reply holds into the .part in small chunks. False after a failure.
bool DownloadTask::drainReply()
{
    char buffer[ChunkBytes];
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 n = m_reply->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (m_total >= 0 && m_written + n > m_total) {
            fail(DownloadError::SizeMismatch,
                 DownloadTask::tr("The server sent more than the %1 bytes it announced; the "
                                  "download was discarded. Download the export again.")
                     .arg(m_total));
            discardPartial(m_target);
            return false;
        }
        const qint64 written = m_part.write(buffer, n);
        if (written != n) {
            // A short write to a regular file means the disk (or quota) is full; Qt reports
            // no error for it.
            fail(DownloadError::Disk,
                 diskMessage(written >= 0 || m_part.error() == QFile::NoError
                                 ? DownloadTask::tr("the disk is full", "why a write failed")
                                 : m_part.errorString()));
            return false;
        }
        hashBytes(buffer, n);
        m_written += n;
        m_hashedBytes += n;
    }
    return true;
}

void DownloadTask::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_stallTimer.stop();
    if (m_verdict == Verdict::Undecided)
        decide();
    if (!m_reply)
        return; // decide() failed or restarted
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status)
        m_lastStatus = status;

    if (m_verdict == Verdict::Redirect) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        dropReply();
        followRedirect(location);
        return;
    }
    if (m_verdict == Verdict::Accept && !drainReply())
        return;
    const QString errorText = reply->errorString();
    const QByteArray contentRange = reply->rawHeader("Content-Range");
    const bool stalled = m_stalled;
    dropReply();

    if (error == QNetworkReply::SslHandshakeFailedError ||
        (status == 0 && !m_tlsErrors.isEmpty())) {
        // A certificate does not fix itself: retrying only delays the message that helps.
        failTls(m_tlsErrors.isEmpty() ? errorText : m_tlsErrors.join(QStringLiteral("; ")));
        return;
    }

    if (status == 403 || status == 404 || status == 410) {
        m_part.close();
        fail(DownloadError::LinkExpired,
             DownloadTask::tr("The download link was refused (HTTP %1); it has probably expired. "
                              "A fresh link is needed; the part already downloaded is kept.")
                 .arg(status));
        return;
    }
    if (status == 416) {
        // Our .part may already hold the whole file (a run killed before the rename).
        static const QRegularExpression re(QStringLiteral("^bytes \\*/(\\d+)$"));
        const auto m = re.match(QString::fromLatin1(contentRange).trimmed());
        if (m.hasMatch() && m.captured(1).toLongLong() == m_written && m_written > 0 &&
            (m_expectedSize < 0 || m_expectedSize == m_written)) {
            m_total = m_written;
            complete();
            return;
        }
        if (m_requestOffset > 0) {
            restartFromZero(DownloadTask::tr("the server refused the range"));
            return;
        }
    }
    if (stalled) {
        retryOrFail(DownloadError::Network,
                    DownloadTask::tr("The download from %1 stalled: no data for %2 s.")
                        .arg(hostOf(m_url))
                        .arg(m_options.stallTimeout.count() / 1000));
        return;
    }
    if (status >= 500 || status == 408 || status == 429) {
        retryOrFail(DownloadError::Http,
                    DownloadTask::tr("The download server %1 answered HTTP %2.")
                        .arg(hostOf(m_url))
                        .arg(status));
        return;
    }
    if (status != 0 && status != 200 && status != 206) {
        m_part.close();
        fail(DownloadError::Http, DownloadTask::tr("The download server %1 answered HTTP %2; the "
                                                   "download cannot continue.")
                                      .arg(hostOf(m_url))
                                      .arg(status));
        return;
    }
    if (error != QNetworkReply::NoError) {
        if (isTransientNetworkError(error) || status == 200 || status == 206) {
            retryOrFail(
                DownloadError::Network,
                DownloadTask::tr("The connection to %1 failed: %2.").arg(hostOf(m_url), errorText));
            return;
        }
        m_part.close();
        fail(DownloadError::Network,
             DownloadTask::tr("The connection to %1 failed: %2.").arg(hostOf(m_url), errorText));
        return;
    }
    if (m_verdict != Verdict::Accept) {
        m_part.close();
        fail(DownloadError::Http,
             DownloadTask::tr("The download server %1 sent no file.").arg(hostOf(m_url)));
        return;
    }
    if (m_total >= 0 && m_written < m_total) {
        retryOrFail(DownloadError::Network,
                    DownloadTask::tr("The connection to %1 closed after %2 of %3 bytes.")
                        .arg(hostOf(m_url))
                        .arg(m_written)
                        .arg(m_total));
        return;
    }
    complete();
}

void DownloadTask::onStall()
{
    if (!m_reply)
        return;
    qCInfo(lcDownload) << "no data for" << m_options.stallTimeout.count() << "ms; aborting";
    m_stalled = true;
    // abort() emits finished(), which retries from where the .part ends.
    m_reply->abort();
}

void DownloadTask::followRedirect(const QUrl &location)
{
    if (++m_redirects > m_options.maxRedirects) {
        m_part.close();
        fail(DownloadError::Http,
             DownloadTask::tr("The download link redirected more than %1 times; giving up.")
                 .arg(m_options.maxRedirects));
        return;
    }
    const QUrl target = m_requestUrl.resolved(location);
    const QString scheme = target.scheme().toLower();
    const bool allowed = scheme == QStringLiteral("https") ||
                         (scheme == QStringLiteral("http") &&
                          m_requestUrl.scheme().toLower() != QStringLiteral("https"));
    if (!location.isValid() || !allowed) {
        m_part.close();
        fail(DownloadError::Http,
             DownloadTask::tr("The download link redirected to an address that is not allowed "
                              "(%1); only http and https are followed, never from https to http.")
                 .arg(scheme.isEmpty() ? DownloadTask::tr("no scheme") : scheme));
        return;
    }
    qCInfo(lcDownload).noquote() << "redirected to" << hostOf(target);
    m_requestUrl = target;
    sendRequest();
}

void DownloadTask::retryOrFail(DownloadError error, const QString &message)
{
    // Attempts that moved the .part forward do not count against the limit.
    if (m_written > m_attemptStartBytes)
        m_failedAttempts = 0;
    ++m_failedAttempts;
    if (m_failedAttempts > m_options.maxRetries) {
        m_part.close();
        //: %1 is what went wrong (a whole sentence)
        fail(error, DownloadTask::tr("%1 Gave up after %n attempts; the part already downloaded "
                                     "is kept, resume later.",
                                     nullptr, m_failedAttempts)
                        .arg(message));
        return;
    }
    auto delay = m_options.retryBaseDelay * (1LL << qMin(m_failedAttempts - 1, 10));
    if (delay > MaxRetryDelay)
        delay = MaxRetryDelay;
    qCInfo(lcDownload).noquote() << message << "Retrying in" << delay.count() << "ms from byte"
                                 << m_written;
    m_retryTimer.start(delay);
}

void DownloadTask::restartFromZero(const QString &why)
{
    qCInfo(lcDownload).noquote() << "restarting from byte 0:" << why;
    m_part.close();
    discardPartial(m_target);
    resetHashes();
    m_etag.clear();
    m_lastModified.clear();
    m_total = -1;
    ++m_failedAttempts;
    if (m_failedAttempts > m_options.maxRetries) {
        fail(DownloadError::Http, DownloadTask::tr("The download server %1 keeps answering "
                                                   "inconsistently (%2); giving up.")
                                      .arg(hostOf(m_url), why));
        return;
    }
    beginAttempt();
}

void DownloadTask::complete()
{
    const qint64 size = m_written;
    if ((m_total >= 0 && size != m_total) || (m_expectedSize >= 0 && size != m_expectedSize)) {
        m_part.close();
        discardPartial(m_target);
        fail(DownloadError::SizeMismatch,
             DownloadTask::tr("The download has %1 bytes instead of %2; it was discarded. "
                              "Download the export again.")
                 .arg(size)
                 .arg(m_expectedSize >= 0 ? m_expectedSize : m_total));
        return;
    }
    // A strong ETag that is the content's SHA-256 (64 hex digits, as the sandbox sends and some
    // object stores do) proves the bytes, not just their count: a server that cut the body but
    // sent a matching Content-Length is caught here rather than saving a short file.
    const QByteArray digest = sha256FromEtag(m_etag);
    if (!digest.isEmpty() && digest != m_hash.result().toHex()) {
        restartFromZero(DownloadTask::tr("the file's SHA-256 does not match its ETag"));
        return;
    }
    const QByteArray md5 = md5FromEtag(m_etag);
    if (!md5.isEmpty() && m_md5Active && m_hashedBytes == size && md5 != m_md5.result().toHex()) {
        // Not every 32-hex ETag is the content's MD5 (S3 objects encrypted with SSE-KMS or
        // SSE-C have other ones). A cut body differs from one attempt to the next; the same
        // bytes twice mean the ETag is no digest, and the file is kept.
        const QByteArray sha = m_hash.result().toHex();
        if (sha != m_md5MismatchSha256) {
            m_md5MismatchSha256 = sha;
            restartFromZero(DownloadTask::tr("the file's MD5 does not match its ETag"));
            return;
        }
        qCInfo(lcDownload) << "the same bytes arrived twice under an ETag that is not their MD5 "
                              "(an encrypted object store); kept";
    }
    if (!md5.isEmpty() && !m_md5Active)
        qCInfo(lcDownload) << "MD5 ETag not checked: the kept part was not hashed for it";
    if (!m_part.isOpen() && !openPart(false))
        return;
    if (!m_part.flush() || ::fsync(m_part.handle()) != 0) {
        fail(DownloadError::Disk, diskMessage(m_part.errorString()));
        return;
    }
    m_part.close();
    QString error;
    bool exists = false;
    if (!FileNaming::renameNoReplace(partPath(), m_target, &error, &exists)) {
        fail(exists ? DownloadError::TargetExists : DownloadError::Disk,
             exists ? DownloadTask::tr("A file already exists at %1; it was not replaced. The "
                                       "download is kept as %2.")
                          .arg(QDir::toNativeSeparators(m_target),
                               QDir::toNativeSeparators(partPath()))
                    : diskMessage(error));
        return;
    }
    QFile::remove(metaPathFor(m_target));
    FileNaming::syncDirectory(QFileInfo(m_target).absolutePath());
    qCInfo(lcDownload).noquote() << "saved" << size << "bytes to"
                                 << QDir::toNativeSeparators(m_target);
    emitProgress(true);

    DownloadResult result;
    result.filePath = m_target;
    result.size = size;
    result.sha256 = m_hash.result().toHex();
    result.httpStatus = m_lastStatus;
    result.resumes = m_resumes;
    finishWith(result);
}

void DownloadTask::fail(DownloadError error, const QString &message)
{
    dropReply();
    m_stallTimer.stop();
    m_retryTimer.stop();
    m_part.close();
    DownloadResult result;
    result.error = error;
    result.errorString = message;
    result.httpStatus = m_lastStatus;
    result.resumes = m_resumes;
    const QFileInfo part(partPath());
    if (part.exists()) {
        result.partPath = part.absoluteFilePath();
        result.size = part.size();
    }
    qCWarning(lcDownload).noquote() << downloadErrorName(error) << message;
    finishWith(result);
}

void DownloadTask::finishWith(const DownloadResult &result)
{
    ++m_generation;
    m_running = false;
    Q_EMIT finished(result);
}

void DownloadTask::dropReply()
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

bool DownloadTask::openPart(bool truncate)
{
    if (m_part.isOpen())
        m_part.close();
    const QString dir = QFileInfo(m_target).absolutePath();
    if (!QDir().mkpath(dir)) {
        fail(DownloadError::Disk, diskMessage(DownloadTask::tr("cannot create the folder")));
        return false;
    }
    m_part.setFileName(partPath());
    // Unbuffered: a full disk must show up on the write that hit it, not at some later flush.
    QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    mode |= truncate ? QIODevice::Truncate : QIODevice::Append;
    if (!m_part.open(mode)) {
        fail(DownloadError::Disk, diskMessage(m_part.errorString()));
        return false;
    }
    return true;
}

bool DownloadTask::writeMeta()
{
    QJsonObject meta;
    meta.insert(QStringLiteral("etag"), QString::fromLatin1(m_etag));
    meta.insert(QStringLiteral("lastModified"), QString::fromLatin1(m_lastModified));
    meta.insert(QStringLiteral("total"), m_total);
    meta.insert(QStringLiteral("host"), hostOf(m_url)); // never the URL itself
    QString reason;
    if (!writeFileAtomically(metaPathFor(m_target),
                             QJsonDocument(meta).toJson(QJsonDocument::Compact), &reason)) {
        fail(DownloadError::Disk, diskMessage(reason));
        return false;
    }
    return true;
}

void DownloadTask::readMeta()
{
    QFile file(metaPathFor(m_target));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject meta = QJsonDocument::fromJson(file.read(qint64{64} * 1024)).object();
    if (m_etag.isEmpty())
        m_etag = meta.value(QStringLiteral("etag")).toString().toLatin1();
    if (m_lastModified.isEmpty())
        m_lastModified = meta.value(QStringLiteral("lastModified")).toString().toLatin1();
    if (m_total < 0)
        m_total = meta.value(QStringLiteral("total")).toInteger(-1);
}

void DownloadTask::hashBytes(const char *data, qint64 size)
{
    const QByteArrayView bytes(data, size);
    m_hash.addData(bytes);
    if (m_md5Active)
        m_md5.addData(bytes);
}

void DownloadTask::resetHashes()
{
    m_hash.reset();
    m_md5.reset();
    m_hashedBytes = 0;
    m_md5Active = false;
}

void DownloadTask::failTls(const QString &detail)
{
    m_part.close();
    fail(DownloadError::Network,
         tr("Could not set up a secure connection to the download server %1: %2. Export Studio "
            "never ignores certificate errors and does not retry them. If the certificate is "
            "not trusted, add the certificate authority that signed it to the system's "
            "trusted certificates (a proxy or antivirus that inspects HTTPS needs its own CA "
            "there); also check the computer's date and time. Then resume the download; the "
            "part already downloaded is kept.")
             .arg(hostOf(m_requestUrl), detail));
}

void DownloadTask::emitProgress(bool force)
{
    const qint64 now = m_progressClock.isValid() ? m_progressClock.elapsed() : 0;
    if (!force && m_lastProgressMs >= 0 &&
        now - m_lastProgressMs < m_options.progressInterval.count())
        return;
    const qint64 elapsed = m_rateClock.isValid() ? m_rateClock.elapsed() : 0;
    if (elapsed >= 500) {
        const qint64 instant = (m_written - m_rateBytes) * 1000 / elapsed;
        m_bytesPerSecond = m_bytesPerSecond == 0 ? instant : (m_bytesPerSecond + instant) / 2;
        m_rateBytes = m_written;
        m_rateClock.restart();
    }
    m_lastProgressMs = now;
    Q_EMIT progress(m_written, m_total, m_bytesPerSecond);
}

QString DownloadTask::diskMessage(const QString &what) const
{
    return DownloadTask::tr("Cannot write the download in %1 (%2). Free some space there or "
                            "choose another folder, then resume the download.")
        .arg(QDir::toNativeSeparators(QFileInfo(m_target).absolutePath()), what);
}

Downloader::Downloader(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

DownloadTask *Downloader::create(const QUrl &url, const QString &targetPath, qint64 expectedSize)
{
    auto *task = new DownloadTask(m_nam, url, targetPath, this);
    task->setOptions(m_options);
    task->setExpectedSize(expectedSize);
    return task;
}

QString downloadErrorName(DownloadError error)
{
    switch (error) {
    case DownloadError::None:
        return QStringLiteral("none");
    case DownloadError::LinkExpired:
        return QStringLiteral("link-expired");
    case DownloadError::Network:
        return QStringLiteral("network");
    case DownloadError::Http:
        return QStringLiteral("http");
    case DownloadError::Disk:
        return QStringLiteral("disk");
    case DownloadError::SizeMismatch:
        return QStringLiteral("size-mismatch");
    case DownloadError::TargetExists:
        return QStringLiteral("target-exists");
    case DownloadError::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

} // namespace es
