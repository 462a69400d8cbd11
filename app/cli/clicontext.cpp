#include "clicontext.h"

#include "storage/accountstore.h"
#include "storage/keychaintokenvault.h"
#include "storage/paths.h"
#include "transfer/exportjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace es {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // Only async-signal-safe work here: the event loop does the rest.
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

} // namespace

CliContext::CliContext(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_out(stdout)
    , m_err(stderr)
{
    // Never follow redirects on our own: the client and the downloader decide.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CliContext::~CliContext() = default;

void CliContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void CliContext::usageError(const QString &message, const QString &command)
{
    m_err << "export-studio-cli: " << message << Qt::endl;
    m_err << "Run `export-studio-cli " << command << " --help` for the options." << Qt::endl;
    finish(Exit::Usage);
}

void CliContext::watchSignals(std::function<void()> onInterrupt)
{
    m_onInterrupt = std::move(onInterrupt);
    if (m_signalNotifier)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &c, 1);
        if (m_finished)
            return;
        if (m_onInterrupt)
            m_onInterrupt();
        finish(Exit::Interrupted);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void CliContext::addTargetOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("account"),
                      QStringLiteral("Use the stored account NAME (or id); its token comes from "
                                     "the keychain."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("api-base"),
                      QStringLiteral("Talk to this API address (e.g. the sandbox's "
                                     "http://127.0.0.1:PORT) with the token in "
                                     "HUBSPOT_ACCESS_TOKEN."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("api-version"),
                      QStringLiteral("HubSpot API version: %1 (legacy /crm/v3 paths). Default: "
                                     "the account's, else %2, falling back to the next older "
                                     "one when the portal does not serve it. Also "
                                     "EXPORT_STUDIO_API_VERSION.")
                          .arg(ApiVersions::namesList(), ApiVersions::name(ApiVersions::newest())),
                      QStringLiteral("VERSION")});
}

bool CliContext::readVersionOverride(const QCommandLineParser *parser, QString *problem)
{
    QString text;
    QString from;
    if (parser && parser->isSet(QStringLiteral("api-version"))) {
        text = parser->value(QStringLiteral("api-version"));
        from = QStringLiteral("--api-version");
    } else if (!qEnvironmentVariableIsEmpty("EXPORT_STUDIO_API_VERSION")) {
        text = qEnvironmentVariable("EXPORT_STUDIO_API_VERSION");
        from = QStringLiteral("EXPORT_STUDIO_API_VERSION");
    } else {
        return true;
    }
    m_versionOverride = ApiVersions::fromName(text);
    if (!m_versionOverride) {
        *problem = QStringLiteral("%1: “%2” is not a HubSpot API version; use one of %3.")
                       .arg(from, text, ApiVersions::namesList());
        return false;
    }
    return true;
}

void CliContext::addStateDirOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("state-dir"),
                      QStringLiteral("Keep jobs, history, quota, presets and accounts in DIR "
                                     "instead of the user's data folder."),
                      QStringLiteral("DIR")});
}

void CliContext::applyStateDir(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("state-dir")))
        Paths::setStateDirOverride(QDir(parser.value(QStringLiteral("state-dir"))).absolutePath());
    // The user's own folder (no --state-dir): an older CLI's separate folder joins the desktop
    // app's, once.
    const QString note = Paths::adoptLegacyCliStateDir();
    if (!note.isEmpty())
        err() << note << Qt::endl;
}

TokenVault *CliContext::vault()
{
    if (!m_vault) {
        auto *keychain = new KeychainTokenVault();
        m_vault.reset(keychain);
    }
    return m_vault.get();
}

AccountStore *CliContext::accounts()
{
    if (!m_accounts)
        m_accounts = std::make_unique<AccountStore>(vault());
    return m_accounts.get();
}

QString CliContext::originAccountId(const QUrl &apiBase)
{
    return QStringLiteral("url:") + apiBase
                                        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                                  QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                        .toString(QUrl::FullyEncoded);
}

