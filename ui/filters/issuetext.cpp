#include "issuetext.h"

#include "filteroperators.h"
#include "filtervalues.h"

#include <QCoreApplication>

namespace es {

namespace {

struct IssueText
{
    Q_DECLARE_TR_FUNCTIONS(es::IssueText)
};

} // namespace

QString issueInUserWords(const ValidationIssue &issue, const PropertyDef *property)
{
    using Code = ValidationIssue::Code;
    const QString label =
        property && !property->label.isEmpty() ? property->label : issue.propertyName;
    const PropertyDef::Type type = property ? property->type : PropertyDef::Type::String;
    const QString op = operatorLabel(issue.op, type);
    const bool choices = !FilterValues::choices(property).isEmpty();
    switch (issue.code) {
    case Code::Other:
        break;
    case Code::NoProperty:
        return IssueText::tr("Choose the property to filter on, or remove this filter.");
    case Code::UnknownOperator:
        return IssueText::tr("%1: this condition is not one Export Studio knows. Choose another "
                             "condition.")
            .arg(label);
    case Code::NoValue:
        return choices ? IssueText::tr("%1 %2: choose a value.").arg(label, op)
                       : IssueText::tr("%1 %2: enter a value.").arg(label, op);
    case Code::NoLowBound:
        return IssueText::tr("%1 %2: enter the smallest value to include.").arg(label, op);
    case Code::NoHighBound:
        return IssueText::tr("%1 %2: enter the largest value to include.").arg(label, op);
    case Code::BoundsReversed:
        return isTemporal(type) ? IssueText::tr("%1 %2: the first date is after the second, so "
                                                "nothing can match. Swap them.")
                                      .arg(label, op)
                                : IssueText::tr("%1 %2: the first value is greater than the "
                                                "second, so nothing can match. Swap them.")
                                      .arg(label, op);
    case Code::NoValues:
        return choices ? IssueText::tr("%1 %2: choose at least one value.").arg(label, op)
                       : IssueText::tr("%1 %2: enter at least one value; separate values with "
                                       "commas.")
                             .arg(label, op);
    case Code::EmptyListValue:
        return IssueText::tr("%1 %2: value %3 of the list is empty. Remove the extra comma.")
            .arg(label, op)
            .arg(issue.listIndex + 1);
    case Code::ValueIgnored:
        return IssueText::tr("%1 %2 takes no value; the value is ignored.").arg(label, op);
    }
    return issue.message;
}

} // namespace es
