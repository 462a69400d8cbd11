#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace es {

// What "<target>.part.meta" keeps so that a later process can resume the same .part with
// Range + If-Range. Never the URL: the link is a secret; its host is enough to read the log.
struct PartMeta
{
    QByteArray etag;
    QByteArray lastModified;
    qint64 total = -1; // full size of the file, -1 if unknown
    QString host;
};

// The partial file of one download: "<target>.part" and its "<target>.part.meta", as ownCloud's
// PropagateDownloadFile keeps a temporary file beside the target. The .part is opened unbuffered
// for appending; commit() makes it durable and renames it to the target without ever replacing
// an existing file. Failures return false with a reason for the message (`*error`).
class PartFile
{
public:
    explicit PartFile(const QString &targetPath);

    static QString partPathFor(const QString &targetPath);
    static QString metaPathFor(const QString &targetPath);
    // Removes a kept .part and its .meta.
    static void discard(const QString &targetPath);

    QString targetPath() const { return m_target; }
    QString partPath() const { return partPathFor(m_target); }
    QString metaPath() const { return metaPathFor(m_target); }
    QString folder() const;

    // Opens the .part for writing (creating the folder), at its end or emptied. `*error` is
    // left empty when the folder could not be created.
    bool open(bool truncate, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    void close() { m_file.close(); }
    // Bytes in the open .part.
    qint64 size() const { return m_file.size(); }
    // Where the body goes; the PartFile keeps owning it.
    QIODevice *device() { return &m_file; }
    // Why a write that returned `written` (fewer bytes than asked) failed.
    QString writeFailure(qint64 written, const QString &diskFull) const;
    QString errorString() const { return m_file.errorString(); }

    bool writeMeta(const PartMeta &meta, QString *error) const;
    // The .meta of an earlier run; an empty PartMeta when there is none.
    PartMeta readMeta() const;

    // Free bytes in the target's folder, or -1 when the file system does not tell.
    qint64 bytesAvailable() const;

    // fsyncs the .part, renames it to the target (never replacing a file there), removes the
    // .meta and syncs the folder. On failure `*targetExists` says whether a file at the target
    // was the reason; the .part is then kept.
    bool commit(QString *error, bool *targetExists);

private:
    QString m_target;
    QFile m_file;
};

} // namespace es
