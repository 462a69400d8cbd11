// hubspot-sandbox: a local HubSpot-compatible server for tests, CI and first-run users.
#include "exportmanager.h"
#include "faults.h"
#include "httpserver.h"
#include "ratelimiter.h"
#include "sandboxclock.h"
#include "sandboxservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};
constexpr char kRecordBodiesVariable[] = "ES_SANDBOX_RECORD_BODIES";

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "hubspot-sandbox: %s\n", qPrintable(message));
    std::exit(2);
}

qint64 number(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        die(QStringLiteral("--%1 must be a whole number from %2 to %3, got \"%4\".")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(parser.value(name)));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubspot-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPORTSTUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local HubSpot-compatible server for Export Studio's tests, CI and "
                       "first runs. It listens on 127.0.0.1 only and prints\n"
                       "\"listening on http://127.0.0.1:PORT\" as its first line.\n\n") +
        sandbox::faultRuleHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const auto opt = [&](const QString &name, const QString &help, const QString &valueName,
                         const QString &fallback = {}) {
        parser.addOption(QCommandLineOption(name, help, valueName, fallback));
    };
    opt(QStringLiteral("port"), QStringLiteral("API port (0 = a free port)."), QStringLiteral("N"),
        QStringLiteral("0"));
    opt(QStringLiteral("download-port"),
        QStringLiteral("Port of the download origin (0 = a free port)."), QStringLiteral("N"),
        QStringLiteral("0"));
    opt(QStringLiteral("token"), QStringLiteral("The one bearer token accepted."),
        QStringLiteral("T"), QStringLiteral("sandbox-token"));
    opt(QStringLiteral("seed"), QStringLiteral("Dataset seed."), QStringLiteral("N"),
        QStringLiteral("42"));
    opt(QStringLiteral("contacts"), QStringLiteral("Number of contacts."), QStringLiteral("N"),
        QStringLiteral("500"));
    opt(QStringLiteral("companies"), QStringLiteral("Number of companies."), QStringLiteral("N"),
        QStringLiteral("100"));
    opt(QStringLiteral("deals"), QStringLiteral("Number of deals."), QStringLiteral("N"),
        QStringLiteral("200"));
    opt(QStringLiteral("tickets"), QStringLiteral("Number of tickets."), QStringLiteral("N"),
        QStringLiteral("100"));
    opt(QStringLiteral("clock-speed"),
        QStringLiteral("Export processing and link expiry run X times faster (0 freezes the "
                       "clock; move it with POST /__sandbox/clock/advance)."),
        QStringLiteral("X"), QStringLiteral("1"));
    opt(QStringLiteral("zip-threshold"), QStringLiteral("CSV files above this size are zipped."),
        QStringLiteral("BYTES"), QStringLiteral("2097152"));
    opt(QStringLiteral("row-cap"), QStringLiteral("Rows per CSV/XLSX file before splitting."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    opt(QStringLiteral("xls-row-cap"), QStringLiteral("Rows per XLS file before splitting."),
        QStringLiteral("N"), QStringLiteral("65535"));
    opt(QStringLiteral("max-groups"), QStringLiteral("Most filterGroups accepted."),
        QStringLiteral("N"), QStringLiteral("3"));
    opt(QStringLiteral("max-filters"), QStringLiteral("Most filters per group accepted."),
        QStringLiteral("N"), QStringLiteral("3"));
    opt(QStringLiteral("quota"), QStringLiteral("Exports allowed per rolling 24 hours."),
        QStringLiteral("N"), QStringLiteral("30"));
    opt(QStringLiteral("rate-limit"), QStringLiteral("API requests allowed per 10 seconds."),
        QStringLiteral("N"), QStringLiteral("100"));
    opt(QStringLiteral("portal-id"), QStringLiteral("Portal id named in 403 messages."),
        QStringLiteral("N"), QStringLiteral("20240601"));
    opt(QStringLiteral("api-versions"),
        QStringLiteral("The API versions served, comma-separated (%1); paths of the others "
                       "answer 404 with HubSpot's error body, like a portal that does not have "
                       "a version yet.")
            .arg(es::ApiVersions::namesList()),
        QStringLiteral("LIST"), es::ApiVersions::namesList().remove(u' '));
    opt(QStringLiteral("search-rate-limit"),
        QStringLiteral("CRM search requests allowed per second (HubSpot: about 4)."),
        QStringLiteral("N"), QStringLiteral("4"));
    parser.addOption(QCommandLineOption(QStringLiteral("fault"),
                                        QStringLiteral("A fault rule (repeatable; see above)."),
                                        QStringLiteral("RULE")));
    opt(QStringLiteral("data-dir"),
        QStringLiteral("Where export files are written (default: a temporary folder removed "
                       "at exit)."),
        QStringLiteral("DIR"));
    opt(QStringLiteral("record-bodies"),
        QStringLiteral("Append each API request body, with its method and path, to "
                       "DIR/bodies-PID.jsonl for a schema check (default: $%1).")
            .arg(QLatin1String(kRecordBodiesVariable)),
        QStringLiteral("DIR"));
    parser.addOption(QCommandLineOption(QStringLiteral("verbose"),
                                        QStringLiteral("Log each request to stderr.")));
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        die(QStringLiteral("unexpected argument \"%1\"; see --help.")
                .arg(parser.positionalArguments().first()));

    sandbox::DatasetOptions datasetOptions;
    datasetOptions.seed =
        static_cast<quint64>(number(parser, QStringLiteral("seed"), 0, LLONG_MAX));
    datasetOptions.contacts = int(number(parser, QStringLiteral("contacts"), 0, 10'000'000));
    datasetOptions.companies = int(number(parser, QStringLiteral("companies"), 0, 10'000'000));
    datasetOptions.deals = int(number(parser, QStringLiteral("deals"), 0, 10'000'000));
    datasetOptions.tickets = int(number(parser, QStringLiteral("tickets"), 0, 10'000'000));

    bool speedOk = false;
    const double clockSpeed = parser.value(QStringLiteral("clock-speed")).toDouble(&speedOk);
    if (!speedOk || clockSpeed < 0 || clockSpeed > 1e6)
        die(QStringLiteral("--clock-speed must be a number ≥ 0, got \"%1\".")
                .arg(parser.value(QStringLiteral("clock-speed"))));

    sandbox::FaultBook faults;
    for (const QString &text : parser.values(QStringLiteral("fault"))) {
        QString error;
        const auto rule = sandbox::parseFaultRule(text, &error);
        if (!rule)
            die(error);
        faults.add(*rule);
    }

    std::unique_ptr<QTemporaryDir> temporaryDir;
    QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty()) {
        temporaryDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                       QStringLiteral("/hubspot-sandbox-XXXXXX"));
        if (!temporaryDir->isValid())
            die(QStringLiteral("cannot create a temporary folder: %1")
                    .arg(temporaryDir->errorString()));
        dataDir = temporaryDir->path();
    } else if (!QDir().mkpath(dataDir)) {
        die(QStringLiteral("cannot create --data-dir \"%1\".").arg(dataDir));
    }
    dataDir = QDir(dataDir).absolutePath();

    const sandbox::Dataset dataset(datasetOptions);
    sandbox::SandboxClock clock(clockSpeed);

    sandbox::ExportManager::Settings exportSettings;
    exportSettings.dailyQuota = int(number(parser, QStringLiteral("quota"), 0, 1'000'000));
    exportSettings.render.zipThreshold =
        number(parser, QStringLiteral("zip-threshold"), 0, LLONG_MAX);
    exportSettings.render.rowCap = int(number(parser, QStringLiteral("row-cap"), 1, INT_MAX));
    exportSettings.render.xlsRowCap = int(number(parser, QStringLiteral("xls-row-cap"), 1, 65535));
    exportSettings.render.outputDir = dataDir;

    sandbox::ServiceConfig config;
    config.token = parser.value(QStringLiteral("token"));
    if (config.token.isEmpty())
        die(QStringLiteral("--token must not be empty."));
    config.limits.maxFilterGroups = int(number(parser, QStringLiteral("max-groups"), 0, 1000));
    config.limits.maxFiltersPerGroup = int(number(parser, QStringLiteral("max-filters"), 0, 1000));
    config.portalId = number(parser, QStringLiteral("portal-id"), 1, LLONG_MAX);
    config.searchPerSecond = int(number(parser, QStringLiteral("search-rate-limit"), 1, 1'000'000));
    config.apiVersions.clear();
    for (const QString &name :
         parser.value(QStringLiteral("api-versions")).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<es::ApiVersion> version = es::ApiVersions::fromName(name);
        if (!version)
            die(QStringLiteral("--api-versions: unknown version \"%1\"; use %2.")
                    .arg(name.trimmed(), es::ApiVersions::namesList()));
        if (!config.apiVersions.contains(*version))
            config.apiVersions.append(*version);
    }
    if (config.apiVersions.isEmpty())
        die(QStringLiteral("--api-versions needs at least one of %1.")
                .arg(es::ApiVersions::namesList()));
    config.dataDir = dataDir;
    config.verbose = parser.isSet(QStringLiteral("verbose"));
    // The environment variable reaches a sandbox however a test starts it (its own QProcess, the
    // desktop app's SandboxProcess, ...), so one setting in the test runner covers them all.
    QString recordDir = parser.value(QStringLiteral("record-bodies"));
    if (recordDir.isEmpty())
        recordDir = qEnvironmentVariable(kRecordBodiesVariable);
    sandbox::BodyRecorder recorder;
    if (!recordDir.isEmpty()) {
        QString error;
        if (!recorder.open(recordDir, &error))
            die(error);
        config.recorder = &recorder;
    }
    sandbox::RateLimiter rateLimiter(
        int(number(parser, QStringLiteral("rate-limit"), 1, 1'000'000)), 10'000);

    // Scope: the servers stop (and their threads finish) before the state they call into goes.
    int exitCode = 0;
    {
        sandbox::ExportManager exports(dataset, clock, exportSettings);
        sandbox::SandboxService service(dataset, clock, exports, faults, rateLimiter, config);
        sandbox::HttpServer api(
            [&](const sandbox::HttpRequest &r) { return service.handleApi(r); });
        sandbox::HttpServer downloads(
            [&](const sandbox::HttpRequest &r) { return service.handleDownload(r); });
        QString error;
        if (!api.listen(quint16(number(parser, QStringLiteral("port"), 0, 65535)), &error))
            die(error);
        if (!downloads.listen(quint16(number(parser, QStringLiteral("download-port"), 0, 65535)),
                              &error))
            die(error);
        service.setPorts(api.port(), downloads.port());

        std::printf("listening on http://127.0.0.1:%u\n", unsigned(api.port()));
        std::printf("downloads on http://127.0.0.1:%u\n", unsigned(downloads.port()));
        std::fflush(stdout);

        // Signals end the event loop through a pipe: the handler itself does nothing unsafe.
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
            die(QStringLiteral("cannot create the signal pipe."));
        QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = &onSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        std::signal(SIGPIPE, SIG_IGN);

        // Exports move on the clock even when nobody polls.
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &app, [&] { exports.tick(); });
        ticker.start(20);

        exitCode = QCoreApplication::exec();
        ticker.stop();
        sandbox::beginShutdown();
        api.stop();
        downloads.stop();
    }
    std::printf("stopped\n");
    std::fflush(stdout);
    return exitCode;
}
