// `export` and `resume`: the ExportQueue, headless.

#include "clicontext.h"
#include "commands.h"
#include "engine/engine.h"
#include "model/preset.h"
#include "model/requestcodec.h"
#include "model/validation.h"
#include "requestinput.h"
#include "schedule/scheduleplanner.h"
#include "storage/paths.h"
#include "storage/presetstore.h"
#include "storage/settings.h"
#include "transfer/exportqueue.h"
#include "transfer/jobstore.h"
#include "vault/vaultmanager.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace es {

namespace {

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString stateLabel(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Starting:
        return QStringLiteral("starting");
    case JobState::Pending:
        return QStringLiteral("pending at HubSpot");
    case JobState::Processing:
        return QStringLiteral("processing at HubSpot");
    case JobState::Downloading:
        return QStringLiteral("downloading");
    case JobState::Unpacking:
        return QStringLiteral("unpacking");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

QJsonObject summary(const JobInfo &job)
{
    QJsonObject o;
    o[u"jobId"] = job.id;
    o[u"exportName"] = job.request.exportName;
    o[u"accountId"] = job.accountId;
    o[u"taskId"] = job.taskId;
    o[u"state"] = toString(job.state);
    o[u"recordCount"] = job.recordCount;
    // The completeness check: data rows in the files (-1: not counted), HubSpot's count above,
    // the count before the start (-1: none was made).
    o[u"rowsInFiles"] = job.completeness.rowsInFiles;
    o[u"countedBefore"] = job.options.countedBefore;
    if (const QString said = job.completeness.describe(); !said.isEmpty())
        o[u"completeness"] = said;
    QJsonArray files;
    for (const JobFile &f : job.files)
        files.append(
            QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size}});
    o[u"files"] = files;
    QJsonObject times;
    for (auto it = job.msInState.cbegin(); it != job.msInState.cend(); ++it)
        times[toString(it.key())] = it.value();
    o[u"msInState"] = times;
    if (!job.note.isEmpty())
        o[u"note"] = job.note;
    if (!job.error.isEmpty()) {
        o[u"error"] =
            QJsonObject{{QStringLiteral("message"), job.error.message},
                        {QStringLiteral("detail"), job.error.detail},
                        {QStringLiteral("exitCode"), CliContext::exitCodeFor(job.error.kind)}};
    }
    return o;
}

int exitCodeOf(const JobInfo &job)
{
    switch (job.state) {
    case JobState::Done:
        return Exit::Ok;
    case JobState::Canceled:
        return Exit::Interrupted;
    case JobState::Failed:
        return CliContext::exitCodeFor(job.error.kind);
    default:
        return Exit::Failure;
    }
}

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Give up on a HubSpot API request that gets no answer for "
                                     "SECONDS (then retried like a dropped connection; default "
                                     "30, or EXPORT_STUDIO_TIMEOUT)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("stall-timeout"),
                      QStringLiteral("Treat a download that receives nothing for SECONDS as "
                                     "dropped and resume it (default 60, or "
                                     "EXPORT_STUDIO_STALL_TIMEOUT)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print a JSON summary on stdout instead of the file paths.")});
    parser.addOption({QStringLiteral("wait"),
                      QStringLiteral("When the daily export limit is reached, wait for the next "
                                     "slot instead of leaving the job queued (exit 3).")});
    QCommandLineOption initial(QStringLiteral("poll-initial-ms"),
                               QStringLiteral("First status poll interval."), QStringLiteral("MS"));
    initial.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption max(QStringLiteral("poll-max-ms"),
                           QStringLiteral("Longest status poll interval."), QStringLiteral("MS"));
    max.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(initial);
    parser.addOption(max);
}

struct Timeouts
{
    int apiMs = 30000;
    int stallMs = 60000;
};

// --timeout / --stall-timeout, else their environment variables, else the defaults. False
// (usage error printed) when a value is not a whole number of seconds from 1 to 3600.
bool readTimeouts(CliContext &cli, const QCommandLineParser &parser, const QString &command,
                  Timeouts *timeouts)
{
    const auto read = [&](const QString &option, const char *env, int *ms) {
        QString text;
        QString from;
        if (parser.isSet(option)) {
            text = parser.value(option);
            from = QStringLiteral("--") + option;
        } else if (qEnvironmentVariableIsSet(env)) {
            text = qEnvironmentVariable(env);
            from = QString::fromLatin1(env);
        } else {
            return true;
        }
        bool ok = false;
        const int seconds = text.trimmed().toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            cli.usageError(QStringLiteral("%1 must be a whole number of seconds from 1 to 3600, "
                                          "got “%2”.")
                               .arg(from, text),
                           command);
            return false;
        }
        *ms = seconds * 1000;
        return true;
    };
    return read(QStringLiteral("timeout"), "EXPORT_STUDIO_TIMEOUT", &timeouts->apiMs) &&
           read(QStringLiteral("stall-timeout"), "EXPORT_STUDIO_STALL_TIMEOUT", &timeouts->stallMs);
}

