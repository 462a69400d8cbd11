#pragma once

// Round-trip checks for the request and preset targets. By design (exportrequest.h,
// searchrequest.h) a request keeps fields its current choices do not use -- a LIST export's
// search, a VIEW export's listId, value fields its filter operators ignore -- so that switching in
// an editor loses nothing, and the codec writes only the fields in use. Requests are therefore
// compared after dropping the unused ones.

#include "model/exportrequest.h"

#include <QtGlobal>

namespace es::fuzz {

// An operator the codec does not know (a typo, or one HubSpot adds later) keeps every value it
// was given: nothing is dropped for it. Reproducers: corpus/{request_file,preset_file}/
// known-unknown-operator-drops-value.json.
inline ExportRequest withoutUnusedValues(ExportRequest request)
{
    if (request.exportType == ExportType::List)
        request.search.reset();
    else
        request.listId.clear();
    if (!request.search)
        return request;
    for (FilterGroup &group : request.search->filterGroups) {
        for (Filter &filter : group.filters) {
            const ValueShape shape = valueShape(filter.op);
            if (filter.op == FilterOperator::Unknown)
                continue;
            if (shape != ValueShape::Single && shape != ValueShape::Range)
                filter.value.clear();
            if (shape != ValueShape::Range)
                filter.highValue.clear();
            if (shape != ValueShape::List)
                filter.values.clear();
        }
    }
    return request;
}

inline bool sameAfterRoundTrip(const ExportRequest &before, const ExportRequest &after)
{
    return withoutUnusedValues(before) == withoutUnusedValues(after);
}

} // namespace es::fuzz
