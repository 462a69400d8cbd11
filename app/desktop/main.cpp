// Export Studio's desktop application: builds the services, the window, and runs.
#include "common/icons.h"
#include "common/noticebar.h"
#include "common/translationloader.h"
#include "main/appcontext.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"
#include "presets/presetscontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUrl>
#include <hubspot/sandboxprocess.h>
#include <model/preset.h>
#include <storage/instanceguard.h>
#include <storage/paths.h>
#include <storage/presetstore.h>
#include <storage/settings.h>
#include <transfer/exportqueue.h>

// One stderr line per job state and per preset run, for people who start the app from a
// terminal (and for the crash-recovery test, which waits for them instead of sleeping).
Q_LOGGING_CATEGORY(lcDesktop, "es.desktop", QtInfoMsg)

namespace {

// The exit code for a bad command line, as export-studio-cli's.
constexpr int UsageExitCode = 2;

// How --run-preset values travel to a running instance next to the preset files it opens.
const QString RunPresetPrefix = QStringLiteral("--run-preset=");

// A saved preset by id or name, or a preset file: the file's preset when it is already saved
// unchanged under its name (running the same file every week must not pile up copies), else
// imported. Empty, with `problem`, when there is nothing to run.
QString presetIdFor(es::MainWindowController &controller, const QString &value, QString *problem)
{
    es::PresetStore *store = controller.context()->presets();
    const QFileInfo file(value);
    if (file.isFile()) {
        QFile f(file.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly)) {
            const auto decoded = es::PresetCodec::fromBytes(f.readAll());
            for (const es::Preset &saved : store->list()) {
                if (decoded.ok() && saved.name == decoded.preset.name &&
                    saved.request == decoded.preset.request)
                    return saved.id;
            }
        }
        const QStringList ids =
            controller.presetsController()->importFiles({file.absoluteFilePath()});
        if (ids.isEmpty())
            *problem = QApplication::translate("main", "The preset file %1 could not be imported, "
                                                       "so it was not run.")
                           .arg(file.absoluteFilePath());
        return ids.value(0);
    }
    if (store->contains(value))
        return value;
    const QList<es::Preset> presets = store->list();
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const es::Preset &preset : presets) {
            if (preset.name.compare(value, cs) == 0)
                return preset.id;
        }
    }
    *problem = QApplication::translate("main", "There is no preset named “%1” and no such file, "
                                               "so nothing was run. Check the name in Presets.")
                   .arg(value);
    return {};
}

