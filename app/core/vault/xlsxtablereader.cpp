#include "xlsxtablereader.h"

#include <QCoreApplication>
#include <QDir>
#include <quazip.h>
#include <quazipfile.h>

namespace es {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(es::XlsxTableReader)
};

// "BC12" → 54 (0-based column), -1 when there is no column part.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
    return i == 0 ? -1 : column - 1;
}

// The text of an <si> or <is> element (plain <t> or rich-text runs <r><t>), reader left on its
// end tag.
QByteArray richText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text.toUtf8();
}

} // namespace

XlsxTableReader::XlsxTableReader(const QString &path)
    : TableReader(path)
    , m_zip(std::make_unique<QuaZip>(path))
{}

XlsxTableReader::~XlsxTableReader()
{
    if (m_sheet)
        m_sheet->close();
    m_zip->close();
}

QString XlsxTableReader::sheetEntry()
{
    const QStringList names = m_zip->getFileNameList();
    if (names.contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        return QStringLiteral("xl/worksheets/sheet1.xml");
    for (const QString &name : names) {
        if (name.startsWith(u"xl/worksheets/") && name.endsWith(u".xml"))
            return name;
    }
    return {};
}

bool XlsxTableReader::readSharedStrings(QString *error)
{
    if (!m_zip->setCurrentFile(QStringLiteral("xl/sharedStrings.xml")))
        return true; // inline strings only
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = XlsxText::tr("%1 is damaged: its shared strings cannot be read.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            m_shared.append(richText(xml));
    }
    if (xml.hasError()) {
        *error = XlsxText::tr("%1 is damaged: its shared strings are not valid XML (%2).")
                     .arg(QDir::toNativeSeparators(m_path), xml.errorString());
        return false;
    }
    file.close();
    return true;
}

bool XlsxTableReader::openFile(QString *error)
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = XlsxText::tr("%1 is not a readable XLSX file (the zip cannot be opened).")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    const QString sheet = sheetEntry();
    if (sheet.isEmpty()) {
        *error = XlsxText::tr("%1 holds no worksheet.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!readSharedStrings(error))
        return false;
    m_zip->setCurrentFile(sheet);
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::ReadOnly)) {
        *error = XlsxText::tr("%1 is damaged: its worksheet cannot be read.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_xml.setDevice(m_sheet.get());
    return true;
}

bool XlsxTableReader::next(QList<QByteArray> &cells)
{
    if (!m_error.isEmpty() || !m_sheet)
        return false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != u"row")
            continue;
        qsizetype count = 0;
        int nextColumn = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"row")
                break;
            if (!m_xml.isStartElement() || m_xml.name() != u"c")
                continue;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const int column = columnOf(attributes.value(QLatin1String("r")));
            const QStringView type = attributes.value(QLatin1String("t"));
            const int at = column >= 0 ? column : nextColumn;
            nextColumn = at + 1;
            if (cells.size() < at + 1)
                cells.resize(at + 1);
            for (qsizetype k = count; k <= at; ++k)
                cells[k].resize(0);
            count = std::max<qsizetype>(count, at + 1);
            QByteArray &out = cells[at];
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == u"c")
                    break;
                if (!m_xml.isStartElement())
                    continue;
                if (m_xml.name() == u"v") {
                    const QString value = m_xml.readElementText();
                    if (type == u"s") {
                        bool ok = false;
                        const int index = value.toInt(&ok);
                        if (!ok || index < 0 || index >= m_shared.size())
                            return fail(XlsxText::tr("%1 is damaged: a cell refers to a shared "
                                                     "string that does not exist.")
                                            .arg(QDir::toNativeSeparators(m_path)));
                        out = m_shared.at(index);
                    } else {
                        out = value.toUtf8();
                    }
                } else if (m_xml.name() == u"is") {
                    out = richText(m_xml);
                }
            }
        }
        cells.resize(count);
        return true;
    }
    if (m_xml.hasError())
        return fail(XlsxText::tr("%1 is damaged: its worksheet is not valid XML (%2).")
                        .arg(QDir::toNativeSeparators(m_path), m_xml.errorString()));
    return false;
}

} // namespace es
