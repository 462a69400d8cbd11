#pragma once

#include "digest.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace es {

enum class DownloadError
{
    None,
    LinkExpired,  // 403/404/410 from the link: poll status for a fresh link, then resume(newUrl)
    Network,      // connection failed or kept dropping after the retries
    Http,         // any other HTTP failure (5xx after retries, bad redirect, unexpected status)
    Disk,         // cannot write the .part file (disk full, permissions): free space and resume
    SizeMismatch, // the file does not have the announced/expected length
    TargetExists, // a file already sits at the final path; the .part is kept, pick another name
    Canceled,
};

struct DownloadResult
{
    DownloadError error = DownloadError::None;
    QString errorString; // a sentence for people: what happened and what to do
    int httpStatus = 0;  // last HTTP status seen, 0 if none
    QString filePath;    // the final file on success
    QString partPath;    // where the partial data is kept on failure (empty if nothing kept)
    qint64 size = 0;     // bytes in the final file (success) or in the .part (failure)
    QByteArray sha256;   // lowercase hex of the final file, computed while streaming
    int resumes = 0;     // how many times a Range request continued a partial file

    bool ok() const { return error == DownloadError::None; }
};

struct DownloadOptions
{
    int maxRetries = 5; // consecutive attempts without progress before giving up
    std::chrono::milliseconds retryBaseDelay{1000}; // doubles per attempt, capped at 30 s
    std::chrono::milliseconds stallTimeout{60000};  // no byte for this long = dropped
    qint64 readBufferSize = qint64{256} * 1024;     // caps what Qt buffers per reply
    int maxRedirects = 5;
    std::chrono::milliseconds progressInterval{250};
};

// One download of one export file. The link is a short-lived secret on another origin: it is
// never logged (only its host is) and never gets an Authorization header.
//
// Lifecycle: start() -> progress()* -> finished(result) exactly once per start()/resume().
// Data streams into "<target>.part"; "<target>.part.meta" (JSON: ETag, Last-Modified, total,
// never the URL) lets a later process resume the same .part with Range + If-Range. On success
// the .part is fsync'ed and renamed to the target without ever replacing an existing file.
class DownloadTask : public QObject
{
    Q_OBJECT
public:
    DownloadTask(QNetworkAccessManager *nam, const QUrl &url, const QString &targetPath,
                 QObject *parent = nullptr);
    ~DownloadTask() override;

    void setExpectedSize(qint64 bytes) { m_expectedSize = bytes; }
    void setOptions(const DownloadOptions &options) { m_options = options; }

    QString targetPath() const { return m_target; }
    QString partPath() const { return partPathFor(m_target); }
    bool isRunning() const { return m_running; }

    static QString partPathFor(const QString &targetPath);
    static QString metaPathFor(const QString &targetPath);
    // Removes a kept .part and its .meta (e.g. when the job is abandoned).
    static void discardPartial(const QString &targetPath);

public Q_SLOTS:
    // Starts (or continues an existing .part from an earlier run).
    void start();
    // Continues after LinkExpired (or any failure) with a fresh link, keeping the .part.
    void resume(const QUrl &freshUrl);
    // Stops now; finished(Canceled) follows. The .part is kept for a later resume unless
    // discardPartialData is true.
    void cancel(bool discardPartialData = false);

Q_SIGNALS:
    void progress(qint64 received, qint64 total, qint64 bytesPerSecond);
    void finished(const es::DownloadResult &result);

private:
    enum class Verdict
    {
        Undecided,
        Accept,
        Redirect,
        Ignore
    };

    void beginAttempt();
    void hashExistingPart(quint64 generation);
    void sendRequest();
    void decide();
    void onReadyRead();
    void onReplyFinished();
    void onStall();
    void followRedirect(const QUrl &location);
    void retryOrFail(DownloadError error, const QString &message);
    void restartFromZero(const QString &why);
    bool drainReply();
    void complete();
    void fail(DownloadError error, const QString &message);
    void finishWith(const DownloadResult &result);
    void dropReply();
    bool openPart(bool truncate);
    bool writeMeta();
    void readMeta();
    void hashBytes(const char *data, qint64 size);
    void resetHashes();
    void failTls(const QString &detail);
    void emitProgress(bool force);
    QString diskMessage(const QString &what) const;

    QNetworkAccessManager *m_nam;
    QUrl m_url;        // the current link (after redirects: the original one stays for retries)
    QUrl m_requestUrl; // the URL of the request in flight (may be a redirect target)
    QString m_target;
    qint64 m_expectedSize = -1;
    DownloadOptions m_options;

    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    Digest m_hash{Digest::Algorithm::Sha256};
    // Fed only while m_md5Active: the ETag is an MD5 (S3 single part).
    Digest m_md5{Digest::Algorithm::Md5};
    bool m_md5Active = false; // m_md5 covers the .part from byte 0
    qint64 m_hashedBytes = 0; // bytes of the .part already fed to m_hash (and m_md5 if active)
    QStringList m_tlsErrors;  // what the TLS layer said about the request in flight
    QByteArray m_md5MismatchSha256; // SHA-256 of a whole download whose MD5 missed its ETag
    qint64 m_written = 0;           // bytes in the .part
    qint64 m_total = -1;            // full size once known
    qint64 m_requestOffset = 0;
    QByteArray m_etag;
    QByteArray m_lastModified;

    bool m_running = false;
    Verdict m_verdict = Verdict::Undecided; // what to do with the reply in flight
    quint64 m_generation = 0; // bumps on start/cancel so stale queued steps do nothing
    bool m_stalled = false;
    bool m_canceled = false;
    bool m_discardOnCancel = false;
    int m_redirects = 0;
    int m_failedAttempts = 0;
    int m_resumes = 0;
    int m_lastStatus = 0;
    qint64 m_attemptStartBytes = 0;

    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_progressClock;
    QElapsedTimer m_rateClock;
    qint64 m_rateBytes = 0;
    qint64 m_bytesPerSecond = 0;
    qint64 m_lastProgressMs = -1;
};

// Hands out DownloadTasks on the one injected QNetworkAccessManager.
class Downloader : public QObject
{
    Q_OBJECT
public:
    explicit Downloader(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setDefaultOptions(const DownloadOptions &options) { m_options = options; }

    // The task is parented to the Downloader; it does not start until start() is called.
    // expectedSize < 0 means unknown.
    DownloadTask *create(const QUrl &url, const QString &targetPath, qint64 expectedSize = -1);

private:
    QNetworkAccessManager *m_nam;
    DownloadOptions m_options;
};

QString downloadErrorName(DownloadError error);

} // namespace es

Q_DECLARE_METATYPE(es::DownloadResult)
