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

private:
    bool fill();

    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
};

} // namespace es
