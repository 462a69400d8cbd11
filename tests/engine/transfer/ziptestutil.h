#pragma once

// Builds honest and hostile zip archives for the transfer tests, with QuaZip for the honest
// parts and byte patches for the lies.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace ziptest {

struct Entry
{
    QString name;
    QByteArray data;
    quint32 unixMode = 0100644; // S_IFREG | 0644; 0120777 = symlink
    int level = 6;              // 0 = stored
};

inline bool writeZip(const QString &path, const QList<Entry> &entries)
{
    QFile::remove(path);
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Entry &e : entries) {
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.unixMode << 16;
        QuaZipFile out(&zip);
        const int method = e.level == 0 ? 0 : 8; // Z_DEFLATED
        if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, method, e.level))
            return false;
        if (out.write(e.data) != e.data.size())
            return false;
        out.close();
        if (out.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline void put32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

// Rewrites a 32-bit field of every local header (offset `localOff`) and central directory
// record (offset `centralOff`). Fields: crc 14/16, compressed 18/20, uncompressed 22/24.
inline int patchField(QByteArray &zip, int localOff, int centralOff, quint32 value)
{
    int patched = 0;
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0;
         at = zip.indexOf("PK\x03\x04", at + 4)) {
        put32(zip, at + localOff, value);
        ++patched;
    }
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0;
         at = zip.indexOf("PK\x01\x02", at + 4)) {
        put32(zip, at + centralOff, value);
        ++patched;
    }
    return patched;
}

inline int patchUncompressedSize(QByteArray &zip, quint32 v)
{
    return patchField(zip, 22, 24, v);
}
inline int patchCrc(QByteArray &zip, quint32 v)
{
    return patchField(zip, 14, 16, v);
}

} // namespace ziptest
