#pragma once

#include <QSortFilterProxyModel>

namespace es {

// Filters PropertyTreeModel by a text that may appear in a property's label or internal name;
// a group stays while any of its properties matches (recursive filtering).
class PropertyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PropertyFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace es
