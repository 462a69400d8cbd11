#pragma once

#include <QByteArray>
#include <QString>

namespace es {

// What a downloaded file really is, read from its bytes, never from the requested format or the
// URL: HubSpot zips CSVs over 2 MB and multi-file exports whatever format was asked for.
enum class FileKind
{
    Unknown,
    Zip,  // a zip archive of export files: hand it to the Unpacker
    Xlsx, // an Office Open XML workbook (itself a zip with [Content_Types].xml): keep as is
    Xls,  // a legacy Excel workbook (OLE compound file): keep as is
    Csv,  // UTF-8 text, with or without a BOM (HubSpot's only text format is CSV)
};

struct SniffResult
{
    FileKind kind = FileKind::Unknown;
    bool utf8Bom = false; // Csv only
    int zipEntries = 0;   // Zip / Xlsx: number of entries in the central directory
    QString error;        // why the file could not be read, if it could not

    bool isArchiveToUnpack() const { return kind == FileKind::Zip; }
};

class FileSniffer
{
public:
    // Reads the first bytes of `path` (and, for a zip, its central directory).
    static SniffResult sniff(const QString &path);

    // Classifies a file's first bytes alone. Cannot tell a zip from an XLSX workbook (that
    // needs the entry list): both come back as Zip.
    static FileKind sniffHead(const QByteArray &head);

    // The extension that fits a kind, without the dot: "zip", "xlsx", "xls", "csv", "" .
    static QString extensionFor(FileKind kind);
    static QString kindName(FileKind kind);
};

} // namespace es
