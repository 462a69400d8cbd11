// bench_startup: export-studio's start to its first painted main window, against a minimal Qt
// Widgets program built the same way, and the app's idle memory.
//
//   bench_startup [--rounds R] [--settle-ms MS] [--history N] [--app BIN] [--minimal BIN]
//
// Each launch is a new process (the files are in the page cache after the warm-up launches, so
// this is a warm-cache start, not a cold boot). The time runs from QProcess::start() to the first
// flush of the main window's backing store to the display, which Qt reports on its own
// qt.widgets.painting logging category: nothing in the app is changed for the measurement; both
// programs log the same way (the logging costs both a little). Under Xvfb (started here when it
// is installed) the platform is xcb, else offscreen.
//
// Three programs per round, the order rotated each round: minimal-widgets-window, export-studio
// with an empty state folder, and export-studio whose history lists N finished exports (default
// 1,000; their files exist). After the first paint each is left idle for --settle-ms (default
// 1500) and its RSS and PSS are read from /proc/PID/smaps_rollup. Prints every launch, the
// medians and the median of the per-round ratios app/minimal, for the empty state and for the
// history (wall time, and the CPU time of all threads and of the GUI thread alone, which a busy
// machine distorts less). Not a test: it only prints figures.

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>
#include <transfer/history.h>

#ifndef ES_APP_BIN
#define ES_APP_BIN ""
#endif
#ifndef ES_MINIMAL_BIN
#define ES_MINIMAL_BIN ""
#endif

using bench::fixed;
using bench::median;
using bench::out;

namespace {

QProcess *g_xvfb = nullptr;
QProcess *g_bus = nullptr;

[[noreturn]] void die(const QString &why)
{
    out() << "bench_startup: " << why << Qt::endl;
    if (g_bus) {
        g_bus->kill();
        g_bus->waitForFinished(5000);
    }
    if (g_xvfb) {
        g_xvfb->kill();
        g_xvfb->waitForFinished(5000);
    }
    std::exit(1);
}

struct Launch
{
    double firstPaintMs = 0;
    double cpuMs = 0;  // on-CPU time of all its threads until the first paint
    double guiMs = 0;  // on-CPU time of its GUI (main) thread alone: what the paint waits for
    double waitMs = 0; // time its threads were runnable but waiting for a CPU (machine load)
    qint64 rssKiB = 0;
    qint64 pssKiB = 0;
};

struct Program
{
    QString label;
    QString bin;
    QStringList args;
    QProcessEnvironment env;
    QList<Launch> launches;
};

// Sums /proc/PID/task/*/schedstat: nanoseconds on a CPU and waiting in the run queue; `guiMs`
// is the main thread's share (its task id is the process id).
void schedTimes(qint64 pid, double *cpuMs, double *waitMs, double *guiMs)
{
    *cpuMs = *waitMs = *guiMs = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = f.readAll().trimmed().split(' ');
        const double onCpu = fields.value(0).toDouble() / 1e6;
        *cpuMs += onCpu;
        *waitMs += fields.value(1).toDouble() / 1e6;
        if (tid == QString::number(pid))
            *guiMs = onCpu;
    }
}

