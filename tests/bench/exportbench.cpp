// bench_export: one large contact export end to end through export-studio-cli.
//
//   bench_export [--contacts N] [--properties all|N] [--clock-speed X] [--work DIR]
//                [--sandbox BIN] [--cli BIN]
//
// Starts hubspot-sandbox with N contacts (default 1,000,000) and its clock sped up X times
// (default 50: HubSpot-like processing of 2 s + 1 s per 2,000 rows becomes about 10 s), then runs
// `export-studio-cli export --json` with a CSV request for every contact and every contact
// property (or the first N properties). The sandbox zips a CSV above 2 MiB, so the run goes
// through every state: queued, starting, pending and processing at HubSpot, downloading and
// unpacking. Prints the engine's time in each state (its msInState), the moments the CLI
// reported each state on stderr (as this driver saw them), the status calls the sandbox counted,
// the bytes downloaded and written, the CLI's peak RSS and CPU time, and checks the saved CSV
// against the sandbox's record count. Not a test: it only prints figures.

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <sys/resource.h>

#ifndef ES_SANDBOX_BIN
#define ES_SANDBOX_BIN ""
#endif
#ifndef ES_CLI_BIN
#define ES_CLI_BIN ""
#endif

using bench::die;
using bench::fixed;
using bench::out;

