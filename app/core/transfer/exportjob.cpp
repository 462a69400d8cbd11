#include "exportjob.h"

#include "check/rowcounttask.h"
#include "filenaming.h"
#include "filesniffer.h"
#include "hubspot/hubspotclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <algorithm>

namespace es {

namespace {

Q_LOGGING_CATEGORY(lcJob, "es.transfer.job")

bool isPolling(JobState state)
{
    return state == JobState::Pending || state == JobState::Processing;
}

} // namespace

FailureKind failureKindOf(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return FailureKind::Unknown;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::StartOutcomeUnknown:
        return FailureKind::Network;
    case ApiError::Kind::Insecure:
        return FailureKind::Validation;
    case ApiError::Kind::Canceled:
        return FailureKind::Interrupted;
    default:
        return FailureKind::HubSpotRefused;
    }
}

FailureFix failureFixOf(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::MissingScopes:
        return FailureFix::OpenAccount;
    case ApiError::Kind::Validation:
        return FailureFix::EditRequest;
    case ApiError::Kind::Insecure:
        return FailureFix::OpenSettings;
    case ApiError::Kind::StartOutcomeUnknown:
        return FailureFix::CheckHubSpot;
    default:
        return FailureFix::Retry;
    }
}

QString workFilePath(const JobInfo &job)
{
    return QDir(job.options.downloadDir)
        .filePath(QStringLiteral(".export-studio-") + job.id + QStringLiteral(".download"));
}

QString journalFilePath(const JobInfo &job)
{
    return workFilePath(job) + QStringLiteral(".placed");
}

ExportJob::ExportJob(const JobInfo &info, HubSpotClient *client, QNetworkAccessManager *network,
                     QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_client(client)
    , m_network(network)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ExportJob::poll);
}

ExportJob::~ExportJob()
{
    // The download task is our child: make sure it cannot call back into a half-destroyed job.
    if (m_download)
        disconnect(m_download, nullptr, this, nullptr);
    if (m_rowCount) {
        disconnect(m_rowCount, nullptr, this, nullptr);
        m_rowCount->requestCancel();
        connect(m_rowCount, &RowCountTask::finished, m_rowCount, &QObject::deleteLater);
    }
    // The unpacker runs on a pool thread and must outlive us: let it stop and delete itself.
    if (m_unpacker) {
        disconnect(m_unpacker, nullptr, this, nullptr);
        m_unpacker->requestCancel();
        connect(m_unpacker, &Unpacker::finished, m_unpacker, &QObject::deleteLater);
        if (m_info.state == JobState::Canceled) {
            // Canceled while unpacking: the archive goes once the unpacker let go of it. (A
            // job merely stopped with the process keeps it to redo the unpack next time.)
            const QString work = workFilePath(m_info);
            connect(m_unpacker, &Unpacker::finished, m_unpacker, [work] { QFile::remove(work); });
        }
    }
    for (ApiReply *reply : {m_startReply.data(), m_statusReply.data(), m_infoReply.data()}) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
}

QDateTime ExportJob::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool ExportJob::persist()
{
    return !m_persist || m_persist(m_info);
}

void ExportJob::emitChanged()
{
    Q_EMIT changed();
}

void ExportJob::setState(JobState state, const QString &note)
{
    const QDateTime t = now();
    if (state != m_info.state) {
        if (m_info.stateSince.isValid())
            m_info.msInState[m_info.state] += std::max<qint64>(0, m_info.stateSince.msecsTo(t));
        m_info.state = state;
        m_info.stateSince = t;
    }
    m_info.note = note;
    if (isFinished(state))
        m_info.finishedAt = t;
    if (state != JobState::Queued) {
        m_info.waitingReason.clear();
        m_info.nextSlot = {};
        m_info.queuePosition = 0;
        m_info.expectedStart = {};
        m_info.startWaitsForQuota = false;
    }
}

