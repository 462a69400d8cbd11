// bench_vault: the history vault with a million rows. Writes a 1,000,000-row contacts CSV
// (hs_object_id + 20 properties), then, one after the other in this run:
//  - Vault::ingest of it into a fresh vault (a first run): time, rows/s, peak RSS (VmHWM of this
//    process, which only streamed the CSV before);
//  - the sqlite3 shell's `.import --csv` of the same CSV into a fresh database (a table of the
//    CSV's 21 columns): the yardstick (goal: ingest ≤ 1.5× its time);
//  - a second full run of the same size with 1% of the rows changed, 0.1% removed and 0.1% new,
//    and the diff of the two million-row runs (compute + stream every entry).
// Prints figures; no pass/fail.

#include "benchutil.h"
#include "vault/vault.h"
#include "vault/vaultdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace es;

namespace {

constexpr int Rows = 1000000;
constexpr int Properties = 20;

bool writeCsv(const QString &path, int round)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer = "Record ID";
    for (int p = 0; p < Properties; ++p)
        buffer += ",Property " + QByteArray::number(p);
    buffer += "\r\n";
    for (int r = 0; r < Rows + (round == 2 ? 1000 : 0); ++r) {
        if (round == 2 && r % 1000 == 7)
            continue; // removed
        const qint64 id = 10000001 + r;
        buffer += QByteArray::number(id);
        for (int p = 0; p < Properties; ++p) {
            buffer += ',';
            if (p == 3)
                buffer += "\"Street " + QByteArray::number(r % 977) + ", Apt " +
                          QByteArray::number(p) + '"';
            else
                buffer += "value-" + QByteArray::number((r * 31 + p * 7) % 100003);
        }
        if (round == 2 && r % 100 == 3)
            buffer += " changed";
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return true;
}

ExportRequest requestFor()
{
    ExportRequest request;
    request.objectProperties.append(QStringLiteral("hs_object_id"));
    for (int p = 0; p < Properties; ++p)
        request.objectProperties.append(QStringLiteral("property_%1").arg(p));
    return request;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString csv1 = tmp.filePath(QStringLiteral("run1.csv"));
    const QString csv2 = tmp.filePath(QStringLiteral("run2.csv"));
    if (!writeCsv(csv1, 1) || !writeCsv(csv2, 2)) {
        qCritical("cannot write the CSV files in %s", qPrintable(tmp.path()));
        return 1;
    }
    const double mib = double(QFile(csv1).size()) / (1 << 20);
    std::printf("CSV: %d rows x %d columns, %.1f MiB; load %s\n", Rows, Properties + 1, mib,
                qPrintable(bench::loadAverage()));

    Vault vault(tmp.filePath(QStringLiteral("vault.sqlite")));
    const auto ingest = [&](const QString &file, const QString &job) {
        Vault::IngestInput input;
        input.pending = {job, QStringLiteral("bench"), QStringLiteral("Bench"), RunKind::Full,
                         QDateTime::currentDateTimeUtc()};
        input.files = {file};
        input.request = requestFor();
        QElapsedTimer timer;
        timer.start();
        const Vault::IngestOutcome out = vault.ingest(input);
        const double s = timer.nsecsElapsed() / 1e9;
        if (!out.ok)
            qCritical("ingest failed: %s", qPrintable(out.message));
        std::printf("ingest %s: %.2f s, %.0f rows/s; %lld added, %lld changed, %lld removed; "
                    "peak RSS %.1f MiB\n",
                    qPrintable(job), s, out.run.rows / s, out.run.added, out.run.changed,
                    out.run.removed, bench::peakRssKiB() / 1024.0);
        return s;
    };
    const double first = ingest(csv1, QStringLiteral("run-1"));

    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {tmp.filePath(QStringLiteral("import.sqlite")),
                                             QStringLiteral(".import --csv %1 t").arg(csv1)});
    sqlite.waitForFinished(-1);
    const double imported = timer.nsecsElapsed() / 1e9;
    if (sqlite.exitCode() != 0)
        std::printf("sqlite3 .import failed: %s\n", sqlite.readAllStandardError().constData());
    std::printf("sqlite3 .import: %.2f s, %.0f rows/s\n", imported, Rows / imported);
    std::printf("ingest / sqlite3 .import: %.2f (goal <= 1.5)\n", first / imported);

    ingest(csv2, QStringLiteral("run-2"));
    const QList<VaultRun> runs = vault.runs(QStringLiteral("bench"));
    timer.restart();
    std::unique_ptr<VaultDiff> diff =
        vault.diff(QStringLiteral("bench"), runs.at(0).id, runs.at(1).id);
    const double computed = timer.nsecsElapsed() / 1e9;
    qint64 entries = 0;
    if (diff)
        diff->forEach([&](const VaultDiff::Entry &) {
            ++entries;
            return true;
        });
    const double streamed = timer.nsecsElapsed() / 1e9;
    std::printf("diff of two 1,000,000-row runs: %lld added, %lld changed, %lld removed; compute "
                "%.2f s, with every entry read %.2f s; peak RSS %.1f MiB\n",
                diff ? diff->added() : -1, diff ? diff->changed() : -1, diff ? diff->removed() : -1,
                computed, streamed, bench::peakRssKiB() / 1024.0);
    return 0;
}
