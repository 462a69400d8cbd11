#include "filesniffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <quazip.h>

namespace es {

namespace {

struct SnifferText
{
    Q_DECLARE_TR_FUNCTIONS(es::FileSniffer)
};

constexpr qint64 HeadBytes = qint64{64} * 1024;

// Strict UTF-8 check that tolerates a sequence cut by the end of the buffer (we only read the
// head of the file) and refuses NUL, which no CSV holds but every binary format does.
bool looksLikeUtf8Text(const QByteArray &bytes, bool truncated)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c == 0)
            return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if ((c & 0xe0) == 0xc0) {
            len = 2;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return truncated; // cut by our read, not by the writer
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += len;
    }
    return true;
}

} // namespace

FileKind FileSniffer::sniffHead(const QByteArray &head)
{
    if (head.startsWith(QByteArrayLiteral("PK\x03\x04")) ||
        head.startsWith(QByteArrayLiteral("PK\x05\x06")))
        return FileKind::Zip;
    if (head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
        return FileKind::Xls;
    if (head.isEmpty())
        return FileKind::Unknown;
    QByteArray text = head;
    if (text.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")))
        text.remove(0, 3);
    if (looksLikeUtf8Text(text, /*truncated=*/true))
        return FileKind::Csv;
    return FileKind::Unknown;
}

SniffResult FileSniffer::sniff(const QString &path)
{
    SniffResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = SnifferText::tr("Cannot read %1: %2")
                      .arg(QDir::toNativeSeparators(path), f.errorString());
        return r;
    }
    const QByteArray head = f.read(HeadBytes);
    const bool truncated = !f.atEnd();
    f.close();

    r.kind = sniffHead(head);
    if (r.kind == FileKind::Csv) {
        r.utf8Bom = head.startsWith(QByteArrayLiteral("\xEF\xBB\xBF"));
        if (!truncated && !looksLikeUtf8Text(head.mid(r.utf8Bom ? 3 : 0), false))
            r.kind = FileKind::Unknown;
        return r;
    }
    if (r.kind != FileKind::Zip)
        return r;

    // An XLSX workbook is itself a zip; its root holds [Content_Types].xml. Only the central
    // directory is read here: no entry is inflated.
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        if (head.startsWith(QByteArrayLiteral("PK\x05\x06")) && head.size() == 22)
            return r; // an empty archive: minizip refuses some, it is still a zip
        r.error = SnifferText::tr("%1 starts like a zip archive but its directory cannot be "
                                  "read (error %2): the download may be damaged.")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(zip.getZipError());
        return r;
    }
    const QStringList names = zip.getFileNameList();
    zip.close();
    r.zipEntries = int(names.size());
    if (names.contains(QStringLiteral("[Content_Types].xml")))
        r.kind = FileKind::Xlsx;
    return r;
}

QString FileSniffer::extensionFor(FileKind kind)
{
    switch (kind) {
    case FileKind::Zip:
        return QStringLiteral("zip");
    case FileKind::Xlsx:
        return QStringLiteral("xlsx");
    case FileKind::Xls:
        return QStringLiteral("xls");
    case FileKind::Csv:
        return QStringLiteral("csv");
    case FileKind::Unknown:
        break;
    }
    return {};
}

QString FileSniffer::kindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Zip:
        //: What a downloaded file turned out to be
        return SnifferText::tr("zip archive");
    case FileKind::Xlsx:
        return SnifferText::tr("XLSX workbook");
    case FileKind::Xls:
        return SnifferText::tr("XLS workbook");
    case FileKind::Csv:
        return SnifferText::tr("CSV text");
    case FileKind::Unknown:
        break;
    }
    return SnifferText::tr("unknown data");
}

} // namespace es