void ExportJob::run()
{
    m_pollsAnswered = 0;
    m_pollInterval = m_poll.delayAfter(0);
    m_failedPolls = 0;
    m_linkRefreshes = 0;
    switch (m_info.state) {
    case JobState::Queued:
        sendStart();
        return;
    case JobState::Starting:
        if (m_info.taskId.isEmpty()) {
            // Killed while the start request was on its way: HubSpot may or may not have
            // started the export, and a second start would spend another one.
            m_info.resumeState.reset();
            fail(tr("Export Studio stopped while it was asking HubSpot to start “%1”, so it "
                    "cannot tell whether HubSpot started it. It was not sent again to avoid "
                    "spending a second export: check the export log in HubSpot (Settings → "
                    "Import & Export → Exports) before you retry.")
                     .arg(m_info.request.exportName),
                 QStringLiteral("state starting without a task id after a restart"),
                 FailureKind::Network, FailureFix::CheckHubSpot);
            return;
        }
        setState(JobState::Pending);
        persist();
        emitChanged();
        schedulePoll(0);
        return;
    case JobState::Pending:
    case JobState::Processing:
        schedulePoll(0);
        return;
    case JobState::Downloading:
        if (QFile::exists(workFilePath(m_info))) {
            afterDownload(); // the download completed just before the process stopped
            return;
        }
        m_wantLink = true;
        m_info.note = tr("Asking HubSpot for a fresh download link to resume the download");
        emitChanged();
        schedulePoll(0);
        return;
    case JobState::Unpacking:
        if (QFile::exists(workFilePath(m_info))) {
            // A kill during the unpack's last step may have left some of the archive's files in
            // the download folder: the journal names them. All placed: take them as the result;
            // some: they are ours and incomplete, so remove them and unpack again.
            if (!m_info.files.isEmpty() &&
                std::all_of(m_info.files.cbegin(), m_info.files.cend(),
                            [](const JobFile &f) { return f.archive || QFile::exists(f.path); })) {
                placeArchive(); // recorded, only the archive was left to handle
                return;
            }
            const PlacementJournal journal = readPlacementJournal(journalPath());
            if (journal.complete) {
                QStringList placed;
                for (const QString &path : journal.placed) {
                    if (QFile::exists(path))
                        placed.append(path);
                }
                finishUnpack(placed);
                return;
            }
            for (const QString &path : journal.placed)
                QFile::remove(path);
            QFile::remove(journalPath());
            afterDownload();
            return;
        }
        if (!m_info.files.isEmpty() &&
            std::all_of(m_info.files.cbegin(), m_info.files.cend(),
                        [](const JobFile &f) { return QFile::exists(f.path); })) {
            finishDone(); // the files were in place; only the final save was missing
            return;
        }
        m_info.resumeState = JobState::Downloading;
        fail(tr("The downloaded file of “%1” is no longer in %2, so it cannot be unpacked. "
                "Retry to download it again.")
                 .arg(m_info.request.exportName,
                      QDir::toNativeSeparators(m_info.options.downloadDir)),
             QStringLiteral("work file missing after a restart"), FailureKind::Local,
             FailureFix::Retry);
        return;
    case JobState::Done:
    case JobState::Failed:
    case JobState::Canceled:
        return;
    }
}

void ExportJob::sendStart()
{
    ++m_info.attempts;
    m_info.taskId.clear();
    m_info.hubspotState.clear();
    m_info.recordCount = -1;
    m_info.files.clear();
    m_info.error = {};
    m_info.resumeState.reset();
    m_info.bytesReceived = 0;
    m_info.bytesTotal = -1;
    m_info.statusCalls = 0;
    setState(JobState::Starting);
    // Persisted before it is sent: a process killed from here on knows it may have started.
    if (!persist()) {
        fail(tr("Export Studio could not save the job before starting it, so nothing was sent "
                "to HubSpot. Free some disk space or check the permissions of the state "
                "folder, then retry."),
             QStringLiteral("persist failed before start"), FailureKind::Local, FailureFix::Retry);
        return;
    }
    emitChanged();
    if (!m_client) {
        fail(tr("The account of this export is unknown or has no access token: add it in "
                "Accounts."),
             QString(), FailureKind::HubSpotRefused, FailureFix::OpenAccount);
        return;
    }
    auto *reply = m_client->startExport(m_info.request);
    m_startReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_startReply = nullptr;
        if (m_info.state != JobState::Starting)
            return;
        if (reply->isOk()) {
            m_info.taskId = static_cast<ApiResult<ExportTask> *>(reply)->value().taskId;
            Q_EMIT startSent();
            if (m_info.taskId.isEmpty()) {
                fail(tr("HubSpot accepted the export but sent no task id, so it cannot be "
                        "followed. Look for “%1” in HubSpot's export log.")
                         .arg(m_info.request.exportName),
                     QStringLiteral("202 without id"), FailureKind::Network,
                     FailureFix::CheckHubSpot);
                return;
            }
            setState(JobState::Pending);
            persist();
            emitChanged();
            schedulePoll(m_pollInterval);
            return;
        }
        const ApiError &error = reply->error();
        if (error.kind == ApiError::Kind::StartOutcomeUnknown) {
            Q_EMIT startSent();
            const QString why = !error.message.isEmpty() ? error.message : error.technicalSummary();
            //: %2 is what went wrong, e.g. "HubSpot did not answer in time"
            fail(tr("The request to start “%1” may have reached HubSpot, but its answer could "
                    "not be read (%2). It was not sent again, to avoid spending a second export: "
                    "check the export log in HubSpot (Settings → Import & Export → Exports) "
                    "before you retry.")
                     .arg(m_info.request.exportName, why),
                 error.technicalSummary(), FailureKind::Network, FailureFix::CheckHubSpot);
            return;
        }
        if (error.isDailyLimit()) {
            const QDateTime until =
                error.retryAfterMs > 0 ? now().addMSecs(error.retryAfterMs) : QDateTime();
            --m_info.attempts;
            setState(JobState::Queued,
                     tr("HubSpot says the account's daily export limit is reached."));
            persist();
            emitChanged();
            Q_EMIT dailyLimitReached(until);
            return;
        }
        failWithApiError(error);
    });
}

