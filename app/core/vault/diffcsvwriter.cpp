#include "diffcsvwriter.h"

#include "storage/tablefilewriter.h"
#include "vaultdiff.h"

namespace es {

bool DiffCsvWriter::write(VaultDiff &diff, const QString &path, QString *error)
{
    const QStringList columns = diff.columns();
    const qsizetype idColumn = columns.indexOf(QStringLiteral("hs_object_id"));
    QList<QByteArray> header{"change", "hs_object_id"};
    for (qsizetype c = 0; c < columns.size(); ++c)
        if (c != idColumn)
            header.append(columns.at(c).toUtf8());
    const auto source = [&](const TableFileWriter::RowSink &sink, QString *sourceError) {
        QList<QByteArray> cells;
        const bool ok = diff.forEach([&](const VaultDiff::Entry &e) {
            cells = {VaultDiff::toString(e.kind).toUtf8(), QByteArray::number(e.id)};
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (c == idColumn)
                    continue;
                if (e.kind == VaultDiff::Kind::Removed)
                    cells.append(e.before.value(c));
                else if (e.kind == VaultDiff::Kind::Changed && e.changedColumns.contains(int(c)))
                    cells.append(e.before.value(c) + " → " + e.after.value(c));
                else
                    cells.append(e.after.value(c));
            }
            return sink(cells);
        });
        if (!ok)
            *sourceError = diff.error();
        return ok;
    };
    return TableFileWriter::write(path, header, source, error, nullptr, QStringLiteral("Diff"));
}

} // namespace es
