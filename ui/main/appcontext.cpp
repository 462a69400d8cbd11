#include "appcontext.h"

#include <QTimer>
#include <engine/engine.h>
#include <hubspot/hubspotclient.h>
#include <hubspot/metadatacache.h>
#include <hubspot/sandboxprocess.h>
#include <storage/keychaintokenvault.h>
#include <storage/networksetup.h>
#include <storage/paths.h>
#include <storage/presetstore.h>
#include <storage/settings.h>
#include <transfer/exportqueue.h>
#include <transfer/history.h>
#include <transfer/jobstore.h>
#include <transfer/quotaledger.h>

namespace es {

AppContext::AppContext(QNetworkAccessManager *network, const Options &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
{
    Paths::ensureDir(Paths::stateDir());
    m_settings = new Settings(QString(), this);
    if (options.memoryVault)
        m_vault = new MemoryTokenVault(this);
    else
        m_vault = new KeychainTokenVault(this);
    // The proxy is in place before anything below could send a request.
    m_networkSetup = new NetworkSetup(network, m_settings, m_vault, this);
    m_accounts = new AccountStore(m_vault, QString(), this);
    m_presets = new PresetStore(QString(), this);
    Engine::Options engineOptions;
    engineOptions.dailyQuota = options.dailyQuota;
    engineOptions.historyLoad = History::Load::OnRequest;
    m_engine = new Engine(
        Paths::stateDir(), network, [this](const QString &accountId) { return client(accountId); },
        engineOptions, this);
    m_metadata = new MetadataCache(nullptr, this);
    m_sandbox = new SandboxProcess(this);
    if (!options.sandboxProgram.isEmpty())
        m_sandbox->setProgram(options.sandboxProgram);
    m_sandbox->setExtraArguments(options.sandboxArguments);
    connect(m_sandbox, &SandboxProcess::started, this, &AppContext::onSandboxStarted);
    // The API version chosen in the Accounts dialog applies to the account's client at once.
    connect(m_accounts, &AccountStore::accountsChanged, this, [this] {
        for (auto it = m_clients.constBegin(); it != m_clients.constEnd(); ++it) {
            const std::optional<Account> account = m_accounts->find(it.key());
            if (account && it.value() && it.value()->apiVersion() != account->effectiveApiVersion())
                it.value()->setApiVersion(account->effectiveApiVersion());
        }
    });
    connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString &message) {
        Q_EMIT sandboxFailed(message);
        if (m_restoreAfterSandbox) {
            m_restoreAfterSandbox = false;
            finishStart();
        }
    });
    connect(m_sandbox, &SandboxProcess::stopped, this, [this] {
        if (const auto account = sandboxAccount())
            m_clients.remove(account->id);
        Q_EMIT clientsChanged();
    });
}

AppContext::~AppContext()
{
    // The engine (its queue) goes first: its jobs stop without touching their persisted state,
    // so the next start resumes them; only then may the clients and the sandbox go.
    delete m_engine;
    m_engine = nullptr;
}

QuotaLedger *AppContext::quota() const
{
    return m_engine ? m_engine->quota() : nullptr;
}

JobStore *AppContext::jobStore() const
{
    return m_engine ? m_engine->jobStore() : nullptr;
}

History *AppContext::history() const
{
    return m_engine ? m_engine->history() : nullptr;
}

ExportQueue *AppContext::queue() const
{
    return m_engine ? m_engine->queue() : nullptr;
}

void AppContext::start()
{
    if (m_starting || m_ready)
        return;
    m_starting = true;
    loadTokens();
}

void AppContext::loadTokens()
{
    QStringList ids;
    for (const Account &account : m_accounts->accounts()) {
        if (!account.isSandbox)
            ids << account.id;
    }
    m_pendingTokens = int(ids.size());
    if (ids.isEmpty()) {
        QTimer::singleShot(0, this, &AppContext::continueStart);
        return;
    }
    for (const QString &id : std::as_const(ids)) {
        m_accounts->token(id, this, [this, id](const TokenResult &result) {
            if (result.ok() && !result.token.isEmpty())
                m_tokens.insert(id, result.token);
            if (--m_pendingTokens == 0)
                continueStart();
        });
    }
}

void AppContext::continueStart()
{
    // The sandbox forgets its exports when it stops; still, restored sandbox jobs must find a
    // running sandbox to be told so instead of failing for a missing token.
    bool needSandbox = false;
    if (const auto current = currentAccount())
        needSandbox = current->isSandbox;
    if (const auto sandbox = sandboxAccount(); sandbox && !needSandbox) {
        for (const JobInfo &job : jobStore()->loadAll()) {
            if (job.accountId == sandbox->id && !isFinished(job.state)) {
                needSandbox = true;
                break;
            }
        }
    }
    if (needSandbox && !m_sandbox->isRunning()) {
        m_restoreAfterSandbox = true;
        m_sandbox->start();
        return;
    }
    finishStart();
}

void AppContext::finishStart()
{
    if (m_ready)
        return;
    m_ready = true;
    m_starting = false;
    m_metadata->setClient(client(currentAccountId()));
    queue()->restore();
    Q_EMIT ready();
}

void AppContext::startSandbox()
{
    if (m_sandbox->isRunning()) {
        onSandboxStarted();
        return;
    }
    m_sandbox->start();
}

