#include "downloadtask.h"

#include "attemptverdict.h"
#include "storage/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDownload, "es.transfer.download")

namespace es {

namespace {

constexpr qint64 HashSliceBytes = qint64{8} * 1024 * 1024;
constexpr auto MaxRetryDelay = std::chrono::milliseconds(30000);

QString hostOf(const QUrl &url)
{
    return HttpDownloadJob::hostOf(url);
}

} // namespace

DownloadTask::DownloadTask(QNetworkAccessManager *nam, const QUrl &url, const QString &targetPath,
                           QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_target(QFileInfo(targetPath).absoluteFilePath())
    , m_http(nam)
    , m_part(m_target)
{
    qRegisterMetaType<es::DownloadResult>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadTask::beginAttempt);
    connect(&m_http, &HttpDownloadJob::requestSent, this,
            [this] { m_progress.restartRate(m_written); });
    connect(&m_http, &HttpDownloadJob::headersReceived, this, &DownloadTask::onHeadersReceived);
    connect(&m_http, &HttpDownloadJob::chunkWritten, this, &DownloadTask::onChunkWritten);
    connect(&m_http, &HttpDownloadJob::bodyProgressed, this, [this] { emitProgress(false); });
    connect(&m_http, &HttpDownloadJob::finished, this, &DownloadTask::onHttpFinished);
}

// m_http drops its reply on destruction.
DownloadTask::~DownloadTask() = default;

void DownloadTask::start()
{
    if (m_running)
        return;
    ++m_generation;
    m_running = true;
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
    m_retryTimer.stop();
    m_http.abort();
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
    if (!openPart(false))
        return;
    m_written = m_part.size();
    m_attemptStartBytes = m_written;
    if (m_verifier.hashedBytes() > m_written) {
        // The .part shrank under us (or this is a new process): hash it again from the start.
        m_verifier.reset();
    }
    m_verifier.useEtag(m_etag); // an MD5 ETag from the .meta: hash the kept bytes for it too
    hashExistingPart(m_generation);
}

// Feeds bytes of the .part from an earlier run into the hash in slices, letting the event loop
// breathe between them, then sends the request.
void DownloadTask::hashExistingPart(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    if (m_verifier.hashedBytes() >= m_written) {
        sendRequest();
        return;
    }
    QFile in(partPath());
    if (!in.open(QIODevice::ReadOnly) || !in.seek(m_verifier.hashedBytes()) ||
        !m_verifier.addFrom(in, m_written, HashSliceBytes)) {
        fail(DownloadError::Disk, diskMessage(in.errorString()));
        return;
    }
    QTimer::singleShot(0, this, [this, generation] { hashExistingPart(generation); });
}

void DownloadTask::sendRequest()
{
    HttpDownloadRequest request;
    request.url = m_url;
    request.offset = m_written;
    request.etag = m_etag;
    request.lastModified = m_lastModified;
    m_http.setLimits(m_options.maxRedirects, m_options.stallTimeout, m_options.readBufferSize);
    m_http.start(request, m_part.device());
}

// A 200 or a 206 that continues the .part: decides, before a single body byte is written,
// whether the file fits what is expected and where it goes.
void DownloadTask::onHeadersReceived(const HttpDownloadHeaders &headers)
{
    m_lastStatus = headers.status;
    if (headers.status == 206) {
        ++m_resumes;
    } else if (headers.wholeFile) {
        // The body is the whole file: start the .part over with it.
        m_part.close();
        if (!openPart(true))
            return;
        m_written = 0;
        m_attemptStartBytes = 0;
        m_verifier.reset();
    }
    const qint64 total = headers.total;
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
    if (!headers.etag.isEmpty())
        m_etag = headers.etag;
    m_verifier.useEtag(m_etag);
    if (!headers.lastModified.isEmpty())
        m_lastModified = headers.lastModified;
    if (m_total > 0) {
        const qint64 available = m_part.bytesAvailable();
        const qint64 needed = m_total - m_written;
        if (available >= 0 && available < needed) {
            fail(DownloadError::Disk,
                 DownloadTask::tr("The export needs %1 more but the folder %2 has only %3 free. "
                                  "Free some space there, then resume the download.")
                     .arg(QLocale().formattedDataSize(needed),
                          QDir::toNativeSeparators(m_part.folder()),
                          QLocale().formattedDataSize(available)));
            return;
        }
    }
    if (!writeMeta())
        return;
    m_http.acceptBody(m_total >= 0 ? m_total - m_written : -1);
}

void DownloadTask::onChunkWritten(QByteArrayView chunk)
{
    m_verifier.addData(chunk);
    m_written += chunk.size();
}

void DownloadTask::onHttpFinished(const HttpDownloadResult &result)
{
    if (result.lastStatus)
        m_lastStatus = result.lastStatus;
    if (result.outcome == HttpDownloadResult::Outcome::BodyTooLong) {
        fail(DownloadError::SizeMismatch,
             DownloadTask::tr("The server sent more than the %1 bytes it announced; the "
                              "download was discarded. Download the export again.")
                 .arg(m_total));
        discardPartial(m_target);
        return;
    }
    if (result.outcome == HttpDownloadResult::Outcome::WriteFailed) {
        fail(DownloadError::Disk,
             diskMessage(m_part.writeFailure(
                 result.writeResult, DownloadTask::tr("the disk is full", "why a write failed"))));
        return;
    }
    const AttemptVerdict verdict =
        AttemptVerdict::of(result, {hostOf(m_url), m_written, m_total, m_expectedSize, m_options});
    switch (verdict.next) {
    case AttemptVerdict::Next::Complete:
        if (verdict.partIsWholeFile)
            m_total = m_written;
        complete();
        return;
    case AttemptVerdict::Next::Retry:
        retryOrFail(verdict.error, verdict.message);
        return;
    case AttemptVerdict::Next::Restart:
        restartFromZero(verdict.message);
        return;
    case AttemptVerdict::Next::RestartLater: {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, why = verdict.message] {
            if (generation == m_generation)
                restartFromZero(why);
        });
        return;
    }
    case AttemptVerdict::Next::Fail:
        fail(verdict.error, verdict.message);
        return;
    }
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
    m_verifier.reset();
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
    switch (m_verifier.check(m_etag, size)) {
    case EtagVerifier::Check::Passed:
        break;
    case EtagVerifier::Check::Sha256Mismatch:
        restartFromZero(DownloadTask::tr("the file's SHA-256 does not match its ETag"));
        return;
    case EtagVerifier::Check::Md5Mismatch:
        restartFromZero(DownloadTask::tr("the file's MD5 does not match its ETag"));
        return;
    }
    if (!m_part.isOpen() && !openPart(false))
        return;
    QString error;
    bool exists = false;
    if (!m_part.commit(&error, &exists)) {
        fail(exists ? DownloadError::TargetExists : DownloadError::Disk,
             exists ? DownloadTask::tr("A file already exists at %1; it was not replaced. The "
                                       "download is kept as %2.")
                          .arg(QDir::toNativeSeparators(m_target),
                               QDir::toNativeSeparators(partPath()))
                    : diskMessage(error));
        return;
    }
    qCInfo(lcDownload).noquote() << "saved" << size << "bytes to"
                                 << QDir::toNativeSeparators(m_target);
    emitProgress(true);

    DownloadResult result;
    result.filePath = m_target;
    result.size = size;
    result.sha256 = m_verifier.sha256Hex();
    result.httpStatus = m_lastStatus;
    result.resumes = m_resumes;
    finishWith(result);
}

