#include "tablepreview.h"

#include "rowcursor.h"
#include "vault/csvtablereader.h"
#include "vault/tablereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace es {

namespace {
struct PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(es::TablePreview)
};

// The data rows of a file: a reader past the header row. Only a CSV can seek.
class FileCursor final : public RowCursor
{
public:
    explicit FileCursor(std::unique_ptr<TableReader> reader)
        : m_reader(std::move(reader))
        , m_csv(dynamic_cast<CsvTableReader *>(m_reader.get()))
    {}

    bool next(QList<QByteArray> &cells) override { return m_reader->next(cells); }
    QString error() const override { return m_reader->error(); }
    qint64 position() override { return m_csv ? m_csv->offset() : -1; }
    bool seek(qint64 position) override { return m_csv && m_csv->seek(position); }

private:
    std::unique_ptr<TableReader> m_reader;
    CsvTableReader *m_csv;
};

// Opens `path` and reads its header row into `header`.
std::unique_ptr<RowCursor> openFile(const QString &path, QStringList *header, QString *error)
{
    std::unique_ptr<TableReader> reader = TableReader::open(path, error);
    if (!reader)
        return nullptr;
    QList<QByteArray> cells;
    if (!reader->next(cells)) {
        *error = reader->error().isEmpty()
                     ? PreviewText::tr("%1 is empty: it has not even a header row.")
                           .arg(QDir::toNativeSeparators(path))
                     : reader->error();
        return nullptr;
    }
    if (header) {
        header->clear();
        for (const QByteArray &cell : std::as_const(cells))
            *header << QString::fromUtf8(cell);
    }
    return std::make_unique<FileCursor>(std::move(reader));
}
} // namespace

TablePreview::TablePreview(QObject *parent)
    : PreviewSource(parent)
{}

bool TablePreview::open(const QString &path, QString *error)
{
    QStringList header;
    // Only the header is read here, in the caller's thread: one row.
    if (!openFile(path, &header, error))
        return false;
    m_path = path;
    start(header, [path](QString *cursorError) { return openFile(path, nullptr, cursorError); });
    return true;
}

QString TablePreview::title() const
{
    return QFileInfo(m_path).fileName();
}

} // namespace es
