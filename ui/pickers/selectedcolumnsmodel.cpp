#include "selectedcolumnsmodel.h"

#include "itemroles.h"

namespace es {

SelectedColumnsModel::SelectedColumnsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SelectedColumnsModel::setNames(const QStringList &names)
{
    beginResetModel();
    m_names.clear();
    for (const QString &name : names) {
        if (!m_names.contains(name))
            m_names.append(name);
    }
    endResetModel();
}

void SelectedColumnsModel::setPropertyInfo(const QList<PropertyDef> &properties)
{
    m_info.clear();
    for (const PropertyDef &property : properties) {
        QStringList badges;
        if (property.hidden)
            badges.append(tr("hidden"));
        if (property.calculated)
            badges.append(tr("calculated"));
        m_info.insert(property.name,
                      {property.label.isEmpty() ? property.name : property.label, badges});
    }
    if (!m_names.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_names.size()) - 1));
}

void SelectedColumnsModel::append(const QStringList &names)
{
    QStringList fresh;
    for (const QString &name : names) {
        if (!m_names.contains(name) && !fresh.contains(name))
            fresh.append(name);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_names.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_names.append(fresh);
    endInsertRows();
}

void SelectedColumnsModel::remove(const QStringList &names)
{
    for (const QString &name : names) {
        const qsizetype row = m_names.indexOf(name);
        if (row < 0)
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_names.removeAt(row);
        endRemoveRows();
    }
}

int SelectedColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant SelectedColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const QString &name = m_names.at(index.row());
    const auto info = m_info.constFind(name);
    const bool known = info != m_info.cend();
    switch (role) {
    case Qt::DisplayRole:
        return known ? info->first : name;
    case ItemRoles::NameRole:
        return name;
    case ItemRoles::BadgesRole:
        return known ? info->second : QStringList{tr("not found")};
    case Qt::ToolTipRole:
        return known ? tr("Column %1: %2").arg(index.row() + 1).arg(name)
                     : tr("“%1” is not a property of this object in this account; HubSpot will "
                          "refuse the export. Remove it.")
                           .arg(name);
    case Qt::AccessibleTextRole:
        return tr("Column %1, %2").arg(index.row() + 1).arg(known ? info->first : name);
    default:
        return {};
    }
}

Qt::ItemFlags SelectedColumnsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions SelectedColumnsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool SelectedColumnsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > m_names.size() || destinationChild < 0 ||
        destinationChild > m_names.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // onto itself
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QStringList moving = m_names.mid(sourceRow, count);
    m_names.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < moving.size(); ++i)
        m_names.insert(target + i, moving.at(i));
    endMoveRows();
    return true;
}

bool SelectedColumnsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_names.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    const QStringList removed = m_names.mid(row, count);
    m_names.remove(row, count);
    endRemoveRows();
    Q_EMIT namesRemoved(removed);
    return true;
}

} // namespace es
