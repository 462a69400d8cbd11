// `schedule`: the systemd user timer that runs `run-due` while the app is closed, and the day's
// plan of the scheduled presets.

#include "clicontext.h"
#include "commands.h"
#include "schedule/scheduleplanner.h"
#include "schedule/systemdtimer.h"
#include "storage/paths.h"
#include "storage/presetstore.h"
#include "subcommand.h"
#include "transfer/quotaledger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace es {

namespace {

QString delayText(PlannedRun::Delay delay)
{
    switch (delay) {
    case PlannedRun::Delay::None:
        return QStringLiteral("on time");
    case PlannedRun::Delay::Busy:
        return QStringLiteral("after the run before it");
    case PlannedRun::Delay::Quota:
        return QStringLiteral("waits for the daily export limit");
    }
    return {};
}

} // namespace

int runSchedule(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scheduled presets (save one with `presets save NAME --schedule SPEC`).\n\n"
        "  schedule plan            the runs of the next 24 hours (preset, slot, expected start)\n"
        "  schedule install-timer   write and enable the systemd user timer that runs\n"
        "                           `export-studio-cli run-due` every 15 minutes\n"
        "                           ($XDG_CONFIG_HOME/systemd/user, ~/.config/systemd/user)\n"
        "  schedule remove-timer    remove that timer"));
    parser.addPositionalArgument(QStringLiteral("schedule"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("plan, install-timer or remove-timer."));
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("schedule"),
                           Subcommand::Options::Local, &code))
        return code;
    const QString action = parser.positionalArguments().value(1);
    const bool json = parser.isSet(QStringLiteral("json"));
    SystemdTimer timer;
    if (action == u"install-timer") {
        // The state folder goes into the unit only when it is not the default one.
        const QString stateDir = parser.isSet(QStringLiteral("state-dir")) ||
                                         qEnvironmentVariableIsSet("EXPORT_STUDIO_STATE_DIR")
                                     ? Paths::stateDir()
                                     : QString();
        QString error;
        if (!timer.install(QCoreApplication::applicationFilePath(), stateDir, &error)) {
            cli.note(QStringLiteral("export-studio-cli: ") + error);
            return Exit::Disk;
        }
        cli.printLine(timer.servicePath());
        cli.printLine(timer.timerPath());
        cli.note(SystemdTimer::activationHint());
        return Exit::Ok;
    }
    if (action == u"remove-timer") {
        QString error;
        if (!timer.remove(&error)) {
            cli.note(QStringLiteral("export-studio-cli: ") + error);
            return Exit::Disk;
        }
        cli.note(QStringLiteral("The timer is removed; run `systemctl --user daemon-reload` for "
                                "systemd to forget it now."));
        return Exit::Ok;
    }
    if (action == u"plan") {
        PresetStore store(Paths::presetsDir());
        const QList<ScheduledPreset> scheduled = SchedulePlanner::scheduled(store.list());
        const QDateTime now = QDateTime::currentDateTime();
        // The plan spends the quota of every account that started exports (the busiest one).
        QuotaLedger ledger(Paths::quotaFile(Paths::stateDir()));
        QList<QDateTime> spent;
        for (const QString &account : ledger.accounts()) {
            const QList<QDateTime> starts = ledger.startsInWindow(account, now.toUTC());
            if (starts.size() > spent.size())
                spent = starts;
        }
        const QList<PlannedRun> plan = SchedulePlanner::dayPlan(scheduled, spent, now);
        Subcommand::Records records(cli, json);
        for (const PlannedRun &run : plan) {
            records.add(QJsonObject{{QStringLiteral("presetId"), run.presetId},
                                    {QStringLiteral("preset"), run.name},
                                    {QStringLiteral("slot"), run.slot.toString(Qt::ISODate)},
                                    {QStringLiteral("expectedStart"),
                                     run.expectedStart.toString(Qt::ISODate)},
                                    {QStringLiteral("delay"), delayText(run.delay)}},
                        QStringList{run.name, run.slot.toString(Qt::ISODate),
                                    run.expectedStart.toString(Qt::ISODate), delayText(run.delay)}
                            .join(u'\t'));
        }
        records.print();
        const SchedulePlanner::Fit fit = SchedulePlanner::fit(scheduled);
        if (!fit.fits())
            cli.note(QStringLiteral("warning: ") + fit.message());
        return Exit::Ok;
    }
    cli.usageError(QStringLiteral("schedule needs plan, install-timer or remove-timer."),
                   QStringLiteral("schedule"));
    return Exit::Later;
}

} // namespace es
