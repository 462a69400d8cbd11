// `runs`, `diff` and `snapshot`: what the vault keeps of a history preset's runs.

#include "clicontext.h"
#include "commands.h"
#include "storage/accountstore.h"
#include "storage/paths.h"
#include "storage/presetstore.h"
#include "subcommand.h"
#include "vault/diffcsvwriter.h"
#include "vault/snapshotwriter.h"
#include "vault/vault.h"
#include "vault/vaultdiff.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace es {

namespace {

void addPresetOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("preset"),
                      QStringLiteral("The preset (name or id) whose history to read."),
                      QStringLiteral("NAME")});
}

// The preset and the vault that holds its history: the one of --api-base's origin or
// --account, else the one vault that has runs of the preset. Prints why and returns null when
// there is none.
std::unique_ptr<Vault> openVault(CliContext &cli, const QCommandLineParser &parser,
                                 const QString &command, Preset *preset)
{
    const QString wanted = parser.value(QStringLiteral("preset"));
    if (wanted.isEmpty()) {
        cli.usageError(QStringLiteral("%1 needs --preset NAME.").arg(command), command);
        return nullptr;
    }
    PresetStore presets(Paths::presetsDir());
    std::optional<Preset> found = presets.find(wanted);
    for (const Preset &p : presets.list()) {
        if (!found && p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            found = p;
    }
    if (!found) {
        cli.note(
            QStringLiteral("export-studio-cli: there is no preset “%1” (see `export-studio-cli "
                           "presets list`).")
                .arg(wanted));
        cli.finish(Exit::Usage);
        return nullptr;
    }
    *preset = *found;
    QString accountId;
    if (parser.isSet(QStringLiteral("api-base"))) {
        accountId = CliContext::originAccountId(QUrl(parser.value(QStringLiteral("api-base"))));
    } else if (parser.isSet(QStringLiteral("account"))) {
        const QString name = parser.value(QStringLiteral("account"));
        for (const Account &a : cli.accounts()->accounts()) {
            if (a.id == name || a.name.compare(name, Qt::CaseInsensitive) == 0)
                accountId = a.id;
        }
        if (accountId.isEmpty()) {
            cli.note(
                QStringLiteral("export-studio-cli: there is no account named “%1”.").arg(name));
            cli.finish(Exit::Usage);
            return nullptr;
        }
    }
    if (!accountId.isEmpty()) {
        auto vault = std::make_unique<Vault>(Vault::fileFor(Paths::stateDir(), accountId));
        if (!QFileInfo::exists(vault->path()) || !vault->open()) {
            cli.note(QStringLiteral("export-studio-cli: ") +
                     (vault->lastError().isEmpty()
                          ? QStringLiteral("“%1” has no history for that account yet: run it "
                                           "with `export-studio-cli export --preset`.")
                                .arg(preset->name)
                          : vault->lastError()));
            cli.finish(Exit::Usage);
            return nullptr;
        }
        return vault;
    }
    std::unique_ptr<Vault> match;
    int matches = 0;
    QDirIterator it(QDir(Paths::stateDir()).filePath(QStringLiteral("vault")),
                    {QStringLiteral("*.sqlite")}, QDir::Files);
    while (it.hasNext()) {
        auto vault = std::make_unique<Vault>(it.next());
        if (!vault->open()) {
            cli.note(QStringLiteral("warning: ") + vault->lastError());
            continue;
        }
        if (!vault->runs(preset->id).isEmpty()) {
            ++matches;
            match = std::move(vault);
        }
    }
    if (matches == 1)
        return match;
    cli.note(matches == 0
                 ? QStringLiteral("export-studio-cli: “%1” has no runs in the history yet: save it "
                                  "with --history and run it with `export-studio-cli export "
                                  "--preset`.")
                       .arg(preset->name)
                 : QStringLiteral("export-studio-cli: “%1” has a history in several accounts: "
                                  "pick one with --account NAME or --api-base URL.")
                       .arg(preset->name));
    cli.finish(Exit::Usage);
    return nullptr;
}

// --from/--to: a run id, or the last two runs by default.
bool pickRuns(CliContext &cli, const QCommandLineParser &parser, const QList<VaultRun> &runs,
              qint64 *from, qint64 *to)
{
    const auto read = [&](const QString &option, qint64 fallback, qint64 *value) {
        if (!parser.isSet(option)) {
            *value = fallback;
            return true;
        }
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        if (!ok) {
            cli.usageError(QStringLiteral("--%1 needs a run id (see `runs`), got “%2”.")
                               .arg(option, parser.value(option)),
                           QStringLiteral("diff"));
            return false;
        }
        return true;
    };
    if (runs.isEmpty())
        return false;
    const qint64 last = runs.last().id;
    const qint64 before = runs.size() >= 2 ? runs.at(runs.size() - 2).id : last;
    return read(QStringLiteral("from"), before, from) && read(QStringLiteral("to"), last, to);
}

} // namespace

