#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <hubspot/hubspotclient.h>
#include <hubspot/ratelimiter.h>
#include <optional>
#include <storage/accountstore.h>
#include <transfer/jobinfo.h>

class QNetworkAccessManager;

namespace es {

class Engine;
class ExportQueue;
class History;
class HubSpotClient;
class JobStore;
class MetadataCache;
class NetworkSetup;
class PresetStore;
class QuotaLedger;
class RateLimiter;
class SandboxProcess;
class Settings;
class TokenVault;

// The composition of the core services the desktop app runs on: settings, accounts and their
// tokens, presets, the export engine (queue, quota ledger, job store, history: see Engine), the
// metadata cache and the built-in sandbox. It hands out one HubSpotClient per account (tokens are
// read from the vault once, asynchronously, before jobs are restored). No widgets here.
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool memoryVault = false;     // tests: never touch the desktop keychain
        QString sandboxProgram;       // empty: SandboxProcess::findProgram()
        QStringList sandboxArguments; // e.g. a faster clock for tests
        int dailyQuota = 30;
    };

    // State files go to Paths::stateDir() (EXPORT_STUDIO_STATE_DIR or Paths::setStateDirOverride
    // redirect them). `network` is the process's one QNetworkAccessManager, not owned; its proxy
    // follows the network settings from here on (networkSetup()), so build the context before
    // the first request.
    AppContext(QNetworkAccessManager *network, const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    QNetworkAccessManager *network() const { return m_network; }
    Settings *settings() const { return m_settings; }
    TokenVault *vault() const { return m_vault; }
    AccountStore *accounts() const { return m_accounts; }
    PresetStore *presets() const { return m_presets; }
    Engine *engine() const { return m_engine; }
    QuotaLedger *quota() const;
    JobStore *jobStore() const;
    History *history() const;
    ExportQueue *queue() const;
    MetadataCache *metadata() const { return m_metadata; }
    SandboxProcess *sandbox() const { return m_sandbox; }
    NetworkSetup *networkSetup() const { return m_networkSetup; }

    // Reads the tokens, starts the sandbox when the current account or a persisted job needs
    // it, then restores the persisted jobs. Emits ready() once (from the event loop).
    void start();
    bool isReady() const { return m_ready; }

    // The client of an account; nullptr while its token is unknown or, for the sandbox, while
    // the sandbox is not running.
    HubSpotClient *client(const QString &accountId);
    bool hasToken(const QString &accountId) const;
    // Remembers a token the Accounts dialog just stored (the vault has it too).
    void setToken(const QString &accountId, const QString &token);
    // Why HubSpot refused an account's token the last time it was used or tested (empty: no
    // known problem). The account switcher marks such an account before the next run fails.
    // Kept with the account (accounts.json), so a restart does not forget it.
    QString tokenProblem(const QString &accountId) const;
    void setTokenProblem(const QString &accountId, const QString &problem);

    QString currentAccountId() const;
    std::optional<Account> currentAccount() const;
    void setCurrentAccount(const QString &accountId);
    std::optional<Account> sandboxAccount() const;
    bool isSandboxAccount(const QString &accountId) const;

    // Starts the built-in sandbox, adds (or updates) the sandbox account and makes it current.
    void startSandbox();

    // The download options new jobs get: Settings' folder, unzip and keep-zip choices.
    ExportOptions defaultOptions() const;
    RateLimitState rateLimit(const QString &accountId) const;

Q_SIGNALS:
    void ready();
    void currentAccountChanged(const QString &accountId);
    void rateLimitChanged(const QString &accountId, const es::RateLimitState &state);
    void sandboxStarted();
    void sandboxFailed(const QString &message);
    // Tokens or the sandbox changed which accounts can run.
    void clientsChanged();
    void tokenProblemChanged(const QString &accountId);
    // The portal of `accountId` does not serve `from`: its calls use `to` now, and the account
    // keeps it.
    void apiVersionFellBack(const QString &accountId, es::ApiVersion from, es::ApiVersion to);

private:
    void loadTokens();
    void continueStart();
    void finishStart();
    void onSandboxStarted();
    RateLimiter *limiterFor(const QString &accountId);

    QNetworkAccessManager *m_network;
    Options m_options;
    Settings *m_settings;
    TokenVault *m_vault;
    AccountStore *m_accounts;
    PresetStore *m_presets;
    Engine *m_engine;
    MetadataCache *m_metadata;
    SandboxProcess *m_sandbox;
    NetworkSetup *m_networkSetup;

    QHash<QString, QString> m_tokens;
    QHash<QString, QPointer<HubSpotClient>> m_clients; // current client per account
    QHash<QString, RateLimiter *> m_limiters;
    QHash<QString, RateLimitState> m_rateLimits;
    int m_pendingTokens = 0;
    bool m_ready = false;
    bool m_starting = false;
    bool m_restoreAfterSandbox = false;
};

} // namespace es
