#include "exportqueue.h"

#include "history.h"
#include "jobstore.h"
#include "quotaledger.h"
#include "storage/paths.h"
#include "unpacker.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace es {

namespace {

// HubSpot runs one export per account; ours count as running until HubSpot has finished them
// (the download and unpack are local and do not block the next start).
bool occupiesHubSpot(JobState state)
{
    return state == JobState::Starting || state == JobState::Pending ||
           state == JobState::Processing;
}

QString jobLockKey(const QString &jobId)
{
    return QStringLiteral("job:") + jobId;
}

QString accountLockKey(const QString &accountId)
{
    return QStringLiteral("account:") + accountId;
}

// How often a queue blocked by another process looks again.
constexpr int LockRetryMs = 1000;

QString runningInAnotherProcessNote()
{
    return ExportQueue::tr("Another Export Studio process is running this job; waiting for it "
                           "to finish");
}

} // namespace

class ExportQueue::Private
{
public:
    ExportQueue *q = nullptr;
    QNetworkAccessManager *network = nullptr;
    ClientProvider clients;
    JobStore *store = nullptr;
    QuotaLedger *quota = nullptr;
    QPointer<History> history;
    std::function<QDateTime()> clock;
    PollPolicy poll;
    DownloadOptions download;
    UnpackLimits unpack;
    QStringList restoreProblems;

    QHash<QString, JobInfo> jobs;
    QHash<QString, QPointer<ExportJob>> running;
    QHash<QString, QTimer *> quotaTimers; // per account: fires when the next slot opens
    QSet<QString> scheduleRequested;
    qint64 nextSequence = 1;

    // Cross-process locks this process holds (files from JobStore::lockPathFor): "job:<id>"
    // while the job runs here, "account:<id>" while one of its jobs occupies HubSpot. The app
    // and the CLI on one state folder thus never start two exports of one account, nor run
    // one job twice. A killed process's locks are stale at once (its pid is gone).
    QHash<QString, std::shared_ptr<QLockFile>> locks;
    QSet<QString> blockedJobs;     // jobs another process is running: looked at again
    QSet<QString> blockedAccounts; // accounts whose next start waits for another process
    QTimer *lockTimer = nullptr;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }

    bool save(const JobInfo &info)
    {
        jobs.insert(info.id, info);
        return store ? store->save(info) : true;
    }

    // Updates a job that no ExportJob drives (queued or finished) and announces it.
    void update(const JobInfo &info)
    {
        save(info);
        Q_EMIT q->jobChanged(info.id);
    }

    QList<JobInfo> queuedOf(const QString &accountId) const
    {
        QList<JobInfo> queued;
        for (const JobInfo &job : jobs) {
            // A job another process runs is not ours to start, renumber or save.
            if (job.accountId == accountId && job.state == JobState::Queued &&
                !running.contains(job.id) && !blockedJobs.contains(job.id))
                queued.append(job);
        }
        std::sort(queued.begin(), queued.end(),
                  [](const JobInfo &a, const JobInfo &b) { return a.sequence < b.sequence; });
        return queued;
    }

    const JobInfo *occupying(const QString &accountId) const
    {
        for (const JobInfo &job : jobs) {
            if (job.accountId == accountId && occupiesHubSpot(job.state))
                return &job;
        }
        return nullptr;
    }

    void requestSchedule(const QString &accountId)
    {
        if (scheduleRequested.contains(accountId))
            return;
        scheduleRequested.insert(accountId);
        // Queued, never nested: a job that starts may announce changes that ask again.
        QMetaObject::invokeMethod(
            q,
            [this, accountId] {
                scheduleRequested.remove(accountId);
                schedule(accountId);
            },
            Qt::QueuedConnection);
    }

    bool hold(const QString &key)
    {
        if (locks.contains(key))
            return true;
        const QString path = store ? store->lockPathFor(key) : QString();
        if (path.isEmpty())
            return true; // in-memory store (tests): one process only
        // QLockFile writes its owner right after creating the file. A process killed in between
        // leaves an empty file that no owner check can clear and, with no stale age, would block
        // this account forever; nobody takes seconds to write those few bytes.
        const QFileInfo lockInfo(path);
        if (lockInfo.exists() && lockInfo.size() == 0 &&
            lockInfo.lastModified().msecsTo(QDateTime::currentDateTime()) > 2000)
            QFile::remove(path);
        auto lock = std::make_shared<QLockFile>(path);
        // An export can run for an hour: never stale by age, only when its process is gone.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return false;
        locks.insert(key, lock);
        return true;
    }

    void release(const QString &key) { locks.remove(key); }

    void releaseAccountIfIdle(const QString &accountId)
    {
        for (auto it = running.cbegin(); it != running.cend(); ++it) {
            const JobInfo &job = jobs[it.key()];
            if (job.accountId == accountId && occupiesHubSpot(job.state))
                return;
        }
        release(accountLockKey(accountId));
    }

    void armLockTimer()
    {
        if (!lockTimer) {
            lockTimer = new QTimer(q);
            lockTimer->setSingleShot(true);
            QObject::connect(lockTimer, &QTimer::timeout, q, [this] { retryBlocked(); });
        }
        if (!lockTimer->isActive())
            lockTimer->start(LockRetryMs);
    }

    QuotaPlanner::Plan plan(const QString &accountId, const QList<JobInfo> &queued,
                            const JobInfo *busy) const;
    void retryBlocked();
    void schedule(const QString &accountId);
    void armQuotaTimer(const QString &accountId, const QDateTime &slot);
    // False when another process holds the job or its account: the job stays as it is and is
    // looked at again later.
    bool launch(const QString &jobId);
    void onJobFinished(const QString &jobId);
    void onDailyLimit(const QString &jobId, QDateTime until);
    void finishLocally(JobInfo info, JobState state, const QString &note, const JobError &error);
    void move(const QString &jobId, int delta);
};

