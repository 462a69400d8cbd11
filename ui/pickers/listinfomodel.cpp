#include "listinfomodel.h"

#include "itemroles.h"

#include <QLocale>

namespace es {

ListInfoModel::ListInfoModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ListInfoModel::setLists(const QList<ListInfo> &lists)
{
    beginResetModel();
    m_lists = lists;
    endResetModel();
}

int ListInfoModel::rowOf(const QString &listId) const
{
    for (int row = 0; row < m_lists.size(); ++row) {
        if (m_lists.at(row).listId == listId)
            return row;
    }
    return -1;
}

QString ListInfoModel::processingTypeLabel(const QString &type)
{
    if (type == u"MANUAL")
        return tr("Static");
    if (type == u"DYNAMIC")
        return tr("Active");
    if (type == u"SNAPSHOT")
        return tr("Snapshot");
    return type;
}

int ListInfoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

int ListInfoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListInfoModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const ListInfo &list = m_lists.at(index.row());
    if (role == ItemRoles::NameRole)
        return list.listId;
    if (role == ItemRoles::SearchRole)
        return QString(list.name + u' ' + list.listId);
    if (role == Qt::ToolTipRole)
        return tr("List id %1").arg(list.listId);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) { // sort keys
        switch (index.column()) {
        case SizeColumn:
            return list.size;
        case UpdatedColumn:
            return list.updatedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return list.name;
    case SizeColumn:
        //: The size of a list HubSpot does not report (a dash meaning "unknown")
        return list.size < 0 ? tr("—") : QLocale().toString(list.size);
    case TypeColumn:
        return processingTypeLabel(list.processingType);
    case UpdatedColumn:
        return list.updatedAt.isValid()
                   ? QLocale().toString(list.updatedAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant ListInfoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Records");
    case TypeColumn:
        return tr("Type");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace es
