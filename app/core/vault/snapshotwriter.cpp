#include "snapshotwriter.h"

#include "storage/tablefilewriter.h"
#include "vault.h"

namespace es::SnapshotWriter {

bool write(Vault &vault, const QString &presetKey, qint64 runId, const QString &path,
           QString *error, qint64 *rows)
{
    QList<QByteArray> header;
    for (const QString &column : vault.columns(presetKey))
        header.append(column.toUtf8());
    const auto source = [&](const TableFileWriter::RowSink &sink, QString *sourceError) {
        const bool ok =
            vault.forEachRow(presetKey, runId,
                             [&](qint64, const QList<QByteArray> &values) { return sink(values); });
        if (!ok)
            *sourceError = vault.lastError();
        return ok;
    };
    return TableFileWriter::write(path, header, source, error, rows, QStringLiteral("Snapshot"));
}

} // namespace es::SnapshotWriter