QuotaPlanner::Plan ExportQueue::Private::plan(const QString &accountId,
                                              const QList<JobInfo> &queued,
                                              const JobInfo *busy) const
{
    const QDateTime t = now();
    QuotaPlanner::Input input;
    input.now = t;
    input.dailyLimit = quota->dailyLimit();
    input.spentStarts = quota->startsInWindow(accountId, t);
    input.exhaustedUntil = quota->exhaustedUntil(accountId, t);
    if (busy) {
        // Time at HubSpot so far: the earlier HubSpot states plus the current one.
        qint64 ms =
            busy->stateSince.isValid() ? std::max<qint64>(0, busy->stateSince.msecsTo(t)) : 0;
        for (JobState s : {JobState::Starting, JobState::Pending, JobState::Processing})
            ms += busy->msInState.value(s, 0);
        input.runningSince = t.addMSecs(-ms);
    }
    for (const JobInfo &job : queued)
        input.queuedIds.append(job.id);
    return QuotaPlanner::plan(input);
}

void ExportQueue::Private::schedule(const QString &accountId)
{
    QList<JobInfo> queued = queuedOf(accountId);
    if (queued.isEmpty()) {
        if (QTimer *timer = quotaTimers.value(accountId))
            timer->stop();
        return;
    }
    const QDateTime t = now();
    const JobInfo *busy = occupying(accountId);
    QDateTime slot;
    bool otherProcess = false;
    if (!busy) {
        if (quota->remaining(accountId, t) > 0) {
            const QString id = queued.takeFirst().id;
            if (!launch(id)) {
                otherProcess = blockedAccounts.contains(accountId);
                queued = queuedOf(accountId);
            }
            busy = occupying(accountId);
        } else {
            slot = quota->nextSlot(accountId, t);
            armQuotaTimer(accountId, slot);
        }
    }
    const QString busyName = busy ? busy->request.exportName : QString();
    // Another process's export is invisible here: no estimate rather than a wrong one.
    const QuotaPlanner::Plan planned =
        otherProcess ? QuotaPlanner::Plan{} : plan(accountId, queued, busy);
    int position = 1;
    for (JobInfo job : std::as_const(queued)) {
        QString reason;
        if (position == 1 && otherProcess) {
            reason = tr("Waiting for another Export Studio process (the app or "
                        "export-studio-cli) that is running an export for this account: HubSpot "
                        "runs one at a time");
        } else if (slot.isValid()) {
            reason = tr("Daily limit of %1 exports reached: next slot at %2")
                         .arg(quota->dailyLimit())
                         .arg(QLocale().toString(slot.toLocalTime(), QLocale::ShortFormat));
        } else if (position == 1 && busy) {
            reason = tr("Waiting for “%1” to finish at HubSpot (one export at a time per account)")
                         .arg(busyName);
        } else if (position > 1) {
            reason = tr("%n export(s) ahead in this account's queue", nullptr, position - 1);
        } else {
            reason = tr("Waiting to start");
        }
        const std::optional<QuotaPlanner::Start> start = planned.startOf(job.id);
        const QDateTime expected = start ? start->expected : QDateTime();
        const bool waitsForQuota = start && start->waitsForQuota;
        if (job.queuePosition != position || job.waitingReason != reason || job.nextSlot != slot ||
            job.expectedStart != expected || job.startWaitsForQuota != waitsForQuota) {
            job.queuePosition = position;
            job.waitingReason = reason;
            job.nextSlot = slot;
            job.expectedStart = expected;
            job.startWaitsForQuota = waitsForQuota;
            update(job);
        }
        ++position;
    }
}

