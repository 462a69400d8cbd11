#pragma once

#include "tablereader.h"

namespace es {

// The first worksheet of a legacy XLS workbook through libfreexl. An XLS sheet holds at most
// 65,536 rows (HubSpot splits bigger exports into several files), so freexl's in-memory parse is
// bounded by the format itself.
class XlsTableReader final : public TableReader
{
public:
    explicit XlsTableReader(const QString &path);
    ~XlsTableReader() override;
    bool openFile(QString *error);
    bool next(QList<QByteArray> &cells) override;

private:
    const void *m_handle = nullptr;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_row = 0;
};

} // namespace es
