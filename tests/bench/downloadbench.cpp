// bench_download: the engine's download of one large export file against `curl -o`.
//
//   bench_download [--contacts N] [--small-below ID] [--rounds R] [--work DIR] [--sandbox BIN]
//
// Starts hubspot-sandbox (clock frozen, so links never expire while a download runs; no zipping,
// no file split) with N contacts (default 2,500,000: a CSV of about 531 MiB with every contact
// property), starts two CSV exports over HTTP (all contacts, and the ones whose hs_object_id is
// below ID: about a tenth of the size) and, for each, alternates R times (default 5): the
// engine (es::Downloader on its own QNetworkAccessManager, in a child process so its peak RSS,
// VmHWM, is its own) and `curl -s -o FILE URL`, both into the same folder on the same disk, each
// with a fresh link from a status call. The Downloader fsyncs the file before its rename, curl
// does not, so curl's time is taken with and without a `sync FILE` afterwards; the ratio uses
// the fsync'ed figure (the same work) and the raw one is printed too. Both files are checked
// against the sandbox's sha256. Prints each round, the median time ratio engine/curl and the
// engine's peak RSS at both sizes. Not a test: it only prints figures.

#include "benchutil.h"
#include "transfer/downloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

#ifndef ES_SANDBOX_BIN
#define ES_SANDBOX_BIN ""
#endif

using bench::die;
using bench::median;
using bench::out;
using bench::peakRssKiB;

