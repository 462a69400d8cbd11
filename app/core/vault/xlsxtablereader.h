#pragma once

#include "tablereader.h"

#include <QXmlStreamReader>
#include <memory>

class QuaZip;
class QuaZipFile;

namespace es {

// The first worksheet of an XLSX file, streamed: QuaZip inflates the sheet's XML as it is read and
// QXmlStreamReader walks it row by row. Shared strings are read once up front (an export's
// repeated values are few; unique ones count against memory, a documented limit).
class XlsxTableReader final : public TableReader
{
public:
    explicit XlsxTableReader(const QString &path);
    ~XlsxTableReader() override;
    bool openFile(QString *error);
    bool next(QList<QByteArray> &cells) override;

private:
    bool readSharedStrings(QString *error);
    QString sheetEntry();

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamReader m_xml;
    QList<QByteArray> m_shared;
};

} // namespace es
