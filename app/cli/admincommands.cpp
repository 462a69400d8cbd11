// `presets` and `accounts`: local bookkeeping (and one probe of HubSpot for `accounts test`).

#include "clicontext.h"
#include "commands.h"
#include "model/preset.h"
#include "model/requestcodec.h"
#include "schedule/scheduleplanner.h"
#include "storage/accountstore.h"
#include "storage/paths.h"
#include "storage/presetstore.h"
#include "subcommand.h"

#include <QFile>
#include <QJsonObject>
#include <cstdio>

namespace es {

namespace {

std::optional<Preset> findPreset(const PresetStore &store, const QString &wanted)
{
    if (auto p = store.find(wanted))
        return p;
    for (const Preset &p : store.list()) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Account> findAccount(AccountStore *store, const QString &wanted)
{
    if (auto a = store->find(wanted))
        return a;
    for (const Account &a : store->accounts()) {
        if (a.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

} // namespace

int runPresets(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manage saved export presets.\n\n"
        "  presets list                              one preset a line: id, name, object, format\n"
        "  presets show NAME                         the preset file (JSON)\n"
        "  presets save NAME --request FILE.json     save a request as a preset\n"
        "      [--history] [--incremental [--lookback-minutes N]] [--full-every N]\n"
        "                                            keep every run in the account's history;\n"
        "                                            fetch only what changed since the last run\n"
        "      [--schedule SPEC]                     run by itself (`run-due`): \"every 6h\",\n"
        "                                            \"daily 07:30\", \"weekly mon,thu 07:30\"\n"
        "                                            or \"none\" (local time)\n"
        "  presets delete NAME                       remove a preset"));
    parser.addPositionalArgument(QStringLiteral("presets"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("list, show, save or delete."));
    parser.addOption({QStringLiteral("request"), QStringLiteral("The request to save."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("description"), QStringLiteral("A description to save."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("history"),
                      QStringLiteral("save: keep every finished run in the account's history "
                                     "(the vault), for `runs`, `diff` and `snapshot`.")});
    parser.addOption({QStringLiteral("incremental"),
                      QStringLiteral("save: with --history, fetch only records modified since "
                                     "the last successful run.")});
    parser.addOption({QStringLiteral("lookback-minutes"),
                      QStringLiteral("save: how far before the last run's start an incremental "
                                     "run looks (default 60)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("full-every"),
                      QStringLiteral("save: run in full after N incremental runs, to notice "
                                     "deleted records (default 0: only when needed)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("schedule"),
                      QStringLiteral("save: run the preset by itself with `run-due` (or the app): "
                                     "\"every N h\", \"daily HH:MM\", \"weekly mon,thu HH:MM\" "
                                     "or \"none\". Local time. Kept when not given."),
                      QStringLiteral("SPEC")});
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("presets"), Subcommand::Options::Local,
                           &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(1);
    const QString name = pos.mid(2).join(u' ');
    PresetStore store(Paths::presetsDir());
    const bool json = parser.isSet(QStringLiteral("json"));

    if (action == u"list") {
        Subcommand::Records records(cli, json);
        for (const Preset &p : store.list()) {
            records.add(
                QJsonObject{{QStringLiteral("id"), p.id},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("objectType"), p.request.objectType},
                            {QStringLiteral("format"), toWire(p.request.format)}},
                QStringList{p.id, p.name, p.request.objectType, toWire(p.request.format)}.join(
                    u'\t'));
        }
        records.print();
        for (const PresetStore::Problem &problem : store.problems())
            cli.note(QStringLiteral("warning: %1").arg(problem.message));
        return Exit::Ok;
    }
    if (name.isEmpty() || (action != u"show" && action != u"save" && action != u"delete")) {
        cli.usageError(QStringLiteral("presets needs list, or show|save|delete with a NAME."),
                       QStringLiteral("presets"));
        return Exit::Later;
    }
    if (action != u"save") {
        const auto preset = findPreset(store, name);
        if (!preset) {
            cli.note(QStringLiteral("export-studio-cli: there is no preset “%1”.").arg(name));
            return Exit::Usage;
        }
        if (action == u"show") {
            cli.out() << PresetCodec::toBytes(*preset);
            return Exit::Ok;
        }
        if (!store.remove(preset->id)) {
            cli.note(QStringLiteral("export-studio-cli: %1").arg(store.lastError()));
            return Exit::Disk;
        }
        cli.note(QStringLiteral("Deleted the preset “%1”.").arg(preset->name));
        return Exit::Ok;
    }
    // save
    if (!parser.isSet(QStringLiteral("request"))) {
        cli.usageError(QStringLiteral("presets save needs --request FILE.json."),
                       QStringLiteral("presets"));
        return Exit::Later;
    }
    QFile file(parser.value(QStringLiteral("request")));
    if (!file.open(QIODevice::ReadOnly)) {
        cli.note(QStringLiteral("export-studio-cli: cannot read %1: %2")
                     .arg(file.fileName(), file.errorString()));
        return Exit::Usage;
    }
    const RequestCodec::DecodeResult decoded = RequestCodec::fromBytes(file.readAll());
    QList<ValidationIssue> issues = decoded.issues;
    if (decoded.ok())
        issues += validate(decoded.request);
    for (const ValidationIssue &issue : std::as_const(issues)) {
        cli.note(QStringLiteral("%1: %2: %3")
                     .arg(issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                          issue.field.isEmpty() ? QStringLiteral("(request)") : issue.field,
                          issue.message));
    }
    if (hasErrors(issues))
        return Exit::Usage;
    Preset preset = findPreset(store, name).value_or(Preset{});
    preset.name = preset.id.isEmpty() ? name : preset.name;
    preset.request = decoded.request;
    if (parser.isSet(QStringLiteral("description")))
        preset.description = parser.value(QStringLiteral("description"));
    const bool history = parser.isSet(QStringLiteral("history"));
    const bool incremental = parser.isSet(QStringLiteral("incremental"));
    if ((incremental || parser.isSet(QStringLiteral("lookback-minutes")) ||
         parser.isSet(QStringLiteral("full-every"))) &&
        !history) {
        cli.usageError(QStringLiteral("--incremental, --lookback-minutes and --full-every need "
                                      "--history."),
                       QStringLiteral("presets"));
        return Exit::Later;
    }
    const auto number = [&](const QString &option, int fallback, int *value) {
        if (!parser.isSet(option)) {
            *value = fallback;
            return true;
        }
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value < 0 || *value > 100000) {
            cli.usageError(QStringLiteral("--%1 must be a whole number from 0 to 100000, got “%2”.")
                               .arg(option, parser.value(option)),
                           QStringLiteral("presets"));
            return false;
        }
        return true;
    };
    HistoryOptions options;
    options.keep = history;
    options.incremental = incremental;
    if (!number(QStringLiteral("lookback-minutes"), 60, &options.lookbackMinutes) ||
        !number(QStringLiteral("full-every"), 0, &options.fullEvery))
        return Exit::Later;
    preset.history = options;
    if (parser.isSet(QStringLiteral("schedule"))) {
        QString problem;
        preset.schedule = Schedule::parse(parser.value(QStringLiteral("schedule")), &problem);
        if (!problem.isEmpty()) {
            cli.usageError(QStringLiteral("--schedule: ") + problem, QStringLiteral("presets"));
            return Exit::Later;
        }
        // The whole set must fit in HubSpot's daily limit, with this preset's new schedule.
        QList<Schedule> schedules{preset.schedule};
        for (const Preset &other : store.list()) {
            if (other.id != preset.id)
                schedules.append(other.schedule);
        }
        const SchedulePlanner::Fit fit = SchedulePlanner::fit(schedules);
        if (!fit.fits()) {
            cli.usageError(fit.message() + QStringLiteral(" Schedule fewer runs, or remove a "
                                                          "schedule (--schedule none)."),
                           QStringLiteral("presets"));
            return Exit::Later;
        }
    }
    const QString id = store.save(preset);
    if (id.isEmpty()) {
        cli.note(QStringLiteral("export-studio-cli: %1").arg(store.lastError()));
        return Exit::Disk;
    }
    cli.printLine(id);
    return Exit::Ok;
}

int runAccounts(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manage HubSpot accounts. Tokens live in the desktop keychain, never in a file.\n\n"
        "  accounts list                          one account a line: id, name, API address\n"
        "  accounts add NAME [--api-base URL]     the token is read from stdin\n"
        "  accounts set NAME --api-version V      the HubSpot API version to use\n"
        "  accounts remove NAME                   forget the account and its token\n"
        "  accounts test NAME                     check the token and the crm.export scope"));
    parser.addPositionalArgument(QStringLiteral("accounts"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("list, add, set, remove or test."));
    parser.addOption({QStringLiteral("api-base"),
                      QStringLiteral("add: the API address (default https://api.hubapi.com)."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("sandbox"), QStringLiteral("add: mark it as a sandbox account.")});
    parser.addOption({QStringLiteral("api-version"),
                      QStringLiteral("add, set: the HubSpot API version (%1; \"latest\" = the "
                                     "newest).")
                          .arg(ApiVersions::namesList()),
                      QStringLiteral("VERSION")});
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("accounts"),
                           Subcommand::Options::Local, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(1);
    const QString name = pos.mid(2).join(u' ');
    AccountStore *store = cli.accounts();
    const bool json = parser.isSet(QStringLiteral("json"));
    std::optional<ApiVersion> version;
    if (parser.isSet(QStringLiteral("api-version"))) {
        version = ApiVersions::fromName(parser.value(QStringLiteral("api-version")));
        if (!version) {
            cli.usageError(
                QStringLiteral("--api-version: “%1” is not a HubSpot API version; use "
                               "one of %2.")
                    .arg(parser.value(QStringLiteral("api-version")), ApiVersions::namesList()),
                QStringLiteral("accounts"));
            return Exit::Later;
        }
    }

    if (action == u"list") {
        Subcommand::Records records(cli, json);
        for (const Account &a : store->accounts()) {
            const bool current = a.id == store->currentAccountId();
            records.add(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("name"), a.name},
                                    {QStringLiteral("apiBase"), a.apiBase},
                                    {QStringLiteral("apiVersion"),
                                     ApiVersions::name(a.effectiveApiVersion())},
                                    {QStringLiteral("current"), current}},
                        QStringList{a.id, a.name, a.apiBase,
                                    current ? QStringLiteral("current") : QString()}
                            .join(u'\t')
                            .trimmed());
        }
        records.print();
        return Exit::Ok;
    }
    if (name.isEmpty() ||
        (action != u"add" && action != u"set" && action != u"remove" && action != u"test")) {
        cli.usageError(QStringLiteral("accounts needs list, or add|set|remove|test with a NAME."),
                       QStringLiteral("accounts"));
        return Exit::Later;
    }
    if (action == u"add") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            cli.note(QStringLiteral("export-studio-cli: cannot read the token from stdin."));
            return Exit::Usage;
        }
        const QString token = QString::fromUtf8(in.readLine()).trimmed();
        if (token.isEmpty()) {
            cli.usageError(
                QStringLiteral("accounts add reads the access token from stdin, e.g. "
                               "`printf %s \"$TOKEN\" | export-studio-cli accounts add NAME`."),
                QStringLiteral("accounts"));
            return Exit::Later;
        }
        Account account = findAccount(store, name).value_or(Account{});
        if (account.id.isEmpty())
            account.name = name;
        if (parser.isSet(QStringLiteral("api-base")))
            account.apiBase = parser.value(QStringLiteral("api-base"));
        account.isSandbox = parser.isSet(QStringLiteral("sandbox")) || account.isSandbox;
        if (version)
            account.apiVersion = ApiVersions::name(*version);
        const QString id = store->save(account);
        if (id.isEmpty()) {
            cli.note(QStringLiteral("export-studio-cli: %1").arg(store->lastError()));
            return Exit::Usage;
        }
        store->setToken(id, token, &cli, [&cli, id](const TokenResult &result) {
            if (!result.ok() || !result.persisted) {
                cli.note(QStringLiteral("export-studio-cli: the account was saved, but its token "
                                        "was not: %1")
                             .arg(result.message));
                cli.finish(Exit::Disk);
                return;
            }
            cli.printLine(id);
            cli.finish(Exit::Ok);
        });
        return Exit::Later;
    }
    const auto account = findAccount(store, name);
    if (!account) {
        cli.note(
            QStringLiteral("export-studio-cli: there is no account “%1” (see `accounts list`).")
                .arg(name));
        return Exit::Usage;
    }
    if (action == u"set") {
        if (!version) {
            cli.usageError(QStringLiteral("accounts set needs --api-version VERSION."),
                           QStringLiteral("accounts"));
            return Exit::Later;
        }
        Account changed = *account;
        changed.apiVersion = ApiVersions::name(*version);
        if (store->save(changed).isEmpty()) {
            cli.note(QStringLiteral("export-studio-cli: %1").arg(store->lastError()));
            return Exit::Disk;
        }
        cli.note(QStringLiteral("The account “%1” uses HubSpot API version %2.")
                     .arg(changed.name, changed.apiVersion));
        return Exit::Ok;
    }
    if (action == u"remove") {
        if (!store->remove(account->id)) {
            cli.note(QStringLiteral("export-studio-cli: %1").arg(store->lastError()));
            return Exit::Disk;
        }
        cli.note(QStringLiteral("Removed the account “%1” and its token.").arg(account->name));
        return Exit::Ok;
    }
    // test
    cli.targetForAccount(
        account->id,
        [&cli](const Target &target) {
            Subcommand::onReply(
                cli, cli.clientFor(target)->testConnection(), [&cli](const ConnectionInfo &info) {
                    cli.printLine(info.summary);
                    cli.finish(info.tokenAccepted && info.canExport ? Exit::Ok : Exit::HubSpot);
                });
        },
        [&cli](const QString &message) {
            cli.note(QStringLiteral("export-studio-cli: ") + message);
            cli.finish(Exit::Usage);
        });
    return Exit::Later;
}

} // namespace es