int PollPolicy::delayAfter(int answered) const
{
    double ms = initialMs;
    if (answered > 0 && answered <= fastPolls) {
        ms = fastMs;
    } else if (answered > 0) {
        ms = fastPolls > 0 ? fastMs : initialMs;
        for (int i = std::max(0, fastPolls); i < answered && ms < maxMs; ++i)
            ms *= factor;
        if (fastPolls <= 0)
            ms /= factor; // no fast phase: the first answer waits initialMs again
    }
    return int(std::min<double>(std::max(1, maxMs), std::max(1.0, ms)));
}

PollPolicy PollPolicy::scaled(double by) const
{
    PollPolicy policy = *this;
    policy.initialMs = std::max(1, int(initialMs * by));
    policy.fastMs = std::max(1, int(fastMs * by));
    policy.maxMs = std::max(1, int(maxMs * by));
    return policy;
}

void ExportJob::schedulePoll(int delayMs)
{
    // The interval the backoff chose, as a fact a test can read (the time a poll actually
    // went out depends on how busy the machine is).
    qCDebug(lcJob) << "next status check in" << std::max(0, delayMs) << "ms";
    m_pollTimer.start(std::max(0, delayMs));
}

void ExportJob::poll()
{
    if (m_statusReply || isFinished(m_info.state) || !m_client)
        return;
    ++m_info.statusCalls;
    auto *reply = m_client->exportStatus(m_info.taskId);
    m_statusReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_statusReply = nullptr;
        if (isFinished(m_info.state))
            return;
        if (reply->isOk()) {
            m_failedPolls = 0;
            onStatus(static_cast<ApiResult<ExportStatus> *>(reply)->value());
            return;
        }
        const ApiError &error = reply->error();
        const bool transient =
            error.isNetworkLevel() || error.kind == ApiError::Kind::Server ||
            (error.kind == ApiError::Kind::RateLimited && !error.isDailyLimit()) ||
            error.kind == ApiError::Kind::InvalidResponse;
        if (transient && ++m_failedPolls < m_poll.maxFailedPolls) {
            m_info.note = tr("HubSpot did not answer (%1); trying again").arg(error.message);
            emitChanged();
            schedulePoll(m_pollInterval);
            return;
        }
        // The export exists at HubSpot: a retry can carry on polling without a new export.
        std::optional<JobState> resume;
        if (transient)
            resume = m_wantLink ? JobState::Downloading : JobState::Pending;
        failWithApiError(error, resume);
    });
}

