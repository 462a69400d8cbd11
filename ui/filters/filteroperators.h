#pragma once

#include "hubspot/metadata.h"
#include "model/enums.h"

#include <QList>
#include <QString>

namespace es {

// The operators a property type can sensibly take, in the order the builder offers them.
// Unknown properties (metadata not loaded) get every operator.
QList<FilterOperator> operatorsFor(PropertyDef::Type type);
QList<FilterOperator> operatorsForUnknownProperty();

// Plain words for an operator ("is any of"); dates read as "is before"/"is after".
QString operatorLabel(FilterOperator op, PropertyDef::Type type);

// "A→Z" for text, "smallest first" for numbers, "oldest first" for dates.
QString sortOrderLabel(SortOrder order, PropertyDef::Type type);

bool isTemporal(PropertyDef::Type type);

} // namespace es
