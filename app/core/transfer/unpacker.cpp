#include "unpacker.h"

#include "filenaming.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <cerrno>
#include <csignal>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcUnpack, "es.transfer.unpack")

namespace es {

namespace {

constexpr qint64 ChunkBytes = qint64{256} * 1024;
constexpr int UNZ_CRC_ERROR = -105; // minizip's UNZ_CRCERROR, without pulling unzip.h in

// Shows an entry name in a message without letting control characters reach a terminal.
QString printable(const QString &name)
{
    QString out;
    for (QChar c : name)
        out += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QChar(u'?') : c;
    if (out.size() > 200)
        out = out.left(200) + QStringLiteral("…");
    return out;
}

// A failed write of an extracted file, with advice that fits the reason: a read-only folder is
// not helped by freeing space.
QString cannotWriteMessage(const QString &folder, const QString &reason)
{
    const QString shown = QDir::toNativeSeparators(folder);
    switch (classifyWriteFailure(reason)) {
    case WriteFailure::DiskFull:
        return Unpacker::tr("Cannot write in %1 (%2): free some space in that folder and try "
                            "again.")
            .arg(shown, reason);
    case WriteFailure::NotWritable:
        return Unpacker::tr("Cannot write in %1 (%2): the folder is read-only or you may not "
                            "write there. Make it writable or choose another folder, then try "
                            "again.")
            .arg(shown, reason);
    case WriteFailure::Unknown:
        break;
    }
    return Unpacker::tr("Cannot write in %1 (%2): free some space in that folder, or choose "
                        "another folder, and try again.")
        .arg(shown, reason);
}

bool isReservedDeviceName(const QString &component)
{
    const QString stem = component.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList names = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (names.contains(stem))
        return true;
    if (stem.size() == 4 &&
        (stem.startsWith(QStringLiteral("COM")) || stem.startsWith(QStringLiteral("LPT"))))
        return stem.at(3).isDigit();
    return false;
}

// Why an entry's name is unsafe, or an empty string when it is fine.
QString unsafeNameReason(const QString &name)
{
    if (name.isEmpty())
        //: Completes "contains an entry that %1": why the zip entry is unsafe
        return Unpacker::tr("has an empty name");
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Unpacker::tr("has control characters in its name");
    }
    if (name.contains(u'\\'))
        return Unpacker::tr("uses backslashes in its path");
    if (name.startsWith(u'/'))
        return Unpacker::tr("has an absolute path");
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return Unpacker::tr("names a drive letter");
    if (name.contains(u':'))
        return Unpacker::tr("has a colon in its path");
    const QStringList parts = name.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QStringLiteral(".."))
            return Unpacker::tr("points outside the folder");
        if (part.isEmpty() && i != parts.size() - 1)
            return Unpacker::tr("has an empty path component");
        if (isReservedDeviceName(part))
            return Unpacker::tr("uses a reserved device name");
    }
    return {};
}

bool isDirectoryEntry(const QuaZipFileInfo64 &info)
{
    return info.name.endsWith(u'/');
}

} // namespace

Unpacker::Unpacker(const UnpackOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    setAutoDelete(false);
    qRegisterMetaType<es::UnpackResult>();
}

void Unpacker::start(QThreadPool *pool)
{
    (pool ? pool : QThreadPool::globalInstance())->start(this);
}

void Unpacker::run()
{
    const UnpackResult result = unpackNow();
    Q_EMIT finished(result);
}

