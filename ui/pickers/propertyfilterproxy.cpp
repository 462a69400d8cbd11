#include "propertyfilterproxy.h"

#include "itemroles.h"

namespace es {

PropertyFilterProxy::PropertyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false); // check-state changes must not re-run the filter
}

void PropertyFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool PropertyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false; // a group shows when one of its properties matches
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ItemRoles::SearchRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace es
