#include "cfbwriter.h"

#include <QFile>
#include <QtEndian>
#include <vector>

namespace sandbox {
namespace {

constexpr quint32 kSector = 512;
constexpr quint32 kEntriesPerSector = kSector / 4;
constexpr quint32 kHeaderDifat = 109;
constexpr quint32 kFreeSect = 0xFFFFFFFF;
constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFatSect = 0xFFFFFFFD;
constexpr quint32 kDifSect = 0xFFFFFFFC;
constexpr quint32 kNoStream = 0xFFFFFFFF;
constexpr quint32 kMiniStreamCutoff = 4096;

void put16(QByteArray &bytes, qsizetype at, quint16 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

void put32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

QByteArray directoryEntry(const QString &name, quint8 type, quint32 child, quint32 start,
                          quint32 size)
{
    QByteArray entry(128, '\0');
    if (type == 0) { // unused
        put32(entry, 68, kNoStream);
        put32(entry, 72, kNoStream);
        put32(entry, 76, kNoStream);
        return entry;
    }
    for (qsizetype i = 0; i < name.size(); ++i)
        put16(entry, i * 2, name[i].unicode());
    put16(entry, 64, quint16((name.size() + 1) * 2));
    entry[66] = char(type);
    entry[67] = 1; // black
    put32(entry, 68, kNoStream);
    put32(entry, 72, kNoStream);
    put32(entry, 76, child);
    put32(entry, 116, start);
    put32(entry, 120, size);
    return entry;
}

} // namespace

bool writeCompoundFile(const QString &path, const QString &streamName, QByteArray stream,
                       QString *error)
{
    if (stream.size() < qsizetype(kMiniStreamCutoff))
        stream.append(QByteArray(kMiniStreamCutoff - stream.size(), '\0'));
    if (stream.size() > 0x7FFFFFFF) {
        *error = QStringLiteral("The workbook is too large for an .xls file.");
        return false;
    }
    const quint32 streamSectors = quint32((stream.size() + kSector - 1) / kSector);
    const quint32 dirSectors = 1;
    quint32 fatSectors = 1, difatSectors = 0;
    for (;;) {
        const quint32 total = streamSectors + dirSectors + fatSectors + difatSectors;
        const quint32 needFat = (total + kEntriesPerSector - 1) / kEntriesPerSector;
        const quint32 needDifat =
            needFat > kHeaderDifat
                ? (needFat - kHeaderDifat + kEntriesPerSector - 2) / (kEntriesPerSector - 1)
                : 0;
        if (needFat == fatSectors && needDifat == difatSectors)
            break;
        fatSectors = needFat;
        difatSectors = needDifat;
    }
    const quint32 dirStart = streamSectors;
    const quint32 fatStart = dirStart + dirSectors;
    const quint32 difatStart = fatStart + fatSectors;

    std::vector<quint32> fat(size_t(fatSectors) * kEntriesPerSector, kFreeSect);
    for (quint32 i = 0; i < streamSectors; ++i)
        fat[i] = i + 1 < streamSectors ? i + 1 : kEndOfChain;
    fat[dirStart] = kEndOfChain;
    for (quint32 i = 0; i < fatSectors; ++i)
        fat[fatStart + i] = kFatSect;
    for (quint32 i = 0; i < difatSectors; ++i)
        fat[difatStart + i] = kDifSect;

    QByteArray header(kSector, '\0');
    const unsigned char signature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    memcpy(header.data(), signature, 8);
    put16(header, 24, 0x003E); // minor version
    put16(header, 26, 0x0003); // major version 3
    put16(header, 28, 0xFFFE); // little-endian
    put16(header, 30, 9);      // 512-byte sectors
    put16(header, 32, 6);      // 64-byte mini sectors
    put32(header, 40, 0);      // directory sectors: 0 in version 3
    put32(header, 44, fatSectors);
    put32(header, 48, dirStart);
    put32(header, 56, kMiniStreamCutoff);
    put32(header, 60, kEndOfChain); // no mini FAT
    put32(header, 64, 0);
    put32(header, 68, difatSectors ? difatStart : kEndOfChain);
    put32(header, 72, difatSectors);
    for (quint32 i = 0; i < kHeaderDifat; ++i)
        put32(header, 76 + i * 4, i < fatSectors ? fatStart + i : kFreeSect);

    QByteArray directory;
    directory += directoryEntry(QStringLiteral("Root Entry"), 5, 1, kEndOfChain, 0);
    directory += directoryEntry(streamName, 2, kNoStream, 0, quint32(stream.size()));
    directory += directoryEntry(QString(), 0, kNoStream, 0, 0);
    directory += directoryEntry(QString(), 0, kNoStream, 0, 0);

    QByteArray fatBytes(qsizetype(fat.size()) * 4, '\0');
    for (size_t i = 0; i < fat.size(); ++i)
        put32(fatBytes, qsizetype(i) * 4, fat[i]);

    QByteArray difat(qsizetype(difatSectors) * kSector, '\0');
    quint32 next = kHeaderDifat;
    for (quint32 s = 0; s < difatSectors; ++s) {
        const qsizetype base = qsizetype(s) * kSector;
        for (quint32 k = 0; k < kEntriesPerSector - 1; ++k, ++next)
            put32(difat, base + qsizetype(k) * 4, next < fatSectors ? fatStart + next : kFreeSect);
        put32(difat, base + qsizetype(kEntriesPerSector - 1) * 4,
              s + 1 < difatSectors ? difatStart + s + 1 : kEndOfChain);
    }

    stream.append(QByteArray(qsizetype(streamSectors) * kSector - stream.size(), '\0'));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = file.write(header) == header.size() && file.write(stream) == stream.size() &&
              file.write(directory) == directory.size() &&
              file.write(fatBytes) == fatBytes.size() && file.write(difat) == difat.size();
    file.close();
    if (!ok)
        *error = QStringLiteral("Writing %1 failed: %2").arg(path, file.errorString());
    return ok;
}

} // namespace sandbox
