#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>

namespace es {

namespace {

// Why a file could not be written and what to do: ends up in messages about settings, presets,
// accounts and downloads.
struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(es::Storage)
};

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo(dir).isDir() && !QDir().mkpath(dir)) {
        if (error)
            *error =
                StorageText::tr("the folder %1 cannot be created", "why a file cannot be written")
                    .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        const int osError = errno;
        QString reason = file.errorString();
        if (reason.isEmpty() || reason == u"Unknown error")
            reason = qt_error_string(osError);
        file.cancelWriting();
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

WriteFailure classifyWriteFailure(const QString &reason)
{
    const QString lower = reason.toLower();
    if (lower.contains(u"space") || lower.contains(u"quota") || lower.contains(u"too large"))
        return WriteFailure::DiskFull;
    if (lower.contains(u"permission") || lower.contains(u"read-only") ||
        lower.contains(u"not permitted"))
        return WriteFailure::NotWritable;
    return WriteFailure::Unknown;
}

QString writeAdvice(const QString &path, const QString &reason)
{
    const WriteFailure kind = classifyWriteFailure(reason);
    if (kind == WriteFailure::DiskFull)
        return StorageText::tr("The disk seems to be full: free some space and try again.");
    if (kind == WriteFailure::NotWritable)
        return StorageText::tr("The folder %1 is read-only: make it writable or choose another "
                               "folder.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    return StorageText::tr("Check that the folder %1 exists, that you may write there and that "
                           "the disk is not full.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
}

} // namespace es