// Starts the program, waits for Qt to report the first flush of a main window, lets it idle,
// reads its memory and kills it.
Launch launch(const Program &p, int settleMs)
{
    QProcess child;
    child.setProcessEnvironment(p.env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setStandardOutputFile(QProcess::nullDevice());
    child.setReadChannel(QProcess::StandardError);
    QElapsedTimer clock;
    clock.start();
    child.start(p.bin, p.args);
    Launch l;
    QByteArray pending;
    while (l.firstPaintMs == 0) {
        if (!child.waitForReadyRead(20000))
            die(QStringLiteral("%1 did not paint its main window within 20 s (%2)")
                    .arg(p.label, child.errorString()));
        pending += child.readAllStandardError();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            // "qt.widgets.painting: Flushing QRegion(...) of es::MainWindow(0x...)"
            if (line.contains("painting: Flushing QRegion") && line.contains("MainWindow(")) {
                l.firstPaintMs = clock.nsecsElapsed() / 1e6;
                schedTimes(child.processId(), &l.cpuMs, &l.waitMs, &l.guiMs);
                break;
            }
        }
    }
    // Idle: keep reading its stderr so the pipe never fills and blocks it.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < settleMs) {
        child.waitForReadyRead(qMax<qint64>(1, settleMs - settle.elapsed()));
        child.readAllStandardError();
    }
    l.rssKiB = bench::procKiB(child.processId(), "smaps_rollup", "Rss");
    l.pssKiB = bench::pssKiB(child.processId());
    child.kill();
    child.waitForFinished(5000);
    return l;
}

void writeHistory(const QString &stateDir, const QString &downloads, int count)
{
    QDir().mkpath(stateDir);
    QDir().mkpath(downloads);
    es::History history(stateDir + QStringLiteral("/history.json"));
    const QDateTime base(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        es::HistoryEntry e;
        e.jobId = QStringLiteral("job-%1").arg(i, 5, 10, QLatin1Char('0'));
        e.exportName = QStringLiteral("Weekly customers %1").arg(i);
        e.accountId = QStringLiteral("sandbox");
        e.finishedAt = base.addSecs(i * 600);
        e.state = es::JobState::Done;
        e.taskId = QString::number(1000000 + i);
        e.recordCount = 1000 + i;
        const QString path = downloads + QStringLiteral("/customers-%1.csv").arg(i);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("email\nx@example.com\n") < 0)
            die(QStringLiteral("cannot write %1").arg(path));
        e.files = {{path, f.size()}};
        history.add(e);
    }
    if (history.entries().size() != count)
        die(QStringLiteral("the history holds %1 entries").arg(history.entries().size()));
}