void ExportJob::onStatus(const ExportStatus &status)
{
    if (status.state == ExportStatus::State::Canceled || status.numErrors > 0 ||
        !status.errors.isEmpty()) {
        fail(status.failureMessage(),
             QStringLiteral("status %1, numErrors %2").arg(status.stateText).arg(status.numErrors),
             FailureKind::HubSpotRefused, FailureFix::Retry);
        return;
    }
    if (status.state == ExportStatus::State::Complete) {
        if (!status.result.isValid() || status.result.isEmpty()) {
            if (++m_failedPolls >= m_poll.maxFailedPolls) {
                fail(tr("HubSpot says “%1” is complete but gives no download link. Try again "
                        "later, or download it from HubSpot's export log.")
                         .arg(m_info.request.exportName),
                     QStringLiteral("COMPLETE without result"), FailureKind::HubSpotRefused,
                     FailureFix::Retry);
                return;
            }
            schedulePoll(m_pollInterval);
            return;
        }
        if (m_info.recordCount < 0)
            fetchInfo();
        m_wantLink = false;
        if (m_info.state != JobState::Downloading) {
            setState(JobState::Downloading);
            persist();
        }
        startDownload(status.result);
        return;
    }

    const JobState next =
        status.state == ExportStatus::State::Pending ? JobState::Pending : JobState::Processing;
    if (m_wantLink || !isPolling(m_info.state) ||
        (next != m_info.state && next == JobState::Processing)) {
        // A job restored in Downloading whose export is not complete (yet) polls as usual.
        m_wantLink = false;
        const QString note = m_info.note;
        setState(next, m_info.hubspotState == u"PENDING_APPROVAL" ? note : QString());
        persist();
    }
    if (status.state == ExportStatus::State::Unknown) {
        m_info.note = tr("HubSpot answered with an unknown status “%1”; still checking")
                          .arg(status.stateText);
    }
    if (m_info.statusCalls <= 1 || ++m_pollsSinceInfo >= m_poll.infoEvery) {
        m_pollsSinceInfo = 0;
        fetchInfo();
    }
    emitChanged();
    m_pollInterval = m_poll.delayAfter(++m_pollsAnswered);
    schedulePoll(m_pollInterval);
}

void ExportJob::fetchInfo()
{
    if (m_infoReply || !m_client || m_poll.infoEvery <= 0)
        return;
    auto *reply = m_client->getExport(m_info.taskId);
    m_infoReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_infoReply = nullptr;
        // A job that only waited for the record count finishes now, whatever the answer.
        const auto finishDeferred = qScopeGuard([this] {
            if (m_doneDeferred && !isFinished(m_info.state))
                finishDone(m_doneNote);
        });
        if (isFinished(m_info.state))
            return;
        if (!reply->isOk()) {
            // Optional detail: an account without the endpoint (404) is simply not asked again.
            if (reply->error().kind == ApiError::Kind::NotFound)
                m_poll.infoEvery = 0;
            return;
        }
        const ExportInfo &info = static_cast<ApiResult<ExportInfo> *>(reply)->value();
        const bool stateChanged = info.exportStateText != m_info.hubspotState;
        m_info.hubspotState = info.exportStateText;
        if (info.recordCount >= 0)
            m_info.recordCount = info.recordCount;
        if (isPolling(m_info.state)) {
            if (info.exportState == ExportInfo::State::PendingApproval) {
                m_info.note = tr("Waiting for approval: an administrator of the HubSpot account "
                                 "must approve this export before it runs (PENDING_APPROVAL).");
            } else if (info.exportState == ExportInfo::State::Failed ||
                       info.exportState == ExportInfo::State::Deleted) {
                fail(tr("HubSpot reports the export “%1” as %2. Start it again; if it keeps "
                        "failing, check the export log in HubSpot.")
                         .arg(m_info.request.exportName, info.exportStateText),
                     QStringLiteral("exportState %1").arg(info.exportStateText),
                     FailureKind::HubSpotRefused, FailureFix::Retry);
                return;
            } else if (stateChanged) {
                m_info.note.clear();
            }
        }
        if (stateChanged)
            persist();
        emitChanged();
    });
}

void ExportJob::startDownload(const QUrl &url)
{
    if (!QDir().mkpath(m_info.options.downloadDir)) {
        m_info.resumeState.reset();
        fail(tr("Cannot create the download folder %1: check its permissions or choose another "
                "folder.")
                 .arg(QDir::toNativeSeparators(m_info.options.downloadDir)),
             QString(), FailureKind::Local, FailureFix::OpenSettings);
        return;
    }
    if (m_download) {
        disconnect(m_download, nullptr, this, nullptr);
        m_download->deleteLater();
    }
    m_download = new DownloadTask(m_network, url, workFilePath(m_info), this);
    m_download->setOptions(m_downloadOptions);
    connect(m_download, &DownloadTask::progress, this,
            [this](qint64 received, qint64 total, qint64 rate) {
                m_info.bytesReceived = received;
                m_info.bytesTotal = total;
                m_info.bytesPerSecond = double(rate);
                if (!m_info.note.isEmpty() && m_info.state == JobState::Downloading)
                    m_info.note.clear();
                emitChanged();
            });
    connect(m_download, &DownloadTask::finished, this, &ExportJob::onDownloadFinished);
    emitChanged();
    m_download->start();
}

