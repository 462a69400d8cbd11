#pragma once

#include "model/preset.h"
#include "transfer/jobinfo.h"
#include "vault.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace es {

class ExportQueue;
class HubSpotClient;
class JobStore;
struct ValidationLimits;

// The engine's side of the vault: runs history presets (plans each run, queues it, notes it as
// pending in the account's vault before anything can finish), and ingests every finished run in
// a worker thread, one at a time. Pending runs left by a killed process are finished by the next
// engine on the same state folder (resumePending()).
class VaultManager : public QObject
{
    Q_OBJECT

public:
    using ClientProvider = std::function<HubSpotClient *(const QString &accountId)>;

    VaultManager(const QString &stateDir, ExportQueue *queue, JobStore *store,
                 ClientProvider clients, QObject *parent = nullptr);
    ~VaultManager() override; // stops a running ingest; its run stays pending

    QString vaultFile(const QString &accountId) const;
    // The account's vault, opened in this thread (nullptr with `*error` when it cannot be).
    Vault *vault(const QString &accountId, QString *error = nullptr);

    struct Started
    {
        QString jobId; // empty on failure
        RunKind kind = RunKind::Full;
        QStringList notes; // what the engine changed or decided, for people
        QString error;
    };
    // Queues a run of `preset` (with or without history) and calls `done` once it is queued.
    void runPreset(const QString &accountId, const Preset &preset, const ExportOptions &options,
                   bool forceFull, const ValidationLimits &limits,
                   std::function<void(const Started &)> done);

    // Starts the ingests that runs finished before a kill left pending, forgets those whose
    // job is gone. Returns how many ingests are queued or waiting for their job.
    int resumePending();
    bool isBusy() const { return m_running || !m_waiting.isEmpty(); }

Q_SIGNALS:
    void ingestStarted(const QString &jobId, const QString &presetName);
    void ingestProgress(const QString &jobId, qint64 rows);
    // ok false: `message` says what happened and what to do (the run stays pending when it can
    // be kept later, e.g. after freeing disk space).
    void ingestFinished(const QString &jobId, bool ok, const VaultRun &run, const QString &message);
    // A vault was set aside or could not be opened (a sentence for people).
    void problem(const QString &message);

private:
    struct Work
    {
        QString accountId;
        PendingIngest pending;
        JobInfo job;
    };
    void onJobFinished(const QString &jobId);
    void consider(const QString &accountId, const PendingIngest &pending);
    void startNext();
    void finishWork(const Work &work, const Vault::IngestOutcome &outcome);

    QString m_stateDir;
    QPointer<ExportQueue> m_queue;
    JobStore *m_store;
    ClientProvider m_clients;
    QHash<QString, std::shared_ptr<Vault>> m_vaults;
    QList<Work> m_waiting;
    QStringList m_queuedJobs;
    bool m_running = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace es

Q_DECLARE_METATYPE(es::VaultRun)
