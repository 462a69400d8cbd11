#include "previewmodel.h"

#include "preview/tablepreview.h"

#include <limits>

namespace es {

namespace {
// A QAbstractItemModel counts rows in int; a file with more rows shows the first INT_MAX.
int clampRows(qint64 rows)
{
    return int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
}
} // namespace

PreviewModel::PreviewModel(TablePreview *preview, QObject *parent)
    : QAbstractTableModel(parent)
    , m_preview(preview)
{
    m_rows = clampRows(preview->rowCount());
    connect(preview, &TablePreview::rowsCounted, this, &PreviewModel::onRowsCounted);
    connect(preview, &TablePreview::filterChanged, this, &PreviewModel::onFilterChanged);
    connect(preview, &TablePreview::matchesFound, this, &PreviewModel::onMatchesFound);
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview->header().size());
}

qint64 PreviewModel::sourceRow(int row) const
{
    return m_preview->isFiltered() ? m_preview->matches().value(row, -1) : row;
}

void PreviewModel::onRowsCounted(qint64 rows)
{
    if (m_preview->isFiltered())
        return;
    const int now = clampRows(rows);
    if (now <= m_rows)
        return;
    beginInsertRows({}, m_rows, now - 1);
    m_rows = now;
    endInsertRows();
}

void PreviewModel::onFilterChanged()
{
    beginResetModel();
    m_rows = m_preview->isFiltered() ? 0 : clampRows(m_preview->rowCount());
    endResetModel();
}

void PreviewModel::onMatchesFound(qint64 total)
{
    const int now = clampRows(total);
    if (!m_preview->isFiltered() || now <= m_rows)
        return;
    beginInsertRows({}, m_rows, now - 1);
    m_rows = now;
    endInsertRows();
}

const QStringList *PreviewModel::cachedRow(qint64 sourceRow) const
{
    const qint64 page = sourceRow / PageRows;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QString error;
        QList<QStringList> rows = m_preview->readRows(page * PageRows, PageRows, &error);
        if (rows.isEmpty() && !error.isEmpty()) {
            if (error != m_lastError) {
                m_lastError = error;
                Q_EMIT const_cast<PreviewModel *>(this)->problem(error);
            }
            return nullptr;
        }
        while (m_recent.size() >= CachedPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
        m_recent << page;
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent << page;
    }
    const qsizetype inPage = sourceRow - page * PageRows;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const qint64 source = sourceRow(index.row());
    if (source < 0)
        return {};
    const QStringList *row = cachedRow(source);
    if (!row)
        return {};
    const QString cell = row->value(index.column());
    const bool multiline = cell.contains(u'\n');
    if (role == Qt::ToolTipRole)
        return cell.size() > 60 || multiline ? cell : QVariant();
    if (!multiline)
        return cell;
    // One line per row: a cell's line breaks shown as a return symbol instead of cutting it off.
    QString oneLine = cell;
    oneLine.replace(u"\r\n"_qs, u"\n"_qs).replace(u'\n', u" \u23CE "_qs);
    return oneLine;
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_preview->header().value(section);
    const qint64 source = sourceRow(section);
    return source < 0 ? QVariant() : QVariant(source + 1);
}

} // namespace es
