#pragma once

#include "downloadresult.h"
#include "etagverifier.h"
#include "httpdownloadjob.h"
#include "partfile.h"
#include "progressmeter.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

class QNetworkAccessManager;

namespace es {

// One download of one export file. The link is a short-lived secret on another origin: it is
// never logged (only its host is) and never gets an Authorization header.
//
// Lifecycle: start() -> progress()* -> finished(result) exactly once per start()/resume().
// Data streams into "<target>.part"; "<target>.part.meta" (JSON: ETag, Last-Modified, total,
// never the URL) lets a later process resume the same .part with Range + If-Range. On success
// the .part is fsync'ed and renamed to the target without ever replacing an existing file.
//
// The task runs the attempts, as ownCloud's PropagateDownloadFile does: it keeps the .part in
// step with what each answer announces and acts on what an ended attempt means (AttemptVerdict:
// complete, retry after a pause, start over, give up). HttpDownloadJob does the HTTP, PartFile
// the files on disk, EtagVerifier the digests.
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

    static QString partPathFor(const QString &targetPath)
    {
        return PartFile::partPathFor(targetPath);
    }
    static QString metaPathFor(const QString &targetPath)
    {
        return PartFile::metaPathFor(targetPath);
    }
    // Removes a kept .part and its .meta (e.g. when the job is abandoned).
    static void discardPartial(const QString &targetPath) { PartFile::discard(targetPath); }

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
    void beginAttempt();
    void hashExistingPart(quint64 generation);
    void sendRequest();
    void onHeadersReceived(const HttpDownloadHeaders &headers);
    void onChunkWritten(QByteArrayView chunk);
    void onHttpFinished(const HttpDownloadResult &result);
    void retryOrFail(DownloadError error, const QString &message);
    void restartFromZero(const QString &why);
    void complete();
    void fail(DownloadError error, const QString &message);
    void finishWith(const DownloadResult &result);
    bool openPart(bool truncate);
    bool writeMeta();
    void readMeta();
    void emitProgress(bool force);
    QString diskMessage(const QString &what) const;

    QUrl m_url; // the current link (redirects are the job's: the original one stays for retries)
    QString m_target;
    qint64 m_expectedSize = -1;
    DownloadOptions m_options;

    HttpDownloadJob m_http;
    PartFile m_part;
    EtagVerifier m_verifier;
    qint64 m_written = 0; // bytes in the .part
    qint64 m_total = -1;  // full size once known
    QByteArray m_etag;
    QByteArray m_lastModified;

    bool m_running = false;
    quint64 m_generation = 0; // bumps on start/cancel so stale queued steps do nothing
    int m_failedAttempts = 0;
    int m_resumes = 0;
    int m_lastStatus = 0;
    qint64 m_attemptStartBytes = 0;

    QTimer m_retryTimer;
    ProgressMeter m_progress;
};

} // namespace es
