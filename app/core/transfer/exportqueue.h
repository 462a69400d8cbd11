#pragma once

#include "exportjob.h"
#include "jobinfo.h"
#include "plan/quotaplanner.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace es {

class HubSpotClient;
class History;
class JobStore;
class QuotaLedger;

// The one place exports are run, by the desktop app and by the CLI alike. Per account: one export
// running at HubSpot at a time and at most the daily quota per rolling 24 h (QuotaLedger);
// everything else waits here, locally, cancelable and reorderable. Accounts run in parallel.
// Every change is persisted (JobStore) before it is announced, so a killed process resumes each
// job where it was — with the same HubSpot task id, never a second export.
class ExportQueue : public QObject
{
    Q_OBJECT

public:
    // Returns the client for an account, or nullptr when the account is unknown or has no token.
    using ClientProvider = std::function<HubSpotClient *(const QString &accountId)>;

    ExportQueue(QNetworkAccessManager *network, ClientProvider clients, JobStore *store,
                QuotaLedger *quota, QObject *parent = nullptr);
    ~ExportQueue() override;

    // Loads persisted jobs and carries on with the unfinished ones.
    void restore();

    // `jobId`: an id the caller took from JobStore::newJobId() to note the job elsewhere before
    // it exists (the vault's pending run); empty: a new one.
    QString enqueue(const QString &accountId, const ExportRequest &request,
                    const ExportOptions &options, const QString &presetId = {},
                    const QString &jobId = {});
    void cancel(const QString &jobId);
    void retry(const QString &jobId);  // a Failed or Canceled job runs again (a new export)
    void remove(const QString &jobId); // forget a finished job
    void moveUp(const QString &jobId); // within the account's local queue
    void moveDown(const QString &jobId);

    QList<JobInfo> jobs() const; // in display order
    std::optional<JobInfo> job(const QString &jobId) const;
    bool hasUnfinishedJobs() const;

    // --- Additive (engine) ---------------------------------------------------------------
    // Finished jobs are added here (not owned). Set before restore()/enqueue().
    void setHistory(History *history);
    History *history() const;
    // Time source for quota and state times (tests inject one).
    void setClock(std::function<QDateTime()> clock);
    void setPollPolicy(const PollPolicy &policy);
    void setDownloadOptions(const DownloadOptions &options);
    void setUnpackLimits(const UnpackLimits &limits);
    // Problems met by restore() (damaged job files), as sentences.
    QStringList restoreProblems() const;
    // The account's queue planned against the running export and the quota (QuotaPlanner): when
    // each queued job is expected to start, when each spent slot frees up.
    QuotaPlanner::Plan plan(const QString &accountId) const;
    // Re-checks every account's queue now (after the clock moved, a token was added, ...).
    void reschedule();

Q_SIGNALS:
    void jobAdded(const QString &jobId);
    void jobChanged(const QString &jobId);
    void jobRemoved(const QString &jobId);
    void jobFinished(const QString &jobId); // Done, Failed or Canceled
    void quotaChanged(const QString &accountId);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace es