namespace {

qint64 countLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        lines += std::count(buffer.constData(), buffer.constData() + n, '\n');
    }
    return lines;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A large contact export end to end through export-studio-cli."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts in the dataset."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("properties"),
                      QStringLiteral("Columns: all contact properties, or the first N."),
                      QStringLiteral("all|N"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("clock-speed"), QStringLiteral("The sandbox clock speed."),
                      QStringLiteral("X"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Scratch folder."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/es-exportbench")});
    parser.addOption({QStringLiteral("sandbox"), QStringLiteral("hubspot-sandbox binary."),
                      QStringLiteral("BIN"), QStringLiteral(ES_SANDBOX_BIN)});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("export-studio-cli binary."),
                      QStringLiteral("BIN"), QStringLiteral(ES_CLI_BIN)});
    parser.process(app);

    const QString work = parser.value(QStringLiteral("work"));
    const QString sandboxBin = parser.value(QStringLiteral("sandbox"));
    const QString cliBin = parser.value(QStringLiteral("cli"));
    const QString contacts = parser.value(QStringLiteral("contacts"));
    const QString speed = parser.value(QStringLiteral("clock-speed"));
    if (sandboxBin.isEmpty() || !QFileInfo(sandboxBin).isExecutable())
        die(QStringLiteral("no hubspot-sandbox binary (use --sandbox BIN)"));
    if (cliBin.isEmpty() || !QFileInfo(cliBin).isExecutable())
        die(QStringLiteral("no export-studio-cli binary (use --cli BIN)"));
    QDir(work).removeRecursively();
    for (const char *sub : {"data", "out", "state"})
        QDir().mkpath(work + u'/' + QLatin1String(sub));

    QProcess sandbox;
    QElapsedTimer startup;
    startup.start();
    const QUrl api = bench::startSandbox(
        sandbox, sandboxBin,
        {QStringLiteral("--contacts"), contacts, QStringLiteral("--companies"),
         QStringLiteral("10"), QStringLiteral("--deals"), QStringLiteral("10"),
         QStringLiteral("--tickets"), QStringLiteral("10"), QStringLiteral("--clock-speed"), speed,
         QStringLiteral("--quota"), QStringLiteral("1000"), QStringLiteral("--data-dir"),
         work + QStringLiteral("/data")},
        work, 300000);
    out() << "sandbox up in " << fixed(startup.elapsed() / 1000.0, 2) << " s with " << contacts
          << " contacts (sandbox RSS " << bench::mib(bench::rssKiB(sandbox.processId()))
          << "), clock speed " << speed << Qt::endl;

    bench::Http http(die);
    const auto at = [&](const QString &path) { return bench::at(api, path); };
    const QJsonArray props = bench::contactProperties(http, api);
    QJsonArray names;
    const QString wanted = parser.value(QStringLiteral("properties"));
    const int limit = wanted == u"all" ? int(props.size()) : wanted.toInt();
    for (const auto &p : props) {
        if (names.size() < limit)
            names.append(p.toObject().value(QStringLiteral("name")));
    }
    const QJsonObject body{{QStringLiteral("exportType"), QStringLiteral("VIEW")},
                           {QStringLiteral("format"), QStringLiteral("CSV")},
                           {QStringLiteral("exportName"), QStringLiteral("All contacts")},
                           {QStringLiteral("language"), QStringLiteral("EN")},
                           {QStringLiteral("objectType"), QStringLiteral("CONTACT")},
                           {QStringLiteral("objectProperties"), names},
                           {QStringLiteral("publicCrmSearchRequest"),
                            QJsonObject{{QStringLiteral("filterGroups"), QJsonArray()},
                                        {QStringLiteral("filters"), QJsonArray()},
                                        {QStringLiteral("sorts"), QJsonArray()}}}};
    const QString requestPath = work + QStringLiteral("/request.json");
    {
        QFile f(requestPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(body).toJson()) < 0)
            die(QStringLiteral("cannot write %1").arg(requestPath));
    }
    const QJsonObject before = http.call("GET", at(QStringLiteral("/__sandbox/stats")), {}, false)
                                   .object()
                                   .value(QStringLiteral("requests"))
                                   .toObject();

    // The CLI: its stderr lines are stamped as they arrive, so the states it reports can be
    // compared with the engine's own msInState.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), QStringLiteral("sandbox-token"));
    env.insert(QStringLiteral("HOME"), work + QStringLiteral("/state"));
    cli.setProcessEnvironment(env);
    QList<QPair<qint64, QString>> timeline;
    QElapsedTimer wall;
    QObject::connect(&cli, &QProcess::readyReadStandardError, &cli, [&] {
        while (cli.canReadLine())
            timeline.append({wall.elapsed(), QString::fromUtf8(cli.readLine()).trimmed()});
    });
    cli.setReadChannel(QProcess::StandardError);
    rusage before_usage{};
    getrusage(RUSAGE_CHILDREN, &before_usage);
    wall.start();
    cli.start(cliBin, {QStringLiteral("export"), QStringLiteral("--request"), requestPath,
                       QStringLiteral("--api-base"), api.toString(), QStringLiteral("--out"),
                       work + QStringLiteral("/out"), QStringLiteral("--state-dir"),
                       work + QStringLiteral("/state"), QStringLiteral("--json")});
    QEventLoop loop;
    QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (cli.state() != QProcess::NotRunning) {
        cli.kill();
        cli.waitForFinished(5000);
        die(QStringLiteral("the CLI did not finish within 30 minutes; see %1/sandbox.log")
                .arg(work));
    }
    const qint64 wallMs = wall.elapsed();
    while (cli.canReadLine())
        timeline.append({wallMs, QString::fromUtf8(cli.readLine()).trimmed()});
    // The CLI is the only child reaped so far (the sandbox still runs): its peak RSS and CPU.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double cpuS = double(usage.ru_utime.tv_sec - before_usage.ru_utime.tv_sec +
                               usage.ru_stime.tv_sec - before_usage.ru_stime.tv_sec) +
                        (usage.ru_utime.tv_usec - before_usage.ru_utime.tv_usec +
                         usage.ru_stime.tv_usec - before_usage.ru_stime.tv_usec) /
                            1e6;
    const QByteArray json = cli.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(json).object();
    if (cli.exitCode() != 0 || result.value(QStringLiteral("state")).toString() != u"done")
        die(QStringLiteral("the CLI exited with %1: %2")
                .arg(cli.exitCode())
                .arg(QString::fromUtf8(json.left(2000))));

    const QJsonObject after = http.call("GET", at(QStringLiteral("/__sandbox/stats")), {}, false)
                                  .object()
                                  .value(QStringLiteral("requests"))
                                  .toObject();
    const auto made = [&](const QString &kind) {
        return after.value(kind).toInt() - before.value(kind).toInt();
    };
    const QString taskId = result.value(QStringLiteral("taskId")).toString();
    const QJsonObject served =
        http.call("GET", at(QStringLiteral("/__sandbox/exports/%1").arg(taskId)), {}, false)
            .object();

    out() << "\ntimeline (as the CLI reported it on stderr; ms since start):" << Qt::endl;
    for (const auto &[ms, line] : std::as_const(timeline)) {
        if (!line.contains(u" of ")) // progress lines: one a second, not needed here
            out() << "  " << qSetFieldWidth(7) << ms << qSetFieldWidth(0) << "  " << line
                  << Qt::endl;
    }
    out() << "\ntime in each state (engine's msInState):" << Qt::endl;
    const QJsonObject states = result.value(QStringLiteral("msInState")).toObject();
    qint64 stateTotal = 0;
    for (const char *s :
         {"queued", "starting", "pending", "processing", "downloading", "unpacking"}) {
        const qint64 ms = qint64(states.value(QLatin1String(s)).toDouble());
        stateTotal += ms;
        out() << "  " << qSetFieldWidth(12) << Qt::left << s << qSetFieldWidth(9) << Qt::right
              << fixed(ms / 1000.0, 2) << qSetFieldWidth(0) << " s" << Qt::endl;
    }
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("queued"),      QStringLiteral("starting"),
                                       QStringLiteral("pending"),     QStringLiteral("processing"),
                                       QStringLiteral("downloading"), QStringLiteral("unpacking")};
        if (!known.contains(it.key()))
            out() << "  " << it.key() << ": " << fixed(it.value().toDouble() / 1000.0, 2) << " s"
                  << Qt::endl;
    }

    qint64 written = 0;
    qint64 lines = 0;
    QStringList fileNames;
    for (const auto &v : result.value(QStringLiteral("files")).toArray()) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        written += QFileInfo(path).size();
        lines += countLines(path);
        fileNames << QFileInfo(path).fileName();
    }
    const qint64 downloaded = qint64(served.value(QStringLiteral("size")).toDouble());
    const qint64 records = qint64(served.value(QStringLiteral("recordCount")).toDouble());
    const double downloadS = states.value(QStringLiteral("downloading")).toDouble() / 1000.0;
    const double unpackS = states.value(QStringLiteral("unpacking")).toDouble() / 1000.0;

    out() << "\nexport " << taskId << ": " << records << " records, " << names.size()
          << " columns, served "
          << (served.value(QStringLiteral("zipped")).toBool() ? "zipped" : "plain") << " ("
          << bench::mib(downloaded / 1024) << ")" << Qt::endl;
    out() << "saved: " << fileNames.join(QStringLiteral(", ")) << ", " << bench::mib(written / 1024)
          << ", " << lines << " lines (header + records when no value holds a newline)" << Qt::endl;
    out() << "bytes written: " << bench::mib((downloaded + written) / 1024)
          << " (the download, then the unpacked files; the zip is removed)" << Qt::endl;
    out() << "requests: " << made(QStringLiteral("status")) << " status calls, "
          << made(QStringLiteral("start")) << " start, " << made(QStringLiteral("download"))
          << " download" << Qt::endl;
    out() << "CLI: wall " << fixed(wallMs / 1000.0, 2) << " s (states sum "
          << fixed(stateTotal / 1000.0, 2) << " s), CPU " << fixed(cpuS, 2) << " s, peak RSS "
          << bench::mib(usage.ru_maxrss) << Qt::endl;
    // The sandbox holds an export in PROCESSING for (2 s + 1 s per 2,000 rows) / clock speed, or
    // until its worker thread has rendered the file, whichever is later.
    const double simulatedS = (2.0 + records / 2000.0) / qMax(1e-9, speed.toDouble());
    out() << "sandbox: simulated processing " << fixed(simulatedS, 1) << " s at x" << speed
          << "; the rest of the processing time is the sandbox rendering and zipping the file"
          << Qt::endl;
    out() << "throughput: download " << fixed(downloaded / 1048576.0 / downloadS, 0)
          << " MiB/s, unpack " << fixed(written / 1048576.0 / unpackS, 0) << " MiB/s of CSV"
          << Qt::endl;

    const QString what = QStringLiteral("export %1 contacts via CLI (clock x%2)")
                             .arg(QLocale::c().toString(contacts.toLongLong()), speed);
    bench::summary(what + QStringLiteral(": wall"),
                   QStringLiteral("%1 s (pending %2, processing %3, download %4, unpack %5 s)")
                       .arg(fixed(wallMs / 1000.0, 1),
                            fixed(states.value(QStringLiteral("pending")).toDouble() / 1000, 1),
                            fixed(states.value(QStringLiteral("processing")).toDouble() / 1000, 1),
                            fixed(downloadS, 1), fixed(unpackS, 1)));
    bench::summary(what + QStringLiteral(": calls, bytes, RSS"),
                   QStringLiteral("%1 status calls; %2 down, %3 written; CLI peak %4")
                       .arg(made(QStringLiteral("status")))
                       .arg(bench::mib(downloaded / 1024),
                            bench::mib((downloaded + written) / 1024),
                            bench::mib(usage.ru_maxrss)));
    if (records > 0 && lines != records + 1)
        out() << "note: line count " << lines << " is not records + 1 (" << records + 1
              << "): some values hold newlines" << Qt::endl;

    sandbox.terminate();
    if (!sandbox.waitForFinished(10000))
        sandbox.kill();
    bench::childrenToStop().removeAll(&sandbox);
    QDir(work).removeRecursively();
    return 0;
}
