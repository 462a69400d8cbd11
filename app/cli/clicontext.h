#pragma once

#include "hubspot/hubspotclient.h"

#include <QCommandLineParser>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSocketNotifier;

namespace es {

class AccountStore;
class TokenVault;

struct ApiError;
enum class FailureKind;

// Exit codes of every command (documented in --help and the man page).
namespace Exit {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1; // unexpected internal problem
inline constexpr int Usage = 2;   // usage or validation: every problem listed
inline constexpr int HubSpot = 3; // HubSpot refused (status, category, message)
inline constexpr int Network = 4; // network still failing after the retries
inline constexpr int Disk = 5;    // local file or disk problem
inline constexpr int Interrupted = 130;
// Not an exit code: what a command returns when it ends later, through CliContext::finish().
inline constexpr int Later = -1;
} // namespace Exit

// Where the API calls of one command go, with which token. `accountId` names the account in
// the shared state (jobs, quota): a stored account's id, or "url:<origin>" for --api-base.
struct Target
{
    QString accountId;
    QUrl apiBase;
    QString token;
    ApiVersion apiVersion = ApiVersions::newest();
};

// What every command shares: the one QNetworkAccessManager of the process, stdout/stderr,
// the state folder, accounts, and the way a command ends (finish(code) leaves the event loop).
class CliContext : public QObject
{
    Q_OBJECT

public:
    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    QNetworkAccessManager *network() const { return m_network; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Ends the command with `code` (from the event loop).
    void finish(int code);
    bool isFinished() const { return m_finished; }
    // Usage problem: the message, a pointer to --help, exit 2.
    void usageError(const QString &message, const QString &command);
    void printLine(const QString &line) { m_out << line << Qt::endl; }
    void note(const QString &line) { m_err << line << Qt::endl; }

    // SIGINT/SIGTERM end the command with 130 after `onInterrupt` ran.
    void watchSignals(std::function<void()> onInterrupt);

    // Options shared by the API commands.
    static void addTargetOptions(QCommandLineParser &parser);
    static void addStateDirOption(QCommandLineParser &parser);
    // Applies --state-dir (before any store is opened).
    void applyStateDir(const QCommandLineParser &parser);

    AccountStore *accounts();
    TokenVault *vault();

    // Resolves --account / --api-base (+ HUBSPOT_ACCESS_TOKEN) / the current account into a
    // target; on failure it prints why and finishes with the right code.
    void resolveTarget(const QCommandLineParser &parser,
                       const std::function<void(const Target &)> &ok);
    // The token for an account id as resolveTarget would find it (jobs being resumed).
    void targetForAccount(const QString &accountId, const std::function<void(const Target &)> &ok,
                          const std::function<void(const QString &)> &failed);
    // A client for a resolved target; owned by the context. A fallback to an older API version
    // is said on stderr and kept in the account's entry (stored accounts).
    HubSpotClient *clientFor(const Target &target);

    // The exit code for a kind of failure (the one mapping of FailureKind to exit codes), for
    // a failed API call, and the message lines to print.
    static int exitCodeFor(FailureKind kind);
    static int exitCodeFor(const ApiError &error);
    void printApiError(const ApiError &error);

    static QString originAccountId(const QUrl &apiBase);

private:
    QNetworkAccessManager *m_network;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<AccountStore> m_accounts;
    QHash<QString, HubSpotClient *> m_clients;
    // --api-version or EXPORT_STUDIO_API_VERSION; wins over the account's stored version.
    std::optional<ApiVersion> m_versionOverride;
    bool readVersionOverride(const QCommandLineParser *parser, QString *problem);
    QSocketNotifier *m_signalNotifier = nullptr;
    std::function<void()> m_onInterrupt;
};

} // namespace es
