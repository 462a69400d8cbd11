#pragma once

#include "hubspot/metadata.h"
#include "model/searchrequest.h"

#include <QList>
#include <QString>

namespace es {

// One plain-language sentence for a whole search: "Contacts where (Lifecycle stage is any of
// Customer, Lead AND Country is Germany) OR (Create date is between 1 Jan 2026 and 30 Jun 2026),
// sorted by Email A→Z." Properties not in `properties` appear by internal name. Pure: the
// wizard's summary, the builder's live sentence and the tests all use it.
QString describeSearch(const SearchRequest &request, const QList<PropertyDef> &properties,
                       const QString &objectPluralLabel);

// One condition, without the object: "Country is Germany".
QString describeFilter(const Filter &filter, const PropertyDef *property);

} // namespace es
