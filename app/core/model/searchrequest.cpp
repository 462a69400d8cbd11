#include "searchrequest.h"

namespace es {

int SearchRequest::filterCount() const
{
    int count = 0;
    for (const FilterGroup &group : filterGroups)
        count += int(group.filters.size());
    return count;
}

} // namespace es
