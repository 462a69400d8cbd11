#pragma once

#include "hubspot/metadata.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace es {

// The chosen columns in export order. Rows move by drag and drop (moveRows) or Up/Down.
class SelectedColumnsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SelectedColumnsModel(QObject *parent = nullptr);

    void setNames(const QStringList &names);
    const QStringList &names() const { return m_names; }
    void setPropertyInfo(const QList<PropertyDef> &properties);

    void append(const QStringList &names); // skips names already chosen
    void remove(const QStringList &names);
    bool contains(const QString &name) const { return m_names.contains(name); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    // Names left the list (Delete key, drag out): PropertyPicker clears their check boxes.
    void namesRemoved(const QStringList &names);

private:
    QStringList m_names;
    QHash<QString, QPair<QString, QStringList>> m_info; // name → label, badges
};

} // namespace es
