#include "engine.h"

#include "storage/paths.h"
#include "transfer/history.h"
#include "transfer/jobstore.h"
#include "transfer/quotaledger.h"
#include "vault/vaultmanager.h"

namespace es {

Engine::Engine(const QString &stateDir, QNetworkAccessManager *network,
               ExportQueue::ClientProvider clients, const Options &options, QObject *parent)
    : QObject(parent)
    , m_stateDir(stateDir)
{
    m_jobStore = new JobStore(Paths::jobsDir(stateDir), this);
    m_quota = new QuotaLedger(Paths::quotaFile(stateDir), options.dailyQuota, this);
    m_history = new History(Paths::historyFile(stateDir), options.historyLoad, this);
    m_queue = new ExportQueue(network, clients, m_jobStore, m_quota, this);
    m_queue->setHistory(m_history);
    m_vaults = new VaultManager(stateDir, m_queue, m_jobStore, std::move(clients), this);
}

Engine::Engine(const QString &stateDir, QNetworkAccessManager *network,
               ExportQueue::ClientProvider clients, QObject *parent)
    : Engine(stateDir, network, std::move(clients), Options{}, parent)
{}

Engine::~Engine()
{
    delete m_vaults; // stops an ingest: its run stays pending for the next engine
    m_vaults = nullptr;
    delete m_queue;
    m_queue = nullptr;
}

} // namespace es