void ExportJob::onDownloadFinished(const DownloadResult &result)
{
    if (auto *task = m_download.data()) {
        m_download = nullptr;
        task->deleteLater();
    }
    if (m_info.state != JobState::Downloading)
        return;
    switch (result.error) {
    case DownloadError::None:
        m_info.bytesReceived = result.size;
        m_info.bytesTotal = result.size;
        afterDownload();
        return;
    case DownloadError::LinkExpired:
        if (++m_linkRefreshes <= m_poll.maxLinkRefreshes) {
            m_wantLink = true;
            m_info.note = tr("The download link expired; asking HubSpot for a fresh one");
            emitChanged();
            schedulePoll(0);
            return;
        }
        m_info.resumeState = JobState::Downloading;
        fail(tr("HubSpot's download links for “%1” kept expiring before the download could "
                "finish. Retry: the part already downloaded is kept.")
                 .arg(m_info.request.exportName),
             result.errorString, FailureKind::Network, FailureFix::Retry);
        return;
    case DownloadError::Disk:
    case DownloadError::TargetExists:
        m_info.resumeState = JobState::Downloading;
        fail(result.errorString, downloadErrorName(result.error), FailureKind::Local,
             FailureFix::Retry);
        return;
    case DownloadError::Canceled:
        return;
    case DownloadError::Network:
    case DownloadError::Http:
    case DownloadError::SizeMismatch:
        m_info.resumeState = JobState::Downloading;
        fail(result.errorString,
             QStringLiteral("%1, HTTP %2")
                 .arg(downloadErrorName(result.error))
                 .arg(result.httpStatus),
             FailureKind::Network, FailureFix::Retry);
        return;
    }
}

QString ExportJob::baseName() const
{
    return FileNaming::sanitize(m_info.request.exportName, QStringLiteral("hubspot-export"));
}

bool ExportJob::placeFile(const QString &source, const QString &extension, QString *finalPath)
{
    QString error;
    const QString placed = FileNaming::moveNoOverwrite(
        source, m_info.options.downloadDir, baseName() + QLatin1Char('.') + extension, &error);
    if (placed.isEmpty()) {
        fail(tr("Could not move the downloaded file into %1: %2")
                 .arg(QDir::toNativeSeparators(m_info.options.downloadDir), error),
             QString(), FailureKind::Local, FailureFix::Retry);
        return false;
    }
    *finalPath = placed;
    return true;
}

void ExportJob::afterDownload()
{
    const QString work = workFilePath(m_info);
    const SniffResult sniff = FileSniffer::sniff(work);
    const bool zip = sniff.kind == FileKind::Zip;
    if (zip && m_info.options.unzip) {
        if (m_info.state != JobState::Unpacking) {
            setState(JobState::Unpacking);
            persist();
            emitChanged();
        }
        startUnpack();
        return;
    }
    QString extension = FileSniffer::extensionFor(sniff.kind);
    if (extension.isEmpty())
        extension = fileSuffix(m_info.request.format);
    // Claim the final name in the job first: a restart between the rename and the last save
    // then finds the file in place instead of downloading it a second time.
    const QString planned = FileNaming::uniquePath(m_info.options.downloadDir,
                                                   baseName() + QLatin1Char('.') + extension);
    const qint64 size = QFileInfo(work).size();
    m_info.files = {JobFile{planned, size}};
    if (m_info.state != JobState::Unpacking)
        setState(JobState::Unpacking, tr("Moving the file into place"));
    persist();
    emitChanged();
    QString error;
    bool exists = false;
    QString placed = planned;
    if (!FileNaming::renameNoReplace(work, planned, &error, &exists)) {
        if (!exists || !placeFile(work, extension, &placed)) {
            if (!exists) {
                fail(tr("Could not move the downloaded file into %1: %2")
                         .arg(QDir::toNativeSeparators(m_info.options.downloadDir), error),
                     QString(), FailureKind::Local, FailureFix::Retry);
            }
            return;
        }
    }
    FileNaming::syncDirectory(m_info.options.downloadDir);
    m_info.files = {JobFile{placed, size}};
    if (sniff.kind == FileKind::Unknown) {
        finishDone(tr("The file's content was not recognised as %1; it was saved as it came.")
                       .arg(toWire(m_info.request.format)));
        return;
    }
    finishDone();
}