void CliContext::resolveTarget(const QCommandLineParser &parser,
                               const std::function<void(const Target &)> &ok)
{
    const QString envToken = qEnvironmentVariable("HUBSPOT_ACCESS_TOKEN").trimmed();
    QString versionProblem;
    if (!readVersionOverride(&parser, &versionProblem)) {
        usageError(versionProblem, parser.positionalArguments().value(0));
        return;
    }
    const ApiVersion urlVersion = m_versionOverride.value_or(ApiVersions::newest());
    if (parser.isSet(QStringLiteral("api-base")) && parser.isSet(QStringLiteral("account"))) {
        usageError(QStringLiteral("--account and --api-base exclude each other: pick one."),
                   parser.positionalArguments().value(0));
        return;
    }
    if (parser.isSet(QStringLiteral("api-base"))) {
        const QUrl base(parser.value(QStringLiteral("api-base")), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() ||
            (base.scheme() != u"https" && base.scheme() != u"http")) {
            usageError(QStringLiteral("--api-base: “%1” is not an http(s) address.")
                           .arg(parser.value(QStringLiteral("api-base"))),
                       QString());
            return;
        }
        if (envToken.isEmpty()) {
            usageError(QStringLiteral("--api-base needs the access token in the environment "
                                      "variable HUBSPOT_ACCESS_TOKEN (the sandbox accepts "
                                      "“sandbox-token”)."),
                       QString());
            return;
        }
        ok(Target{originAccountId(base), base, envToken, urlVersion});
        return;
    }
    QString wanted = parser.value(QStringLiteral("account"));
    if (wanted.isEmpty()) {
        wanted = accounts()->currentAccountId();
        if (wanted.isEmpty() && accounts()->accounts().size() == 1)
            wanted = accounts()->accounts().first().id;
        if (wanted.isEmpty()) {
            if (!envToken.isEmpty()) {
                const QUrl base(Account::defaultApiBase());
                ok(Target{originAccountId(base), base, envToken, urlVersion});
                return;
            }
            usageError(QStringLiteral("No account chosen: use --account NAME (see `accounts "
                                      "list`), or --api-base URL with HUBSPOT_ACCESS_TOKEN."),
                       QString());
            return;
        }
    }
    std::optional<Account> account = accounts()->find(wanted);
    if (!account) {
        for (const Account &a : accounts()->accounts()) {
            if (a.name.compare(wanted, Qt::CaseInsensitive) == 0)
                account = a;
        }
    }
    if (!account) {
        usageError(QStringLiteral("There is no account named “%1”: see `export-studio-cli "
                                  "accounts list`, or add it with `accounts add`.")
                       .arg(wanted),
                   QString());
        return;
    }
    targetForAccount(account->id, ok, [this](const QString &message) {
        note(QStringLiteral("export-studio-cli: ") + message);
        finish(Exit::Usage);
    });
}

void CliContext::targetForAccount(const QString &accountId,
                                  const std::function<void(const Target &)> &ok,
                                  const std::function<void(const QString &)> &failed)
{
    QString versionProblem;
    if (!m_versionOverride && !readVersionOverride(nullptr, &versionProblem)) {
        failed(versionProblem);
        return;
    }
    if (accountId.startsWith(u"url:")) {
        const QUrl base(accountId.mid(4));
        const QString envToken = qEnvironmentVariable("HUBSPOT_ACCESS_TOKEN").trimmed();
        if (envToken.isEmpty()) {
            failed(QStringLiteral("The job for %1 needs its access token in "
                                  "HUBSPOT_ACCESS_TOKEN.")
                       .arg(base.toString()));
            return;
        }
        ok(Target{accountId, base, envToken, m_versionOverride.value_or(ApiVersions::newest())});
        return;
    }
    const std::optional<Account> account = accounts()->find(accountId);
    if (!account) {
        failed(QStringLiteral("The account “%1” no longer exists: add it again with `accounts "
                              "add`.")
                   .arg(accountId));
        return;
    }
    const ApiVersion version = m_versionOverride.value_or(account->effectiveApiVersion());
    accounts()->token(
        account->id, this, [a = *account, ok, failed, version](const TokenResult &result) {
            if (!result.ok() || result.token.isEmpty()) {
                failed(QStringLiteral("No access token for the account “%1”: %2 Store one with "
                                      "`export-studio-cli accounts add \"%1\"` (token on stdin).")
                           .arg(a.name, result.message.isEmpty()
                                            ? QStringLiteral("the keychain has none.")
                                            : result.message));
                return;
            }
            ok(Target{a.id, QUrl(a.apiBase), result.token, version});
        });
}

