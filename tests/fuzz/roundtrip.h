#pragma once

// Round-trip checks for the request and preset targets. By design (exportrequest.h,
// searchrequest.h) a request keeps fields its current choices do not use -- a LIST export's
// search, a VIEW export's listId, value fields its filter operators ignore -- so that switching in
// an editor loses nothing, and the codec writes only the fields in use. Requests are therefore
// compared after dropping the unused ones.

#include "model/exportrequest.h"

#include <QtGlobal>

namespace es::fuzz {

// KNOWN BUG (reported; drop the Unknown case below when fixed): for an operator it does not know
// (a typo, or one HubSpot adds later) the codec keeps the operator text but writes no value at
// all, so the filter loses its value in a write/read round trip, e.g. when a preset is saved
// again. Reproducers: corpus/{request_file,preset_file}/known-unknown-operator-drops-value.json.
// ES_FUZZ_STRICT=1 keeps those values in the comparison, to show the failure.
inline ExportRequest withoutUnusedValues(ExportRequest request)
{
    if (request.exportType == ExportType::List)
        request.search.reset();
    else
        request.listId.clear();
    if (!request.search)
        return request;
    const bool strict = qEnvironmentVariableIntValue("ES_FUZZ_STRICT") != 0;
    for (FilterGroup &group : request.search->filterGroups) {
        for (Filter &filter : group.filters) {
            const ValueShape shape = valueShape(filter.op);
            if (filter.op == FilterOperator::Unknown && strict)
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