void runPresets(es::MainWindowController &controller, const QStringList &values)
{
    for (const QString &value : values) {
        QString problem;
        const QString presetId = presetIdFor(controller, value, &problem);
        if (presetId.isEmpty()) {
            qCWarning(lcDesktop).noquote() << problem;
            controller.window()->noticeBar()->showNotice(es::NoticeBar::Kind::Problem, problem);
            continue;
        }
        if (controller.runPreset(presetId))
            qCInfo(lcDesktop).noquote() << "queued preset" << presetId;
        else
            qCWarning(lcDesktop).noquote() << "preset" << presetId << "could not run";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    es::Paths::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(EXPORTSTUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.exportstudio.ExportStudio"));
    QApplication::setWindowIcon(es::Icons::icon(es::Icons::Id::AppIcon));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Export HubSpot CRM records through the Exports API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start on the built-in sandbox (made-up data)."));
    parser.addOption(sandboxOption);
    const QCommandLineOption sandboxUrlOption(
        QStringLiteral("sandbox-url"),
        QApplication::translate("main",
                                "Use a hubspot-sandbox you started yourself at <url> (its own "
                                "port, faults or clock) as the sandbox account instead of the "
                                "built-in one. Its exports outlive Export Studio, so a restart "
                                "with the same --sandbox-url carries on with them. Implies "
                                "--sandbox."),
        QStringLiteral("url"));
    parser.addOption(sandboxUrlOption);
    const QCommandLineOption runPresetOption(
        QStringLiteral("run-preset"),
        QApplication::translate(
            "main", "Queue the saved preset <name> (or import the preset file and queue it) on "
                    "the current account once Export Studio is ready, as a double-click in "
                    "Presets does. Repeatable. With Export Studio already running, the running "
                    "window queues it."),
        QStringLiteral("name"));
    parser.addOption(runPresetOption);
    const QCommandLineOption newInstanceOption(
        QStringLiteral("new-instance"),
        QApplication::translate("main", "Start a separate instance even if one is running "
                                        "(for testing)."));
    parser.addOption(newInstanceOption);
    parser.addPositionalArgument(
        QStringLiteral("preset"),
        QApplication::translate("main", "Preset files (.json) to import and open."),
        QStringLiteral("[preset.json…]"));
    parser.process(app);

    QUrl sandboxUrl;
    if (parser.isSet(sandboxUrlOption)) {
        sandboxUrl = QUrl::fromUserInput(parser.value(sandboxUrlOption));
        if (!sandboxUrl.isValid() || sandboxUrl.host().isEmpty() ||
            !sandboxUrl.scheme().startsWith(QLatin1String("http"))) {
            qCritical("%s", qPrintable(QApplication::translate(
                                "main", "--sandbox-url needs an address such as "
                                        "http://127.0.0.1:8765 (what hubspot-sandbox "
                                        "prints as “listening on”).")));
            return UsageExitCode;
        }
    }
    // Preset files are named for this process's working folder; a running instance has another.
    QStringList runValues;
    for (const QString &value : parser.values(runPresetOption)) {
        const QFileInfo file(value);
        runValues << (file.isFile() ? file.absoluteFilePath() : value);
    }

    // One instance per user: a second launch hands its preset files to the first and leaves.
    es::InstanceGuard guard;
    if (!parser.isSet(newInstanceOption)) {
        switch (guard.claim()) {
        case es::InstanceGuard::Role::Secondary: {
            QObject::connect(&guard, &es::InstanceGuard::forwarded, &app,
                             [](bool ok, const QString &message) {
                                 if (!ok)
                                     qCritical("%s", qPrintable(message));
                                 QCoreApplication::exit(ok ? 0 : 1);
                             });
            QStringList forwarded = parser.positionalArguments();
            for (const QString &value : std::as_const(runValues))
                forwarded << RunPresetPrefix + value;
            guard.forward(forwarded);
            return app.exec();
        }
        case es::InstanceGuard::Role::Standalone:
            qWarning("%s", qPrintable(guard.errorString()));
            break;
        case es::InstanceGuard::Role::Primary:
            break;
        }
    }

    // Outlive the context: its queue may still signal while it goes.
    QHash<QString, es::JobState> loggedStates;
    QStringList pendingRuns = runValues;

    // The context puts the proxy from the settings on this manager before any request.
    QNetworkAccessManager network;
    es::AppContext context(&network, es::AppContext::Options{});
    // Before the window is built: widgets take their texts when they are made.
    es::TranslationLoader translations;
    translations.install(context.settings()->uiLanguage());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Export Studio"));
    if (sandboxUrl.isValid())
        context.sandbox()->setExternalApiBase(sandboxUrl);
    const bool wantsSandbox = parser.isSet(sandboxOption) || sandboxUrl.isValid();

    es::MainWindowController controller(&context);

    // Job states as they change (persisted before they are announced).
    const auto logJob = [&context, &loggedStates](const QString &jobId) {
        const std::optional<es::JobInfo> job = context.queue()->job(jobId);
        if (!job || (loggedStates.contains(jobId) && loggedStates.value(jobId) == job->state))
            return;
        loggedStates.insert(jobId, job->state);
        QString text = QStringLiteral("job %1 “%2”: %3")
                           .arg(jobId, job->request.exportName, es::toString(job->state));
        if (job->state == es::JobState::Failed)
            text += QStringLiteral(" - ") + job->error.message;
        qCInfo(lcDesktop).noquote() << text;
    };
    QObject::connect(context.queue(), &es::ExportQueue::jobAdded, &context, logJob);
    QObject::connect(context.queue(), &es::ExportQueue::jobChanged, &context, logJob);

    // --run-preset waits for the restored queue and, with the sandbox, for its account.
    const auto runPending = [&] {
        if (pendingRuns.isEmpty() || !context.isReady() ||
            (wantsSandbox && !context.sandbox()->isRunning()))
            return;
        const QStringList values = std::exchange(pendingRuns, {});
        runPresets(controller, values);
    };
    QObject::connect(
        &context, &es::AppContext::ready, &context,
        [&] {
            int unfinished = 0;
            for (const es::JobInfo &job : context.queue()->jobs())
                unfinished += es::isFinished(job.state) ? 0 : 1;
            qCInfo(lcDesktop) << "ready:" << unfinished << "unfinished exports picked up";
            runPending();
        },
        Qt::QueuedConnection);
    QObject::connect(&context, &es::AppContext::sandboxStarted, &context, runPending,
                     Qt::QueuedConnection);
    QObject::connect(&guard, &es::InstanceGuard::activationRequested, &controller,
                     [&](const QStringList &arguments) {
                         QStringList others;
                         for (const QString &argument : arguments) {
                             if (argument.startsWith(RunPresetPrefix))
                                 pendingRuns << argument.mid(RunPresetPrefix.size());
                             else
                                 others << argument;
                         }
                         controller.activate(others);
                         runPending();
                     });
    controller.window()->show();
    context.start();

    if (wantsSandbox)
        context.startSandbox();
    if (!parser.positionalArguments().isEmpty())
        qCInfo(lcDesktop) << "opening" << parser.positionalArguments().size() << "preset files";
    controller.openPresetFiles(parser.positionalArguments());
    return app.exec();
}
