#pragma once

#include <QString>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

// A minimal SpreadsheetML package (one sheet, inline strings) written with QuaZip: what a
// spreadsheet application saves, without a writer library in the test process.
namespace es::test {

inline QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

inline QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

inline bool writeXlsx(const QString &path, const QList<QStringList> &rows)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const auto add = [&zip](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
        return file.getZipError() == 0;
    };
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                       "main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString ref = columnName(c) + QString::number(r + 1);
            sheet += "<c r=\"" + ref.toUtf8() + "\" t=\"inlineStr\"><is><t>" +
                     xmlEscaped(rows.at(r).at(c)).toUtf8() + "</t></is></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    return add(QStringLiteral("[Content_Types].xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" "
               "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Override PartName=\"/xl/workbook.xml\" "
               "ContentType=\"application/"
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
               "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
               "ContentType=\"application/"
               "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>") &&
           add(QStringLiteral("_rels/.rels"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" "
               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
               "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>") &&
           add(QStringLiteral("xl/workbook.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
               "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
               "relationships\"><sheets><sheet name=\"Export\" sheetId=\"1\" "
               "r:id=\"rId1\"/></sheets></workbook>") &&
           add(QStringLiteral("xl/_rels/workbook.xml.rels"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" "
               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
               "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>") &&
           add(QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
}

} // namespace es::test