void ExportQueue::Private::armQuotaTimer(const QString &accountId, const QDateTime &slot)
{
    QTimer *timer = quotaTimers.value(accountId);
    if (!timer) {
        timer = new QTimer(q);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, q, [this, accountId] { schedule(accountId); });
        quotaTimers.insert(accountId, timer);
    }
    qint64 ms = slot.isValid() ? now().msecsTo(slot) + 250 : qint64{60} * 1000;
    // Re-check at least hourly: the clock may jump (suspend) and another process may record.
    ms = std::clamp<qint64>(ms, 250, qint64{60} * 60 * 1000);
    timer->start(int(ms));
}

void ExportQueue::Private::finishLocally(JobInfo info, JobState state, const QString &note,
                                         const JobError &error)
{
    const QDateTime t = now();
    if (info.stateSince.isValid())
        info.msInState[info.state] += std::max<qint64>(0, info.stateSince.msecsTo(t));
    info.state = state;
    info.stateSince = t;
    info.finishedAt = t;
    info.note = note;
    info.error = error;
    info.queuePosition = 0;
    info.waitingReason.clear();
    info.nextSlot = {};
    info.expectedStart = {};
    info.startWaitsForQuota = false;
    update(info);
    if (history)
        history->add(HistoryEntry::fromJob(info));
    Q_EMIT q->jobFinished(info.id);
}

void ExportQueue::Private::retryBlocked()
{
    const QSet<QString> waitingJobs = std::exchange(blockedJobs, {});
    const QSet<QString> waitingAccounts = std::exchange(blockedAccounts, {});
    for (const QString &id : waitingJobs) {
        if (jobs.contains(id) && !running.contains(id))
            launch(id);
    }
    for (const QString &accountId : waitingAccounts)
        schedule(accountId);
    if (!blockedJobs.isEmpty() || !blockedAccounts.isEmpty())
        armLockTimer();
}