// One run of the queue for the CLI: owns the engine on the state folder, prints progress on
// stderr, and ends the command when every watched job has finished.
class QueueSession : public QObject
{
public:
    QueueSession(CliContext &cli, const QCommandLineParser &parser, const Timeouts &timeouts)
        : QObject(&cli)
        , m_cli(cli)
        , m_json(parser.isSet(QStringLiteral("json")))
        , m_wait(parser.isSet(QStringLiteral("wait")))
    {
        m_engine = new Engine(
            Paths::stateDir(), cli.network(),
            [this, timeouts](const QString &accountId) -> HubSpotClient * {
                const auto it = m_targets.constFind(accountId);
                if (it == m_targets.cend())
                    return nullptr;
                HubSpotClient *client = m_cli.clientFor(*it);
                client->setTransferTimeoutMs(timeouts.apiMs);
                return client;
            },
            this);
        m_queue = m_engine->queue();
        DownloadOptions download;
        download.stallTimeout = std::chrono::milliseconds(timeouts.stallMs);
        m_queue->setDownloadOptions(download);
        PollPolicy poll;
        if (parser.isSet(QStringLiteral("poll-initial-ms"))) {
            // Tests set one interval: it is the fast phase's too, as before that phase existed.
            poll.initialMs = std::max(1, parser.value(QStringLiteral("poll-initial-ms")).toInt());
            poll.fastMs = poll.initialMs;
            poll.fastPolls = 1;
        }
        if (parser.isSet(QStringLiteral("poll-max-ms")))
            poll.maxMs =
                std::max(poll.initialMs, parser.value(QStringLiteral("poll-max-ms")).toInt());
        m_queue->setPollPolicy(poll);
        connect(m_queue, &ExportQueue::jobChanged, this,
                [this](const QString &id) { onChanged(id); });
        connect(m_queue, &ExportQueue::jobFinished, this,
                [this](const QString &id) { onFinished(id); });
        VaultManager *vaults = m_engine->vaults();
        connect(vaults, &VaultManager::ingestStarted, this,
                [this](const QString &, const QString &name) {
                    m_cli.note(QStringLiteral("%1: keeping the run in the history").arg(name));
                });
        connect(vaults, &VaultManager::ingestProgress, this, [this](const QString &, qint64 rows) {
            m_cli.note(QStringLiteral("history: %1 rows").arg(rows));
        });
        connect(vaults, &VaultManager::ingestFinished, this,
                [this](const QString &, bool ok, const VaultRun &run, const QString &message) {
                    if (ok) {
                        m_cli.note(QStringLiteral("history: run %1 (%2): %3 rows, %4 added, %5 "
                                                  "changed, %6 removed")
                                       .arg(run.id)
                                       .arg(toString(run.kind))
                                       .arg(run.rows)
                                       .arg(run.added)
                                       .arg(run.changed)
                                       .arg(run.removed));
                    } else {
                        m_historyFailed = true;
                        m_cli.note(QStringLiteral("export-studio-cli: ") + message);
                    }
                    checkDone();
                });
        connect(vaults, &VaultManager::problem, this, [this](const QString &message) {
            m_cli.note(QStringLiteral("export-studio-cli: ") + message);
        });
        cli.watchSignals([this] { onInterrupt(); });
        // Runs a killed process left on their way into the history are finished first.
        m_pendingIngests = vaults->resumePending();
    }

    Engine *engine() const { return m_engine; }
    int pendingIngests() const { return m_pendingIngests; }

    ExportQueue *queue() const { return m_queue; }
    JobStore &store() { return *m_engine->jobStore(); }
    void addTarget(const Target &target) { m_targets.insert(target.accountId, target); }
    void watch(const QString &jobId) { m_watched.insert(jobId); }

