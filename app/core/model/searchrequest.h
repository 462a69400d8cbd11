#pragma once

#include "enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace es {

// One condition of HubSpot's CRM search. Which value fields matter depends on the operator
// (valueShape()); the others are kept as they are so that switching operators in an editor does
// not throw the user's input away. The codec writes only the fields the operator uses.
struct Filter
{
    QString propertyName;
    FilterOperator op = FilterOperator::Eq;
    QString operatorText; // the operator as read, kept when op is Unknown
    QString value;
    QString highValue;
    QStringList values;

    bool operator==(const Filter &) const = default;
};

// Filters inside a group are joined by AND.
struct FilterGroup
{
    QList<Filter> filters;

    bool operator==(const FilterGroup &) const = default;
};

struct Sort
{
    QString propertyName;
    SortOrder order = SortOrder::Ascending;

    bool operator==(const Sort &) const = default;
};

// publicCrmSearchRequest of a VIEW export. Groups are joined by OR.
struct SearchRequest
{
    QList<FilterGroup> filterGroups;
    QList<Sort> sorts;
    QString query;

    bool isEmpty() const { return filterGroups.isEmpty() && sorts.isEmpty() && query.isEmpty(); }
    int filterCount() const;

    bool operator==(const SearchRequest &) const = default;
};

} // namespace es
