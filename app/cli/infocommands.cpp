// `status`, `properties` and `lists`: read-only questions to HubSpot (`properties --out` saves
// the definitions as a file).

#include "clicontext.h"
#include "commands.h"
#include "subcommand.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <properties/propertydefinitionsfile.h>
#include <storage/tablefilewriter.h>

namespace es {

using Subcommand::onReply;

int runStatus(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show HubSpot's status of an export: its state, row count and whether "
                       "a download link is ready (the link itself is a secret and is not "
                       "printed)."));
    parser.addPositionalArgument(QStringLiteral("status"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("TASK_ID"), QStringLiteral("HubSpot's export id."));
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("status"), Subcommand::Options::Api,
                           &code))
        return code;
    const QString taskId = parser.positionalArguments().value(1);
    if (taskId.isEmpty() || parser.positionalArguments().size() > 2) {
        cli.usageError(QStringLiteral("status needs exactly one TASK_ID."),
                       QStringLiteral("status"));
        return Exit::Later;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    cli.resolveTarget(parser, [&cli, taskId, json](const Target &target) {
        HubSpotClient *client = cli.clientFor(target);
        onReply(
            cli, client->exportStatus(taskId),
            [&cli, client, taskId, json](const ExportStatus &status) {
                auto *info = client->getExport(taskId);
                info->onFinished(&cli, [&cli, status, taskId,
                                        json](const ApiResult<ExportInfo> &r) {
                    const ExportInfo e = r.isOk() ? r.value() : ExportInfo{};
                    if (json) {
                        QJsonObject o{{QStringLiteral("taskId"), taskId},
                                      {QStringLiteral("status"), status.stateText},
                                      {QStringLiteral("linkReady"), !status.result.isEmpty()},
                                      {QStringLiteral("numErrors"), status.numErrors}};
                        if (r.isOk()) {
                            o[QStringLiteral("exportName")] = e.exportName;
                            o[QStringLiteral("exportState")] = e.exportStateText;
                            o[QStringLiteral("recordCount")] = e.recordCount;
                        }
                        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
                    } else {
                        cli.printLine(QStringLiteral("status: %1").arg(status.stateText));
                        if (r.isOk()) {
                            if (!e.exportName.isEmpty())
                                cli.printLine(QStringLiteral("name: %1").arg(e.exportName));
                            cli.printLine(QStringLiteral("exportState: %1").arg(e.exportStateText));
                            if (e.recordCount >= 0)
                                cli.printLine(QStringLiteral("records: %1").arg(e.recordCount));
                        }
                        cli.printLine(
                            QStringLiteral("download link: %1")
                                .arg(status.result.isEmpty()
                                         ? QStringLiteral("not yet")
                                         : QStringLiteral("ready (expires 5 minutes after "
                                                          "this call)")));
                        if (status.state == ExportStatus::State::Canceled || status.numErrors > 0)
                            cli.printLine(
                                QStringLiteral("problem: %1").arg(status.failureMessage()));
                    }
                    cli.finish(Exit::Ok);
                });
            });
    });
    return Exit::Later;
}

namespace {

// properties --out: the groups give each property's group label; then the file is written.
void saveDefinitions(CliContext &cli, HubSpotClient *client, const QString &object,
                     const QList<PropertyDef> &props, const QString &out)
{
    onReply(cli, client->propertyGroups(object),
            [&cli, object, props, out](const QList<PropertyGroup> &groups) {
                QString error;
                if (!PropertyDefinitionsFile::write(out, props, groups, &error)) {
                    cli.note(QStringLiteral("export-studio-cli: ") + error);
                    cli.finish(Exit::Disk);
                    return;
                }
                cli.note(
                    QStringLiteral("%1 property definitions of %2").arg(props.size()).arg(object));
                cli.printLine(QFileInfo(out).absoluteFilePath());
                cli.finish(Exit::Ok);
            });
}

} // namespace

int runProperties(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the properties of an object type (CONTACT, COMPANY, DEAL, TICKET, 0-1, 2-123…): "
        "internal name, label, type and group, one per line.\n\n"
        "--out FILE.csv|FILE.xlsx saves their whole definitions instead (name, label, type, "
        "field type, group, options with labels and values, description, calculated and its "
        "formula, hidden, read-only, created and updated), one row per property; no export of "
        "the portal's daily limit is spent."));
    parser.addPositionalArgument(QStringLiteral("properties"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("OBJECT"), QStringLiteral("The object type."));
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Save the definitions as CSV or XLSX (by the extension)."),
                      QStringLiteral("FILE")});
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("properties"),
                           Subcommand::Options::Api, &code))
        return code;
    const QString object = parser.positionalArguments().value(1);
    if (object.isEmpty() || parser.positionalArguments().size() > 2) {
        cli.usageError(QStringLiteral("properties needs one OBJECT, e.g. CONTACT."),
                       QStringLiteral("properties"));
        return Exit::Later;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("out")) && !out.endsWith(u".csv", Qt::CaseInsensitive) &&
        !TableFileWriter::isXlsx(out)) {
        cli.usageError(
            QStringLiteral("--out takes a file ending in .csv or .xlsx, not \"%1\".").arg(out),
            QStringLiteral("properties"));
        return Exit::Later;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    cli.resolveTarget(parser, [&cli, object, json, out](const Target &target) {
        HubSpotClient *client = cli.clientFor(target);
        onReply(cli, client->properties(object),
                [&cli, client, object, json, out](const QList<PropertyDef> &props) {
                    if (!out.isEmpty()) {
                        saveDefinitions(cli, client, object, props, out);
                        return;
                    }
                    Subcommand::Records records(cli, json);
                    for (const PropertyDef &p : props) {
                        records.add(
                            QJsonObject{{QStringLiteral("name"), p.name},
                                        {QStringLiteral("label"), p.label},
                                        {QStringLiteral("type"), p.typeText},
                                        {QStringLiteral("groupName"), p.groupName}},
                            QStringList{p.name, p.label, p.typeText, p.groupName}.join(u'\t'));
                    }
                    records.print();
                    cli.finish(Exit::Ok);
                });
    });
    return Exit::Later;
}

int runLists(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Search the account's lists (ILS ids, as LIST exports need them): id, "
                       "name, object type and size, one per line."));
    parser.addPositionalArgument(QStringLiteral("lists"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Part of a list name."),
                                 QStringLiteral("[QUERY]"));
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("lists"), Subcommand::Options::Api,
                           &code))
        return code;
    const QString query = parser.positionalArguments().mid(1).join(u' ');
    const bool json = parser.isSet(QStringLiteral("json"));
    cli.resolveTarget(parser, [&cli, query, json](const Target &target) {
        onReply(cli, cli.clientFor(target)->searchLists(query),
                [&cli, json](const QList<ListInfo> &lists) {
                    Subcommand::Records records(cli, json);
                    for (const ListInfo &l : lists) {
                        records.add(
                            QJsonObject{{QStringLiteral("listId"), l.listId},
                                        {QStringLiteral("name"), l.name},
                                        {QStringLiteral("objectTypeId"), l.objectTypeId},
                                        {QStringLiteral("processingType"), l.processingType},
                                        {QStringLiteral("size"), l.size}},
                            QStringList{l.listId, l.name, l.objectTypeId,
                                        l.size >= 0 ? QString::number(l.size) : QString()}
                                .join(u'\t'));
                    }
                    records.print();
                    cli.finish(Exit::Ok);
                });
    });
    return Exit::Later;
}

} // namespace es