    // Ends at once when there is nothing to wait for.
    void checkDone()
    {
        if (!m_engine || m_engine->vaults()->isBusy() || m_starting > 0)
            return;
        for (const QString &id : std::as_const(m_watched)) {
            const auto job = m_queue->job(id);
            if (job && !isFinished(job->state))
                return;
        }
        finishRun();
    }

private:
    void onChanged(const QString &id)
    {
        if (!m_watched.contains(id))
            return;
        const auto job = m_queue->job(id);
        if (!job)
            return;
        const QString name = job->request.exportName;
        const QString remark = job->state == JobState::Queued ? job->waitingReason : job->note;
        const bool remarkChanged = !remark.isEmpty() && remark != m_lastRemark.value(id);
        m_lastRemark.insert(id, remark);
        if (m_lastState.value(id, JobState(-1)) != job->state) {
            m_lastState.insert(id, job->state);
            QString line = QStringLiteral("%1: %2").arg(name, stateLabel(job->state));
            if (!job->taskId.isEmpty() &&
                (job->state == JobState::Pending || job->state == JobState::Processing))
                line += QStringLiteral(" (export %1)").arg(job->taskId);
            if (remarkChanged)
                line += QStringLiteral(" — ") + remark;
            m_cli.note(line);
        } else if (remarkChanged) {
            m_cli.note(QStringLiteral("%1: %2").arg(name, remark));
        }
        if (job->state == JobState::Downloading && job->bytesReceived > 0) {
            QElapsedTimer &timer = m_progressTimers[id];
            if (!timer.isValid() || timer.elapsed() >= 1000) {
                timer.start();
                m_cli.note(job->bytesTotal > 0 ? QStringLiteral("%1: %2 of %3")
                                                     .arg(name, humanBytes(job->bytesReceived),
                                                          humanBytes(job->bytesTotal))
                                               : QStringLiteral("%1: %2").arg(
                                                     name, humanBytes(job->bytesReceived)));
            }
        }
        if (job->state == JobState::Queued && job->nextSlot.isValid() && !m_wait) {
            m_cli.note(QStringLiteral("export-studio-cli: %1: the daily export limit is reached; "
                                      "the job stays queued. Run `export-studio-cli resume` after "
                                      "%2, or pass --wait.")
                           .arg(name, QLocale().toString(job->nextSlot.toLocalTime(),
                                                         QLocale::ShortFormat)));
            m_quotaBlocked = true;
            finishRun();
        }
    }

    void onFinished(const QString &id)
    {
        if (!m_watched.contains(id))
            return;
        const auto job = m_queue->job(id);
        if (job && job->state == JobState::Failed) {
            m_cli.note(QStringLiteral("export-studio-cli: %1: %2")
                           .arg(job->request.exportName, job->error.message));
        }
        checkDone();
    }

    void onInterrupt()
    {
        m_cli.note(QStringLiteral("export-studio-cli: interrupted. Unfinished jobs stay resumable: "
                                  "run `export-studio-cli resume` to finish them."));
        // Jobs stop without a state change: the next run carries on from the store.
        delete m_engine;
        m_engine = nullptr;
        m_queue = nullptr;
    }

    void finishRun()
    {
        if (m_cli.isFinished() || !m_queue)
            return;
        int code = Exit::Ok;
        QJsonArray jobs;
        for (const JobInfo &job : m_queue->jobs()) {
            if (!m_watched.contains(job.id))
                continue;
            QJsonObject entry = summary(job);
            if (m_runDue) {
                entry.insert(QStringLiteral("preset"), m_presetOfJob.value(job.id));
                if (!m_json)
                    m_cli.printLine(QStringList{m_presetOfJob.value(job.id), job.id,
                                                toString(job.state),
                                                QString::number(job.recordCount)}
                                        .join(u'\t'));
            }
            jobs.append(entry);
            if (!m_json && !m_runDue) {
                for (const JobFile &file : job.files)
                    m_cli.printLine(file.path);
            }
            const int jobCode = isFinished(job.state) ? exitCodeOf(job)
                                : m_quotaBlocked      ? Exit::HubSpot
                                                      : Exit::Failure;
            if (code == Exit::Ok)
                code = jobCode;
        }
        if (code == Exit::Ok && m_historyFailed)
            code = Exit::Disk;
        if (m_json && m_runDue) {
            m_cli.out() << QJsonDocument(jobs).toJson(QJsonDocument::Indented);
        } else if (m_json) {
            const QJsonDocument doc =
                jobs.size() == 1 && m_single
                    ? QJsonDocument(jobs.first().toObject())
                    : QJsonDocument(QJsonObject{{QStringLiteral("jobs"), jobs}});
            m_cli.out() << doc.toJson(QJsonDocument::Indented);
        }
        m_cli.finish(code);
    }

public:
    bool m_single = false;
    // run-due: the preset of each job (for the summary) and the runs still being planned.
    bool m_runDue = false;
    QHash<QString, QString> m_presetOfJob;
    int m_starting = 0;

private:
    CliContext &m_cli;
    Engine *m_engine = nullptr;
    ExportQueue *m_queue = nullptr; // m_engine's, nullptr once interrupted
    QHash<QString, Target> m_targets;
    QSet<QString> m_watched;
    QHash<QString, JobState> m_lastState;
    QHash<QString, QString> m_lastRemark;
    QHash<QString, QElapsedTimer> m_progressTimers;
    bool m_json;
    bool m_wait;
    bool m_quotaBlocked = false;
    bool m_historyFailed = false;
    int m_pendingIngests = 0;
};

} // namespace

