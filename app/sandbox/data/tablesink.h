#pragma once

// Internal: the writers behind renderExport. A sink receives the header and then the rows of
// one output file and writes it to `path`.

#include <QList>
#include <QString>
#include <memory>

namespace sandbox {

struct Cell
{
    QString text;
    double number = 0;
    bool isNumber = false; // written as a number in XLSX/XLS; as `text` in CSV
};

class TableSink
{
public:
    virtual ~TableSink() = default;
    virtual bool open(const QString &path, const QString &sheetName, QString *error) = 0;
    virtual void writeRow(const QList<Cell> &cells) = 0;
    virtual bool finish(QString *error) = 0; // closes the file
};

// CSV per RFC 4180: comma, fields quoted when they hold a comma, quote, CR or LF (quotes doubled),
// CRLF after every record, UTF-8 without BOM (HubSpot documents none; a BOM would also break
// byte-for-byte comparisons with tools that do not expect one).
std::unique_ptr<TableSink> makeCsvSink();
// XLSX via libxlsxwriter (constant-memory mode, fixed document dates for reproducible bytes).
std::unique_ptr<TableSink> makeXlsxSink(const QString &tempDir);
// XLS (BIFF8 in a Compound File), see biffwriter.h.
std::unique_ptr<TableSink> makeXlsSink();

} // namespace sandbox
