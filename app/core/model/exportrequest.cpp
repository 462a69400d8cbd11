#include "exportrequest.h"

namespace es {

bool ExportRequest::effectiveIncludePrimaryDisplay() const
{
    // HubSpot's guide: defaults to true when exactly one associated object type is given.
    return includePrimaryDisplayPropertyForAssociatedObjects.value_or(associatedObjectType.size() ==
                                                                      1);
}

} // namespace es
