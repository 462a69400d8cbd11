#include "propertytreemodel.h"

#include "itemroles.h"

#include <QFont>
#include <algorithm>

namespace es {

namespace {
constexpr quintptr GroupId = 0; // internalId of group rows; property rows store group + 1
}

PropertyTreeModel::PropertyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PropertyTreeModel::setProperties(const QList<PropertyDef> &properties,
                                      const QList<PropertyGroup> &groups)
{
    beginResetModel();
    m_groups.clear();
    m_positions.clear();
    QHash<QString, int> groupIndex;
    QList<PropertyGroup> sortedGroups = groups;
    std::stable_sort(sortedGroups.begin(), sortedGroups.end(),
                     [](const PropertyGroup &a, const PropertyGroup &b) {
                         if (a.displayOrder != b.displayOrder)
                             return a.displayOrder < b.displayOrder;
                         return a.label.localeAwareCompare(b.label) < 0;
                     });
    for (const PropertyGroup &group : std::as_const(sortedGroups)) {
        groupIndex.insert(group.name, int(m_groups.size()));
        m_groups.append(Group{group.name, group.label.isEmpty() ? group.name : group.label, {}, 0});
    }
    m_propertyCount = 0;
    for (const PropertyDef &property : properties) {
        if (property.archived)
            continue;
        auto it = groupIndex.find(property.groupName);
        if (it == groupIndex.end()) {
            // Groups the groups endpoint did not name still get a heading.
            const QString label =
                property.groupName.isEmpty() ? tr("Other properties") : property.groupName;
            it = groupIndex.insert(property.groupName, int(m_groups.size()));
            m_groups.append(Group{property.groupName, label, {}, 0});
        }
        m_groups[*it].properties.append(property);
        ++m_propertyCount;
    }
    m_groups.removeIf([](const Group &group) { return group.properties.isEmpty(); });
    for (int g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        std::stable_sort(group.properties.begin(), group.properties.end(),
                         [](const PropertyDef &a, const PropertyDef &b) {
                             return a.label.localeAwareCompare(b.label) < 0;
                         });
        group.checkedCount = 0;
        for (int r = 0; r < group.properties.size(); ++r) {
            const QString &name = group.properties.at(r).name;
            m_positions.insert(name, {g, r});
            if (m_checked.contains(name))
                ++group.checkedCount;
        }
    }
    endResetModel();
}

const PropertyDef *PropertyTreeModel::find(const QString &name) const
{
    const auto it = m_positions.constFind(name);
    if (it == m_positions.cend())
        return nullptr;
    return &m_groups.at(it->first).properties.at(it->second);
}

void PropertyTreeModel::setChecked(const QString &name, bool checked)
{
    if (m_checked.contains(name) == checked)
        return;
    if (checked)
        m_checked.insert(name);
    else
        m_checked.remove(name);
    const auto it = m_positions.constFind(name);
    if (it == m_positions.cend())
        return;
    m_groups[it->first].checkedCount += checked ? 1 : -1;
    emitRowChanged(it->first, it->second);
}

void PropertyTreeModel::setCheckedNames(const QSet<QString> &names)
{
    m_checked = names;
    for (Group &group : m_groups) {
        group.checkedCount = 0;
        for (const PropertyDef &property : std::as_const(group.properties)) {
            if (m_checked.contains(property.name))
                ++group.checkedCount;
        }
    }
    // One signal per group range, not one per row.
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(group, group, {Qt::CheckStateRole});
        if (!m_groups.at(g).properties.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0, group),
                               index(int(m_groups.at(g).properties.size()) - 1, 0, group),
                               {Qt::CheckStateRole});
        }
    }
}

QModelIndex PropertyTreeModel::indexOf(const QString &name) const
{
    const auto it = m_positions.constFind(name);
    if (it == m_positions.cend())
        return {};
    return createIndex(it->second, 0, quintptr(it->first) + 1);
}

QModelIndex PropertyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).properties.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex PropertyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int PropertyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return int(m_groups.at(parent.row()).properties.size());
}

int PropertyTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const PropertyDef *PropertyTreeModel::propertyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    return &m_groups.at(int(index.internalId() - 1)).properties.at(index.row());
}

QVariant PropertyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == GroupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return group.label;
        case Qt::CheckStateRole:
            if (group.checkedCount == 0)
                return Qt::Unchecked;
            return group.checkedCount == group.properties.size() ? Qt::Checked
                                                                 : Qt::PartiallyChecked;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole:
            return tr("%1 of %2 properties chosen")
                .arg(group.checkedCount)
                .arg(group.properties.size());
        case Qt::AccessibleTextRole:
            return tr("Group %1, %2 of %3 chosen")
                .arg(group.label)
                .arg(group.checkedCount)
                .arg(group.properties.size());
        case ItemRoles::SearchRole:
            return group.label;
        case ItemRoles::KindRole:
            return 0;
        default:
            return {};
        }
    }
    const PropertyDef *property = propertyAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return property->label.isEmpty() ? property->name : property->label;
    case Qt::CheckStateRole:
        return m_checked.contains(property->name) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QString tip = tr("Internal name: %1\nType: %2").arg(property->name, property->typeText);
        if (!property->description.isEmpty())
            tip += u"\n\n" + property->description;
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, internal name %2").arg(property->label, property->name);
        if (property->hidden)
            text += tr(", hidden");
        if (property->calculated)
            text += tr(", calculated");
        return text;
    }
    case ItemRoles::NameRole:
        return property->name;
    case ItemRoles::SearchRole:
        return QString(property->label + u' ' + property->name);
    case ItemRoles::BadgesRole: {
        QStringList badges;
        if (property->hidden)
            badges.append(tr("hidden"));
        if (property->calculated)
            badges.append(tr("calculated"));
        return badges;
    }
    case ItemRoles::TypeRole:
        return int(property->type);
    case ItemRoles::KindRole:
        return 1;
    default:
        return {};
    }
}

bool PropertyTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.model() != this)
        return false;
    const bool checked = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    QStringList changed;
    if (index.internalId() == GroupId) {
        Group &group = m_groups[index.row()];
        for (const PropertyDef &property : std::as_const(group.properties)) {
            if (m_checked.contains(property.name) != checked)
                changed.append(property.name);
        }
        for (const QString &name : std::as_const(changed))
            checked ? void(m_checked.insert(name)) : void(m_checked.remove(name));
        group.checkedCount = checked ? int(group.properties.size()) : 0;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        if (!group.properties.isEmpty()) {
            Q_EMIT dataChanged(this->index(0, 0, index),
                               this->index(int(group.properties.size()) - 1, 0, index),
                               {Qt::CheckStateRole});
        }
    } else {
        const QString name = propertyAt(index)->name;
        if (m_checked.contains(name) == checked)
            return true;
        changed.append(name);
        setChecked(name, checked);
    }
    if (!changed.isEmpty())
        Q_EMIT checkToggled(changed, checked);
    return true;
}

Qt::ItemFlags PropertyTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

void PropertyTreeModel::emitRowChanged(int group, int row)
{
    const QModelIndex parentIndex = index(group, 0);
    const QModelIndex item = index(row, 0, parentIndex);
    Q_EMIT dataChanged(item, item, {Qt::CheckStateRole});
    Q_EMIT dataChanged(parentIndex, parentIndex, {Qt::CheckStateRole});
}

} // namespace es
