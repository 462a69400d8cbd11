#include "partfile.h"

#include "filenaming.h"
#include "storage/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <unistd.h>

namespace es {

PartFile::PartFile(const QString &targetPath)
    : m_target(targetPath)
{}

QString PartFile::partPathFor(const QString &targetPath)
{
    return targetPath + QStringLiteral(".part");
}

QString PartFile::metaPathFor(const QString &targetPath)
{
    return targetPath + QStringLiteral(".part.meta");
}

void PartFile::discard(const QString &targetPath)
{
    QFile::remove(partPathFor(targetPath));
    QFile::remove(metaPathFor(targetPath));
}

QString PartFile::folder() const
{
    return QFileInfo(m_target).absolutePath();
}

bool PartFile::open(bool truncate, QString *error)
{
    if (m_file.isOpen())
        m_file.close();
    if (!QDir().mkpath(folder())) {
        error->clear();
        return false;
    }
    m_file.setFileName(partPath());
    // Unbuffered: a full disk must show up on the write that hit it, not at some later flush.
    QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    mode |= truncate ? QIODevice::Truncate : QIODevice::Append;
    if (!m_file.open(mode)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

QString PartFile::writeFailure(qint64 written, const QString &diskFull) const
{
    // A short write to a regular file means the disk (or quota) is full; Qt reports no error
    // for it.
    return written >= 0 || m_file.error() == QFile::NoError ? diskFull : m_file.errorString();
}

bool PartFile::writeMeta(const PartMeta &meta, QString *error) const
{
    QJsonObject json;
    json.insert(QStringLiteral("etag"), QString::fromLatin1(meta.etag));
    json.insert(QStringLiteral("lastModified"), QString::fromLatin1(meta.lastModified));
    json.insert(QStringLiteral("total"), meta.total);
    json.insert(QStringLiteral("host"), meta.host);
    return writeFileAtomically(metaPath(), QJsonDocument(json).toJson(QJsonDocument::Compact),
                               error);
}

PartMeta PartFile::readMeta() const
{
    PartMeta meta;
    QFile file(metaPath());
    if (!file.open(QIODevice::ReadOnly))
        return meta;
    const QJsonObject json = QJsonDocument::fromJson(file.read(qint64{64} * 1024)).object();
    meta.etag = json.value(QStringLiteral("etag")).toString().toLatin1();
    meta.lastModified = json.value(QStringLiteral("lastModified")).toString().toLatin1();
    meta.total = json.value(QStringLiteral("total")).toInteger(-1);
    meta.host = json.value(QStringLiteral("host")).toString();
    return meta;
}

qint64 PartFile::bytesAvailable() const
{
    const QStorageInfo storage(folder());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

bool PartFile::commit(QString *error, bool *targetExists)
{
    *targetExists = false;
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        *error = m_file.errorString();
        return false;
    }
    m_file.close();
    if (!FileNaming::renameNoReplace(partPath(), m_target, error, targetExists))
        return false;
    QFile::remove(metaPath());
    FileNaming::syncDirectory(folder());
    return true;
}

} // namespace es