bool ExportQueue::Private::launch(const QString &jobId)
{
    const QString jobKey = jobLockKey(jobId);
    if (!hold(jobKey)) {
        if (!jobs[jobId].note.startsWith(runningInAnotherProcessNote())) {
            // Shown, not saved: the file belongs to the process running the job.
            jobs[jobId].note = runningInAnotherProcessNote();
            Q_EMIT q->jobChanged(jobId);
        }
        blockedJobs.insert(jobId);
        armLockTimer();
        return false;
    }
    // Another process may have moved the job on (or finished it) since it was loaded: carry on
    // from what the file says now.
    if (store && store->isPersistent()) {
        if (const std::optional<JobInfo> latest = store->load(jobId))
            jobs.insert(jobId, *latest);
    }
    JobInfo info = jobs.value(jobId);
    if (isFinished(info.state)) {
        release(jobKey);
        Q_EMIT q->jobChanged(jobId);
        Q_EMIT q->jobFinished(jobId);
        return true;
    }
    const bool needsAccount = info.state == JobState::Queued || occupiesHubSpot(info.state);
    if (needsAccount && !hold(accountLockKey(info.accountId))) {
        release(jobKey);
        if (info.state == JobState::Queued)
            blockedAccounts.insert(info.accountId);
        else
            blockedJobs.insert(jobId);
        armLockTimer();
        return false;
    }
    HubSpotClient *client = clients ? clients(info.accountId) : nullptr;
    if (!client) {
        release(jobKey);
        releaseAccountIfIdle(info.accountId);
        finishLocally(info, JobState::Failed, {},
                      JobError{tr("The account “%1” is unknown or has no access token: add it "
                                  "(or its token) in Accounts, then retry.")
                                   .arg(info.accountId),
                               QStringLiteral("no client for account"), FailureKind::HubSpotRefused,
                               FailureFix::OpenAccount});
        requestSchedule(info.accountId);
        return true;
    }
    auto *job = new ExportJob(info, client, network, q);
    job->setClock(clock);
    job->setPollPolicy(poll);
    job->setDownloadOptions(download);
    job->setUnpackLimits(unpack);
    job->setPersist([this](const JobInfo &snapshot) { return save(snapshot); });
    running.insert(jobId, job);
    const QString accountId = info.accountId;
    QObject::connect(job, &ExportJob::changed, q, [this, job, jobId, accountId] {
        const JobState before = jobs.value(jobId).state;
        jobs.insert(jobId, job->info());
        Q_EMIT q->jobChanged(jobId);
        if (occupiesHubSpot(before) && !occupiesHubSpot(job->info().state)) {
            releaseAccountIfIdle(accountId);
            requestSchedule(accountId);
        } else if (occupiesHubSpot(job->info().state) && !queuedOf(accountId).isEmpty()) {
            requestSchedule(accountId); // the queued jobs' expected starts follow the running one
        }
    });
    QObject::connect(job, &ExportJob::startSent, q, [this, accountId] {
        quota->recordStart(accountId, now());
        Q_EMIT q->quotaChanged(accountId);
    });
    QObject::connect(job, &ExportJob::dailyLimitReached, q,
                     [this, jobId](const QDateTime &until) { onDailyLimit(jobId, until); });
    QObject::connect(job, &ExportJob::finished, q, [this, jobId] { onJobFinished(jobId); });
    job->run();
    return true;
}

void ExportQueue::Private::onDailyLimit(const QString &jobId, QDateTime until)
{
    ExportJob *job = running.take(jobId);
    if (!job)
        return;
    JobInfo info = job->info();
    job->deleteLater();
    release(jobLockKey(jobId));
    jobs.insert(jobId, info);
    releaseAccountIfIdle(info.accountId);
    const QDateTime t = now();
    if (!until.isValid() || until <= t) {
        // HubSpot gave no time: trust our own ledger if it is full, else look again in an hour.
        const QDateTime ledgerSlot = quota->used(info.accountId, t) >= quota->dailyLimit()
                                         ? quota->nextSlot(info.accountId, t)
                                         : QDateTime();
        until = ledgerSlot.isValid() ? ledgerSlot : t.addSecs(3600);
    }
    quota->markExhausted(info.accountId, until);
    Q_EMIT q->quotaChanged(info.accountId);
    jobs.insert(jobId, info);
    requestSchedule(info.accountId);
}

void ExportQueue::Private::onJobFinished(const QString &jobId)
{
    ExportJob *job = running.take(jobId);
    if (!job)
        return;
    // A copy on purpose: the job is going away, and the slots jobFinished reaches may change jobs.
    const JobInfo info = job->info(); // NOLINT(performance-unnecessary-copy-initialization)
    jobs.insert(jobId, info);
    job->deleteLater();
    release(jobLockKey(jobId));
    releaseAccountIfIdle(info.accountId);
    if (history)
        history->add(HistoryEntry::fromJob(info));
    Q_EMIT q->jobFinished(jobId);
    requestSchedule(info.accountId);
}

