#include "diffmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace es {

DiffModel::DiffModel(DiffSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_columns(session->summary().columns)
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c) != u"hs_object_id")
            m_propertyColumns << c;
    connect(session, &DiffSession::kindPositions, this, &DiffModel::onKindPositions);
    connect(session, &DiffSession::pageRead, this, &DiffModel::onPageRead);
}

QString DiffModel::kindText(VaultDiff::Kind kind)
{
    switch (kind) {
    case VaultDiff::Kind::Added:
        return tr("added", "a record in the newer run only");
    case VaultDiff::Kind::Changed:
        return tr("changed", "a record whose values differ between the runs");
    case VaultDiff::Kind::Removed:
        return tr("removed", "a record in the older run only");
    }
    return {};
}

void DiffModel::setKindFilter(std::optional<VaultDiff::Kind> kind)
{
    beginResetModel();
    m_kind = kind;
    m_positions.clear();
    m_filtering = kind.has_value();
    endResetModel();
    if (kind)
        m_session->listKind(*kind);
}

void DiffModel::onKindPositions(VaultDiff::Kind kind, const QList<qint64> &positions)
{
    if (!m_kind || *m_kind != kind || !m_filtering)
        return; // the filter changed again meanwhile
    beginResetModel();
    m_positions = positions;
    m_filtering = false;
    endResetModel();
}

qint64 DiffModel::total() const
{
    const DiffSession::Summary &summary = m_session->summary();
    return summary.added + summary.changed + summary.removed;
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind ? m_positions.size() : total());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 + int(m_propertyColumns.size());
}

const VaultDiff::Entry *DiffModel::entryAt(int row) const
{
    const qint64 position = m_kind ? m_positions.value(row, -1) : row;
    if (position < 0)
        return nullptr;
    const qint64 page = position / PageRows;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (!m_requested.contains(page)) {
            m_requested.insert(page);
            m_session->readPage(page * PageRows, PageRows);
        }
        return nullptr;
    }
    const qint64 inPage = position - page * PageRows;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

void DiffModel::onPageRead(qint64 offset, const QList<VaultDiff::Entry> &entries)
{
    const qint64 page = offset / PageRows;
    if (!m_requested.remove(page))
        return; // not asked for by this model (or a reset dropped it)
    while (m_recent.size() >= CachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_pages.insert(page, entries);
    m_recent << page;
    // The rows showing this page's positions: all of them, or those of the filter's kind.
    qint64 first = offset;
    qint64 last = offset + entries.size() - 1;
    if (m_kind) {
        const auto begin = std::lower_bound(m_positions.cbegin(), m_positions.cend(), first);
        const auto end = std::upper_bound(m_positions.cbegin(), m_positions.cend(), last);
        if (begin == end)
            return;
        first = begin - m_positions.cbegin();
        last = (end - m_positions.cbegin()) - 1;
    }
    if (last >= first && first < rowCount())
        Q_EMIT dataChanged(index(int(first), 0),
                           index(int(std::min<qint64>(last, rowCount() - 1)), columnCount() - 1));
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const VaultDiff::Entry *entry = entryAt(index.row());
    if (!entry)
        return {};
    const int column = index.column();
    if (role == KindRole)
        return int(entry->kind);
    if (column == 0) {
        if (role == Qt::DisplayRole)
            return kindText(entry->kind);
        if (role == Qt::ForegroundRole)
            return QBrush(entry->kind == VaultDiff::Kind::Added     ? QColor(0x1b, 0x7a, 0x32)
                          : entry->kind == VaultDiff::Kind::Removed ? QColor(0xb0, 0x20, 0x20)
                                                                    : QColor(0x8a, 0x5a, 0x00));
        return {};
    }
    if (column == 1)
        return role == Qt::DisplayRole ? QVariant(entry->id) : QVariant();
    const int value = m_propertyColumns.value(column - 2);
    const bool changed =
        entry->kind == VaultDiff::Kind::Changed && entry->changedColumns.contains(value);
    switch (role) {
    case ChangedRole:
        return changed;
    case Qt::BackgroundRole:
        // Changed values stand out; the colour is light so the theme's text stays readable.
        return changed ? QVariant(QBrush(QColor(0xff, 0xe8, 0xa3))) : QVariant();
    case Qt::ForegroundRole:
        return changed ? QVariant(QBrush(QColor(0x20, 0x20, 0x20))) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString after = QString::fromUtf8(entry->after.value(value));
        const QString before = QString::fromUtf8(entry->before.value(value));
        if (entry->kind == VaultDiff::Kind::Removed)
            return before;
        if (changed)
            return tr("%1 → %2", "old value → new value").arg(before, after);
        return after;
    }
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return tr("Change");
    if (section == 1)
        return tr("Record ID");
    return m_columns.value(m_propertyColumns.value(section - 2));
}

} // namespace es
