// bench_unzip: how the Unpacker compares with Info-ZIP's `unzip` on one big export archive.
//
//   bench_unzip [--size-mib N] [--runs R] [--work DIR] [--no-sync]
//
// Builds (once, cached in DIR) a zip of N MiB (default 512) of CSV in 4 files, then alternates
// R times: the Unpacker in a child process (so its peak RSS, VmHWM, is its own) and
// `unzip -o -q`, both into empty folders on the same disk, after a sync(). The Unpacker's
// time includes its fsync of every file unless --no-sync; unzip never syncs. Prints each run, the
// median Unpacker/unzip time ratio and the Unpacker's peak RSS. Not a test: it only prints figures.

#include "benchutil.h"
#include "transfer/unpacker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <unistd.h>

using bench::median;
using bench::peakRssKiB;

namespace {

// CSV rows that look like a contacts export: compresses about 4-6:1, like the real thing.
bool buildZip(const QString &path, qint64 totalBytes)
{
    QuaZip zip(path + QStringLiteral(".tmp"));
    if (!zip.open(QuaZip::mdCreate))
        return false;
    zip.setZip64Enabled(true);
    static const char *const first[] = {"Ada", "Grace", "Linus", "Zoë", "Ren", "Olu", "Mei", "Jo"};
    static const char *const city[] = {"Zürich", "Lagos", "Osaka", "Lima", "Oslo", "Pune"};
    QRandomGenerator rng(7);
    constexpr int Files = 4;
    qint64 id = 1;
    for (int f = 0; f < Files; ++f) {
        QuaZipNewInfo info(QStringLiteral("contacts-export-%1.csv").arg(f + 1));
        info.externalAttr = 0100644u << 16;
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, 8, 6))
            return false;
        out.write("Record ID,First Name,Last Name,Email,City,Phone,Lifecycle Stage,Create Date\n");
        QByteArray block;
        qint64 written = 0;
        while (written < totalBytes / Files) {
            block.clear();
            for (int i = 0; i < 2000; ++i, ++id) {
                const quint32 r = rng.generate();
                block += QByteArray::number(id) + ',' + first[r % 8] + ',' + "Name" +
                         QByteArray::number(r % 9973) + ',' + "user" + QByteArray::number(id) +
                         "@example" + QByteArray::number(r % 97) + ".com," + city[(r >> 8) % 6] +
                         ",+41 " + QByteArray::number(100000000 + r % 899999999) + ',' +
                         ((r >> 4) % 3 ? "lead" : "customer") + ",2024-0" +
                         QByteArray::number(1 + (r >> 12) % 9) + "-1" +
                         QByteArray::number((r >> 16) % 10) +
                         " 10:" + QByteArray::number(10 + (r >> 20) % 50) + '\n';
            }
            if (out.write(block) != block.size())
                return false;
            written += block.size();
        }
        out.close();
        if (out.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0 && QFile::rename(path + QStringLiteral(".tmp"), path);
}

int childUnpack(const QString &zip, const QString &dest, bool sync)
{
    es::UnpackOptions o;
    o.zipPath = zip;
    o.destDir = dest;
    o.syncFiles = sync;
    QElapsedTimer t;
    t.start();
    const es::UnpackResult r = es::Unpacker(o).unpackNow();
    const qint64 ms = t.elapsed();
    if (!r.ok()) {
        std::fprintf(stderr, "unpack failed: %s\n", qPrintable(r.errorString));
        return 1;
    }
    std::printf("%lld %lld %lld\n", static_cast<long long>(ms),
                static_cast<long long>(peakRssKiB()), static_cast<long long>(r.bytes));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Unpacker vs unzip on one big archive."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mib"), QStringLiteral("Uncompressed MiB."),
                      QStringLiteral("N"), QStringLiteral("512")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("R"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Scratch folder (zip cached)."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/es-unzipbench")});
    parser.addOption({QStringLiteral("no-sync"), QStringLiteral("Unpacker without fsync.")});
    parser.addOption({QStringLiteral("child"), QStringLiteral("internal"), QStringLiteral("ZIP")});
    parser.addOption({QStringLiteral("dest"), QStringLiteral("internal"), QStringLiteral("DIR")});
    parser.process(app);
    const bool sync = !parser.isSet(QStringLiteral("no-sync"));
    if (parser.isSet(QStringLiteral("child")))
        return childUnpack(parser.value(QStringLiteral("child")),
                           parser.value(QStringLiteral("dest")), sync);

    QTextStream out(stdout);
    const qint64 mib = parser.value(QStringLiteral("size-mib")).toLongLong();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const QString work = parser.value(QStringLiteral("work"));
    QDir().mkpath(work);
    const QString zip = work + QStringLiteral("/bench-%1mib.zip").arg(mib);
    if (!QFileInfo::exists(zip)) {
        out << "building " << zip << " (" << mib << " MiB of CSV)..." << Qt::endl;
        QElapsedTimer t;
        t.start();
        if (!buildZip(zip, mib * 1024 * 1024)) {
            out << "cannot build the zip" << Qt::endl;
            return 1;
        }
        out << "built in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    out << "archive: " << QFileInfo(zip).size() / (1024 * 1024) << " MiB compressed, " << mib
        << " MiB of CSV; Unpacker fsync " << (sync ? "on" : "off") << Qt::endl;

    QList<double> ratios;
    qint64 peak = 0;
    for (int run = 1; run <= runs; ++run) {
        const QString a = work + QStringLiteral("/out-unpacker");
        const QString b = work + QStringLiteral("/out-unzip");
        QDir(a).removeRecursively();
        QDir(b).removeRecursively();
        QDir().mkpath(a);
        QDir().mkpath(b);

        ::sync(); // start each side with no dirty pages from the one before
        QProcess child;
        QStringList args{QStringLiteral("--child"), zip, QStringLiteral("--dest"), a};
        if (!sync)
            args << QStringLiteral("--no-sync");
        child.start(QCoreApplication::applicationFilePath(), args);
        child.waitForFinished(-1);
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || fields.size() != 3) {
            out << "Unpacker run failed: " << child.readAllStandardError() << Qt::endl;
            return 1;
        }
        const double unpackerMs = fields.at(0).toDouble();
        peak = qMax(peak, fields.at(1).toLongLong());

        ::sync();
        QElapsedTimer t;
        t.start();
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-o"), QStringLiteral("-q"), zip, QStringLiteral("-d"), b});
        unzip.waitForFinished(-1);
        const double unzipMs = double(t.elapsed());
        if (unzip.exitCode() != 0) {
            out << "unzip failed: " << unzip.readAllStandardError() << Qt::endl;
            return 1;
        }
        ratios << unpackerMs / unzipMs;
        out << "run " << run << ": Unpacker " << unpackerMs / 1000 << " s (VmHWM " << fields.at(1)
            << " KiB), unzip " << unzipMs / 1000 << " s, ratio " << unpackerMs / unzipMs
            << Qt::endl;
        QDir(a).removeRecursively();
        QDir(b).removeRecursively();
    }
    out << "median time ratio Unpacker/unzip: " << median(ratios) << Qt::endl;
    out << "Unpacker peak RSS: " << peak / 1024.0 << " MiB" << Qt::endl;
    // For run-benchmarks.sh's closing table.
    out << "@summary\tunpack " << mib << " MiB of CSV: Unpacker / unzip, median of " << runs
        << "; Unpacker peak RSS\t" << QString::number(median(ratios), 'f', 2) << "; "
        << QString::number(peak / 1024.0, 'f', 1) << " MiB\t" << QStringLiteral("≤ 1.15")
        << Qt::endl;
    return 0;
}
