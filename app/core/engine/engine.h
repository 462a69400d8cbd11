#pragma once

#include "transfer/exportqueue.h"
#include "transfer/history.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace es {

class JobStore;
class QuotaLedger;
class VaultManager;

// The export engine assembled from one state folder: the job store, the quota ledger, the
// history and the queue that runs on them. The desktop app, the CLI and the tests all build it
// here, so that whatever joins the engine later is wired once for all of them. Which account
// gets which HubSpotClient stays with the caller (the app reads tokens from the keychain and
// runs the sandbox; the CLI resolves --account), hence the client provider.
class Engine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int dailyQuota = 30; // exports per account per rolling 24 h
        // The desktop app reads the history once its window is on screen (History::loaded()
        // says when), so a long one does not hold up the first paint; the CLI reads it at once.
        History::Load historyLoad = History::Load::AtOnce;
    };

    // `stateDir` holds jobs/, quota.json and history.json (Paths knows the layout); `network`
    // is the process's QNetworkAccessManager, not owned.
    Engine(const QString &stateDir, QNetworkAccessManager *network,
           ExportQueue::ClientProvider clients, const Options &options, QObject *parent = nullptr);
    Engine(const QString &stateDir, QNetworkAccessManager *network,
           ExportQueue::ClientProvider clients, QObject *parent = nullptr);
    // Stops the queue first: its jobs end without touching their persisted state, so the next
    // engine on the same folder resumes them.
    ~Engine() override;

    QString stateDir() const { return m_stateDir; }
    JobStore *jobStore() const { return m_jobStore; }
    QuotaLedger *quota() const { return m_quota; }
    History *history() const { return m_history; }
    ExportQueue *queue() const { return m_queue; }
    // History presets: runs them, keeps their runs in the account's vault (see vault/).
    VaultManager *vaults() const { return m_vaults; }

private:
    QString m_stateDir;
    JobStore *m_jobStore;
    QuotaLedger *m_quota;
    History *m_history;
    ExportQueue *m_queue;
    VaultManager *m_vaults;
};

} // namespace es
