#pragma once

// Round-trip checks for the request and preset targets, with the one known bug they exempt.

#include "model/exportrequest.h"

#include <QtGlobal>

namespace es::fuzz {

// KNOWN BUG (reported; remove this exemption when fixed): RequestCodec::toJson(Filter) writes no
// value/highValue/values for an operator it does not know (valueShape(Unknown) is None), so a
// filter with a misspelled or newer operator loses its value in a write/read round trip, e.g. a
// preset saved again. Reproducers: corpus/request_file/known-unknown-operator-drops-value.json,
// corpus/preset_file/known-unknown-operator-drops-value.json. ES_FUZZ_STRICT=1 turns the
// exemption off to show the failure.
inline bool exemptFromRoundTrip(const ExportRequest &request)
{
    if (qEnvironmentVariableIntValue("ES_FUZZ_STRICT") != 0 || !request.search)
        return false;
    for (const FilterGroup &group : request.search->filterGroups) {
        for (const Filter &filter : group.filters) {
            if (filter.op == FilterOperator::Unknown)
                return true;
        }
    }
    return false;
}

} // namespace es::fuzz
