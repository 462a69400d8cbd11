#include "exportrenderer.h"

#include "selection.h"
#include "tablesink.h"
#include "valuetext.h"
#include "zipwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sandbox {
namespace {

constexpr quint32 kAssociationsPerRow = 1000; // HubSpot's default cap per row and definition

// One output column and how to fill it.
struct OutColumn
{
    enum class Kind
    {
        Property,
        AssociatedIds,
        AssociatedLabels,
        AssociatedNames
    };
    Kind kind = Kind::Property;
    QString header;
    // Property
    const PropertySpec *spec = nullptr;
    const Column *column = nullptr;
    bool numeric = false;    // a number cell in XLSX/XLS
    QStringList poolDisplay; // Pool columns: the text shown for each pool entry
    enum class Format
    {
        Raw,
        Date,
        DateTime,
        Option
    } format = Format::Raw;
    // Associations
    const ObjectStore *target = nullptr;
    const AssocTable *table = nullptr;
};

class TableBuilder
{
public:
    TableBuilder(const Dataset &dataset, const ObjectStore &store, const es::ExportRequest &request)
    {
        const bool names =
            request.exportInternalValuesOptions.contains(es::InternalValuesOption::Names);
        const bool values =
            request.exportInternalValuesOptions.contains(es::InternalValuesOption::Values);
        m_capAssociations = !request.overrideAssociatedObjectsPerDefinitionPerRowLimit;
        for (const QString &name : request.objectProperties) {
            const int index = store.indexOf(name);
            OutColumn out;
            out.spec = &store.properties[index];
            out.column = &store.columns[size_t(index)];
            out.header = names ? out.spec->name : out.spec->label(request.language);
            const QString &type = out.spec->type;
            out.numeric = type == u"number" || (values && (type == u"date" || type == u"datetime"));
            if (!values) {
                if (type == u"date")
                    out.format = OutColumn::Format::Date;
                else if (type == u"datetime")
                    out.format = OutColumn::Format::DateTime;
                else if (type == u"enumeration" || type == u"bool")
                    out.format = OutColumn::Format::Option;
            }
            if (out.column->kind == Column::Kind::Pool) {
                for (const QString &raw : out.column->pool) {
                    if (out.format != OutColumn::Format::Option) {
                        out.poolDisplay.append(raw);
                        continue;
                    }
                    // Multiple checkboxes: every selected value by its label, ';'-joined.
                    QStringList labels;
                    for (const QString &part : raw.split(u';'))
                        labels.append(out.spec->optionLabel(part, request.language));
                    out.poolDisplay.append(labels.join(u';'));
                }
            }
            m_columns.append(out);
        }
        const bool primary = request.effectiveIncludePrimaryDisplay();
        for (const QString &type : request.associatedObjectType) {
            const QString targetId = dataset.resolveObjectType(type);
            OutColumn out;
            out.target = dataset.objectStore(targetId);
            out.table = &*store.associations.constFind(targetId);
            out.kind = OutColumn::Kind::AssociatedIds;
            out.header = QStringLiteral("Associated %1 IDs").arg(out.target->singular);
            m_columns.append(out);
            if (request.includeLabeledAssociations) {
                out.kind = OutColumn::Kind::AssociatedLabels;
                out.header = QStringLiteral("Associated %1 Labels").arg(out.target->singular);
                m_columns.append(out);
            }
            if (primary) {
                out.kind = OutColumn::Kind::AssociatedNames;
                out.header = QStringLiteral("Associated %1").arg(out.target->singular);
                m_columns.append(out);
            }
        }
    }

    QList<Cell> header() const
    {
        QList<Cell> cells;
        for (const OutColumn &column : m_columns)
            cells.append(Cell{column.header, 0, false});
        return cells;
    }

