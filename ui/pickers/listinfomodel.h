#pragma once

#include "hubspot/metadata.h"

#include <QAbstractTableModel>

namespace es {

// HubSpot lists as a table: name, size, processing type, last update.
class ListInfoModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        TypeColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit ListInfoModel(QObject *parent = nullptr);

    void setLists(const QList<ListInfo> &lists);
    const QList<ListInfo> &lists() const { return m_lists; }
    int rowOf(const QString &listId) const;

    static QString processingTypeLabel(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ListInfo> m_lists;
};

} // namespace es