int Unpacker::removeStaleStaging(const QString &destDir)
{
    // Staging folders are named after the process that owns them
    // (".export-studio-staging-<pid>-XXXXXX"), so the desktop app and the CLI can share a
    // download folder: only folders whose process is gone are swept. A folder without a pid
    // (older versions) is stale by definition.
    int removed = 0;
    const QDir dir(destDir);
    const QStringList candidates =
        dir.entryList({stagingPrefix() + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : candidates) {
        const QString rest = name.mid(stagingPrefix().size());
        bool isPid = false;
        const qint64 pid = rest.section(u'-', 0, 0).toLongLong(&isPid);
        const bool ownerAlive = isPid && rest.contains(u'-') && pid > 0 &&
                                (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        if (ownerAlive)
            continue;
        if (QDir(dir.filePath(name)).removeRecursively())
            ++removed;
    }
    return removed;
}

UnpackResult Unpacker::unpackNow()
{
    Q_EMIT started();
    UnpackResult result;
    const UnpackLimits &limits = m_options.limits;
    const QString zipShown = QDir::toNativeSeparators(m_options.zipPath);
    auto failed = [&](UnpackError error, const QString &message, const QString &entry = {}) {
        result.error = error;
        result.errorString = message;
        result.entryName = entry;
        result.files.clear();
        qCWarning(lcUnpack).noquote() << "unpack failed:" << message;
        return result;
    };

    QuaZip zip(m_options.zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return failed(UnpackError::NotAnArchive,
                      Unpacker::tr("%1 is not a readable zip archive (error %2): the download "
                                   "may be damaged; download the export again.")
                          .arg(zipShown)
                          .arg(zip.getZipError()));

    // 1. Validate every entry from the central directory before writing anything.
    const int count = zip.getEntriesCount();
    if (count > limits.maxEntries)
        return failed(UnpackError::TooLarge,
                      Unpacker::tr("The export archive holds %1 entries, more than the limit of "
                                   "%2; nothing was extracted.")
                          .arg(count)
                          .arg(limits.maxEntries));
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (infos.size() != count)
        return failed(UnpackError::NotAnArchive,
                      Unpacker::tr("The directory of %1 cannot be read: the download may be "
                                   "damaged; download the export again.")
                          .arg(zipShown));
    qint64 declaredTotal = 0;
    for (const QuaZipFileInfo64 &info : infos) {
        const QString shown = printable(info.name);
        const QString reason = unsafeNameReason(info.name);
        if (!reason.isEmpty())
            return failed(UnpackError::UnsafeEntry,
                          //: %1 says why the entry is unsafe ("has an absolute path"), %2 names it
                          Unpacker::tr("The export archive contains an entry that %1 (%2); "
                                       "nothing was extracted.")
                              .arg(reason, shown),
                          info.name);
        // The high 16 bits of the external attributes carry a Unix mode when present.
        const quint32 mode = info.externalAttr >> 16;
        const quint32 type = mode & 0170000;
        if (type == 0120000)
            return failed(UnpackError::UnsafeEntry,
                          Unpacker::tr("The export archive contains a symbolic link (%1); "
                                       "nothing was extracted.")
                              .arg(shown),
                          info.name);
        if (type != 0 && type != 0100000 && type != 0040000)
            return failed(UnpackError::UnsafeEntry,
                          Unpacker::tr("The export archive contains a device or special file "
                                       "(%1); nothing was extracted.")
                              .arg(shown),
                          info.name);
        if (info.flags & 0x1)
            return failed(UnpackError::UnsafeEntry,
                          Unpacker::tr("The export archive contains a password-protected entry "
                                       "(%1); nothing was extracted.")
                              .arg(shown),
                          info.name);
        if (isDirectoryEntry(info))
            continue;
        const qint64 size = qint64(qMin<quint64>(info.uncompressedSize, quint64(1) << 62));
        if (size > limits.ratioThreshold &&
            double(size) > limits.maxRatio * double(qMax<quint64>(info.compressedSize, 1)))
            return failed(UnpackError::TooLarge,
                          Unpacker::tr("The export archive entry %1 expands %2 times, more than "
                                       "the limit of %3 (a zip bomb?); nothing was extracted.")
                              .arg(shown)
                              .arg(qint64(double(size) / qMax<quint64>(info.compressedSize, 1)))
                              .arg(limits.maxRatio),
                          info.name);
        declaredTotal += size;
        if (declaredTotal > limits.maxTotalBytes)
            return failed(UnpackError::TooLarge,
                          Unpacker::tr("The export archive would expand to more than %1; "
                                       "nothing was extracted.")
                              .arg(QLocale().formattedDataSize(limits.maxTotalBytes)),
                          info.name);
    }

    if (!QDir().mkpath(m_options.destDir))
        return failed(UnpackError::Disk,
                      Unpacker::tr("Cannot create the folder %1: check that you may write "
                                   "there.")
                          .arg(QDir::toNativeSeparators(m_options.destDir)));
    const QStorageInfo storage(m_options.destDir);
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < declaredTotal)
        return failed(UnpackError::Disk,
                      Unpacker::tr("The export needs %1 but the folder %2 has only %3 free: "
                                   "free some space and try again.")
                          .arg(QLocale().formattedDataSize(declaredTotal),
                               QDir::toNativeSeparators(m_options.destDir),
                               QLocale().formattedDataSize(storage.bytesAvailable())));

    // 2. Extract into a private staging folder under neutral names.
    QTemporaryDir staging(QDir(m_options.destDir)
                              .filePath(stagingPrefix() +
                                        QString::number(QCoreApplication::applicationPid()) +
                                        u"-XXXXXX"));
    if (!staging.isValid())
        return failed(UnpackError::Disk,
                      Unpacker::tr("Cannot create a staging folder in %1 (%2): check that you "
                                   "may write there.")
                          .arg(QDir::toNativeSeparators(m_options.destDir), staging.errorString()));
    staging.setAutoRemove(true);

    struct Staged
    {
        QString stagedPath;
        QString finalName;
    };
    QList<Staged> staged;
    qint64 doneBytes = 0;
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    QElapsedTimer progressClock;
    progressClock.start();
    Q_EMIT progress(0, declaredTotal);

    int index = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++index) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return failed(UnpackError::NotAnArchive,
                          Unpacker::tr("The directory of %1 cannot be read: the download may be "
                                       "damaged; download the export again.")
                              .arg(zipShown));
        if (isDirectoryEntry(info))
            continue;
        const QString shown = printable(info.name);
        // Re-check: the directory is read again by goToNextFile and must not differ.
        if (index >= infos.size() || infos.at(index).name != info.name ||
            infos.at(index).uncompressedSize != info.uncompressedSize)
            return failed(UnpackError::NotAnArchive,
                          Unpacker::tr("The directory of %1 changed while it was read; nothing "
                                       "was extracted.")
                              .arg(zipShown));

        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly))
            return failed(UnpackError::Corrupt,
                          Unpacker::tr("The export archive entry %1 cannot be read (error %2): "
                                       "the download is damaged; download the export again.")
                              .arg(shown)
                              .arg(in.getZipError()),
                          info.name);
        const QString stagedPath = staging.filePath(QStringLiteral("%1.part").arg(index));
        QFile out(stagedPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
            return failed(UnpackError::Disk,
                          Unpacker::tr("Cannot write in %1 (%2): check the folder and free "
                                       "space.")
                              .arg(QDir::toNativeSeparators(m_options.destDir), out.errorString()),
                          info.name);

        const qint64 declared = qint64(qMin<quint64>(info.uncompressedSize, quint64(1) << 62));
        const qint64 compressed = qint64(qMax<quint64>(info.compressedSize, 1));
        qint64 entryBytes = 0;
        for (;;) {
            if (isCancelRequested())
                return failed(UnpackError::Canceled,
                              Unpacker::tr("Unpacking was canceled; nothing was extracted."));
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return failed(UnpackError::Corrupt,
                              Unpacker::tr("The export archive entry %1 is damaged (%2); "
                                           "nothing was extracted. Download the export again.")
                                  .arg(shown, in.errorString()),
                              info.name);
            if (n == 0)
                break;
            entryBytes += n;
            doneBytes += n;
            // Count what really comes out, whatever the header claimed.
            if (entryBytes > declared)
                return failed(UnpackError::TooLarge,
                              Unpacker::tr("The export archive entry %1 expands beyond the size "
                                           "its header declares; nothing was extracted.")
                                  .arg(shown),
                              info.name);
            if (doneBytes > limits.maxTotalBytes)
                return failed(UnpackError::TooLarge,
                              Unpacker::tr("The export archive would expand to more than %1; "
                                           "nothing was extracted.")
                                  .arg(QLocale().formattedDataSize(limits.maxTotalBytes)),
                              info.name);
            if (entryBytes > limits.ratioThreshold &&
                double(entryBytes) > limits.maxRatio * double(compressed))
                return failed(UnpackError::TooLarge,
                              Unpacker::tr("The export archive entry %1 expands more than %2 "
                                           "times (a zip bomb?); nothing was extracted.")
                                  .arg(shown)
                                  .arg(limits.maxRatio),
                              info.name);
            if (out.write(buffer.constData(), n) != n)
                return failed(UnpackError::Disk,
                              cannotWriteMessage(m_options.destDir, out.errorString()), info.name);
            if (progressClock.elapsed() >= 100) {
                progressClock.restart();
                Q_EMIT progress(doneBytes, declaredTotal);
            }
        }
        in.close();
        const int zipError = in.getZipError();
        if (zipError != 0)
            return failed(UnpackError::Corrupt,
                          zipError == UNZ_CRC_ERROR
                              ? Unpacker::tr("The export archive entry %1 fails its checksum "
                                             "(CRC); nothing was extracted. Download the export "
                                             "again.")
                                    .arg(shown)
                              : Unpacker::tr("The export archive entry %1 is damaged (error "
                                             "%2); nothing was extracted. Download the export "
                                             "again.")
                                    .arg(shown)
                                    .arg(zipError),
                          info.name);
        if (entryBytes != declared)
            return failed(UnpackError::Corrupt,
                          Unpacker::tr("The export archive entry %1 holds %2 bytes instead of "
                                       "%3; nothing was extracted. Download the export again.")
                              .arg(shown)
                              .arg(entryBytes)
                              .arg(declared),
                          info.name);
        if (m_options.syncFiles && ::fsync(out.handle()) != 0)
            return failed(UnpackError::Disk,
                          cannotWriteMessage(m_options.destDir, qt_error_string(errno)), info.name);
        out.close();
        const QString baseName = info.name.section(u'/', -1);
        staged.append({stagedPath, FileNaming::sanitize(baseName)});
        // One report per finished entry too, so even fast entries show up in the progress.
        progressClock.restart();
        Q_EMIT progress(doneBytes, declaredTotal);
    }
    if (zip.getZipError() != 0)
        return failed(UnpackError::NotAnArchive,
                      Unpacker::tr("The directory of %1 cannot be read (error %2): the download "
                                   "may be damaged; download the export again.")
                          .arg(zipShown)
                          .arg(zip.getZipError()));
    zip.close();
    if (isCancelRequested())
        return failed(UnpackError::Canceled,
                      Unpacker::tr("Unpacking was canceled; nothing was extracted."));

    // 3. Move into place without overwriting; roll back if any move fails.
    QFile journal(m_options.journalPath);
    const bool journaling = !m_options.journalPath.isEmpty() &&
                            journal.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const auto note = [&](const QString &line) {
        if (!journaling)
            return;
        journal.write(line.toUtf8() + '\n');
        journal.flush();
        ::fsync(journal.handle());
    };
    QStringList moved;
    for (const Staged &s : std::as_const(staged)) {
        QString error;
        // Claim the name in the journal first, then take exactly that name; if someone else
        // took it meanwhile, fall back to the next free one and record it after the move.
        QString finalPath = FileNaming::uniquePath(m_options.destDir, s.finalName);
        note(finalPath);
        bool exists = false;
        if (!FileNaming::renameNoReplace(s.stagedPath, finalPath, &error, &exists)) {
            finalPath = exists ? FileNaming::moveNoOverwrite(s.stagedPath, m_options.destDir,
                                                             s.finalName, &error)
                               : QString();
            if (!finalPath.isEmpty())
                note(finalPath);
        }
        if (finalPath.isEmpty()) {
            for (const QString &path : std::as_const(moved))
                QFile::remove(path);
            return failed(
                UnpackError::Disk,
                Unpacker::tr("Cannot move the extracted file %1 into %2 (%3); nothing "
                             "was extracted.")
                    .arg(s.finalName, QDir::toNativeSeparators(m_options.destDir), error));
        }
        moved.append(finalPath);
    }
    FileNaming::syncDirectory(m_options.destDir);
    note(QStringLiteral("complete"));

    result.files = moved;
    result.bytes = doneBytes;
    Q_EMIT progress(doneBytes, declaredTotal);
    if (!m_options.keepZip)
        result.zipRemoved = QFile::remove(m_options.zipPath);
    return result;
}

PlacementJournal readPlacementJournal(const QString &path)
{
    PlacementJournal journal;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return journal;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line == "complete")
            journal.complete = true;
        else if (!line.isEmpty() && !journal.placed.contains(QString::fromUtf8(line)))
            journal.placed.append(QString::fromUtf8(line));
    }
    return journal;
}

QString unpackErrorName(UnpackError error)
{
    switch (error) {
    case UnpackError::None:
        return QStringLiteral("none");
    case UnpackError::NotAnArchive:
        return QStringLiteral("not-an-archive");
    case UnpackError::UnsafeEntry:
        return QStringLiteral("unsafe-entry");
    case UnpackError::TooLarge:
        return QStringLiteral("too-large");
    case UnpackError::Corrupt:
        return QStringLiteral("corrupt");
    case UnpackError::Disk:
        return QStringLiteral("disk");
    case UnpackError::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

} // namespace es