int runExport(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start a HubSpot CRM export, wait for it, download it and unpack it.\n\n"
                       "Prints the absolute path of every saved file on stdout (a JSON summary "
                       "with --json); progress goes to stderr.\n\n"
                       "Exit codes: 0 done; 2 usage or validation; 3 HubSpot refused (or the "
                       "daily export limit is reached: the job stays queued); 4 network still "
                       "failing after the retries; 5 local file or disk problem; 130 interrupted "
                       "(the job stays resumable: `export-studio-cli resume`)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    parser.addOption({QStringLiteral("request"),
                      QStringLiteral("The request body as HubSpot's docs show it (JSON; - reads "
                                     "stdin)."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("preset"),
                      QStringLiteral("A saved preset (name or id) or a preset file."),
                      QStringLiteral("NAME_OR_FILE")});
    CliContext::addTargetOptions(parser);
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Save the files in DIR (default: the Downloads folder)."),
                      QStringLiteral("DIR")});
    CliContext::addStateDirOption(parser);
    parser.addOption({QStringLiteral("keep-zip"),
                      QStringLiteral("Keep the zip HubSpot sent beside the unpacked files.")});
    parser.addOption({QStringLiteral("no-unzip"),
                      QStringLiteral("Save a zip as it came, without unpacking it.")});
    parser.addOption({QStringLiteral("full"),
                      QStringLiteral("A preset that keeps a history and runs incrementally runs "
                                     "in full this time (and notices deleted records).")});
    addRunOptions(parser);
    if (!parser.parse(args)) {
        cli.usageError(parser.errorText(), QStringLiteral("export"));
        return Exit::Later;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        return Exit::Ok;
    }
    if (parser.isSet(QStringLiteral("request")) == parser.isSet(QStringLiteral("preset"))) {
        cli.usageError(QStringLiteral("Give exactly one of --request FILE.json or --preset NAME."),
                       QStringLiteral("export"));
        return Exit::Later;
    }
    cli.applyStateDir(parser);
    Timeouts timeouts;
    if (!readTimeouts(cli, parser, QStringLiteral("export"), &timeouts))
        return Exit::Later;

    ExportRequest request;
    QString presetId;
    std::optional<Preset> saved;
    if (!readRequest(cli, parser, &request, &presetId, &saved))
        return Exit::Later;
    const bool forceFull = parser.isSet(QStringLiteral("full"));

    ExportOptions options;
    options.downloadDir =
        QDir(parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                 : Paths::defaultDownloadDir())
            .absolutePath();
    options.unzip = !parser.isSet(QStringLiteral("no-unzip"));
    options.keepZip = parser.isSet(QStringLiteral("keep-zip"));
    QString dirError;
    if (!Paths::ensureDir(options.downloadDir, &dirError)) {
        cli.note(QStringLiteral("export-studio-cli: %1").arg(dirError));
        cli.finish(Exit::Disk);
        return Exit::Later;
    }

    auto *session = new QueueSession(cli, parser, timeouts);
    session->m_single = true;
    cli.resolveTarget(parser, [&cli, session, request, options, presetId, saved,
                               forceFull](const Target &target) {
        session->addTarget(target);
        // A run started by hand counts for the preset's schedule: run-due does not repeat it.
        if (!presetId.isEmpty())
            PresetStore(Paths::presetsDir()).markRun(presetId);
        if (!saved || !saved->history.keep) {
            const QString id =
                session->queue()->enqueue(target.accountId, request, options, presetId);
            session->watch(id);
            cli.note(QStringLiteral("%1: queued as job %2").arg(request.exportName, id));
            return;
        }
        // A history preset: the engine plans the run (record id, incremental filter).
        session->engine()->vaults()->runPreset(
            target.accountId, *saved, options, forceFull, Settings().validationLimits(),
            [&cli, session, request](const VaultManager::Started &started) {
                for (const QString &note : started.notes)
                    cli.note(QStringLiteral("%1: %2").arg(request.exportName, note));
                if (started.jobId.isEmpty()) {
                    cli.note(QStringLiteral("export-studio-cli: ") + started.error);
                    cli.finish(Exit::Disk);
                    return;
                }
                session->watch(started.jobId);
                cli.note(QStringLiteral("%1: queued as job %2 (%3 run)")
                             .arg(request.exportName, started.jobId, toString(started.kind)));
            });
    });
    return Exit::Later;
}

