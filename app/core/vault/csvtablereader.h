#pragma once

#include "tablereader.h"

#include <QFile>

namespace es {

// RFC 4180 CSV (HubSpot's exports: comma-separated, fields quoted when they hold a comma, a quote
// or a line break, CRLF or LF), read in 1 MiB blocks through a byte state machine, so a row may
// straddle blocks. A UTF-8 byte order mark is skipped.
class CsvTableReader final : public TableReader
{
public:
    explicit CsvTableReader(const QString &path);
    bool openFile(QString *error);
    bool next(QList<QByteArray> &cells) override;

    // The byte offset of the next row, and a jump to one (a row start that offset() gave), so
    // the preview's row index can fetch a page without reading the file from the top.
    qint64 offset() const { return m_file.pos() - (m_buffer.size() - m_pos); }
    bool seek(qint64 offset);

private:
    bool fill();

    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
};

} // namespace es
