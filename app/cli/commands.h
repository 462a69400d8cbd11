#pragma once

#include <QStringList>

namespace es {

class CliContext;

// Each command parses its own arguments (args[0] is the program, args[1] the command) and
// returns an exit code at once, or Exit::Later when it finishes later through CliContext::finish().
int runExport(CliContext &cli, const QStringList &args);
int runCount(CliContext &cli, const QStringList &args);
int runResume(CliContext &cli, const QStringList &args);
int runStatus(CliContext &cli, const QStringList &args);
int runProperties(CliContext &cli, const QStringList &args);
int runLists(CliContext &cli, const QStringList &args);
int runPresets(CliContext &cli, const QStringList &args);
int runAccounts(CliContext &cli, const QStringList &args);
int runRuns(CliContext &cli, const QStringList &args);
int runDiff(CliContext &cli, const QStringList &args);
int runSnapshot(CliContext &cli, const QStringList &args);
int runRunDue(CliContext &cli, const QStringList &args);
int runSchedule(CliContext &cli, const QStringList &args);

} // namespace es
