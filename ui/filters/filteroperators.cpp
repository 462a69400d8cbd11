#include "filteroperators.h"

#include <QCoreApplication>

namespace es {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in free functions of namespace es under the context "es", so
    // that is where the catalogs have them.
    return QCoreApplication::translate("es", text);
}
} // namespace

bool isTemporal(PropertyDef::Type type)
{
    return type == PropertyDef::Type::Date || type == PropertyDef::Type::DateTime;
}

QList<FilterOperator> operatorsFor(PropertyDef::Type type)
{
    using Op = FilterOperator;
    switch (type) {
    case PropertyDef::Type::Number:
    case PropertyDef::Type::Date:
    case PropertyDef::Type::DateTime:
        return {Op::Eq,  Op::Neq,     Op::Lt,          Op::Lte,           Op::Gt,
                Op::Gte, Op::Between, Op::HasProperty, Op::NotHasProperty};
    case PropertyDef::Type::Enumeration:
    case PropertyDef::Type::Bool:
        return {Op::In, Op::NotIn, Op::Eq, Op::Neq, Op::HasProperty, Op::NotHasProperty};
    case PropertyDef::Type::String:
    case PropertyDef::Type::PhoneNumber:
    case PropertyDef::Type::Other:
        break;
    }
    return {Op::Eq, Op::Neq,   Op::ContainsToken, Op::NotContainsToken,
            Op::In, Op::NotIn, Op::HasProperty,   Op::NotHasProperty};
}

QList<FilterOperator> operatorsForUnknownProperty()
{
    QList<FilterOperator> all = allFilterOperators();
    all.removeAll(FilterOperator::Unknown);
    return all;
}

QString operatorLabel(FilterOperator op, PropertyDef::Type type)
{
    const bool temporal = isTemporal(type);
    switch (op) {
    case FilterOperator::Eq:
        if (temporal)
            //: Comparison of a date property with one day: "Create date is on 3 March 2026"
            return tr("is on");
        //: Comparison of a property with one value: "Lifecycle stage is Customer"
        return tr("is");
    case FilterOperator::Neq:
        return temporal ? tr("is not on") : tr("is not");
    case FilterOperator::Lt:
        return temporal ? tr("is before") : tr("is less than");
    case FilterOperator::Lte:
        return temporal ? tr("is on or before") : tr("is at most");
    case FilterOperator::Gt:
        return temporal ? tr("is after") : tr("is greater than");
    case FilterOperator::Gte:
        return temporal ? tr("is on or after") : tr("is at least");
    case FilterOperator::Between:
        return tr("is between");
    case FilterOperator::In:
        return tr("is any of");
    case FilterOperator::NotIn:
        return tr("is none of");
    case FilterOperator::HasProperty:
        return tr("is known");
    case FilterOperator::NotHasProperty:
        return tr("is unknown");
    case FilterOperator::ContainsToken:
        return tr("contains the word");
    case FilterOperator::NotContainsToken:
        return tr("doesn't contain the word");
    case FilterOperator::Unknown:
        break;
    }
    return tr("(unsupported operator)");
}

QString sortOrderLabel(SortOrder order, PropertyDef::Type type)
{
    const bool up = order == SortOrder::Ascending;
    if (type == PropertyDef::Type::Number)
        return up ? tr("smallest first") : tr("largest first");
    if (isTemporal(type))
        return up ? tr("oldest first") : tr("newest first");
    if (up)
        //: Sort order of a text property, ascending (alphabetical)
        return tr("A→Z");
    //: Sort order of a text property, descending (reverse alphabetical)
    return tr("Z→A");
}

} // namespace es
