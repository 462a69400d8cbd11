#pragma once

#include "searchrequest.h"

#include <QJsonObject>
#include <QStringList>

namespace es::ObjectSearch {

// CRM search limits (HubSpot's search guide; HUBSPOT-API-FACTS §8).
inline constexpr int MaxLimit = 200;          // results per page
inline constexpr int MaxPagedResults = 10000; // paging stops here; `total` does not
inline constexpr int MaxGroups = 5;
inline constexpr int MaxFiltersPerGroup = 6;
inline constexpr int MaxFilters = 18;

// The body of POST /crm/objects/{ver}/{objectType}/search in the strict shape of the objects
// spec's PublicObjectSearchRequest: every required field (after, filterGroups, limit,
// properties, sorts) and nothing else; `query` only when there is one. Sorts are left empty: the
// spec's sorts are bare strings whose syntax it does not define, and a count needs no order.
// `after` "0" is the first page.
QJsonObject body(const SearchRequest &search, int limit, const QString &after = QStringLiteral("0"),
                 const QStringList &properties = {});

// The search of one filter group of `search` on its own, with the same query.
SearchRequest groupOnly(const SearchRequest &search, qsizetype group);

} // namespace es::ObjectSearch