HubSpotClient *CliContext::clientFor(const Target &target)
{
    if (HubSpotClient *existing = m_clients.value(target.accountId))
        return existing;
    ClientConfig config;
    config.apiBase = target.apiBase;
    config.token = target.token;
    config.accountId = target.accountId;
    config.apiVersion = target.apiVersion;
    auto *client = new HubSpotClient(m_network, config, nullptr, this);
    m_clients.insert(target.accountId, client);
    const QString accountId = target.accountId;
    connect(client, &HubSpotClient::apiVersionFellBack, this,
            [this, accountId](ApiVersion from, ApiVersion to, const QString &path) {
                note(QStringLiteral("export-studio-cli: HubSpot answered 404 for %1 (API version "
                                    "%2), so this account does not serve %2 yet; using %3 from "
                                    "now on.")
                         .arg(path, ApiVersions::name(from), ApiVersions::name(to)));
                std::optional<Account> account = accounts()->find(accountId);
                if (!account)
                    return; // --api-base: remembered for this run only
                account->apiVersion = ApiVersions::name(to);
                if (accounts()->save(*account).isEmpty())
                    note(QStringLiteral("export-studio-cli: could not remember API version %1 "
                                        "for “%2”: %3")
                             .arg(ApiVersions::name(to), account->name, accounts()->lastError()));
                else
                    note(QStringLiteral("export-studio-cli: remembered API version %1 for the "
                                        "account “%2” (change it with `accounts set \"%2\" "
                                        "--api-version VERSION`).")
                             .arg(ApiVersions::name(to), account->name));
            });
    return client;
}

int CliContext::exitCodeFor(FailureKind kind)
{
    switch (kind) {
    case FailureKind::HubSpotRefused:
        return Exit::HubSpot;
    case FailureKind::Network:
        return Exit::Network;
    case FailureKind::Local:
        return Exit::Disk;
    case FailureKind::Validation:
        return Exit::Usage;
    case FailureKind::Interrupted:
        return Exit::Interrupted;
    case FailureKind::Unknown:
        break;
    }
    // A failure whose kind was not recorded: most likely a connection that kept failing.
    return Exit::Network;
}

int CliContext::exitCodeFor(const ApiError &error)
{
    if (error.kind == ApiError::Kind::None)
        return Exit::Ok;
    return exitCodeFor(failureKindOf(error));
}

void CliContext::printApiError(const ApiError &error)
{
    m_err << "export-studio-cli: " << error.userMessage() << Qt::endl;
    QStringList details;
    if (error.httpStatus > 0)
        details << QStringLiteral("HTTP %1").arg(error.httpStatus);
    if (!error.category.isEmpty())
        details << QStringLiteral("category %1").arg(error.category);
    if (!error.correlationId.isEmpty())
        details << QStringLiteral("correlationId %1").arg(error.correlationId);
    if (!details.isEmpty())
        m_err << "  (" << details.join(QStringLiteral(", ")) << ")" << Qt::endl;
    if (!error.message.isEmpty() && !error.userMessage().contains(error.message))
        m_err << "  HubSpot said: " << error.message << Qt::endl;
    for (const FieldError &field : error.fieldErrors) {
        m_err << "  " << (field.in.isEmpty() ? QStringLiteral("(request)") : field.in) << ": "
              << field.message << Qt::endl;
    }
}

} // namespace es
