#include "tablefilewriter.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace es {

namespace {

struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(es::TableFileWriter)
};

constexpr qsizetype FlushBytes = 1 << 20; // write out every MiB: memory stays bounded

QString cannotWrite(const QString &path, const QString &reason)
{
    return WriterText::tr("Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), writeAdvice(path, reason));
}

void appendXmlText(QByteArray &out, const QByteArray &value)
{
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '&':
            out.append("&amp;");
            break;
        case '"':
            out.append("&quot;");
            break;
        default:
            // XML 1.0 allows no control characters but tab and line breaks.
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                out.append(ch);
            break;
        }
    }
}

QByteArray columnName(int index)
{
    QByteArray name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

bool writeCsv(const QString &path, const QList<QByteArray> &header,
              const TableFileWriter::RowSource &source, QString *error, qint64 *rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    QByteArray buffer;
    const auto appendRow = [&buffer](const QList<QByteArray> &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                buffer.append(',');
            TableFileWriter::appendCsvField(buffer, cells.at(c));
        }
        buffer.append("\r\n");
    };
    appendRow(header);
    bool writeOk = true;
    QString sourceError;
    const bool read = source(
        [&](const QList<QByteArray> &cells) {
            appendRow(cells);
            ++*rows;
            if (buffer.size() > FlushBytes) {
                writeOk = file.write(buffer) == buffer.size();
                buffer.clear();
            }
            return writeOk;
        },
        &sourceError);
    if (!read && writeOk) {
        *error = sourceError;
        return false; // QSaveFile drops its temporary file
    }
    // The flush is checked before commit(): Qt 6.4's QSaveFile misses a failing final flush.
    if (!writeOk || file.write(buffer) != buffer.size() || !file.flush() || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = entry.write(bytes) == bytes.size();
    entry.close();
    return ok && entry.getZipError() == 0;
}

bool addPackageParts(QuaZip &zip, const QString &sheetName)
{
    QByteArray sheet;
    appendXmlText(sheet, sheetName.left(31).toUtf8()); // Excel's limit for a sheet name
    return addEntry(zip, QStringLiteral("[Content_Types].xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"rels\" "
                    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    "</Types>") &&
           addEntry(zip, QStringLiteral("_rels/.rels"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    "relationships\"><Relationship Id=\"rId1\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>") &&
           addEntry(zip, QStringLiteral("xl/workbook.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    "relationships\"><sheets><sheet name=\"" +
                        sheet +
                        "\" sheetId=\"1\" r:id=\"rId1\"/>"
                        "</sheets></workbook>") &&
           addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    "relationships\"><Relationship Id=\"rId1\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
}

bool writeXlsx(const QString &path, const QList<QByteArray> &header,
               const TableFileWriter::RowSource &source, QString *error, qint64 *rows,
               const QString &sheetName)
{
    const QFileInfo info(path);
    QTemporaryFile temp(info.absoluteDir().filePath(QStringLiteral(".") + info.fileName() +
                                                    QStringLiteral(".XXXXXX.part")));
    const auto writeFailed = [&](const QString &reason) {
        *error = cannotWrite(path, reason);
        return false;
    };
    if (!temp.open())
        return writeFailed(temp.errorString());
    const QString tempPath = temp.fileName();
    temp.close();
    QuaZip zip(tempPath);
    if (!zip.open(QuaZip::mdCreate))
        return writeFailed(WriterText::tr("writing the workbook failed"));
    QuaZipFile sheet(&zip);
    if (!addPackageParts(zip, sheetName) ||
        !sheet.open(QIODevice::WriteOnly,
                    QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")))) {
        zip.close();
        return writeFailed(WriterText::tr("writing the workbook failed"));
    }
    QByteArray buffer =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>";
    qint64 rowNumber = 0;
    const auto appendRow = [&](const QList<QByteArray> &cells) {
        ++rowNumber;
        buffer.append("<row r=\"").append(QByteArray::number(rowNumber)).append("\">");
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cells.at(c).isEmpty())
                continue;
            buffer.append("<c r=\"")
                .append(columnName(int(c)))
                .append(QByteArray::number(rowNumber))
                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            appendXmlText(buffer, cells.at(c));
            buffer.append("</t></is></c>");
        }
        buffer.append("</row>");
    };
    appendRow(header);
    bool writeOk = true;
    QString sourceError;
    const bool read = source(
        [&](const QList<QByteArray> &cells) {
            appendRow(cells);
            ++*rows;
            if (buffer.size() > FlushBytes) {
                writeOk = sheet.write(buffer) == buffer.size();
                buffer.clear();
            }
            return writeOk;
        },
        &sourceError);
    buffer.append("</sheetData></worksheet>");
    if (read && writeOk)
        writeOk = sheet.write(buffer) == buffer.size();
    sheet.close();
    writeOk = writeOk && sheet.getZipError() == 0;
    zip.close();
    writeOk = writeOk && zip.getZipError() == 0;
    if (!read && writeOk) {
        QFile::remove(tempPath);
        *error = sourceError;
        return false;
    }
    if (!writeOk) {
        QFile::remove(tempPath);
        return writeFailed(WriterText::tr("writing the workbook failed"));
    }
    // rename(2) replaces an existing file of that name atomically.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) !=
        0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(tempPath);
        return writeFailed(reason);
    }
    return true;
}

} // namespace

bool TableFileWriter::isXlsx(const QString &path)
{
    return path.endsWith(u".xlsx", Qt::CaseInsensitive);
}

bool TableFileWriter::write(const QString &path, const QList<QByteArray> &header,
                            const RowSource &rows, QString *error, qint64 *rowCount,
                            const QString &sheetName)
{
    qint64 count = 0;
    const bool ok = isXlsx(path) ? writeXlsx(path, header, rows, error, &count, sheetName)
                                 : writeCsv(path, header, rows, error, &count);
    if (rowCount)
        *rowCount = count;
    return ok;
}

void TableFileWriter::appendCsvField(QByteArray &out, const QByteArray &value)
{
    const bool quote =
        value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r');
    if (!quote) {
        out.append(value);
        return;
    }
    out.append('"');
    for (char c : value) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

} // namespace es
