#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace es {

// Reads an exported table row by row, whatever its format, so the vault can ingest a file of
// a million rows in bounded memory. Cells come as UTF-8 bytes (the vault stores UTF-8, so no
// round trip through QString); an empty cell is an empty array. The first row is the header.
class TableReader
{
public:
    virtual ~TableReader() = default;
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    // The next row into `cells` (resized to the row's width). False at the end of the table or
    // on a problem (then error() says what, naming the file).
    virtual bool next(QList<QByteArray> &cells) = 0;
    QString error() const { return m_error; }
    QString filePath() const { return m_path; }

    // A reader for a CSV, XLSX or XLS file (by its content, not its name); nullptr with
    // `*error` set when the file cannot be opened or is none of them.
    static std::unique_ptr<TableReader> open(const QString &path, QString *error);

protected:
    explicit TableReader(const QString &path)
        : m_path(path)
    {}
    bool fail(const QString &message);

    QString m_path;
    QString m_error;
};

} // namespace es
