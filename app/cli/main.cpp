// export-studio-cli: the composition root of the headless face of Export Studio.

#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <storage/paths.h>

using namespace es;

namespace {

QString overview()
{
    return QStringLiteral(
        "Usage: export-studio-cli COMMAND [OPTIONS]\n"
        "\n"
        "Exports HubSpot CRM data through the CRM Exports API.\n"
        "\n"
        "Commands:\n"
        "  export      start an export, wait for it, download and unpack it\n"
        "  count       count the records an export would hold (spends no export)\n"
        "  resume      finish exports an earlier run left unfinished\n"
        "  status      show HubSpot's status of an export (TASK_ID)\n"
        "  properties  list the properties of an object type\n"
        "  lists       search the account's lists\n"
        "  presets     list, show, save or delete saved presets\n"
        "  accounts    list, add, remove or test accounts (tokens in the keychain)\n"
        "  runs        the runs of a history preset kept in the vault\n"
        "  diff        what changed between two runs of a history preset\n"
        "  snapshot    save a history preset's current table as CSV or XLSX\n"
        "  run-due     run the scheduled presets that are due now\n"
        "  schedule    install or remove the systemd timer that runs run-due\n"
        "\n"
        "Run `export-studio-cli COMMAND --help` for a command's options.\n"
        "\n"
        "Exit codes: 0 done; 2 usage or validation; 3 HubSpot refused; 4 network still failing\n"
        "after the retries; 5 local file or disk problem; 130 interrupted (resumable).\n"
        "\n"
        "Environment: HUBSPOT_ACCESS_TOKEN (the token for --api-base), EXPORT_STUDIO_STATE_DIR\n"
        "(like --state-dir), EXPORT_STUDIO_TIMEOUT and EXPORT_STUDIO_STALL_TIMEOUT (like\n"
        "--timeout and --stall-timeout of export and resume, in seconds),\n"
        "EXPORT_STUDIO_API_VERSION (like --api-version: 2026-09, 2026-03 or v3),\n"
        "EXPORT_STUDIO_VERBOSE=1 (debug logs on stderr; never tokens).\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The desktop app's names, so both keep one state folder (presets, accounts, quota).
    es::Paths::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPORTSTUDIO_VERSION));

    // The engine's logs are for debugging; people read the progress lines. QT_LOGGING_RULES or
    // EXPORT_STUDIO_VERBOSE=1 bring them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") &&
        qEnvironmentVariableIsEmpty("EXPORT_STUDIO_VERBOSE")) {
        QLoggingCategory::setFilterRules(QStringLiteral("es.*.debug=false\nes.*.info=false\n"
                                                        "es.*.warning=false"));
    }

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    CliContext cli;
    int code = Exit::Later;
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        cli.out() << overview();
        return command.isEmpty() ? Exit::Usage : Exit::Ok;
    }
    if (command == u"--version" || command == u"-v") {
        cli.out() << "export-studio-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Exit::Ok;
    }
    if (command == u"export")
        code = runExport(cli, args);
    else if (command == u"count")
        code = runCount(cli, args);
    else if (command == u"resume")
        code = runResume(cli, args);
    else if (command == u"status")
        code = runStatus(cli, args);
    else if (command == u"properties")
        code = runProperties(cli, args);
    else if (command == u"lists")
        code = runLists(cli, args);
    else if (command == u"presets")
        code = runPresets(cli, args);
    else if (command == u"accounts")
        code = runAccounts(cli, args);
    else if (command == u"runs")
        code = runRuns(cli, args);
    else if (command == u"diff")
        code = runDiff(cli, args);
    else if (command == u"snapshot")
        code = runSnapshot(cli, args);
    else if (command == u"run-due")
        code = runRunDue(cli, args);
    else if (command == u"schedule")
        code = runSchedule(cli, args);
    else {
        cli.err() << "export-studio-cli: unknown command “" << command << "”.\n\n" << overview();
        return Exit::Usage;
    }
    if (code != Exit::Later) {
        cli.out().flush();
        cli.err().flush();
        return code;
    }
    return app.exec();
}
