#pragma once

#include "downloader.h"
#include "jobinfo.h"
#include "unpacker.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace es {

class RowCountTask;

class HubSpotClient;
class ApiReply;
struct ApiError;
struct ExportStatus;

// How a job polls HubSpot. Status answers carry no progress, so polling starts fast (a small
// export's COMPLETE is seen within about a second) and backs off to spare the account's rate
// limit on big ones (a 2-minute export takes at most 15 status calls: 0.5, 1.5, 2.5, 4, 6.3,
// 9.6, 14.7, 22.3, 33.7, 48.7 s, then every 15 s).
struct PollPolicy
{
    int initialMs = 500;      // the first check after the start
    int fastMs = 1000;        // then this often...
    int fastPolls = 2;        // ...for this many answers
    double factor = 1.5;      // then each wait this much longer than the last
    int maxMs = 15000;        // caps every wait
    int infoEvery = 4;        // GET /export/{id} on the first poll and every n-th after
    int maxFailedPolls = 3;   // status calls that failed after the client's own retries
    int maxLinkRefreshes = 5; // fresh links for one download before giving up

    // The wait before the next status check after `answered` status answers that were not
    // COMPLETE (0: after the start).
    int delayAfter(int answered) const;
    // Every wait times `factor` (tests that run the sandbox's clock faster).
    PollPolicy scaled(double by) const;
};

// The hidden file a job downloads into, in the download folder itself so that the final
// rename is atomic (same file system) and nothing ever sits at a final path half written.
QString workFilePath(const JobInfo &job);
// Beside it: the names the unpacker placed, so a restart knows which files are its own.
QString journalFilePath(const JobInfo &job);

// How a failed API call is reported: on a job, and by the CLI for its own calls.
FailureKind failureKindOf(const ApiError &error);
FailureFix failureFixOf(const ApiError &error);

// One export from start to files on disk: the state machine of JobInfo::state.
//
// Queued → Starting (POST, persisted before it is sent) → Pending/Processing (status polled
// with backoff; GET /export/{id} now and then for recordCount and exportState) → Downloading
// (at once on COMPLETE; an expired link is refreshed by polling again and the .part resumed)
// → Unpacking (a zip of export files) or a rename (anything else) → Done. Failures name what
// happened and what to do; CANCELED or errors in a status answer fail with HubSpot's reason.
//
// The job persists itself through the hook the queue gives it *before* it announces a change,
// so a process killed at any point finds the job where it was and resumes it with the same
// task id (resume()). A start that may have reached HubSpot is never sent twice.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    using Persist = std::function<bool(const JobInfo &)>;
    using Clock = std::function<QDateTime()>;

    ExportJob(const JobInfo &info, HubSpotClient *client, QNetworkAccessManager *network,
              QObject *parent = nullptr);
    ~ExportJob() override;

    const JobInfo &info() const { return m_info; }
    HubSpotClient *client() const { return m_client; }

    void setPersist(Persist persist) { m_persist = std::move(persist); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPollPolicy(const PollPolicy &policy) { m_poll = policy; }
    void setDownloadOptions(const DownloadOptions &options) { m_downloadOptions = options; }
    void setUnpackLimits(const UnpackLimits &limits) { m_unpackLimits = limits; }

    // A Queued job: send the start request. A restored job: carry on from its state.
    void run();
    // Stops locally. A job HubSpot already runs cannot be stopped there (no cancel endpoint):
    // the note says so.
    void cancel();

    // The current poll interval (for tests and the UI's "next check in").
    int currentPollIntervalMs() const { return m_pollInterval; }

Q_SIGNALS:
    // Anything changed (state, bytes, note). State changes were persisted before this.
    void changed();
    // The start request is about to reach HubSpot (quota is spent from here on).
    void startSent();
    // HubSpot refused the start with its DAILY limit: the job is Queued again; `until` is
    // HubSpot's Retry-After when it gave one (invalid otherwise).
    void dailyLimitReached(const QDateTime &until);
    void finished(); // Done, Failed or Canceled

private:
    QDateTime now() const;
    void setState(JobState state, const QString &note = {});
    bool persist();
    void emitChanged();
    void fail(const QString &message, const QString &detail, FailureKind kind, FailureFix fix);
    void failWithApiError(const ApiError &error, std::optional<JobState> resume = {});
    void finishDone(const QString &note = {});
    // Starts counting the files' rows (true: finishDone follows when they are counted).
    bool countRows(const QString &note);

    void sendStart();
    void schedulePoll(int delayMs);
    void poll();
    void onStatus(const ExportStatus &status);
    void fetchInfo();
    void startDownload(const QUrl &url);
    void onDownloadFinished(const DownloadResult &result);
    void afterDownload();
    void startUnpack();
    void onUnpackFinished(const UnpackResult &result);
    void finishUnpack(const QStringList &paths);
    void placeArchive(); // the last step of an unpacked export: keep or remove the archive
    QString journalPath() const;
    bool placeFile(const QString &source, const QString &extension, QString *finalPath);
    QString baseName() const;

    JobInfo m_info;
    HubSpotClient *m_client;
    QNetworkAccessManager *m_network;
    Persist m_persist;
    Clock m_clock;
    PollPolicy m_poll;
    DownloadOptions m_downloadOptions;
    UnpackLimits m_unpackLimits;

    QTimer m_pollTimer;
    int m_pollInterval = 0;
    int m_pollsAnswered = 0; // status answers that were not COMPLETE, since run()
    int m_pollsSinceInfo = 0;
    int m_failedPolls = 0;
    int m_linkRefreshes = 0;
    bool m_wantLink = false;     // polling for a (fresh) link to download
    bool m_doneDeferred = false; // Done waits for an in-flight GET /export/{id}
    QString m_doneNote;
    QPointer<ApiReply> m_startReply;
    QPointer<ApiReply> m_statusReply;
    QPointer<ApiReply> m_infoReply;
    QPointer<DownloadTask> m_download;
    QPointer<Unpacker> m_unpacker;
    // Done first counts the rows of the files (RowCountTask, on a pool thread) once.
    QPointer<RowCountTask> m_rowCount;
    bool m_rowsCounted = false;
};

} // namespace es