ExportQueue::ExportQueue(QNetworkAccessManager *network, ClientProvider clients, JobStore *store,
                         QuotaLedger *quota, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->network = network;
    d->clients = std::move(clients);
    d->store = store;
    d->quota = quota;
    connect(quota, &QuotaLedger::changed, this,
            [this](const QString &accountId) { d->requestSchedule(accountId); });
}

ExportQueue::~ExportQueue()
{
    // Jobs stop here without changing their persisted state: the next start resumes them.
    for (const QPointer<ExportJob> &job : std::as_const(d->running)) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            delete job.data();
        }
    }
}

void ExportQueue::setHistory(History *history)
{
    d->history = history;
}

History *ExportQueue::history() const
{
    return d->history;
}

void ExportQueue::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

void ExportQueue::setPollPolicy(const PollPolicy &policy)
{
    d->poll = policy;
}

void ExportQueue::setDownloadOptions(const DownloadOptions &options)
{
    d->download = options;
}

void ExportQueue::setUnpackLimits(const UnpackLimits &limits)
{
    d->unpack = limits;
}

QStringList ExportQueue::restoreProblems() const
{
    return d->restoreProblems;
}

void ExportQueue::reschedule()
{
    QSet<QString> accounts;
    for (const JobInfo &job : std::as_const(d->jobs))
        accounts.insert(job.accountId);
    for (const QString &account : std::as_const(accounts))
        d->schedule(account);
}

void ExportQueue::restore()
{
    d->restoreProblems.clear();
    const QList<JobInfo> loaded =
        d->store ? d->store->loadAll(&d->restoreProblems) : QList<JobInfo>();
    QStringList toRun;
    QSet<QString> accounts;
    for (const JobInfo &job : loaded) {
        if (d->jobs.contains(job.id))
            continue;
        d->jobs.insert(job.id, job);
        d->nextSequence = std::max(d->nextSequence, job.sequence + 1);
        accounts.insert(job.accountId);
        if (isActive(job.state))
            toRun.append(job.id);
        Q_EMIT jobAdded(job.id);
    }
    // A process killed while unpacking leaves its staging folder behind; the job unpacks again
    // from the kept download, so the leftovers only waste space.
    QSet<QString> downloadDirs;
    for (const JobInfo &job : loaded) {
        if (!isFinished(job.state) && !job.options.downloadDir.isEmpty())
            downloadDirs.insert(job.options.downloadDir);
    }
    for (const QString &dir : std::as_const(downloadDirs))
        Unpacker::removeStaleStaging(dir);
    // Oldest first, so that a killed process's jobs carry on in their order.
    std::sort(toRun.begin(), toRun.end(), [this](const QString &a, const QString &b) {
        return d->jobs.value(a).sequence < d->jobs.value(b).sequence;
    });
    for (const QString &id : std::as_const(toRun))
        d->launch(id);
    for (const QString &account : std::as_const(accounts))
        d->requestSchedule(account);
}

QString ExportQueue::enqueue(const QString &accountId, const ExportRequest &request,
                             const ExportOptions &options, const QString &presetId,
                             const QString &jobId)
{
    JobInfo info;
    info.id = jobId.isEmpty() ? JobStore::newJobId() : jobId;
    info.accountId = accountId;
    info.presetId = presetId;
    info.request = request;
    info.options = options;
    if (info.options.downloadDir.isEmpty())
        info.options.downloadDir = Paths::defaultDownloadDir();
    info.state = JobState::Queued;
    info.created = d->now();
    info.stateSince = info.created;
    info.sequence = d->nextSequence++;
    info.queuePosition = int(d->queuedOf(accountId).size()) + 1;
    info.waitingReason = tr("Waiting to start");
    d->save(info);
    Q_EMIT jobAdded(info.id);
    d->requestSchedule(accountId);
    return info.id;
}

QuotaPlanner::Plan ExportQueue::plan(const QString &accountId) const
{
    return d->plan(accountId, d->queuedOf(accountId), d->occupying(accountId));
}

