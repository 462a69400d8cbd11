#include "diffcsvwriter.h"

#include "vaultdiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace es {

namespace {
struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(es::DiffCsvWriter)
};

QByteArray csvField(const QByteArray &value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') &&
        !value.contains('\r'))
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}
} // namespace

bool DiffCsvWriter::write(VaultDiff &diff, const QString &path, QString *error)
{
    QSaveFile file(path);
    const auto failed = [&] {
        *error = WriterText::tr("Could not write %1: %2. Choose another folder or free some "
                                "space, then export again.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QStringList columns = diff.columns();
    const qsizetype idColumn = columns.indexOf(QStringLiteral("hs_object_id"));
    QByteArray buffer = "change,hs_object_id";
    for (qsizetype c = 0; c < columns.size(); ++c)
        if (c != idColumn)
            buffer += ',' + csvField(columns.at(c).toUtf8());
    buffer += "\r\n";
    bool ok = true;
    const bool read = diff.forEach([&](const VaultDiff::Entry &e) {
        buffer += VaultDiff::toString(e.kind).toUtf8() + ',' + QByteArray::number(e.id);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c == idColumn)
                continue;
            QByteArray value;
            if (e.kind == VaultDiff::Kind::Removed)
                value = e.before.value(c);
            else if (e.kind == VaultDiff::Kind::Changed && e.changedColumns.contains(int(c)))
                value = e.before.value(c) + " → " + e.after.value(c);
            else
                value = e.after.value(c);
            buffer += ',' + csvField(value);
        }
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            ok = file.write(buffer) == buffer.size();
            buffer.clear();
        }
        return ok;
    });
    if (!read && ok) {
        *error = diff.error();
        return false;
    }
    if (!ok || file.write(buffer) != buffer.size() || !file.commit())
        return failed();
    return true;
}

} // namespace es