QString ExportJob::journalPath() const
{
    return journalFilePath(m_info);
}

void ExportJob::startUnpack()
{
    UnpackOptions options;
    options.zipPath = workFilePath(m_info);
    options.destDir = m_info.options.downloadDir;
    options.keepZip = true; // we name (or remove) the archive ourselves
    options.limits = m_unpackLimits;
    options.journalPath = journalPath();
    auto *unpacker = new Unpacker(options); // no parent: it may outlive us on its thread
    m_unpacker = unpacker;
    connect(unpacker, &Unpacker::progress, this, [this](qint64 done, qint64 total) {
        m_info.unpackDone = done;
        m_info.unpackTotal = total;
        emitChanged();
    });
    connect(unpacker, &Unpacker::finished, this, &ExportJob::onUnpackFinished);
    unpacker->start();
}

void ExportJob::onUnpackFinished(const UnpackResult &result)
{
    if (auto *unpacker = m_unpacker.data()) {
        m_unpacker = nullptr;
        unpacker->deleteLater();
    }
    const QString work = workFilePath(m_info);
    if (m_info.state == JobState::Canceled) {
        QFile::remove(work);
        return;
    }
    if (m_info.state != JobState::Unpacking)
        return;
    if (!result.ok()) {
        QFile::remove(journalPath());
        // Nothing of the archive reached the download folder (the unpacker rolled back); the
        // archive itself is kept, under the export's name, so nothing is lost.
        QString kept;
        QString error;
        kept = FileNaming::moveNoOverwrite(work, m_info.options.downloadDir,
                                           baseName() + QStringLiteral(".zip"), &error);
        //: %1 says why unpacking failed (a whole sentence), %2 where the zip file is now
        const QString message = kept.isEmpty()
                                    ? result.errorString
                                    : tr("%1 The downloaded archive was kept as %2.")
                                          .arg(result.errorString, QDir::toNativeSeparators(kept));
        m_info.resumeState.reset();
        fail(message, unpackErrorName(result.error), FailureKind::Local, FailureFix::Retry);
        return;
    }
    finishUnpack(result.files);
}

void ExportJob::finishUnpack(const QStringList &paths)
{
    const QString work = workFilePath(m_info);
    QList<JobFile> files;
    for (const QString &path : paths)
        files.append(JobFile{path, QFileInfo(path).size()});
    // The archive's name is claimed with the files: a restart after it moved then finds
    // everything in place and listed, rather than an archive the job does not know about.
    if (m_info.options.keepZip) {
        files.append(JobFile{
            FileNaming::uniquePath(m_info.options.downloadDir, baseName() + QStringLiteral(".zip")),
            QFileInfo(work).size(), true});
    }
    // Recorded before the archive moves: a restart then finds the files in place.
    m_info.files = files;
    persist();
    placeArchive();
}

void ExportJob::placeArchive()
{
    // The files are recorded in the job now, so their placement journal has served; a restart
    // that comes here removes it as well (it was left when the kill came before this line).
    QFile::remove(journalPath());
    const QString work = workFilePath(m_info);
    const auto archive = std::find_if(m_info.files.begin(), m_info.files.end(),
                                      [](const JobFile &f) { return f.archive; });
    if (archive == m_info.files.end()) {
        QFile::remove(work);
        finishDone();
        return;
    }
    QString error;
    bool exists = false;
    if (!FileNaming::renameNoReplace(work, archive->path, &error, &exists)) {
        // Someone took the claimed name meanwhile: the next free one. Not movable at all: the
        // unpacked files are what was asked for, so the export is done without the archive.
        const QString other =
            exists ? FileNaming::moveNoOverwrite(work, m_info.options.downloadDir,
                                                 baseName() + QStringLiteral(".zip"), &error)
                   : QString();
        if (other.isEmpty()) {
            QFile::remove(work);
            m_info.files.erase(archive);
            finishDone(tr("The downloaded archive could not be kept: %1").arg(error));
            return;
        }
        archive->path = other;
    }
    FileNaming::syncDirectory(m_info.options.downloadDir);
    finishDone();
}

