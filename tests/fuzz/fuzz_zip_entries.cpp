// The Unpacker's entry validation (names, attributes, sizes, ratios, CRCs) on any bytes written
// as a zip. Its checks are private to unpacker.cpp, so the whole Unpacker runs on each input.
// Whatever the archive holds, afterwards: nothing exists outside the destination folder, a
// failure leaves the destination empty (no partial file at a final path, no staging folder), and
// a success leaves exactly the reported files, directly in the destination.

#include "fuzzcommon.h"
#include "transfer/unpacker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

QStringList everything(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    found.sort();
    return found;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::fuzz::quietQt();
    static QTemporaryDir work; // one per process: the fuzzer runs millions of inputs
    if (!work.isValid())
        es::fuzz::fail("no temporary folder");
    const QString zipPath = work.filePath(QStringLiteral("input.zip"));
    const QString dest = work.filePath(QStringLiteral("dest"));
    QDir(dest).removeRecursively();
    QDir().mkpath(dest);
    {
        QFile zip(zipPath);
        if (!zip.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            zip.write(es::fuzz::bytes(data, size)) != qint64(size))
            es::fuzz::fail("cannot write the input zip");
    }

    es::UnpackOptions options;
    options.zipPath = zipPath;
    options.destDir = dest;
    options.syncFiles = false; // speed; fsync does not change what is validated
    options.limits.maxTotalBytes = 64 * 1024 * 1024;
    options.limits.maxEntries = 200;
    const es::UnpackResult result = es::Unpacker(options).unpackNow();

    const QStringList outside = everything(work.path());
    for (const QString &path : outside) {
        if (path != zipPath && path != dest && !path.startsWith(dest + QLatin1Char('/')))
            es::fuzz::fail("the Unpacker wrote outside the destination folder");
    }
    const QStringList inside = everything(dest);
    if (!result.ok()) {
        if (!inside.isEmpty())
            es::fuzz::fail("a failed unpack left files in the destination folder");
        return 0;
    }
    QStringList reported;
    qint64 bytes = 0;
    for (const QString &file : result.files) {
        const QFileInfo info(file);
        if (info.absolutePath() != QFileInfo(dest).absoluteFilePath() || !info.isFile() ||
            info.isSymLink())
            es::fuzz::fail("an unpacked file is not a plain file directly in the destination");
        if (info.fileName().startsWith(QLatin1Char('.')))
            es::fuzz::fail("an unpacked file has a hidden name");
        reported << info.absoluteFilePath();
        bytes += info.size();
    }
    reported.sort();
    if (reported != inside)
        es::fuzz::fail("the destination holds other files than the ones reported");
    if (bytes != result.bytes)
        es::fuzz::fail("the reported byte count differs from the files' sizes");
    return 0;
}