int runRunDue(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run every scheduled preset that is due now, once each (a run missed while "
        "the machine was off runs once, not once per missed slot), wait for them "
        "and print what ran: one line a run (preset, job, state, records), or a "
        "JSON array with --json. History presets are kept in the history, "
        "incrementally when the preset says so. Each run is recorded before it "
        "starts, so a second run-due right after runs nothing. The systemd timer "
        "(`export-studio-cli schedule install-timer`) runs this every 15 minutes.\n\n"
        "Exit codes as for `export`."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("run-due"), QStringLiteral("The command."));
    CliContext::addTargetOptions(parser);
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Save the files in DIR (default: the Downloads folder)."),
                      QStringLiteral("DIR")});
    CliContext::addStateDirOption(parser);
    addRunOptions(parser);
    if (!parser.parse(args)) {
        cli.usageError(parser.errorText(), QStringLiteral("run-due"));
        return Exit::Later;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        return Exit::Ok;
    }
    cli.applyStateDir(parser);
    Timeouts timeouts;
    if (!readTimeouts(cli, parser, QStringLiteral("run-due"), &timeouts))
        return Exit::Later;
    const bool json = parser.isSet(QStringLiteral("json"));

    PresetStore store(Paths::presetsDir());
    for (const PresetStore::Problem &problem : store.problems())
        cli.note(QStringLiteral("warning: %1").arg(problem.message));
    const QDateTime now = QDateTime::currentDateTime();
    QList<Preset> due;
    for (const ScheduledPreset &s :
         SchedulePlanner::due(SchedulePlanner::scheduled(store.list()), now)) {
        const std::optional<Preset> preset = store.find(s.presetId);
        if (!preset)
            continue;
        const QList<ValidationIssue> issues = validate(preset->request);
        if (hasErrors(issues)) {
            for (const ValidationIssue &issue : issues) {
                if (issue.isError())
                    cli.note(QStringLiteral("export-studio-cli: %1 is skipped: %2")
                                 .arg(preset->name, issue.message));
            }
            continue;
        }
        due.append(*preset);
    }
    if (due.isEmpty()) {
        cli.note(QStringLiteral("Nothing is due."));
        if (json)
            cli.out() << QJsonDocument(QJsonArray()).toJson();
        return Exit::Ok;
    }

    ExportOptions options;
    options.downloadDir =
        QDir(parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                 : Paths::defaultDownloadDir())
            .absolutePath();
    QString dirError;
    if (!Paths::ensureDir(options.downloadDir, &dirError)) {
        cli.note(QStringLiteral("export-studio-cli: %1").arg(dirError));
        return Exit::Disk;
    }

    auto *session = new QueueSession(cli, parser, timeouts);
    session->m_runDue = true;
    cli.resolveTarget(parser, [&cli, session, due, options, now](const Target &target) {
        session->addTarget(target);
        PresetStore presets(Paths::presetsDir());
        session->m_starting = int(due.size());
        for (const Preset &preset : due) {
            // Recorded before it starts: a second run-due (or the timer) does not start it
            // again, and a failing preset is tried at its next slot, not every 15 minutes.
            if (!presets.markRun(preset.id, now.toUTC())) {
                cli.note(QStringLiteral("export-studio-cli: ") + presets.lastError());
                cli.finish(Exit::Disk);
                return;
            }
            cli.note(QStringLiteral("%1: due (%2)").arg(preset.name, preset.schedule.toSpec()));
            if (!preset.history.keep) {
                const QString id =
                    session->queue()->enqueue(target.accountId, preset.request, options, preset.id);
                session->m_presetOfJob.insert(id, preset.name);
                session->watch(id);
                cli.note(QStringLiteral("%1: queued as job %2").arg(preset.name, id));
                --session->m_starting;
                continue;
            }
            session->engine()->vaults()->runPreset(
                target.accountId, preset, options, false, Settings().validationLimits(),
                [&cli, session, name = preset.name](const VaultManager::Started &started) {
                    --session->m_starting;
                    for (const QString &note : started.notes)
                        cli.note(QStringLiteral("%1: %2").arg(name, note));
                    if (started.jobId.isEmpty()) {
                        cli.note(
                            QStringLiteral("export-studio-cli: %1: %2").arg(name, started.error));
                    } else {
                        session->m_presetOfJob.insert(started.jobId, name);
                        session->watch(started.jobId);
                        cli.note(QStringLiteral("%1: queued as job %2 (%3 run)")
                                     .arg(name, started.jobId, toString(started.kind)));
                    }
                    session->checkDone();
                });
        }
        session->checkDone();
    });
    return Exit::Later;
}