void DownloadTask::fail(DownloadError error, const QString &message)
{
    m_http.abort();
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

bool DownloadTask::openPart(bool truncate)
{
    QString error;
    if (!m_part.open(truncate, &error)) {
        fail(DownloadError::Disk,
             diskMessage(error.isEmpty() ? DownloadTask::tr("cannot create the folder") : error));
        return false;
    }
    return true;
}

bool DownloadTask::writeMeta()
{
    QString reason;
    if (!m_part.writeMeta({m_etag, m_lastModified, m_total, hostOf(m_url)}, &reason)) {
        fail(DownloadError::Disk, diskMessage(reason));
        return false;
    }
    return true;
}

// What an earlier run kept, where this run knows nothing better yet.
void DownloadTask::readMeta()
{
    const PartMeta meta = m_part.readMeta();
    if (m_etag.isEmpty())
        m_etag = meta.etag;
    if (m_lastModified.isEmpty())
        m_lastModified = meta.lastModified;
    if (m_total < 0)
        m_total = meta.total;
}

void DownloadTask::emitProgress(bool force)
{
    if (m_progress.isDue(m_written, m_options.progressInterval, force))
        Q_EMIT progress(m_written, m_total, m_progress.bytesPerSecond());
}

QString DownloadTask::diskMessage(const QString &what) const
{
    const QString folder = QDir::toNativeSeparators(m_part.folder());
    switch (classifyWriteFailure(what)) {
    case WriteFailure::DiskFull:
        return DownloadTask::tr("Cannot write the download in %1 (%2). Free some space there, "
                                "then resume the download.")
            .arg(folder, what);
    case WriteFailure::NotWritable:
        return DownloadTask::tr("Cannot write the download in %1 (%2): the folder is read-only "
                                "or you may not write there. Make it writable or choose another "
                                "folder, then resume the download.")
            .arg(folder, what);
    case WriteFailure::Unknown:
        break;
    }
    return DownloadTask::tr("Cannot write the download in %1 (%2). Free some space there or "
                            "choose another folder, then resume the download.")
        .arg(QDir::toNativeSeparators(m_part.folder()), what);
}

} // namespace es
