#include "vaultmanager.h"

#include "hubspot/hubspotclient.h"
#include "model/validation.h"
#include "runplanner.h"
#include "transfer/exportqueue.h"
#include "transfer/jobstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcVault, "es.vault")

namespace es {

namespace {
struct ManagerText
{
    Q_DECLARE_TR_FUNCTIONS(es::VaultManager)
};

QString accountFromFile(const QString &fileName)
{
    // Vault::fileFor's escaping undone: "%3a" → ':'.
    QString base = QFileInfo(fileName).completeBaseName();
    QString account;
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (base.at(i) == u'%' && i + 2 < base.size()) {
            bool ok = false;
            const ushort code = base.mid(i + 1, 2).toUShort(&ok, 16);
            if (ok) {
                account += QChar(code);
                i += 2;
                continue;
            }
        }
        account += base.at(i);
    }
    return account;
}
} // namespace

VaultManager::VaultManager(const QString &stateDir, ExportQueue *queue, JobStore *store,
                           ClientProvider clients, QObject *parent)
    : QObject(parent)
    , m_stateDir(stateDir)
    , m_queue(queue)
    , m_store(store)
    , m_clients(std::move(clients))
{
    qRegisterMetaType<es::VaultRun>();
    connect(queue, &ExportQueue::jobFinished, this,
            [this](const QString &jobId) { onJobFinished(jobId); });
}

