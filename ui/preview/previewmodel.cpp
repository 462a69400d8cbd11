#include "previewmodel.h"

#include "preview/previewsource.h"

#include <QGuiApplication>
#include <QPalette>
#include <limits>

namespace es {

namespace {
// A QAbstractItemModel counts rows in int; a table with more rows shows the first INT_MAX.
int clampRows(qint64 rows)
{
    return int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
}
} // namespace

PreviewModel::PreviewModel(PreviewSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_rows = clampRows(source->isFiltered() ? source->matches().size() : source->rowCount());
    connect(source, &PreviewSource::rowsCounted, this, &PreviewModel::onRowsCounted);
    connect(source, &PreviewSource::filterChanged, this, &PreviewModel::onFilterChanged);
    connect(source, &PreviewSource::matchesFound, this, &PreviewModel::onMatchesFound);
    connect(source, &PreviewSource::rowsRead, this, &PreviewModel::onRowsRead);
    connect(source, &PreviewSource::rowsDropped, this, &PreviewModel::onRowsDropped);
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_source->header().size());
}

qint64 PreviewModel::sourceRow(int row) const
{
    return m_source->isFiltered() ? m_source->matches().value(row, -1) : row;
}

void PreviewModel::onRowsCounted(qint64 rows)
{
    if (m_source->isFiltered())
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
    m_rows = m_source->isFiltered() ? 0 : clampRows(m_source->rowCount());
    // Pages are pages of the rows shown, which are others now; answers still on their way
    // are for the old rows and are ignored by their ticket.
    m_pages.clear();
    m_recent.clear();
    m_waiting.clear();
    m_failed.clear();
    m_source->dropRequests();
    endResetModel();
}

void PreviewModel::onMatchesFound(qint64 total)
{
    const int now = clampRows(total);
    if (!m_source->isFiltered() || now <= m_rows)
        return;
    beginInsertRows({}, m_rows, now - 1);
    m_rows = now;
    endInsertRows();
}

void PreviewModel::request(qint64 page) const
{
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        if (it.value() == page)
            return; // asked for already
    const qint64 first = page * PageRows;
    const qint64 end = qMin<qint64>(first + PageRows, m_rows);
    QList<qint64> rows;
    rows.reserve(end - first);
    for (qint64 row = first; row < end; ++row)
        rows << sourceRow(int(row));
    const quint64 ticket = m_nextTicket++;
    m_waiting.insert(ticket, page);
    m_source->requestRows(ticket, rows);
}

void PreviewModel::onRowsRead(quint64 ticket, const QList<QStringList> &rows, const QString &error)
{
    const auto waiting = m_waiting.constFind(ticket);
    if (waiting == m_waiting.cend())
        return; // for rows shown before a reset
    const qint64 page = waiting.value();
    m_waiting.erase(waiting);
    if (!error.isEmpty()) {
        m_failed.insert(page);
        if (error != m_lastError) {
            m_lastError = error;
            Q_EMIT problem(error);
        }
    }
    m_recent.removeOne(page);
    while (m_recent.size() >= CachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_pages.insert(page, rows);
    m_recent << page;
    pageChanged(page);
}

void PreviewModel::onRowsDropped(quint64 ticket)
{
    const auto waiting = m_waiting.constFind(ticket);
    if (waiting == m_waiting.cend())
        return;
    const qint64 page = waiting.value();
    m_waiting.erase(waiting);
    // Repainted, the rows still on screen ask for their page again; the others do not.
    pageChanged(page);
}

void PreviewModel::pageChanged(qint64 page)
{
    const int first = int(page * PageRows);
    const int last = qMin(first + PageRows, m_rows) - 1;
    if (first > last || columnCount() == 0)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

const QStringList *PreviewModel::cachedRow(int row) const
{
    const qint64 page = row / PageRows;
    const auto it = m_pages.constFind(page);
    const qsizetype inPage = row - page * PageRows;
    if (it != m_pages.cend() && inPage < it->size()) {
        if (m_recent.constLast() != page) {
            m_recent.removeOne(page);
            m_recent << page;
        }
        return &it->at(inPage);
    }
    // Missing, or a page read while the table was still being counted and shorter then.
    if (!m_failed.contains(page))
        request(page);
    return nullptr;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != LoadingRole)
        return {};
    if (sourceRow(index.row()) < 0)
        return {};
    const QStringList *row = cachedRow(index.row());
    const bool loading = !row && !m_failed.contains(index.row() / PageRows);
    if (role == LoadingRole)
        return loading;
    if (role == Qt::ForegroundRole)
        return loading ? QVariant(QGuiApplication::palette().brush(QPalette::PlaceholderText))
                       : QVariant();
    if (!row) {
        if (role == Qt::DisplayRole && loading && index.column() == 0)
            return tr("loading…", "a row of the preview being read");
        return {};
    }
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
        return m_source->header().value(section);
    const qint64 source = sourceRow(section);
    return source < 0 ? QVariant() : QVariant(source + 1);
}

} // namespace es