    void row(quint32 row, QList<Cell> &cells) const
    {
        cells.resize(m_columns.size());
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            fill(m_columns[i], row, cells[i]);
    }

private:
    void fill(const OutColumn &out, quint32 row, Cell &cell) const
    {
        cell.isNumber = false;
        cell.number = 0;
        if (out.kind != OutColumn::Kind::Property) {
            cell.text = associated(out, row);
            return;
        }
        const Column &column = *out.column;
        switch (column.kind) {
        case Column::Kind::Pool:
            cell.text = out.poolDisplay[column.poolIndex[row]];
            return;
        case Column::Kind::Text:
            cell.text = column.texts[row];
            return;
        case Column::Kind::Int:
            break;
        }
        const qint64 value = column.ints[row];
        if (value == Column::kEmpty) {
            cell.text.clear();
            return;
        }
        switch (out.format) {
        case OutColumn::Format::Date:
            cell.text = valuetext::formatDate(value);
            return;
        case OutColumn::Format::DateTime:
            cell.text = valuetext::formatDateTime(value);
            return;
        default:
            cell.text = column.raw(row);
            cell.isNumber = out.numeric;
            cell.number = cell.isNumber ? *column.number(row) : 0;
            return;
        }
    }

    QString associated(const OutColumn &out, quint32 row) const
    {
        const AssocTable &table = *out.table;
        const quint32 begin = table.offsets[row];
        quint32 end = table.offsets[row + 1];
        if (m_capAssociations && end - begin > kAssociationsPerRow)
            end = begin + kAssociationsPerRow;
        QString text;
        for (quint32 k = begin; k < end; ++k) {
            if (k > begin)
                text += QLatin1Char(';');
            switch (out.kind) {
            case OutColumn::Kind::AssociatedIds:
                text += QString::number(out.target->idOf(table.targets[k]));
                break;
            case OutColumn::Kind::AssociatedLabels:
                text += m_labels.value(table.labels[k]);
                break;
            default:
                text += out.target->displayName(table.targets[k]);
                break;
            }
        }
        return text;
    }