void ExportQueue::cancel(const QString &jobId)
{
    // Another process runs it: only that process can stop it (or delete its file).
    if (d->blockedJobs.contains(jobId))
        return;
    if (ExportJob *job = d->running.value(jobId)) {
        job->cancel(); // finished() follows synchronously
        return;
    }
    const auto it = d->jobs.constFind(jobId);
    if (it == d->jobs.cend() || isFinished(it->state))
        return;
    // finishLocally takes its own copy and rewrites jobs, so keep only what is needed after it.
    const QString accountId = it->accountId;
    d->finishLocally(*it, JobState::Canceled,
                     tr("Canceled before it was sent to HubSpot: no export was spent."), {});
    d->requestSchedule(accountId);
}

void ExportQueue::retry(const QString &jobId)
{
    if (d->running.contains(jobId))
        return;
    const auto it = d->jobs.constFind(jobId);
    if (it == d->jobs.cend() || (it->state != JobState::Failed && it->state != JobState::Canceled))
        return;
    JobInfo info = *it;
    const QDateTime t = d->now();
    if (info.state == JobState::Failed && info.resumeState && !info.taskId.isEmpty()) {
        // The export exists at HubSpot: carry on with it instead of spending another one.
        info.state = *info.resumeState;
        info.resumeState.reset();
        info.error = {};
        info.finishedAt = {};
        info.stateSince = t;
        info.note = tr("Continuing the same export at HubSpot (no new export is spent)");
        d->save(info);
        Q_EMIT jobChanged(jobId);
        d->launch(jobId);
        return;
    }
    info.state = JobState::Queued;
    info.resumeState.reset();
    info.taskId.clear();
    info.hubspotState.clear();
    info.recordCount = -1;
    info.completeness = {};
    info.error = {};
    info.note.clear();
    info.files.clear();
    info.finishedAt = {};
    info.stateSince = t;
    info.bytesReceived = 0;
    info.bytesTotal = -1;
    info.sequence = d->nextSequence++;
    d->save(info);
    Q_EMIT jobChanged(jobId);
    d->requestSchedule(info.accountId);
}

void ExportQueue::remove(const QString &jobId)
{
    if (!d->jobs.contains(jobId) || d->blockedJobs.contains(jobId))
        return;
    if (!isFinished(d->jobs.value(jobId).state))
        cancel(jobId);
    const QString accountId = d->jobs.value(jobId).accountId;
    d->jobs.remove(jobId);
    if (d->store)
        d->store->remove(jobId);
    Q_EMIT jobRemoved(jobId);
    d->requestSchedule(accountId);
}

void ExportQueue::Private::move(const QString &jobId, int delta)
{
    const auto it = jobs.constFind(jobId);
    if (it == jobs.cend() || it->state != JobState::Queued)
        return;
    const QList<JobInfo> queued = queuedOf(it->accountId);
    qsizetype index = -1;
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (queued.at(i).id == jobId)
            index = i;
    }
    const qsizetype other = index + delta;
    if (index < 0 || other < 0 || other >= queued.size())
        return;
    JobInfo a = queued.at(index);
    JobInfo b = queued.at(other);
    std::swap(a.sequence, b.sequence);
    save(a);
    save(b);
    schedule(a.accountId); // renumbers positions and announces both
}

void ExportQueue::moveUp(const QString &jobId)
{
    d->move(jobId, -1);
}

void ExportQueue::moveDown(const QString &jobId)
{
    d->move(jobId, +1);
}

QList<JobInfo> ExportQueue::jobs() const
{
    QList<JobInfo> all = d->jobs.values();
    std::sort(all.begin(), all.end(),
              [](const JobInfo &a, const JobInfo &b) { return a.sequence < b.sequence; });
    return all;
}

std::optional<JobInfo> ExportQueue::job(const QString &jobId) const
{
    const auto it = d->jobs.constFind(jobId);
    if (it == d->jobs.cend())
        return std::nullopt;
    return *it;
}

bool ExportQueue::hasUnfinishedJobs() const
{
    return std::any_of(d->jobs.cbegin(), d->jobs.cend(),
                       [](const JobInfo &job) { return !isFinished(job.state); });
}

} // namespace es