void AppContext::onSandboxStarted()
{
    Account account = sandboxAccount().value_or(Account{});
    account.name = account.name.isEmpty() ? tr("Sandbox") : account.name;
    account.isSandbox = true;
    account.apiBase = m_sandbox->apiBase().toString();
    account.portalId = QStringLiteral("20240601");
    const QString id = m_accounts->save(account);
    if (id.isEmpty()) {
        Q_EMIT sandboxFailed(m_accounts->lastError());
        return;
    }
    m_tokens.insert(id, SandboxProcess::token());
    m_clients.remove(id); // a new port: a new client
    if (m_restoreAfterSandbox) {
        m_restoreAfterSandbox = false;
        finishStart();
    }
    setCurrentAccount(id);
    Q_EMIT sandboxStarted();
    Q_EMIT clientsChanged();
    if (m_ready)
        queue()->reschedule();
}

RateLimiter *AppContext::limiterFor(const QString &accountId)
{
    RateLimiter *limiter = m_limiters.value(accountId);
    if (!limiter) {
        limiter = new RateLimiter(this);
        m_limiters.insert(accountId, limiter);
        connect(limiter, &RateLimiter::stateChanged, this,
                [this, accountId](const RateLimitState &state) {
                    m_rateLimits.insert(accountId, state);
                    Q_EMIT rateLimitChanged(accountId, state);
                });
    }
    return limiter;
}

HubSpotClient *AppContext::client(const QString &accountId)
{
    if (accountId.isEmpty())
        return nullptr;
    if (HubSpotClient *existing = m_clients.value(accountId))
        return existing;
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account)
        return nullptr;
    if (account->isSandbox && !m_sandbox->isRunning())
        return nullptr;
    const QString token = account->isSandbox ? SandboxProcess::token() : m_tokens.value(accountId);
    if (token.isEmpty())
        return nullptr;
    ClientConfig config;
    config.apiBase = QUrl(account->isSandbox ? m_sandbox->apiBase().toString() : account->apiBase);
    config.token = token;
    config.accountId = accountId;
    config.apiVersion = account->effectiveApiVersion();
    // Clients are never deleted while the app runs: a running job may still hold the old one.
    auto *created = new HubSpotClient(m_network, config, limiterFor(accountId), this);
    // A portal without the chosen version: the client uses the next older one from now on, and
    // the account remembers it so the next start does not ask the newer one again.
    connect(created, &HubSpotClient::apiVersionFellBack, this,
            [this, accountId](ApiVersion from, ApiVersion to) {
                std::optional<Account> stored = m_accounts->find(accountId);
                if (!stored)
                    return;
                stored->apiVersion = ApiVersions::name(to);
                m_accounts->save(*stored);
                Q_EMIT apiVersionFellBack(accountId, from, to);
            });
    m_clients.insert(accountId, created);
    return created;
}

bool AppContext::hasToken(const QString &accountId) const
{
    if (isSandboxAccount(accountId))
        return true;
    return !m_tokens.value(accountId).isEmpty();
}

QString AppContext::tokenProblem(const QString &accountId) const
{
    const std::optional<Account> account = m_accounts->find(accountId);
    return account ? account->tokenProblem : QString();
}

void AppContext::setTokenProblem(const QString &accountId, const QString &problem)
{
    std::optional<Account> account = m_accounts->find(accountId);
    if (!account || account->tokenProblem == problem)
        return;
    account->tokenProblem = problem;
    m_accounts->save(*account);
    Q_EMIT tokenProblemChanged(accountId);
}

void AppContext::setToken(const QString &accountId, const QString &token)
{
    m_tokens.insert(accountId, token);
    if (HubSpotClient *existing = m_clients.value(accountId)) {
        const std::optional<Account> account = m_accounts->find(accountId);
        if (account && QUrl(account->apiBase) == existing->config().apiBase) {
            existing->setToken(token);
        } else {
            m_clients.remove(accountId);
        }
    }
    if (accountId == currentAccountId())
        m_metadata->setClient(client(accountId));
    Q_EMIT clientsChanged();
    if (m_ready)
        queue()->reschedule();
}

QString AppContext::currentAccountId() const
{
    QString id = m_accounts->currentAccountId();
    if (!id.isEmpty() && m_accounts->find(id))
        return id;
    const QList<Account> all = m_accounts->accounts();
    return all.isEmpty() ? QString() : all.first().id;
}

std::optional<Account> AppContext::currentAccount() const
{
    return m_accounts->find(currentAccountId());
}

void AppContext::setCurrentAccount(const QString &accountId)
{
    const bool changed = accountId != m_accounts->currentAccountId();
    m_accounts->setCurrentAccountId(accountId);
    if (isSandboxAccount(accountId) && !m_sandbox->isRunning() &&
        m_sandbox->state() == SandboxProcess::State::NotRunning) {
        m_sandbox->start(); // onSandboxStarted makes it current again with its new address
    }
    m_metadata->setClient(client(accountId));
    if (changed)
        Q_EMIT currentAccountChanged(accountId);
}

std::optional<Account> AppContext::sandboxAccount() const
{
    for (const Account &account : m_accounts->accounts()) {
        if (account.isSandbox)
            return account;
    }
    return std::nullopt;
}

bool AppContext::isSandboxAccount(const QString &accountId) const
{
    const std::optional<Account> account = m_accounts->find(accountId);
    return account && account->isSandbox;
}

ExportOptions AppContext::defaultOptions() const
{
    ExportOptions options;
    options.downloadDir = m_settings->downloadDir();
    options.unzip = m_settings->autoUnzip();
    options.keepZip = m_settings->keepZip();
    return options;
}

RateLimitState AppContext::rateLimit(const QString &accountId) const
{
    return m_rateLimits.value(accountId);
}

} // namespace es