    QList<OutColumn> m_columns;
    bool m_capAssociations = true;
    const QStringList &m_labels = associationLabelNames();
};

QString safeBaseName(const QString &exportName, const ObjectStore &store)
{
    QString base;
    for (QChar c : exportName.trimmed()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            base.append(c);
        else if (!base.endsWith(u'-'))
            base.append(u'-');
    }
    while (base.startsWith(u'.') || base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-') || base.endsWith(u'.'))
        base.chop(1);
    if (base.isEmpty())
        base = store.apiName + QStringLiteral("-export");
    return base.left(100);
}

QString suffixOf(es::FileFormat format)
{
    switch (format) {
    case es::FileFormat::Csv:
        return QStringLiteral("csv");
    case es::FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case es::FileFormat::Xls:
        return QStringLiteral("xls");
    }
    return QStringLiteral("csv");
}

QByteArray contentTypeOf(const QString &suffix)
{
    if (suffix == u"zip")
        return "application/zip";
    if (suffix == u"xlsx")
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (suffix == u"xls")
        return "application/vnd.ms-excel";
    return "text/csv; charset=UTF-8";
}

std::unique_ptr<TableSink> makeSink(es::FileFormat format, const QString &tempDir)
{
    switch (format) {
    case es::FileFormat::Xlsx:
        return makeXlsxSink(tempDir);
    case es::FileFormat::Xls:
        return makeXlsSink();
    case es::FileFormat::Csv:
        break;
    }
    return makeCsvSink();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

RenderResult renderExport(const Dataset &dataset, const es::ExportRequest &request,
                          const RenderOptions &options, const QString &exportId)
{
    RenderResult result;
    const auto rowsLock = dataset.readRows(); // a mutation waits for the render
    Selection selection = selectRows(dataset, request);
    if (selection.errors.isEmpty() && request.objectProperties.isEmpty())
        selection.errors.append({QStringLiteral("objectProperties"),
                                 QStringLiteral("Choose at least one property to export.")});
    if (!selection.errors.isEmpty()) {
        result.errors = selection.errors;
        return result;
    }
    const ObjectStore &store = *selection.store;
    const TableBuilder table(dataset, store, request);

    const QString outputDir = options.outputDir.isEmpty() ? QDir::tempPath() : options.outputDir;
    // The id becomes part of file names: keep it to characters that are safe everywhere.
    QString id;
    for (QChar c : exportId) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_')
            id.append(c);
    }
    if (id.isEmpty())
        id = QStringLiteral("export");
    QDir().mkpath(outputDir);
    const QString workDir = QDir(outputDir).filePath(QStringLiteral(".work-") + id);
    QDir(workDir).removeRecursively();
    if (!QDir().mkpath(workDir)) {
        result.errors.append({QString(), QStringLiteral("Cannot create %1.").arg(workDir)});
        return result;
    }
    auto fail = [&](const QString &message) {
        QDir(workDir).removeRecursively();
        result.errors.append({QString(), message});
        return result;
    };

    const QString base = safeBaseName(request.exportName, store);
    const QString suffix = suffixOf(request.format);
    // Caps never exceed what the format can hold below its header row (BIFF8: 65,536 rows,
    // XLSX: 1,048,576), whatever the sandbox was started with.
    int cap =
        request.format == es::FileFormat::Xls ? std::min(options.xlsRowCap, 65535) : options.rowCap;
    if (request.format == es::FileFormat::Xlsx)
        cap = std::min(cap, 1048575);
    cap = std::max(1, cap);
    const qsizetype rowCount = qsizetype(selection.rows.size());
    const int parts = rowCount == 0 ? 1 : int((rowCount + cap - 1) / cap);
    QStringList partPaths;
    QStringList partNames;
    const QList<Cell> header = table.header();
    QList<Cell> cells;
    for (int part = 0; part < parts; ++part) {
        const QString name = parts == 1
                                 ? base + QLatin1Char('.') + suffix
                                 : QStringLiteral("%1-%2.%3").arg(base).arg(part + 1).arg(suffix);
        const QString path = QDir(workDir).filePath(name);
        std::unique_ptr<TableSink> sink = makeSink(request.format, workDir);
        QString error;
        if (!sink->open(path, store.plural, &error))
            return fail(error);
        sink->writeRow(header);
        const qsizetype from = qsizetype(part) * cap;
        const qsizetype to = std::min(rowCount, from + cap);
        for (qsizetype i = from; i < to; ++i) {
            table.row(selection.rows[size_t(i)], cells);
            sink->writeRow(cells);
        }
        if (!sink->finish(&error))
            return fail(error);
        partPaths.append(path);
        partNames.append(name);
    }

    const bool zip = parts > 1 || (request.format == es::FileFormat::Csv &&
                                   QFileInfo(partPaths.first()).size() > options.zipThreshold);
    RenderedExport &file = result.file;
    file.fileName = zip ? base + QStringLiteral(".zip") : partNames.first();
    file.path = QDir(outputDir).absoluteFilePath(id + QLatin1Char('-') + file.fileName);
    QFile::remove(file.path);
    if (zip) {
        const QString zipPath = QDir(workDir).filePath(QStringLiteral("archive.zip"));
        ZipWriter writer;
        if (!writer.open(zipPath))
            return fail(writer.errorString());
        for (int i = 0; i < partPaths.size(); ++i) {
            if (!writer.addFile(partNames[i], partPaths[i]))
                return fail(writer.errorString());
        }
        if (!writer.close())
            return fail(writer.errorString());
        if (!QFile::rename(zipPath, file.path))
            return fail(QStringLiteral("Cannot move the export to %1.").arg(file.path));
    } else if (!QFile::rename(partPaths.first(), file.path)) {
        return fail(QStringLiteral("Cannot move the export to %1.").arg(file.path));
    }
    QDir(workDir).removeRecursively();

    file.contentType = contentTypeOf(zip ? QStringLiteral("zip") : suffix);
    file.size = QFileInfo(file.path).size();
    file.sha256Hex = sha256Of(file.path);
    file.recordCount = int(rowCount);
    file.fileCount = parts;
    file.zipped = zip;
    return result;
}

} // namespace sandbox
