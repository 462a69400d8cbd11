#pragma once

#include <QString>
#include <QStringList>
#include <atomic>

namespace es {

// Counts the data rows of exported files (CSV, XLSX, XLS, recognised by content) through the
// vault's streaming TableReader: one row in memory at a time, so a file of a million rows costs
// no more memory than one of ten. The header row is not counted. Blocking: run it off the GUI
// thread (ExportJob does, on a pool thread).
class RowCounter
{
public:
    struct Result
    {
        qint64 rows = -1; // -1 when a file could not be read
        QString error;    // names the file and the problem

        bool ok() const { return rows >= 0; }
    };

    // `cancel` (may be null) is looked at between rows.
    static Result countFile(const QString &path, const std::atomic_bool *cancel = nullptr);
    // The sum over all files; the first file that cannot be read makes the whole count unknown.
    static Result countFiles(const QStringList &paths, const std::atomic_bool *cancel = nullptr);
};

} // namespace es
