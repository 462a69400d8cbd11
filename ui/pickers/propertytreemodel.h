#pragma once

#include "hubspot/metadata.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace es {

// Every property of an object, grouped by property group: two levels, one column, check boxes.
// A group's check box is tri-state (some of its properties chosen) and checks or clears the
// whole group. The model holds only the checked set, not the column order: that is
// SelectedColumnsModel's job; PropertyPicker keeps both in step.
class PropertyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit PropertyTreeModel(QObject *parent = nullptr);

    void setProperties(const QList<PropertyDef> &properties, const QList<PropertyGroup> &groups);
    const PropertyDef *find(const QString &name) const;
    int propertyCount() const { return m_propertyCount; }

    // Silent: no checkToggled().
    void setChecked(const QString &name, bool checked);
    void setCheckedNames(const QSet<QString> &names);
    bool isChecked(const QString &name) const { return m_checked.contains(name); }
    QModelIndex indexOf(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The user checked or cleared these properties, in display order.
    void checkToggled(const QStringList &names, bool checked);

private:
    struct Group
    {
        QString name;
        QString label;
        QList<PropertyDef> properties;
        int checkedCount = 0;
    };

    const PropertyDef *propertyAt(const QModelIndex &index) const;
    void emitRowChanged(int group, int row);

    QList<Group> m_groups;
    QHash<QString, QPair<int, int>> m_positions; // name → (group, row)
    QSet<QString> m_checked;
    int m_propertyCount = 0;
};

} // namespace es