void ExportJob::finishDone(const QString &note)
{
    if (m_rowCount)
        return; // the files are being counted: Done follows from there

    if (m_infoReply && !m_doneDeferred) {
        // The record count is on its way (small exports finish before it): wait for it, a
        // little, so that history and the summary carry it.
        m_doneDeferred = true;
        m_doneNote = note;
        QTimer::singleShot(5000, this, [this] {
            if (!isFinished(m_info.state))
                finishDone(m_doneNote);
        });
        return;
    }
    if (!m_rowsCounted && countRows(note))
        return; // finishDone again once the files are counted
    m_info.resumeState.reset();
    m_info.error = {};
    setState(JobState::Done, note);
    persist();
    emitChanged();
    Q_EMIT finished();
}

bool ExportJob::countRows(const QString &note)
{
    m_rowsCounted = true;
    QStringList paths;
    for (const JobFile &file : std::as_const(m_info.files)) {
        if (!file.archive)
            paths.append(file.path);
    }
    m_info.completeness = {-1, m_info.recordCount, m_info.options.countedBefore, {}};
    if (paths.isEmpty())
        return false;
    m_doneNote = note;
    if (m_info.state != JobState::Unpacking)
        setState(JobState::Unpacking, tr("Counting the records in the files"));
    else
        m_info.note = tr("Counting the records in the files");
    emitChanged();
    auto *task = new RowCountTask(paths); // no parent: it may outlive us on its thread
    m_rowCount = task;
    connect(task, &RowCountTask::finished, this, [this](qint64 rows, const QString &error) {
        if (auto *done = m_rowCount.data()) {
            m_rowCount = nullptr;
            done->deleteLater();
        }
        if (m_info.state != JobState::Unpacking)
            return; // canceled meanwhile
        // HubSpot's count may have arrived while the files were counted.
        m_info.completeness = {rows, m_info.recordCount, m_info.options.countedBefore, error};
        finishDone(m_doneNote);
    });
    task->start();
    return true;
}

void ExportJob::failWithApiError(const ApiError &error, std::optional<JobState> resume)
{
    m_info.resumeState = resume;
    fail(error.userMessage(), error.technicalSummary(), failureKindOf(error), failureFixOf(error));
}

void ExportJob::fail(const QString &message, const QString &detail, FailureKind kind,
                     FailureFix fix)
{
    m_pollTimer.stop();
    for (ApiReply *reply : {m_startReply.data(), m_statusReply.data(), m_infoReply.data()}) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
    if (m_download) {
        disconnect(m_download, nullptr, this, nullptr);
        m_download->cancel(false); // keep the .part: a retry resumes it
        m_download->deleteLater();
    }
    m_info.error = JobError{message, detail, kind, fix};
    setState(JobState::Failed, m_info.note);
    persist();
    emitChanged();
    Q_EMIT finished();
}

void ExportJob::cancel()
{
    if (isFinished(m_info.state))
        return;
    const JobState was = m_info.state;
    m_pollTimer.stop();
    for (ApiReply *reply : {m_startReply.data(), m_statusReply.data(), m_infoReply.data()}) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
    if (m_download) {
        disconnect(m_download, nullptr, this, nullptr);
        m_download->cancel(true);
        m_download->deleteLater();
    } else if (was == JobState::Downloading) {
        DownloadTask::discardPartial(workFilePath(m_info));
    }
    if (m_unpacker)
        m_unpacker->requestCancel(); // its finished() removes the archive
    else if (was == JobState::Unpacking)
        QFile::remove(workFilePath(m_info));

    QString note;
    switch (was) {
    case JobState::Queued:
        note = tr("Canceled before it was sent to HubSpot: no export was spent.");
        break;
    case JobState::Starting:
        Q_EMIT startSent(); // it may have arrived: count it
        note = tr("Canceled while the start request was on its way. HubSpot has no cancel "
                  "endpoint; the export may still run there and counts against today's quota.");
        break;
    case JobState::Pending:
    case JobState::Processing:
        note = tr("Stopped here. HubSpot has no cancel endpoint; the export may still finish "
                  "there and counts against today's quota.");
        break;
    default:
        note = tr("Stopped here; nothing was saved. The export finished at HubSpot and counts "
                  "against today's quota.");
        break;
    }
    m_info.resumeState.reset();
    setState(JobState::Canceled, note);
    persist();
    emitChanged();
    Q_EMIT finished();
}

} // namespace es
