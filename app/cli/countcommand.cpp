// `count`: how many records an export would hold, asked with CRM search (or the list's size),
// without spending one of the portal's exports.

#include "clicontext.h"
#include "commands.h"
#include "count/exportforecast.h"
#include "model/enums.h"
#include "requestinput.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace es {

int runCount(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Count the records an export would hold, without starting it (no export of the "
        "portal's daily limit is spent).\n\n"
        "VIEW exports are counted with HubSpot's CRM search (the same filterGroups and query, "
        "limit 1, its `total`); LIST exports by the list's size. Prints the number as a bare "
        "integer on stdout; --json prints the total, each filter group's own count, the "
        "search body sent and a forecast of the files (rough size, zipped, how many).\n\n"
        "Exit codes: 0 counted; 2 usage or validation; 3 HubSpot refused; 4 network still "
        "failing after the retries."));
    parser.addPositionalArgument(QStringLiteral("count"), QStringLiteral("The command."));
    parser.addOption({QStringLiteral("request"),
                      QStringLiteral("The export request (JSON; - reads stdin)."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("preset"),
                      QStringLiteral("A saved preset (name or id) or a preset file."),
                      QStringLiteral("NAME_OR_FILE")});
    int code = -1;
    if (!Subcommand::parse(cli, parser, args, QStringLiteral("count"), Subcommand::Options::Api,
                           &code))
        return code;
    if (parser.isSet(QStringLiteral("request")) == parser.isSet(QStringLiteral("preset"))) {
        cli.usageError(QStringLiteral("Give exactly one of --request FILE.json or --preset NAME."),
                       QStringLiteral("count"));
        return Exit::Later;
    }
    if (parser.positionalArguments().size() > 1) {
        cli.usageError(QStringLiteral("count takes no arguments besides its options."),
                       QStringLiteral("count"));
        return Exit::Later;
    }
    ExportRequest request;
    QString presetId;
    if (!readRequest(cli, parser, &request, &presetId))
        return Exit::Later;
    const bool json = parser.isSet(QStringLiteral("json"));
    cli.resolveTarget(parser, [&cli, request, json](const Target &target) {
        HubSpotClient *client = cli.clientFor(target);
        Subcommand::onReply(
            cli, client->countRecords(request),
            [&cli, client, request, json](const RecordCount &count) {
                if (!json) {
                    cli.printLine(QString::number(count.total));
                    cli.finish(Exit::Ok);
                    return;
                }
                QJsonObject out{
                    {QStringLiteral("total"), count.total},
                    {QStringLiteral("exportType"), toWire(request.exportType)},
                    {QStringLiteral("objectType"), request.objectType},
                    {QStringLiteral("apiVersion"), ApiVersions::name(client->apiVersion())},
                };
                if (request.exportType == ExportType::List) {
                    out.insert(QStringLiteral("listId"), count.listId);
                } else {
                    // One group's own count is the total; several were each asked for.
                    const qsizetype groups =
                        request.search ? request.search->filterGroups.size() : 0;
                    QJsonArray perGroup;
                    if (groups == 1)
                        perGroup.append(count.total);
                    for (qint64 n : count.perGroup)
                        perGroup.append(n);
                    out.insert(QStringLiteral("groups"), perGroup);
                    out.insert(QStringLiteral("searchBody"), count.searchBody);
                }
                // What would arrive: rough size, zipped or not, how many files (HubSpot's
                // 2 MB zip and 1,000,000 / 65,535-row split rules).
                out.insert(QStringLiteral("forecast"),
                           forecastExport(request, count.total).toJson());
                cli.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
                cli.finish(Exit::Ok);
            });
    });
    return Exit::Later;
}

} // namespace es
