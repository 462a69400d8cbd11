#include "tablereader.h"

#include "csvtablereader.h"
#include "transfer/filesniffer.h"
#include "xlstablereader.h"
#include "xlsxtablereader.h"

#include <QCoreApplication>
#include <QDir>

namespace es {

namespace {
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(es::TableReader)
};
} // namespace

bool TableReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::unique_ptr<TableReader> TableReader::open(const QString &path, QString *error)
{
    const SniffResult sniffed = FileSniffer::sniff(path);
    switch (sniffed.kind) {
    case FileKind::Csv: {
        auto reader = std::make_unique<CsvTableReader>(path);
        if (reader->openFile(error))
            return reader;
        return nullptr;
    }
    case FileKind::Xlsx: {
        auto reader = std::make_unique<XlsxTableReader>(path);
        if (reader->openFile(error))
            return reader;
        return nullptr;
    }
    case FileKind::Xls: {
        auto reader = std::make_unique<XlsTableReader>(path);
        if (reader->openFile(error))
            return reader;
        return nullptr;
    }
    default:
        *error = sniffed.error.isEmpty()
                     ? ReaderText::tr("%1 is not a CSV, XLSX or XLS file, so it cannot be kept "
                                      "in the history.")
                           .arg(QDir::toNativeSeparators(path))
                     : sniffed.error;
        return nullptr;
    }
}

} // namespace es
