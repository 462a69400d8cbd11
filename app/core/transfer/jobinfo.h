#pragma once

#include "check/completeness.h"
#include "model/exportrequest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace es {

// The life of one export, as the transfer panel and the CLI show it. Queued is local (waiting for
// the account's running export or for quota); Starting..Processing are HubSpot's; Downloading and
// Unpacking are ours again.
enum class JobState
{
    Queued,
    Starting,
    Pending,
    Processing,
    Downloading,
    Unpacking,
    Done,
    Failed,
    Canceled,
};

QString toString(JobState state); // stable identifier for files ("downloading")
std::optional<JobState> jobStateFromString(const QString &text);
bool isFinished(JobState state); // Done, Failed, Canceled
bool isActive(JobState state);   // Starting..Unpacking

// What the user chose about the output, beside the request itself.
struct ExportOptions
{
    QString downloadDir;
    bool unzip = true;
    bool keepZip = false;
    // Additive (completeness): the records the wizard counted before the start, -1 when it had
    // no count; compared with what arrived.
    qint64 countedBefore = -1;

    bool operator==(const ExportOptions &) const = default;
};

struct JobFile
{
    QString path; // absolute
    qint64 size = 0;
    // The export's archive kept beside its unpacked files (--keep-zip). Its name is claimed in
    // the job before the archive moves there, so a restart in between knows where it goes.
    bool archive = false;

    bool operator==(const JobFile &) const = default;
};

// What kind of failure stopped a job. The CLI turns it into its exit code (one mapping there);
// Unknown is a failure recorded by a version that did not say.
enum class FailureKind
{
    Unknown,
    HubSpotRefused, // HubSpot answered with a refusal (status, category, message)
    Network,        // no usable answer after the retries
    Local,          // local file or disk
    Validation,     // the request or the setup is invalid (e.g. an insecure address)
    Interrupted,    // stopped on purpose
};

// The fix the UI offers for a failed job.
enum class FailureFix
{
    None,
    Retry,        // run it again
    OpenAccount,  // the token or its scopes: the Accounts dialog
    OpenSettings, // the download folder or the network: Settings
    CheckHubSpot, // HubSpot may have started it: look at its export log before retrying
    EditRequest,  // HubSpot refused the request itself
};

// Stable identifiers for files ("network", "account"); the FromString functions give nullopt
// for anything else.
QString toString(FailureKind kind);
std::optional<FailureKind> failureKindFromString(const QString &text);
QString toString(FailureFix fix);
std::optional<FailureFix> failureFixFromString(const QString &text);

// Why a job failed, in words a person can act on, plus the details support needs.
struct JobError
{
    QString message; // "HubSpot refused the access token: re-enter it in Accounts."
    QString detail;  // category, correlationId, HTTP status…
    FailureKind kind = FailureKind::Unknown;
    FailureFix fix = FailureFix::None;

    bool isEmpty() const { return message.isEmpty(); }
    bool operator==(const JobError &) const = default;

    QJsonObject toJson() const;
    // Also reads what versions before FailureKind wrote: an "exitCode" number for the kind.
    static JobError fromJson(const QJsonObject &object);
};

// A snapshot of one job. Plain value: cheap to copy into models and to persist.
struct JobInfo
{
    QString id; // local id, stable across restarts
    QString accountId;
    QString presetId; // empty when not started from a preset
    ExportRequest request;
    ExportOptions options;

    JobState state = JobState::Queued;
    QString taskId;          // HubSpot's task/export id once started: never start twice
    QString hubspotState;    // exportState from GET /export/{id}, e.g. PENDING_APPROVAL
    qint64 recordCount = -1; // from GET /export/{id}, -1 until known

    QDateTime created;
    QDateTime stateSince; // when the current state began
    QDateTime finishedAt;
    QHash<JobState, qint64> msInState; // time spent in earlier states

    qint64 bytesReceived = 0;
    qint64 bytesTotal = -1;
    double bytesPerSecond = 0;
    qint64 unpackDone = 0;
    qint64 unpackTotal = 0;

    int queuePosition = 0; // 1-based among the account's queued jobs, 0 when not queued
    QString waitingReason; // "Waiting for “Deals Q3” to finish", "Daily limit: next slot 14:05"
    QDateTime nextSlot;    // when quota allows the next start, if that is why it waits
    // Additive (planner): when the queue expects this job to start (QuotaPlanner: after the
    // running export, the ones ahead and a free quota slot); invalid when not queued here.
    QDateTime expectedStart;
    bool startWaitsForQuota = false; // the expected start waits for a quota slot
    int statusCalls = 0;
    int attempts = 0;

    // Additive (engine): a remark on the current state for people ("HubSpot is waiting for an
    // approval of this export", "Getting a fresh download link", why a cancel was local only).
    QString note;
    // Sort key of the account's local queue (lower runs first); kept across restarts.
    qint64 sequence = 0;
    // Failed jobs only: the state a retry continues from without a new export (the export
    // exists at HubSpot, only polling or the download failed). Unset: a retry starts anew.
    std::optional<JobState> resumeState;

    QList<JobFile> files; // what landed in the download folder
    // Additive (completeness): the rows counted in `files` against HubSpot's recordCount and
    // the count before the start; set when a Done job's files were counted.
    Completeness completeness;
    JobError error;

    QJsonObject toJson() const;
    static std::optional<JobInfo> fromJson(const QJsonObject &object);
};

} // namespace es

Q_DECLARE_METATYPE(es::JobInfo)
Q_DECLARE_METATYPE(es::FailureKind)
Q_DECLARE_METATYPE(es::FailureFix)
