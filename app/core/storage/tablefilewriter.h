#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace es {

// Writes a table (a header row, then data rows of UTF-8 cells) as CSV or XLSX, chosen by the
// file's extension (.xlsx; anything else is CSV). CSV is RFC 4180 as HubSpot writes it: UTF-8,
// CRLF, quoted only where needed. XLSX is a plain SpreadsheetML package of inline strings written
// through QuaZip (libxlsxwriter cannot share a process with QuaZip, see the README). Rows are
// streamed: memory stays bounded whatever the table's size. The file appears at its path only
// when complete (QSaveFile, or a hidden part file renamed over it), so a reader never sees half a
// table and an older file of that name survives a failure.
//
// Used by the vault's snapshot, the diff export and the property definitions export.
class TableFileWriter
{
public:
    // Takes one row; false stops the rows (the write failed).
    using RowSink = std::function<bool(const QList<QByteArray> &cells)>;
    // Feeds every data row to the sink; false with `*error` when the rows could not be read
    // (the source's own message, passed on as it is).
    using RowSource = std::function<bool(const RowSink &sink, QString *error)>;

    static bool isXlsx(const QString &path);

    // False with `*error` naming the file and what to do. `*rows` gets the data rows written.
    // `sheetName` names the XLSX worksheet.
    static bool write(const QString &path, const QList<QByteArray> &header, const RowSource &rows,
                      QString *error, qint64 *rowCount = nullptr,
                      const QString &sheetName = QStringLiteral("Sheet1"));

    // One CSV field, quoted when it holds a comma, a quote or a line break.
    static void appendCsvField(QByteArray &out, const QByteArray &value);
};

} // namespace es
