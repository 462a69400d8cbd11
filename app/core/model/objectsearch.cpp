#include "objectsearch.h"

#include "requestcodec.h"

#include <QJsonArray>

namespace es::ObjectSearch {

QJsonObject body(const SearchRequest &search, int limit, const QString &after,
                 const QStringList &properties)
{
    QJsonArray groups;
    for (const FilterGroup &group : search.filterGroups) {
        QJsonArray filters;
        for (const Filter &filter : group.filters)
            filters.append(RequestCodec::toJson(filter));
        groups.append(QJsonObject{{QStringLiteral("filters"), filters}});
    }
    QJsonObject object{
        {QStringLiteral("filterGroups"), groups},
        {QStringLiteral("sorts"), QJsonArray()},
        {QStringLiteral("properties"), QJsonArray::fromStringList(properties)},
        {QStringLiteral("limit"), limit},
        {QStringLiteral("after"), after.isEmpty() ? QStringLiteral("0") : after},
    };
    if (!search.query.trimmed().isEmpty())
        object.insert(QStringLiteral("query"), search.query);
    return object;
}

SearchRequest groupOnly(const SearchRequest &search, qsizetype group)
{
    SearchRequest one;
    one.query = search.query;
    if (group >= 0 && group < search.filterGroups.size())
        one.filterGroups.append(search.filterGroups.at(group));
    return one;
}

} // namespace es::ObjectSearch