int runRuns(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the runs of a preset kept in the history, oldest first: one a line (id, start, "
        "full/incremental, rows, added, changed, removed), or a JSON array with --json."));
    parser.addPositionalArgument(QStringLiteral("runs"), QStringLiteral("The command."));
    addPresetOption(parser);
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("runs"), Subcommand::Options::Api,
                           &code))
        return code;
    Preset preset;
    std::unique_ptr<Vault> vault = openVault(cli, parser, QStringLiteral("runs"), &preset);
    if (!vault)
        return Exit::Later;
    const QList<VaultRun> runs = vault->runs(preset.id);
    Subcommand::Records records(cli, parser.isSet(QStringLiteral("json")));
    for (const VaultRun &run : runs) {
        QJsonObject object = run.toJson();
        object.remove(QStringLiteral("presetKey"));
        records.add(object,
                    QStringList{QString::number(run.id),
                                run.startedAt.toUTC().toString(Qt::ISODate), toString(run.kind),
                                QString::number(run.rows), QString::number(run.added),
                                QString::number(run.changed), QString::number(run.removed)}
                        .join(u'\t'));
    }
    records.print();
    for (const PendingIngest &p : vault->pending()) {
        if (p.presetKey == preset.id)
            cli.note(QStringLiteral("note: the run of job %1 is not in the history yet; "
                                    "`export-studio-cli resume` keeps it.")
                         .arg(p.jobId));
    }
    return Exit::Ok;
}

int runDiff(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two runs of a preset (default: the last two): records added, changed (which "
        "columns, old → new) and removed.\n\n--json prints {\"added\": N, \"changed\": N, "
        "\"removed\": N, ...}; --out writes one row per record: change, hs_object_id, then the "
        "properties (\"old → new\" where a value changed)."));
    parser.addPositionalArgument(QStringLiteral("diff"), QStringLiteral("The command."));
    addPresetOption(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("The older run (see `runs`)."),
                      QStringLiteral("RUN")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("The newer run (see `runs`)."),
                      QStringLiteral("RUN")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Write the differences as CSV."),
                      QStringLiteral("FILE.csv")});
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("diff"), Subcommand::Options::Api,
                           &code))
        return code;
    Preset preset;
    std::unique_ptr<Vault> vault = openVault(cli, parser, QStringLiteral("diff"), &preset);
    if (!vault)
        return Exit::Later;
    const QList<VaultRun> runs = vault->runs(preset.id);
    qint64 from = 0;
    qint64 to = 0;
    if (!pickRuns(cli, parser, runs, &from, &to))
        return cli.isFinished() ? Exit::Later : Exit::Usage;
    std::unique_ptr<VaultDiff> diff = vault->diff(preset.id, from, to);
    if (!diff) {
        cli.note(QStringLiteral("export-studio-cli: ") + vault->lastError());
        return Exit::Usage;
    }
    const QStringList columns = diff->columns();
    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        QString error;
        if (!DiffCsvWriter::write(*diff, path, &error)) {
            cli.note(QStringLiteral("export-studio-cli: ") + error);
            return Exit::Disk;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{{QStringLiteral("added"), diff->added()},
                           {QStringLiteral("changed"), diff->changed()},
                           {QStringLiteral("removed"), diff->removed()},
                           {QStringLiteral("from"), from},
                           {QStringLiteral("to"), to},
                           {QStringLiteral("preset"), preset.id}};
        // Which columns changed how often: the shape of the change at a glance.
        QJsonObject changedColumns;
        diff->forEach([&](const VaultDiff::Entry &e) {
            for (int c : e.changedColumns) {
                const QString name = columns.value(c);
                changedColumns[name] = changedColumns.value(name).toInt() + 1;
            }
            return true;
        });
        object.insert(QStringLiteral("changedColumns"), changedColumns);
        cli.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        cli.printLine(QStringLiteral("run %1 → run %2: %3 added, %4 changed, %5 removed")
                          .arg(from)
                          .arg(to)
                          .arg(diff->added())
                          .arg(diff->changed())
                          .arg(diff->removed()));
    }
    return Exit::Ok;
}

int runSnapshot(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Save a preset's table as the history holds it after its last run (or --run RUN): "
        "every record once, the latest values, as CSV or XLSX (by the file's extension)."));
    parser.addPositionalArgument(QStringLiteral("snapshot"), QStringLiteral("The command."));
    addPresetOption(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write."),
                      QStringLiteral("FILE.csv|FILE.xlsx")});
    parser.addOption({QStringLiteral("run"), QStringLiteral("The run (default: the last)."),
                      QStringLiteral("RUN")});
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("snapshot"), Subcommand::Options::Api,
                           &code))
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || !(out.endsWith(u".csv", Qt::CaseInsensitive) ||
                           out.endsWith(u".xlsx", Qt::CaseInsensitive))) {
        cli.usageError(QStringLiteral("snapshot needs --out FILE.csv or --out FILE.xlsx."),
                       QStringLiteral("snapshot"));
        return Exit::Later;
    }
    Preset preset;
    std::unique_ptr<Vault> vault = openVault(cli, parser, QStringLiteral("snapshot"), &preset);
    if (!vault)
        return Exit::Later;
    const QList<VaultRun> runs = vault->runs(preset.id);
    qint64 run = runs.last().id;
    if (parser.isSet(QStringLiteral("run")))
        run = parser.value(QStringLiteral("run")).toLongLong();
    QString error;
    qint64 rows = 0;
    if (!SnapshotWriter::write(*vault, preset.id, run, out, &error, &rows)) {
        cli.note(QStringLiteral("export-studio-cli: ") + error);
        return Exit::Disk;
    }
    cli.note(QStringLiteral("%1 records from run %2").arg(rows).arg(run));
    cli.printLine(QFileInfo(out).absoluteFilePath());
    return Exit::Ok;
}

} // namespace es