VaultManager::~VaultManager()
{
    if (m_thread) {
        if (m_cancel)
            m_cancel->store(true);
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

QString VaultManager::vaultFile(const QString &accountId) const
{
    return Vault::fileFor(m_stateDir, accountId);
}

Vault *VaultManager::vault(const QString &accountId, QString *error)
{
    std::shared_ptr<Vault> &slot = m_vaults[accountId];
    if (!slot)
        slot = std::make_shared<Vault>(vaultFile(accountId));
    if (slot->open())
        return slot.get();
    const QString message = slot->lastError();
    const bool setAside = !slot->setAsidePath().isEmpty();
    if (setAside) {
        Q_EMIT problem(message);
        // The damaged or newer file is out of the way, kept as it was: start a new one.
        slot = std::make_shared<Vault>(vaultFile(accountId));
        if (slot->open()) {
            if (error)
                *error = message;
            return slot.get();
        }
    }
    if (error)
        *error = setAside ? message + QLatin1Char(' ') + slot->lastError() : message;
    return nullptr;
}

void VaultManager::runPreset(const QString &accountId, const Preset &preset,
                             const ExportOptions &options, bool forceFull,
                             const ValidationLimits &limits,
                             std::function<void(const Started &)> done)
{
    if (!preset.history.keep) {
        Started started;
        started.jobId = m_queue->enqueue(accountId, preset.request, options, preset.id);
        done(started);
        return;
    }
    QString vaultNote;
    Vault *v = vault(accountId, &vaultNote);
    if (!v) {
        Started started;
        started.error = vaultNote;
        done(started);
        return;
    }
    RunPlanner::History history;
    history.lastRun = v->lastRun(preset.id);
    history.incrementalsSinceFull = v->incrementalsSinceFull(preset.id);
    const auto queueIt = [this, accountId, preset, options, forceFull, limits, history,
                          done = std::move(done), vaultNote](const QList<PropertyDef> &properties,
                                                             const QString &propertiesProblem) {
        RunPlan plan = RunPlanner::plan(preset, forceFull, history, properties, limits);
        Started started;
        if (!vaultNote.isEmpty())
            started.notes.append(vaultNote);
        if (!propertiesProblem.isEmpty())
            plan.notes.append(propertiesProblem);
        started.notes += plan.notes;
        started.kind = plan.kind;
        Vault *target = vault(accountId, &started.error);
        if (!target) {
            done(started);
            return;
        }
        started.error.clear();
        // The run is noted as pending before its job exists: a kill between the two then
        // leaves a note whose job is gone (forgotten at the next start), never a job whose
        // finished files the history would not know to keep. The start time is taken before
        // the job's own, so the next incremental run looks back from no later than this one.
        PendingIngest pending;
        pending.jobId = JobStore::newJobId();
        pending.presetKey = preset.id;
        pending.presetName = preset.name;
        pending.kind = plan.kind;
        pending.startedAt = QDateTime::currentDateTimeUtc();
        if (!target->addPending(pending))
            started.notes.append(ManagerText::tr("This run will not be kept in the history: %1")
                                     .arg(target->lastError()));
        started.jobId =
            m_queue->enqueue(accountId, plan.request, options, preset.id, pending.jobId);
        done(started);
    };
    if (!RunPlanner::needsProperties(preset, forceFull, history, limits)) {
        queueIt({}, {});
        return;
    }
    HubSpotClient *client = m_clients ? m_clients(accountId) : nullptr;
    if (!client) {
        queueIt({}, ManagerText::tr("The object's properties could not be read (no access "
                                    "token), so it runs in full."));
        return;
    }
    auto *reply = client->properties(preset.request.objectType);
    reply->onFinished(this, [queueIt](const ApiResult<QList<PropertyDef>> &result) {
        if (result.isOk())
            queueIt(result.value(), {});
        else
            queueIt({}, ManagerText::tr("The object's properties could not be read (%1), so it "
                                        "runs in full.")
                            .arg(result.error().message));
    });
}

void VaultManager::onJobFinished(const QString &jobId)
{
    const std::optional<JobInfo> job = m_queue ? m_queue->job(jobId) : std::nullopt;
    if (!job || job->state != JobState::Done || job->presetId.isEmpty())
        return;
    Vault *v = vault(job->accountId);
    if (!v)
        return;
    for (const PendingIngest &pending : v->pending()) {
        if (pending.jobId == jobId)
            consider(job->accountId, pending);
    }
}

int VaultManager::resumePending()
{
    const QString dir = QDir(m_stateDir).filePath(QStringLiteral("vault"));
    QDirIterator it(dir, {QStringLiteral("*.sqlite")}, QDir::Files);
    int count = 0;
    while (it.hasNext()) {
        const QString accountId = accountFromFile(it.next());
        Vault *v = vault(accountId);
        if (!v)
            continue;
        for (const PendingIngest &pending : v->pending()) {
            const std::optional<JobInfo> job =
                m_store ? m_store->load(pending.jobId) : std::nullopt;
            if (!job) {
                qCInfo(lcVault) << "forgetting the pending run of a job that is gone"
                                << pending.jobId;
                v->removePending(pending.jobId);
                continue;
            }
            ++count;
            consider(accountId, pending);
        }
    }
    return count;
}

void VaultManager::consider(const QString &accountId, const PendingIngest &pending)
{
    std::optional<JobInfo> job = m_queue ? m_queue->job(pending.jobId) : std::nullopt;
    if (!job && m_store)
        job = m_store->load(pending.jobId);
    if (!job || job->state != JobState::Done)
        return; // finishes later (onJobFinished), or is retried
    if (m_queuedJobs.contains(pending.jobId))
        return;
    m_queuedJobs.append(pending.jobId);
    m_waiting.append(Work{accountId, pending, *job});
    startNext();
}

void VaultManager::startNext()
{
    if (m_running || m_waiting.isEmpty())
        return;
    const Work work = m_waiting.takeFirst();
    QStringList files;
    for (const JobFile &file : work.job.files) {
        if (!file.archive)
            files.append(file.path);
    }
    Vault::IngestInput input;
    input.pending = work.pending;
    input.files = files;
    input.request = work.job.request;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    input.cancel = m_cancel.get();
    const QString path = vaultFile(work.accountId);
    const QString jobId = work.pending.jobId;
    m_running = true;
    Q_EMIT ingestStarted(jobId, work.pending.presetName);
    auto outcome = std::make_shared<Vault::IngestOutcome>();
    auto cancel = m_cancel;
    QPointer<VaultManager> self(this);
    input.progress = [self, jobId](qint64 rows) {
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, jobId, rows] {
                    if (self)
                        Q_EMIT self->ingestProgress(jobId, rows);
                },
                Qt::QueuedConnection);
    };
    m_thread = QThread::create([path, input, outcome, cancel] {
        Vault vault(path);
        *outcome = vault.ingest(input);
    });
    connect(m_thread, &QThread::finished, this, [this, work, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        finishWork(work, *outcome);
        startNext();
    });
    m_thread->start(QThread::LowPriority);
}

void VaultManager::finishWork(const Work &work, const Vault::IngestOutcome &outcome)
{
    m_queuedJobs.removeAll(work.pending.jobId);
    QString message = outcome.message;
    if (!outcome.ok && !outcome.canceled) {
        // Files that are gone cannot be kept later either: forget the run, say so.
        bool missing = false;
        for (const JobFile &file : work.job.files)
            missing = missing || (!file.archive && !QFileInfo::exists(file.path));
        if (missing) {
            if (Vault *v = vault(work.accountId))
                v->removePending(work.pending.jobId);
            message = ManagerText::tr("The files of “%1” are no longer where they were saved, so "
                                      "this run is not kept in the history.")
                          .arg(work.pending.presetName);
        }
    }
    Q_EMIT ingestFinished(work.pending.jobId, outcome.ok, outcome.run, message);
}

} // namespace es
