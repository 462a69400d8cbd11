#pragma once

#include "hubspot/metadata.h"
#include "model/validation.h"

#include <QString>

namespace es {

// A validation problem in the user's words: the property's label and the operator as the app
// names it ("Lifecycle stage is any of: choose at least one value."), never a JSON path or a
// wire operator. Problems without a code keep their message. `property` is the filter's property
// when the metadata knows it; the internal name stands in otherwise.
QString issueInUserWords(const ValidationIssue &issue, const PropertyDef *property);

} // namespace es
