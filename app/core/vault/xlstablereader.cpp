#include "xlstablereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cmath>
#include <freexl.h>

namespace es {

namespace {
struct XlsText
{
    Q_DECLARE_TR_FUNCTIONS(es::XlsTableReader)
};

// Whole numbers as integers ("10000001", not "1.0000001e+07"): record ids arrive as doubles.
QByteArray numberText(double value)
{
    if (std::isfinite(value) && std::fabs(value) < 1e15 && std::floor(value) == value)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 15);
}
} // namespace

XlsTableReader::XlsTableReader(const QString &path)
    : TableReader(path)
{}

XlsTableReader::~XlsTableReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

bool XlsTableReader::openFile(QString *error)
{
    const QByteArray native = QFile::encodeName(m_path);
    if (freexl_open(native.constData(), &m_handle) != FREEXL_OK) {
        m_handle = nullptr;
        *error =
            XlsText::tr("%1 is not a readable XLS workbook.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (freexl_select_active_worksheet(m_handle, 0) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) != FREEXL_OK) {
        *error =
            XlsText::tr("%1 holds no readable worksheet.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

bool XlsTableReader::next(QList<QByteArray> &cells)
{
    if (!m_handle || m_row >= m_rows)
        return false;
    cells.resize(m_columns);
    for (unsigned short c = 0; c < m_columns; ++c) {
        FreeXL_CellValue value;
        QByteArray &out = cells[c];
        out.resize(0);
        if (freexl_get_cell_value(m_handle, m_row, c, &value) != FREEXL_OK)
            return fail(XlsText::tr("%1 is damaged: row %2 cannot be read.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(m_row + 1));
        switch (value.type) {
        case FREEXL_CELL_INT:
            out = QByteArray::number(value.value.int_value);
            break;
        case FREEXL_CELL_DOUBLE:
            out = numberText(value.value.double_value);
            break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME:
            out = QByteArray(value.value.text_value);
            break;
        default:
            break;
        }
    }
    ++m_row;
    return true;
}

} // namespace es
