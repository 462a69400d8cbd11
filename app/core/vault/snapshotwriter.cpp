#include "snapshotwriter.h"

#include "storage/atomicfile.h"
#include "vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace es::SnapshotWriter {

namespace {

struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(es::SnapshotWriter)
};

void appendCsvField(QByteArray &out, const QByteArray &value)
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

bool writeCsv(Vault &vault, const QString &key, qint64 runId, const QString &path, QString *error,
              qint64 *rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = SnapshotText::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QByteArray buffer;
    const QStringList columns = vault.columns(key);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (c > 0)
            buffer.append(',');
        appendCsvField(buffer, columns.at(c).toUtf8());
    }
    buffer.append("\r\n");
    bool writeOk = true;
    const bool ok = vault.forEachRow(key, runId, [&](qint64, const QList<QByteArray> &values) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                buffer.append(',');
            appendCsvField(buffer, values.value(c));
        }
        buffer.append("\r\n");
        ++*rows;
        if (buffer.size() > (1 << 20)) {
            writeOk = file.write(buffer) == buffer.size();
            buffer.clear();
        }
        return writeOk;
    });
    if (ok && writeOk)
        writeOk = file.write(buffer) == buffer.size() && file.flush();
    if (!ok) {
        *error = vault.lastError();
        return false;
    }
    if (!writeOk || !file.commit()) {
        *error = SnapshotText::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), writeAdvice(path, file.errorString()));
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

bool writeXlsx(Vault &vault, const QString &key, qint64 runId, const QString &path, QString *error,
               qint64 *rows)
{
    const QFileInfo info(path);
    QTemporaryFile temp(info.absoluteDir().filePath(QStringLiteral(".") + info.fileName() +
                                                    QStringLiteral(".XXXXXX.part")));
    const auto writeFailed = [&](const QString &reason) {
        *error = SnapshotText::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), writeAdvice(path, reason));
        return false;
    };
    if (!temp.open())
        return writeFailed(temp.errorString());
    const QString tempPath = temp.fileName();
    temp.close();
    QuaZip zip(tempPath);
    if (!zip.open(QuaZip::mdCreate))
        return writeFailed(SnapshotText::tr("writing the workbook failed"));
    const bool parts =
        addEntry(zip, QStringLiteral("[Content_Types].xml"),
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
                 "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
                 "org/officeDocument/2006/relationships/officeDocument\" "
                 "Target=\"xl/workbook.xml\"/></Relationships>") &&
        addEntry(zip, QStringLiteral("xl/workbook.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                 "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships\"><sheets><sheet name=\"Snapshot\" sheetId=\"1\" r:id=\"rId1\"/>"
                 "</sheets></workbook>") &&
        addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                 "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
                 "org/officeDocument/2006/relationships/worksheet\" "
                 "Target=\"worksheets/sheet1.xml\"/></Relationships>");
    if (!parts) {
        zip.close();
        return writeFailed(SnapshotText::tr("writing the workbook failed"));
    }
    QuaZipFile sheet(&zip);
    if (!sheet.open(QIODevice::WriteOnly,
                    QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")))) {
        zip.close();
        return writeFailed(SnapshotText::tr("writing the workbook failed"));
    }
    const QStringList columns = vault.columns(key);
    QByteArray buffer =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>";
    qint64 rowNumber = 0;
    const auto appendRow = [&](const QList<QByteArray> &values) {
        ++rowNumber;
        buffer.append("<row r=\"").append(QByteArray::number(rowNumber)).append("\">");
        for (qsizetype c = 0; c < values.size(); ++c) {
            if (values.at(c).isEmpty())
                continue;
            buffer.append("<c r=\"")
                .append(columnName(int(c)))
                .append(QByteArray::number(rowNumber))
                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            appendXmlText(buffer, values.at(c));
            buffer.append("</t></is></c>");
        }
        buffer.append("</row>");
    };
    QList<QByteArray> header;
    for (const QString &c : columns)
        header.append(c.toUtf8());
    appendRow(header);
    bool writeOk = true;
    const bool ok = vault.forEachRow(key, runId, [&](qint64, const QList<QByteArray> &values) {
        appendRow(values);
        ++*rows;
        if (buffer.size() > (1 << 20)) {
            writeOk = sheet.write(buffer) == buffer.size();
            buffer.clear();
        }
        return writeOk;
    });
    buffer.append("</sheetData></worksheet>");
    if (ok && writeOk)
        writeOk = sheet.write(buffer) == buffer.size();
    sheet.close();
    writeOk = writeOk && sheet.getZipError() == 0;
    zip.close();
    writeOk = writeOk && zip.getZipError() == 0;
    if (!ok) {
        QFile::remove(tempPath);
        *error = vault.lastError();
        return false;
    }
    if (!writeOk) {
        QFile::remove(tempPath);
        return writeFailed(SnapshotText::tr("writing the workbook failed"));
    }
    // rename(2) replaces an existing snapshot atomically.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(tempPath);
        return writeFailed(QString::fromLocal8Bit(strerror(errno)));
    }
    return true;
}

} // namespace

bool write(Vault &vault, const QString &presetKey, qint64 runId, const QString &path,
           QString *error, qint64 *rows)
{
    qint64 count = 0;
    const bool xlsx = path.endsWith(u".xlsx", Qt::CaseInsensitive);
    const bool ok = xlsx ? writeXlsx(vault, presetKey, runId, path, error, &count)
                         : writeCsv(vault, presetKey, runId, path, error, &count);
    if (rows)
        *rows = count;
    return ok;
}

} // namespace es::SnapshotWriter