int runResume(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Finish the exports an earlier run left unfinished (killed, interrupted "
                       "or waiting for quota), with the same HubSpot export: none is started "
                       "twice. Prints the saved files like `export`. Exit codes as for `export`."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("resume"), QStringLiteral("The command."));
    CliContext::addStateDirOption(parser);
    addRunOptions(parser);
    if (!parser.parse(args)) {
        cli.usageError(parser.errorText(), QStringLiteral("resume"));
        return Exit::Later;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        return Exit::Ok;
    }
    cli.applyStateDir(parser);
    Timeouts timeouts;
    if (!readTimeouts(cli, parser, QStringLiteral("resume"), &timeouts))
        return Exit::Later;

    auto *session = new QueueSession(cli, parser, timeouts);
    QList<JobInfo> unfinished;
    QStringList continuable; // failed locally (network, disk) but HubSpot's export is usable
    QSet<QString> accounts;
    for (const JobInfo &job : session->store().loadAll()) {
        const bool canContinue =
            job.state == JobState::Failed && job.resumeState && !job.taskId.isEmpty();
        if (!isFinished(job.state) || canContinue) {
            unfinished.append(job);
            accounts.insert(job.accountId);
            if (canContinue)
                continuable.append(job.id);
        }
    }
    if (unfinished.isEmpty() && session->pendingIngests() > 0) {
        cli.note(QStringLiteral("Keeping %1 finished run(s) in the history.")
                     .arg(session->pendingIngests()));
        session->checkDone();
        return Exit::Later;
    }
    if (unfinished.isEmpty()) {
        cli.note(QStringLiteral("Nothing to resume: every job has finished."));
        if (parser.isSet(QStringLiteral("json")))
            cli.out()
                << QJsonDocument(QJsonObject{{QStringLiteral("jobs"), QJsonArray()}}).toJson();
        return Exit::Ok;
    }
    // Every account's token first: a job must not fail for want of one.
    auto pending = std::make_shared<int>(int(accounts.size()));
    auto problems = std::make_shared<QStringList>();
    const auto proceed = [&cli, session, unfinished, continuable, pending, problems] {
        if (--*pending > 0)
            return;
        if (!problems->isEmpty()) {
            for (const QString &p : std::as_const(*problems))
                cli.note(QStringLiteral("export-studio-cli: ") + p);
            cli.note(QStringLiteral("Nothing was resumed; the jobs are kept."));
            cli.finish(Exit::Usage);
            return;
        }
        for (const JobInfo &job : unfinished) {
            session->watch(job.id);
            cli.note(QStringLiteral("%1: resuming (%2)")
                         .arg(job.request.exportName, toString(job.state)));
        }
        session->queue()->restore();
        // Same HubSpot export, picked up where the local failure stopped it.
        for (const QString &id : continuable)
            session->queue()->retry(id);
        session->checkDone();
    };
    for (const QString &accountId : std::as_const(accounts)) {
        cli.targetForAccount(
            accountId,
            [session, proceed](const Target &target) {
                session->addTarget(target);
                proceed();
            },
            [problems, proceed](const QString &message) {
                problems->append(message);
                proceed();
            });
    }
    return Exit::Later;
}

} // namespace es
