#include "rowcounter.h"

#include "transfer/filesniffer.h"
#include "vault/tablereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>

namespace es {

namespace {

struct RowCounterText
{
    Q_DECLARE_TR_FUNCTIONS(es::RowCounter)
};

} // namespace

RowCounter::Result RowCounter::countFile(const QString &path, const std::atomic_bool *cancel)
{
    Result result;
    // TableReader::open words an unknown file for the vault; here it is about counting.
    const SniffResult sniffed = FileSniffer::sniff(path);
    if (sniffed.kind != FileKind::Csv && sniffed.kind != FileKind::Xlsx &&
        sniffed.kind != FileKind::Xls) {
        result.error = !sniffed.error.isEmpty()
                           ? sniffed.error
                           : RowCounterText::tr("%1 is not a CSV, XLSX or XLS file, so its rows "
                                                "cannot be counted.")
                                 .arg(QDir::toNativeSeparators(path));
        return result;
    }
    QString error;
    const std::unique_ptr<TableReader> reader = TableReader::open(path, &error);
    if (!reader) {
        result.error = error;
        return result;
    }
    QList<QByteArray> cells;
    qint64 rows = 0;
    bool header = true;
    while (reader->next(cells)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.error = RowCounterText::tr("Counting the rows of %1 was stopped.")
                               .arg(QDir::toNativeSeparators(path));
            return result;
        }
        if (header) {
            header = false;
            continue;
        }
        ++rows;
    }
    if (!reader->error().isEmpty()) {
        result.error = reader->error();
        return result;
    }
    result.rows = rows;
    return result;
}

RowCounter::Result RowCounter::countFiles(const QStringList &paths, const std::atomic_bool *cancel)
{
    Result total;
    total.rows = 0;
    for (const QString &path : paths) {
        Result one = countFile(path, cancel);
        if (!one.ok())
            return one;
        total.rows += one.rows;
    }
    return total;
}

} // namespace es
