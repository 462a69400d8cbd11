// Deliberately broken archives for the sandbox's fault rules. Each is small and fast to make.

#include "exportrenderer.h"
#include "prng.h"
#include "zipwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <zlib.h>

namespace sandbox {
namespace {

const QByteArray kCsv = "Record ID,Email\r\n10000001,alice@example.com\r\n";
constexpr quint64 kBombChunk = 1 << 20;
constexpr int kBombChunks = 200; // 200 MiB of zeros → about 200 KB on disk

void le16(QByteArray &bytes, quint16 value)
{
    char b[2];
    qToLittleEndian(value, b);
    bytes.append(b, 2);
}

void le32(QByteArray &bytes, quint32 value)
{
    char b[4];
    qToLittleEndian(value, b);
    bytes.append(b, 4);
}

// A plausible local header followed by garbage, a garbage central directory and an end record
// that points nowhere: readers find "PK\3\4" but cannot list or inflate anything.
QByteArray corruptZip()
{
    const QByteArray name = "contacts.csv";
    QByteArray bytes;
    le32(bytes, 0x04034b50);
    le16(bytes, 20);
    le16(bytes, 0);
    le16(bytes, 8);
    le16(bytes, 0);      // time
    le16(bytes, 0x5821); // 2024-01-01
    le32(bytes, 0xDEADBEEF);
    le32(bytes, 1024);
    le32(bytes, 4096);
    le16(bytes, quint16(name.size()));
    le16(bytes, 0);
    bytes += name;
    Prng rng(0xBAD21F);
    for (int i = 0; i < 1024 + 46; ++i)
        bytes.append(char(rng.next() & 0xFF));
    le32(bytes, 0x06054b50);
    le16(bytes, 0);
    le16(bytes, 0);
    le16(bytes, 1);
    le16(bytes, 1);
    le32(bytes, 46);
    le32(bytes, 0x7FFFFFF0); // central directory offset beyond the file
    le16(bytes, 0);
    return bytes;
}

// Raw deflate of kBombChunks × 1 MiB of zeros. After Z_FULL_FLUSH the compressor starts from a
// clean state, so every chunk after the first compresses to the same bytes: compress two chunks
// and repeat the second instead of deflating 200 MiB.
bool bombData(QByteArray *deflated, quint32 *crc)
{
    z_stream zs{};
    if (deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    const QByteArray zeros(kBombChunk, '\0');
    QByteArray out(int(kBombChunk), Qt::Uninitialized);
    auto run = [&](int flush, bool input) {
        zs.next_in =
            input ? reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData())) : nullptr;
        zs.avail_in = input ? uInt(zeros.size()) : 0;
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = uInt(out.size());
        deflate(&zs, flush);
        return out.left(out.size() - qsizetype(zs.avail_out));
    };
    const QByteArray first = run(Z_FULL_FLUSH, true);
    const QByteArray repeated = run(Z_FULL_FLUSH, true);
    const QByteArray last = run(Z_FINISH, false);
    deflateEnd(&zs);
    deflated->clear();
    deflated->reserve(first.size() + repeated.size() * (kBombChunks - 1) + last.size());
    *deflated += first;
    for (int i = 1; i < kBombChunks; ++i)
        *deflated += repeated;
    *deflated += last;
    uLong sum = crc32(0, nullptr, 0);
    for (int i = 0; i < kBombChunks; ++i)
        sum = crc32(sum, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(zeros.size()));
    *crc = quint32(sum);
    return true;
}

} // namespace

RenderedExport writeBadZip(BadZipKind kind, const QString &outputDir, const QString &exportId)
{
    RenderedExport file;
    QDir().mkpath(outputDir);
    file.fileName = QStringLiteral("contacts-export.zip");
    file.path =
        QDir(outputDir).absoluteFilePath(exportId + QStringLiteral("-bad-") + file.fileName);
    file.contentType = "application/zip";
    file.zipped = true;
    QFile::remove(file.path);

    bool ok = true;
    if (kind == BadZipKind::Corrupt) {
        QFile out(file.path);
        ok = out.open(QIODevice::WriteOnly) && out.write(corruptZip()) > 0;
        file.fileCount = 1;
    } else {
        ZipWriter zip;
        ok = zip.open(file.path);
        switch (kind) {
        case BadZipKind::PathTraversal:
            ok = ok && zip.addData(QStringLiteral("contacts.csv"), kCsv) &&
                 zip.addData(QStringLiteral("../escape.txt"), "escaped\n");
            file.fileCount = 2;
            break;
        case BadZipKind::AbsolutePath:
            ok = ok && zip.addData(QStringLiteral("contacts.csv"), kCsv) &&
                 zip.addData(QStringLiteral("/tmp/escape.txt"), "escaped\n");
            file.fileCount = 2;
            break;
        case BadZipKind::Symlink:
            ok = ok && zip.addData(QStringLiteral("contacts.csv"), kCsv) &&
                 zip.addData(QStringLiteral("passwd-link.csv"), "/etc/passwd", 0120777);
            file.fileCount = 2;
            break;
        case BadZipKind::Bomb: {
            QByteArray deflated;
            quint32 crc = 0;
            ok = ok && bombData(&deflated, &crc) &&
                 zip.addRawDeflated(QStringLiteral("contacts.csv"), deflated,
                                    kBombChunk * kBombChunks, crc);
            file.fileCount = 1;
            break;
        }
        case BadZipKind::Corrupt:
            break;
        }
        ok = zip.close() && ok;
    }
    if (!ok) {
        QFile::remove(file.path);
        file.path.clear();
        return file;
    }
    file.size = QFileInfo(file.path).size();
    QFile in(file.path);
    if (in.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&in);
        file.sha256Hex = hash.result().toHex();
    }
    return file;
}

} // namespace sandbox