namespace {

// --child URL TARGET: one download with the engine, then "ms vmhwm_kib bytes sha256" on stdout.
int childDownload(const QUrl &url, const QString &target)
{
    QNetworkAccessManager nam;
    es::Downloader downloader(&nam);
    es::DownloadTask *task = downloader.create(url, target);
    es::DownloadResult result;
    QElapsedTimer timer;
    qint64 ms = 0;
    QObject::connect(task, &es::DownloadTask::finished, qApp, [&](const es::DownloadResult &r) {
        ms = timer.elapsed();
        result = r;
        QCoreApplication::quit();
    });
    timer.start();
    task->start();
    QCoreApplication::exec();
    if (!result.ok()) {
        std::fprintf(stderr, "download failed: %s\n", qPrintable(result.errorString));
        return 1;
    }
    std::printf("%lld %lld %lld %s\n", static_cast<long long>(ms),
                static_cast<long long>(peakRssKiB()), static_cast<long long>(result.size),
                result.sha256.constData());
    return 0;
}

struct ExportFile
{
    QString label;
    QString id;
    qint64 size = 0;
    QByteArray sha256;
};

struct Side
{
    double ms = 0;
    double msSynced = 0; // curl only: with the fsync of its file
    qint64 rssKiB = 0;
};

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return hash.result().toHex();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("es::Downloader vs curl on one big file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts in the dataset."),
                      QStringLiteral("N"), QStringLiteral("2500000")});
    parser.addOption({QStringLiteral("small-below"),
                      QStringLiteral("Second export: contacts with hs_object_id below ID."),
                      QStringLiteral("ID"), QStringLiteral("10250001")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of each per size."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Scratch folder."),
                      QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/es-downloadbench")});
    parser.addOption({QStringLiteral("sandbox"), QStringLiteral("hubspot-sandbox binary."),
                      QStringLiteral("BIN"), QStringLiteral(ES_SANDBOX_BIN)});
    parser.addOption({QStringLiteral("child"), QStringLiteral("internal"), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("target"), QStringLiteral("internal"), QStringLiteral("FILE")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("child")))
        return childDownload(QUrl(parser.value(QStringLiteral("child"))),
                             parser.value(QStringLiteral("target")));

    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const QString work = parser.value(QStringLiteral("work"));
    const QString sandboxBin = parser.value(QStringLiteral("sandbox"));
    if (sandboxBin.isEmpty() || !QFileInfo(sandboxBin).isExecutable())
        die(QStringLiteral("no hubspot-sandbox binary (use --sandbox BIN)"));
    QDir(work).removeRecursively();
    QDir().mkpath(work + QStringLiteral("/data"));
    QDir().mkpath(work + QStringLiteral("/out"));

    // Clock frozen (advanced by hand): a link cannot expire in the middle of a download.
    QProcess sandbox;
    QElapsedTimer startup;
    startup.start();
    const QUrl api = bench::startSandbox(
        sandbox, sandboxBin,
        {QStringLiteral("--contacts"), parser.value(QStringLiteral("contacts")),
         QStringLiteral("--companies"), QStringLiteral("10"), QStringLiteral("--deals"),
         QStringLiteral("10"), QStringLiteral("--tickets"), QStringLiteral("10"),
         QStringLiteral("--clock-speed"), QStringLiteral("0"), QStringLiteral("--zip-threshold"),
         QStringLiteral("1000000000000"), QStringLiteral("--row-cap"), QStringLiteral("100000000"),
         QStringLiteral("--quota"), QStringLiteral("1000"), QStringLiteral("--data-dir"),
         work + QStringLiteral("/data")},
        work, 120000);
    out() << "sandbox up in " << startup.elapsed() / 1000.0 << " s with "
          << parser.value(QStringLiteral("contacts")) << " contacts" << Qt::endl;

    bench::Http http(die);
    const auto at = [&](const QString &path) { return bench::at(api, path); };
    const QJsonArray props = bench::contactProperties(http, api);
    QJsonArray names;
    for (const auto &p : props)
        names.append(p.toObject().value(QStringLiteral("name")));

    const auto startExport = [&](const QString &name, const QJsonArray &filterGroups) {
        const QJsonObject body{{QStringLiteral("exportType"), QStringLiteral("VIEW")},
                               {QStringLiteral("format"), QStringLiteral("CSV")},
                               {QStringLiteral("exportName"), name},
                               {QStringLiteral("language"), QStringLiteral("EN")},
                               {QStringLiteral("objectType"), QStringLiteral("CONTACT")},
                               {QStringLiteral("objectProperties"), names},
                               {QStringLiteral("publicCrmSearchRequest"),
                                QJsonObject{{QStringLiteral("filterGroups"), filterGroups},
                                            {QStringLiteral("filters"), QJsonArray()},
                                            {QStringLiteral("sorts"), QJsonArray()}}}};
        return http
            .call("POST", at(QStringLiteral("/crm/v3/exports/export/async")), QJsonDocument(body))
            .object()
            .value(QStringLiteral("id"))
            .toString();
    };
    const auto statusOf = [&](const QString &id) {
        return http
            .call("GET", at(QStringLiteral("/crm/v3/exports/export/async/tasks/%1/status").arg(id)))
            .object();
    };

    QList<ExportFile> files;
    files << ExportFile{QStringLiteral("large"), startExport(QStringLiteral("Large"), {}), 0, {}};
    const QJsonArray smallFilter{QJsonObject{
        {QStringLiteral("filters"),
         QJsonArray{QJsonObject{
             {QStringLiteral("propertyName"), QStringLiteral("hs_object_id")},
             {QStringLiteral("operator"), QStringLiteral("LT")},
             {QStringLiteral("value"), parser.value(QStringLiteral("small-below"))}}}}}};
    files << ExportFile{
        QStringLiteral("small"), startExport(QStringLiteral("Small"), smallFilter), 0, {}};

    QElapsedTimer render;
    render.start();
    for (ExportFile &f : files) {
        while (statusOf(f.id).value(QStringLiteral("status")).toString() !=
               QStringLiteral("COMPLETE")) {
            if (render.elapsed() > 30 * 60 * 1000)
                die(QStringLiteral("export %1 did not complete in 30 minutes").arg(f.id));
            http.call("POST", at(QStringLiteral("/__sandbox/clock/advance")),
                      QJsonDocument(QJsonObject{{QStringLiteral("seconds"), 3600}}), false);
            QThread::msleep(500);
        }
        const QJsonObject info =
            http.call("GET", at(QStringLiteral("/__sandbox/exports/%1").arg(f.id)), {}, false)
                .object();
        f.size = qint64(info.value(QStringLiteral("size")).toDouble());
        f.sha256 = info.value(QStringLiteral("sha256")).toString().toLatin1();
        if (info.value(QStringLiteral("zipped")).toBool())
            die(QStringLiteral("the sandbox zipped the export; raise --zip-threshold"));
    }
    out() << "exports rendered in " << render.elapsed() / 1000.0 << " s" << Qt::endl;

    const QString outDir = work + QStringLiteral("/out");
    const auto freshLink = [&](const QString &id) {
        return statusOf(id).value(QStringLiteral("result")).toString();
    };
    const auto runEngine = [&](const ExportFile &f) {
        const QString target = outDir + QStringLiteral("/engine.csv");
        QFile::remove(target);
        ::sync();
        QProcess child;
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), freshLink(f.id), QStringLiteral("--target"), target});
        child.waitForFinished(-1);
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || fields.size() != 4)
            die(QStringLiteral("engine run failed: %1")
                    .arg(QString::fromUtf8(child.readAllStandardError())));
        if (fields.at(2).toLongLong() != f.size || fields.at(3) != f.sha256 ||
            sha256Of(target) != f.sha256)
            die(QStringLiteral("the engine's file differs from the sandbox's"));
        QFile::remove(target);
        return Side{fields.at(0).toDouble(), fields.at(0).toDouble(), fields.at(1).toLongLong()};
    };
    const auto runCurl = [&](const ExportFile &f) {
        const QString target = outDir + QStringLiteral("/curl.csv");
        QFile::remove(target);
        const QString link = freshLink(f.id);
        ::sync();
        QElapsedTimer t;
        t.start();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("-o"), target, link});
        curl.waitForFinished(-1);
        const double raw = double(t.elapsed());
        QProcess syncFile; // coreutils `sync FILE` = fsync(FILE)
        syncFile.start(QStringLiteral("sync"), {target});
        syncFile.waitForFinished(-1);
        const double synced = double(t.elapsed());
        if (curl.exitCode() != 0 || QFileInfo(target).size() != f.size ||
            sha256Of(target) != f.sha256)
            die(QStringLiteral("curl failed or its file differs (exit %1)").arg(curl.exitCode()));
        QFile::remove(target);
        return Side{raw, synced, 0};
    };

    // Context for the ratio: the engine hashes (SHA-256) every byte as it streams; this is the
    // ceiling that alone puts on its throughput here.
    {
        const QByteArray chunk(64 * 1024, 'x');
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 2048; ++i)
            hash.addData(chunk);
        (void)hash.result();
        out() << "QCryptographicHash SHA-256 alone: "
              << QString::number(128 / (t.elapsed() / 1000.0), 'f', 0) << " MiB/s" << Qt::endl;
    }

    QList<QString> summary;
    for (const ExportFile &f : std::as_const(files)) {
        out() << "\n"
              << f.label << " file: " << f.size << " bytes ("
              << QString::number(f.size / 1048576.0, 'f', 1) << " MiB), " << rounds << " rounds"
              << Qt::endl;
        QList<double> ratios;
        QList<double> rawRatios;
        qint64 peak = 0;
        for (int round = 1; round <= rounds; ++round) {
            Side engine;
            Side curl;
            if (round % 2) { // alternate who goes first: neither always gets the warm cache
                engine = runEngine(f);
                curl = runCurl(f);
            } else {
                curl = runCurl(f);
                engine = runEngine(f);
            }
            peak = qMax(peak, engine.rssKiB);
            ratios << engine.ms / curl.msSynced;
            rawRatios << engine.ms / curl.ms;
            out() << "round " << round << ": engine " << engine.ms / 1000 << " s (VmHWM "
                  << engine.rssKiB << " KiB, "
                  << QString::number(f.size / 1048576.0 / (engine.ms / 1000), 'f', 0)
                  << " MiB/s), curl " << curl.ms / 1000 << " s, curl+fsync " << curl.msSynced / 1000
                  << " s, ratio " << engine.ms / curl.msSynced << Qt::endl;
        }
        summary << QStringLiteral("%1 (%2 MiB): median engine/(curl+fsync) %3, engine/curl "
                                  "without fsync %4, engine peak RSS %5 MiB")
                       .arg(f.label)
                       .arg(f.size / 1048576.0, 0, 'f', 1)
                       .arg(median(ratios), 0, 'f', 3)
                       .arg(median(rawRatios), 0, 'f', 3)
                       .arg(peak / 1024.0, 0, 'f', 1);
        // For run-benchmarks.sh's closing table.
        out() << "@summary\tdownload " << QString::number(f.size / 1048576.0, 'f', 0)
              << " MiB: engine / (curl + fsync), median of " << rounds << "\t"
              << QString::number(median(ratios), 'f', 2) << " ("
              << QString::number(median(rawRatios), 'f', 2) << " against curl without fsync)"
              << "\t" << QStringLiteral("≤ 1.05") << Qt::endl;
        out() << "@summary\tdownload " << QString::number(f.size / 1048576.0, 'f', 0)
              << " MiB: engine peak RSS\t" << QString::number(peak / 1024.0, 'f', 1) << " MiB\t"
              << QStringLiteral("≤ 64 MiB") << Qt::endl;
    }
    out() << "\nsummary" << Qt::endl;
    for (const QString &line : std::as_const(summary))
        out() << "  " << line << Qt::endl;

    sandbox.terminate();
    if (!sandbox.waitForFinished(10000))
        sandbox.kill();
    bench::childrenToStop().removeAll(&sandbox);
    QDir(work).removeRecursively();
    return 0;
}