// A fresh home per program, so no settings, window geometry or keychain entry carries over.
QProcessEnvironment environmentFor(const QString &home, const QString &platform,
                                   const QString &display, const QString &bus)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("EXPORT_STUDIO_STATE_DIR"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.widgets.painting=true"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    if (!display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display);
    if (!bus.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus);
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir().mkpath(home + QStringLiteral("/state"));
    return env;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("export-studio's start-up and idle memory."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds (order rotated)."),
                      QStringLiteral("R"), QStringLiteral("9")});
    parser.addOption({QStringLiteral("settle-ms"),
                      QStringLiteral("Idle time after the first paint before memory is read."),
                      QStringLiteral("MS"), QStringLiteral("1500")});
    parser.addOption({QStringLiteral("history"), QStringLiteral("Finished exports in history."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("app"), QStringLiteral("export-studio binary."),
                      QStringLiteral("BIN"), QStringLiteral(ES_APP_BIN)});
    parser.addOption({QStringLiteral("minimal"), QStringLiteral("The yardstick program."),
                      QStringLiteral("BIN"), QStringLiteral(ES_MINIMAL_BIN)});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Scratch folder."),
                      QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/es-startupbench")});
    parser.process(app);
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const int settleMs = qMax(0, parser.value(QStringLiteral("settle-ms")).toInt());
    const int historyCount = qMax(1, parser.value(QStringLiteral("history")).toInt());
    const QString appBin = parser.value(QStringLiteral("app"));
    const QString minimalBin = parser.value(QStringLiteral("minimal"));
    for (const QString &bin : {appBin, minimalBin}) {
        if (bin.isEmpty() || !QFileInfo(bin).isExecutable())
            die(QStringLiteral("missing binary %1 (use --app/--minimal)").arg(bin));
    }
    const QString work = parser.value(QStringLiteral("work"));
    QDir(work).removeRecursively();

    // A display of our own: xcb is what people run; offscreen when there is no Xvfb.
    QString platform = QStringLiteral("offscreen");
    QString display;
    QProcess xvfb;
    const QString xvfbBin = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (!xvfbBin.isEmpty()) {
        g_xvfb = &xvfb;
        xvfb.setStandardErrorFile(QProcess::nullDevice());
        xvfb.start(xvfbBin,
                   {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                    QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                    QStringLiteral("1280x1024x24")});
        while (!xvfb.canReadLine()) {
            if (!xvfb.waitForReadyRead(10000))
                die(QStringLiteral("Xvfb did not start"));
        }
        display = u':' + QString::fromLatin1(xvfb.readLine().trimmed());
        platform = QStringLiteral("xcb");
    }

    // A session bus of our own, as a desktop has: without one, Qt D-Bus (used by the keychain)
    // tries to autolaunch a bus at every start, a cost no real session pays.
    QString bus;
    QProcess busDaemon;
    const QString busBin = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (!busBin.isEmpty()) {
        g_bus = &busDaemon;
        busDaemon.setStandardErrorFile(QProcess::nullDevice());
        busDaemon.start(busBin, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                 QStringLiteral("--print-address=1")});
        while (!busDaemon.canReadLine()) {
            if (!busDaemon.waitForReadyRead(10000))
                die(QStringLiteral("dbus-daemon did not start"));
        }
        bus = QString::fromLatin1(busDaemon.readLine().trimmed());
    }

    const QString historyHome = work + QStringLiteral("/home-history");
    QList<Program> programs{
        {QStringLiteral("minimal Qt Widgets window"),
         minimalBin,
         {},
         environmentFor(work + QStringLiteral("/home-minimal"), platform, display, bus),
         {}},
        {QStringLiteral("export-studio, empty state"),
         appBin,
         {QStringLiteral("--new-instance")},
         environmentFor(work + QStringLiteral("/home-app"), platform, display, bus),
         {}},
        {QStringLiteral("export-studio, %1 in history").arg(historyCount),
         appBin,
         {QStringLiteral("--new-instance")},
         environmentFor(historyHome, platform, display, bus),
         {}},
    };
    writeHistory(historyHome + QStringLiteral("/state"), historyHome + QStringLiteral("/Downloads"),
                 historyCount);

    out() << "platform " << platform
          << (display.isEmpty() ? QString() : QString(u" on Xvfb " + display))
          << (bus.isEmpty() ? QStringLiteral(", no session bus")
                            : QStringLiteral(", own session bus"))
          << ", " << rounds << " rounds (order rotated), settle " << settleMs << " ms, load "
          << bench::loadAverage() << Qt::endl;
    // Warm-up: load every library into the page cache once.
    for (const Program &p : std::as_const(programs))
        launch(p, 0);

    // Per round, app / minimal for: wall time to the first paint, CPU time of all threads, CPU
    // time of the GUI thread. Index 0 the empty state, 1 the history.
    QList<double> ratios[2], cpuRatios[2], guiRatios[2];
    for (int round = 0; round < rounds; ++round) {
        Launch byIndex[3];
        for (int k = 0; k < 3; ++k) {
            const int i = (round + k) % 3;
            byIndex[i] = launch(programs.at(i), settleMs);
            programs[i].launches << byIndex[i];
        }
        for (int which = 0; which < 2; ++which) {
            ratios[which] << byIndex[which + 1].firstPaintMs / byIndex[0].firstPaintMs;
            cpuRatios[which] << byIndex[which + 1].cpuMs / byIndex[0].cpuMs;
            guiRatios[which] << byIndex[which + 1].guiMs / byIndex[0].guiMs;
        }
        out() << "round " << round + 1 << ":";
        for (int i = 0; i < 3; ++i)
            out() << "  " << fixed(byIndex[i].firstPaintMs, 1) << " ms (CPU "
                  << fixed(byIndex[i].cpuMs, 1) << ", GUI thread " << fixed(byIndex[i].guiMs, 1)
                  << ", run-queue wait " << fixed(byIndex[i].waitMs, 1) << ")";
        out() << "  ratio " << fixed(ratios[0].last(), 2) << " / " << fixed(ratios[1].last(), 2)
              << Qt::endl;
    }

    out() << "\nmedians (first paint; RSS / PSS after " << settleMs << " ms idle):" << Qt::endl;
    QList<double> paint[3], rss[3], pss[3], cpu[3], gui[3], wait[3];
    for (int i = 0; i < 3; ++i) {
        for (const Launch &l : std::as_const(programs.at(i).launches)) {
            paint[i] << l.firstPaintMs;
            rss[i] << double(l.rssKiB);
            pss[i] << double(l.pssKiB);
            cpu[i] << l.cpuMs;
            gui[i] << l.guiMs;
            wait[i] << l.waitMs;
        }
        out() << "  " << programs.at(i).label << ": " << fixed(median(paint[i])) << " ms (CPU "
              << fixed(median(cpu[i])) << " ms, GUI thread " << fixed(median(gui[i]))
              << " ms, run-queue wait " << fixed(median(wait[i])) << " ms), RSS "
              << bench::mib(qint64(median(rss[i]))) << ", PSS "
              << bench::mib(qint64(median(pss[i]))) << Qt::endl;
    }
    out() << "median of the per-round ratios app/minimal: " << fixed(median(ratios[0]), 2)
          << " (empty state), " << fixed(median(ratios[1]), 2) << " (" << historyCount
          << " in history); load now " << bench::loadAverage() << Qt::endl;

    // The wall-time ratios are the figures that count; on a busy machine the run-queue wait
    // swamps them, and the GUI thread's CPU time says what the first paint itself waited for.
    const QStringList labels{QStringLiteral("empty state"),
                             QStringLiteral("%1 exports in history").arg(historyCount)};
    const QStringList targets{QStringLiteral("≤ 1.5"), QStringLiteral("≤ 1.25")};
    for (int which = 0; which < 2; ++which) {
        bench::summary(QStringLiteral("start → first painted window, %1: app / minimal Qt "
                                      "(median of %2 rounds)")
                           .arg(labels.at(which))
                           .arg(rounds),
                       QStringLiteral("%1 (%2 ms / %3 ms)")
                           .arg(fixed(median(ratios[which]), 2), fixed(median(paint[which + 1]), 0),
                                fixed(median(paint[0]), 0)),
                       targets.at(which));
        bench::summary(
            QStringLiteral("same, %1: CPU time (all threads; GUI thread)").arg(labels.at(which)),
            QStringLiteral("%1 (%2 ms / %3 ms); %4 (%5 ms / %6 ms)")
                .arg(fixed(median(cpuRatios[which]), 2), fixed(median(cpu[which + 1]), 0),
                     fixed(median(cpu[0]), 0), fixed(median(guiRatios[which]), 2),
                     fixed(median(gui[which + 1]), 0), fixed(median(gui[0]), 0)),
            QStringLiteral("-"));
    }
    bench::summary(
        QStringLiteral("idle memory RSS / PSS: app; app + %1 history; minimal").arg(historyCount),
        QStringLiteral("%1 / %2; %3 / %4; %5 / %6")
            .arg(bench::mib(qint64(median(rss[1]))), bench::mib(qint64(median(pss[1]))),
                 bench::mib(qint64(median(rss[2]))), bench::mib(qint64(median(pss[2]))),
                 bench::mib(qint64(median(rss[0]))), bench::mib(qint64(median(pss[0])))));

    if (g_bus) {
        busDaemon.terminate();
        busDaemon.waitForFinished(5000);
        g_bus = nullptr;
    }
    if (g_xvfb) {
        xvfb.terminate();
        xvfb.waitForFinished(5000);
        g_xvfb = nullptr;
    }
    QDir(work).removeRecursively();
    return 0;
}
