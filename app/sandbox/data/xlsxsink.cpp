#include "tablesink.h"

#include <QFile>
#include <xlsxwriter.h>

namespace sandbox {
namespace {

// Excel's limit for one cell's text.
constexpr qsizetype kMaxCellChars = 32767;

class XlsxSink final : public TableSink
{
public:
    explicit XlsxSink(const QString &tempDir)
        : m_tempDir(QFile::encodeName(tempDir))
    {}

    ~XlsxSink() override
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }

    bool open(const QString &path, const QString &sheetName, QString *error) override
    {
        m_path = QFile::encodeName(path);
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows stream to a temp file: flat memory
        options.tmpdir = m_tempDir.data();
        options.use_zip64 = LXW_FALSE;
        m_workbook = workbook_new_opt(m_path.constData(), &options);
        if (!m_workbook) {
            *error = QStringLiteral("Cannot create the workbook %1.").arg(path);
            return false;
        }
        // Fixed document dates: the same export gives the same bytes.
        lxw_doc_properties properties{};
        properties.title = const_cast<char *>("HubSpot export");
        properties.author = const_cast<char *>("hubspot-sandbox");
        properties.created = 1704067200; // 2024-01-01T00:00:00Z
        workbook_set_properties(m_workbook, &properties);
        const QByteArray name = sheetName.left(31).toUtf8();
        m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : name.constData());
        if (!m_sheet) {
            *error = QStringLiteral("Cannot add a worksheet to %1.").arg(path);
            return false;
        }
        return true;
    }

    void writeRow(const QList<Cell> &cells) override
    {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const Cell &cell = cells[c];
            lxw_error rc = LXW_NO_ERROR;
            if (cell.isNumber)
                rc = worksheet_write_number(m_sheet, m_row, lxw_col_t(c), cell.number, nullptr);
            else if (!cell.text.isEmpty())
                rc = worksheet_write_string(m_sheet, m_row, lxw_col_t(c),
                                            cell.text.left(kMaxCellChars).toUtf8().constData(),
                                            nullptr);
            if (rc != LXW_NO_ERROR && m_firstError == LXW_NO_ERROR)
                m_firstError = rc;
        }
        ++m_row;
    }

    bool finish(QString *error) override
    {
        const lxw_error rc = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (m_firstError != LXW_NO_ERROR || rc != LXW_NO_ERROR) {
            *error =
                QStringLiteral("Writing the workbook failed: %1")
                    .arg(QString::fromUtf8(lxw_strerror(rc != LXW_NO_ERROR ? rc : m_firstError)));
            return false;
        }
        return true;
    }

private:
    QByteArray m_tempDir;
    QByteArray m_path;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_row_t m_row = 0;
    lxw_error m_firstError = LXW_NO_ERROR;
};

} // namespace

std::unique_ptr<TableSink> makeXlsxSink(const QString &tempDir)
{
    return std::make_unique<XlsxSink>(tempDir);
}

} // namespace sandbox
