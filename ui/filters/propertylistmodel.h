#pragma once

#include "hubspot/metadata.h"

#include <QAbstractListModel>
#include <QHash>

namespace es {

// A flat, label-sorted list of an object's properties, shared by every property combo of the
// filter builder (one model, many combos: adding a row costs no copy of 5,000 properties).
class PropertyListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PropertyListModel(QObject *parent = nullptr);

    void setProperties(const QList<PropertyDef> &properties);
    const QList<PropertyDef> &properties() const { return m_properties; }

    int rowOf(const QString &name) const { return m_rows.value(name, -1); }
    const PropertyDef *find(const QString &name) const;
    const PropertyDef &at(int row) const { return m_properties.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<PropertyDef> m_properties;
    QHash<QString, int> m_rows;
};

} // namespace es
