#pragma once

#include "dataset.h"
#include "model/exportrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandbox {

// One problem with a request, in HubSpot's ErrorDetail terms: `in` names the field.
struct RequestError
{
    QString in;
    QString message;
};

struct RenderOptions
{
    qint64 zipThreshold = qint64{2} * 1024 * 1024; // CSV above this is zipped
    int rowCap = 1000000;  // rows per file for CSV/XLSX; above it: several files in a zip
    int xlsRowCap = 65535; // rows per file for XLS (XLS and XLSX caps are clamped to the formats)
    QString outputDir;     // where the file is written
};

struct RenderedExport
{
    QString path;     // absolute path of the file to serve
    QString fileName; // name for Content-Disposition (e.g. "contacts-export.zip")
    QByteArray contentType;
    qint64 size = 0;
    QByteArray sha256Hex;
    int recordCount = 0; // rows matched (before any splitting)
    int fileCount = 1;   // files inside the zip, 1 when not zipped
    bool zipped = false;
};

struct RenderResult
{
    QList<RequestError> errors; // non-empty: nothing was written
    RenderedExport file;

    bool ok() const { return errors.isEmpty(); }
};

// The ids of the records an export selects, in output order: LIST membership or the VIEW's
// filterGroups (OR of ANDs, HubSpot's operator semantics), query and sorts.
QStringList selectRecords(const Dataset &dataset, const es::ExportRequest &request,
                          QList<RequestError> *errors = nullptr);

// Checks the request against the dataset (unknown object type, property, list) and writes the
// file: CSV (RFC 4180, UTF-8), XLSX (libxlsxwriter) or XLS (BIFF8), headers as labels in the
// request's language or internal names, values as labels or internal values, associated ids and
// labels; zipped (minizip) above the threshold or row cap. `exportId` makes the file name unique.
// Deterministic: the same dataset and request give byte-identical output.
RenderResult renderExport(const Dataset &dataset, const es::ExportRequest &request,
                          const RenderOptions &options, const QString &exportId);

// Deliberately broken archives for the sandbox's fault rules.
enum class BadZipKind
{
    Corrupt,       // valid local header, garbage after it (CRC and central directory wrong)
    PathTraversal, // an entry named "../escape.txt"
    AbsolutePath,  // an entry named "/tmp/escape.txt"
    Symlink,       // an entry whose external attributes mark it as a symlink to /etc/passwd
    Bomb,          // one entry that inflates to a huge size (ratio > 1000:1)
};
RenderedExport writeBadZip(BadZipKind kind, const QString &outputDir, const QString &exportId);

} // namespace sandbox
