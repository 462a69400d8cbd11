#include "subcommand.h"

#include <QJsonDocument>

namespace es::Subcommand {

bool parse(CliContext &cli, QCommandLineParser &parser, const QStringList &args,
           const QString &command, Options options, int *immediate)
{
    parser.addHelpOption();
    if (options == Options::Api)
        CliContext::addTargetOptions(parser);
    CliContext::addStateDirOption(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    *immediate = -1;
    if (!parser.parse(args)) {
        cli.usageError(parser.errorText(), command);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        *immediate = Exit::Ok;
        return false;
    }
    cli.applyStateDir(parser);
    return true;
}

void Records::add(const QJsonObject &object, const QString &line)
{
    if (m_json)
        m_array.append(object);
    else
        m_cli.printLine(line);
}

void Records::print()
{
    if (m_json)
        m_cli.out() << QJsonDocument(m_array).toJson(QJsonDocument::Indented);
}

} // namespace es::Subcommand
