#include "propertylistmodel.h"

#include "pickers/itemroles.h"

#include <algorithm>

namespace es {

PropertyListModel::PropertyListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PropertyListModel::setProperties(const QList<PropertyDef> &properties)
{
    beginResetModel();
    m_properties.clear();
    m_properties.reserve(properties.size());
    for (const PropertyDef &property : properties) {
        if (!property.archived)
            m_properties.append(property);
    }
    std::stable_sort(m_properties.begin(), m_properties.end(),
                     [](const PropertyDef &a, const PropertyDef &b) {
                         const int byLabel = a.label.localeAwareCompare(b.label);
                         return byLabel != 0 ? byLabel < 0 : a.name < b.name;
                     });
    m_rows.clear();
    m_rows.reserve(m_properties.size());
    for (int row = 0; row < m_properties.size(); ++row)
        m_rows.insert(m_properties.at(row).name, row);
    endResetModel();
}

const PropertyDef *PropertyListModel::find(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_properties.at(row);
}

int PropertyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_properties.size());
}

QVariant PropertyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const PropertyDef &property = m_properties.at(index.row());
    const QString label = property.label.isEmpty() ? property.name : property.label;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return label;
    case Qt::ToolTipRole:
        if (property.description.isEmpty())
            return property.name;
        //: Tooltip of a property: %1 its internal name ("lifecyclestage"), %2 HubSpot's
        //: description of it
        return tr("%1 — %2").arg(property.name, property.description);
    case Qt::AccessibleTextRole:
        //: A property for screen readers: %1 its label ("Lifecycle stage"), %2 its internal name
        //: ("lifecyclestage")
        return tr("%1 (%2)").arg(label, property.name);
    case ItemRoles::NameRole:
        return property.name;
    case ItemRoles::SearchRole:
        return QString(label + u' ' + property.name);
    case ItemRoles::TypeRole:
        return int(property.type);
    default:
        return {};
    }
}

} // namespace es
