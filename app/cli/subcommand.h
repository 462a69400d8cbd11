#pragma once

#include "clicontext.h"

#include <QJsonArray>
#include <QJsonObject>

// What the `status`, `properties`, `lists`, `presets` and `accounts` commands share: their
// common options, the way a failed API call ends a command, and one-record-a-line output.
namespace es::Subcommand {

enum class Options
{
    Local, // --help, --state-dir, --json
    Api    // the same plus the target options (--account, --api-base)
};

// Adds the common options and parses `args`. On a usage problem or --help the command is over:
// returns false with `*immediate` set to the exit code to return (-1: finishes later).
bool parse(CliContext &cli, QCommandLineParser &parser, const QStringList &args,
           const QString &command, Options options, int *immediate);

// Runs `fn(value)` when `reply` succeeds; otherwise prints HubSpot's error and finishes the
// command with the matching exit code.
template<typename T, typename Fn>
void onReply(CliContext &cli, ApiResult<T> *reply, Fn fn)
{
    reply->onFinished(&cli, [&cli, fn](const ApiResult<T> &r) {
        if (!r.isOk()) {
            cli.printApiError(r.error());
            cli.finish(CliContext::exitCodeFor(r.error()));
            return;
        }
        fn(r.value());
    });
}

// Prints records one per line (tab-separated fields, as the caller joins them), or with --json
// as one JSON array at the end.
class Records
{
public:
    Records(CliContext &cli, bool json)
        : m_cli(cli)
        , m_json(json)
    {}
    void add(const QJsonObject &object, const QString &line);
    void print();

private:
    CliContext &m_cli;
    bool m_json;
    QJsonArray m_array;
};

} // namespace es::Subcommand
