#pragma once

#include "exportrequest.h"

#include <QList>
#include <QString>

namespace es {

// One problem found in a request. `field` is a JSON path into the wire body
// ("publicCrmSearchRequest.filterGroups[1].filters[0].value") so both the wizard and the CLI can
// point at the exact place; `message` says what is wrong and how to fix it in the wire's terms
// (the CLI prints it). Problems of a filter also carry what they are about (`code`, the property's
// internal name, the operator), so the app can say it in the user's words, with the property's
// label and the operator as the app names it.
struct ValidationIssue
{
    enum class Severity
    {
        Error,
        Warning
    };
    enum class Code
    {
        Other,
        NoProperty,      // the filter names no property
        UnknownOperator, // operatorText is not one of HubSpot's
        NoValue,         // a one-value operator without "value"
        NoLowBound,      // BETWEEN without "value"
        NoHighBound,     // BETWEEN without "highValue"
        BoundsReversed,  // BETWEEN's "value" is greater than its "highValue"
        NoValues,        // IN / NOT_IN with an empty "values"
        EmptyListValue,  // an empty entry in "values" (listIndex says which)
        ValueIgnored     // HAS_PROPERTY / NOT_HAS_PROPERTY with a value (a warning)
    };

    QString field;
    QString message;
    Severity severity = Severity::Error;
    Code code = Code::Other;
    QString propertyName{};
    FilterOperator op = FilterOperator::Unknown;
    int listIndex = -1;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const ValidationIssue &) const = default;
};

// Limits are settings, not constants: HubSpot's search allows 5 × 6 today, the exports guide
// once said 3 × 3. The conservative default follows the project's brief.
struct ValidationLimits
{
    int maxFilterGroups = 3;
    int maxFiltersPerGroup = 3;
    int maxAssociatedObjectTypes = 4;
    int maxQueryLength = 3000;
    int maxExportNameLength = 255;
};

// Every problem at once, in the order of the fields in the wire body.
QList<ValidationIssue> validate(const ExportRequest &request, const ValidationLimits &limits = {});

bool hasErrors(const QList<ValidationIssue> &issues);
// "field: message" lines, for the CLI and logs.
QStringList describe(const QList<ValidationIssue> &issues);

} // namespace es
