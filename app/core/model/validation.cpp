#include "validation.h"

#include "objecttype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <optional>
#include <utility>

namespace es {

namespace {

// Validation messages are shown in the wizard next to the field they name.
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(es::Validation)
};

class Collector
{
public:
    void error(const QString &field, const QString &message)
    {
        m_issues.append({field, message, ValidationIssue::Severity::Error});
    }
    void warning(const QString &field, const QString &message)
    {
        m_issues.append({field, message, ValidationIssue::Severity::Warning});
    }
    // A problem of one filter, with what the app needs to say it in the user's words.
    void filterIssue(const QString &field, const QString &message, ValidationIssue::Code code,
                     const Filter &filter, int listIndex = -1,
                     ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
    {
        m_issues.append(
            {field, message, severity, code, filter.propertyName, filter.op, listIndex});
    }
    QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    QList<ValidationIssue> m_issues;
};

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}

// BETWEEN bounds are compared only when both sides clearly are numbers (epoch milliseconds
// included) or both are ISO dates; anything else is left to HubSpot.
std::optional<int> compareBounds(const QString &low, const QString &high)
{
    bool lowOk = false;
    bool highOk = false;
    const double lowNumber = low.trimmed().toDouble(&lowOk);
    const double highNumber = high.trimmed().toDouble(&highOk);
    if (lowOk && highOk)
        return lowNumber < highNumber ? -1 : (lowNumber > highNumber ? 1 : 0);

    const auto parseDate = [](const QString &text) -> QDateTime {
        const QString t = text.trimmed();
        QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!when.isValid()) {
            const QDate date = QDate::fromString(t, Qt::ISODate);
            if (date.isValid())
                when = date.startOfDay(Qt::UTC);
        }
        return when;
    };
    const QDateTime lowDate = parseDate(low);
    const QDateTime highDate = parseDate(high);
    if (lowDate.isValid() && highDate.isValid())
        return lowDate < highDate ? -1 : (lowDate > highDate ? 1 : 0);
    return std::nullopt;
}

void validateFilter(Collector &out, const Filter &filter, const QString &path)
{
    if (filter.propertyName.trimmed().isEmpty()) {
        out.filterIssue(
            path + u".propertyName",
            ValidationText::tr("The filter has no property. Choose the property to filter on, "
                               "or remove the filter."),
            ValidationIssue::Code::NoProperty, filter);
    }

    if (filter.op == FilterOperator::Unknown) {
        const QString shown =
            filter.operatorText.isEmpty() ? ValidationText::tr("(empty)") : filter.operatorText;
        QStringList names;
        for (FilterOperator op : allFilterOperators())
            names.append(toWire(op));
        out.filterIssue(path + u".operator",
                        ValidationText::tr("Unknown operator \"%1\". Use one of %2.")
                            .arg(shown, names.join(QStringLiteral(", "))),
                        ValidationIssue::Code::UnknownOperator, filter);
        return; // the value shape depends on the operator
    }

    const QString opName = toWire(filter.op);
    switch (valueShape(filter.op)) {
    case ValueShape::Single:
        if (filter.value.isEmpty()) {
            QString hint = ValidationText::tr("Enter the value to compare with.");
            if (!filter.values.isEmpty())
                hint =
                    ValidationText::tr("%1 takes one value in \"value\", not a list in \"values\"; "
                                       "use IN for a list.")
                        .arg(opName);
            out.filterIssue(path + u".value",
                            ValidationText::tr("%1 needs a value. %2").arg(opName, hint),
                            ValidationIssue::Code::NoValue, filter);
        }
        break;
    case ValueShape::Range: {
        if (filter.value.isEmpty()) {
            out.filterIssue(path + u".value",
                            ValidationText::tr("BETWEEN needs a lower bound in \"value\". Enter "
                                               "the smallest value to include."),
                            ValidationIssue::Code::NoLowBound, filter);
        }
        if (filter.highValue.isEmpty()) {
            out.filterIssue(path + u".highValue",
                            ValidationText::tr("BETWEEN needs an upper bound in \"highValue\". "
                                               "Enter the largest value to include."),
                            ValidationIssue::Code::NoHighBound, filter);
        }
        if (!filter.value.isEmpty() && !filter.highValue.isEmpty()) {
            const std::optional<int> order = compareBounds(filter.value, filter.highValue);
            if (order && *order > 0) {
                out.filterIssue(
                    path + u".highValue",
                    ValidationText::tr("BETWEEN's lower bound %1 is greater than its upper "
                                       "bound %2, so nothing can match. Swap the two values.")
                        .arg(filter.value, filter.highValue),
                    ValidationIssue::Code::BoundsReversed, filter);
            }
        }
        break;
    }
    case ValueShape::List:
        if (filter.values.isEmpty()) {
            out.filterIssue(
                path + u".values",
                filter.value.isEmpty()
                    ? ValidationText::tr("%1 needs at least one value in \"values\". Add "
                                         "the values to match.")
                          .arg(opName)
                    : ValidationText::tr("%1 needs at least one value in \"values\". Add "
                                         "the values to match (move \"%2\" into the "
                                         "list).")
                          .arg(opName, filter.value),
                ValidationIssue::Code::NoValues, filter);
        } else {
            for (qsizetype i = 0; i < filter.values.size(); ++i) {
                if (filter.values.at(i).isEmpty()) {
                    out.filterIssue(path + QStringLiteral(".values[%1]").arg(i),
                                    ValidationText::tr("Value %1 of the list is empty. Enter a "
                                                       "value or remove it from the list.")
                                        .arg(i + 1),
                                    ValidationIssue::Code::EmptyListValue, filter, int(i));
                }
            }
        }
        break;
    case ValueShape::None:
        if (!filter.value.isEmpty() || !filter.highValue.isEmpty() || !filter.values.isEmpty()) {
            out.filterIssue(
                path + u".value",
                ValidationText::tr("%1 takes no value; the value given is ignored. Remove it, "
                                   "or pick an operator that compares values (EQ, IN, ...).")
                    .arg(opName),
                ValidationIssue::Code::ValueIgnored, filter, -1,
                ValidationIssue::Severity::Warning);
        }
        break;
    }
}

void validateSearch(Collector &out, const SearchRequest &search, const ValidationLimits &limits)
{
    const QString base = QStringLiteral("publicCrmSearchRequest");
    if (search.filterGroups.size() > limits.maxFilterGroups) {
        out.error(base + u".filterGroups",
                  ValidationText::tr("%n filter groups are more than the %1 allowed. Merge or "
                                     "remove groups, or raise the limit in the settings if your "
                                     "account allows more.",
                                     nullptr, int(search.filterGroups.size()))
                      .arg(limits.maxFilterGroups));
    }
    for (qsizetype g = 0; g < search.filterGroups.size(); ++g) {
        const FilterGroup &group = search.filterGroups.at(g);
        const QString groupPath = base + QStringLiteral(".filterGroups[%1].filters").arg(g);
        if (group.filters.isEmpty()) {
            out.error(groupPath,
                      ValidationText::tr("Filter group %1 has no filters. Add a filter to "
                                         "it or remove the group.")
                          .arg(g + 1));
            continue;
        }
        if (group.filters.size() > limits.maxFiltersPerGroup) {
            out.error(groupPath,
                      ValidationText::tr("Filter group %1 has %n filters, more than the %2 "
                                         "allowed. Remove filters or split the group.",
                                         nullptr, int(group.filters.size()))
                          .arg(g + 1)
                          .arg(limits.maxFiltersPerGroup));
        }
        for (qsizetype f = 0; f < group.filters.size(); ++f)
            validateFilter(out, group.filters.at(f), groupPath + QStringLiteral("[%1]").arg(f));
    }

    if (search.sorts.size() > 1) {
        out.error(base + u".sorts",
                  ValidationText::tr("%n sort rules given, but HubSpot sorts by one property "
                                     "only. Keep one sort rule.",
                                     nullptr, int(search.sorts.size())));
    }
    for (qsizetype s = 0; s < search.sorts.size(); ++s) {
        if (search.sorts.at(s).propertyName.trimmed().isEmpty()) {
            out.error(
                base + QStringLiteral(".sorts[%1].propertyName").arg(s),
                ValidationText::tr("The sort rule has no property. Choose the property to sort "
                                   "by, or remove the sort rule."));
        }
    }

    if (search.query.size() > limits.maxQueryLength) {
        out.error(base + u".query",
                  ValidationText::tr("The search text has %n characters; HubSpot accepts at "
                                     "most %1. Shorten it.",
                                     nullptr, int(search.query.size()))
                      .arg(limits.maxQueryLength));
    }
}

} // namespace

QList<ValidationIssue> validate(const ExportRequest &request, const ValidationLimits &limits)
{
    Collector out;

    const QString name = request.exportName.trimmed();
    if (name.isEmpty()) {
        out.error(
            QStringLiteral("exportName"),
            ValidationText::tr("The export has no name. Enter a name; HubSpot shows it in the "
                               "export log."));
    } else if (request.exportName.size() > limits.maxExportNameLength) {
        out.error(QStringLiteral("exportName"),
                  ValidationText::tr("The export name has %n characters; at most %1 are "
                                     "allowed. Shorten it.",
                                     nullptr, int(request.exportName.size()))
                      .arg(limits.maxExportNameLength));
    }

    if (!isLanguageCode(request.language)) {
        out.error(
            QStringLiteral("language"),
            ValidationText::tr("Unknown language \"%1\". Use one of HubSpot's language codes, "
                               "for example EN, DE, FR or PT_BR.")
                .arg(request.language));
    }

    if (request.objectType.trimmed().isEmpty()) {
        out.error(QStringLiteral("objectType"),
                  ValidationText::tr("No object type is set. Choose what to export, for example "
                                     "CONTACT, or a custom object id such as 2-12345."));
    } else if (!ObjectTypes::isValid(request.objectType)) {
        out.error(QStringLiteral("objectType"),
                  ValidationText::tr("\"%1\" is not an object type HubSpot exports. Use a standard "
                                     "object (CONTACT, COMPANY, DEAL, ...) or its id (0-1), and "
                                     "custom objects by their id (2-12345), not by name.")
                      .arg(request.objectType));
    }

    if (request.objectProperties.isEmpty()) {
        out.error(QStringLiteral("objectProperties"),
                  ValidationText::tr("No properties are selected. Choose at least one property to "
                                     "export as a column."));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < request.objectProperties.size(); ++i) {
        const QString property = request.objectProperties.at(i).trimmed();
        const QString field = QStringLiteral("objectProperties[%1]").arg(i);
        if (property.isEmpty()) {
            out.error(field, ValidationText::tr("Column %1 has no property name. Choose a property "
                                                "or remove the column.")
                                 .arg(i + 1));
        } else if (seen.contains(property)) {
            out.error(field, ValidationText::tr("The property \"%1\" is listed twice. Remove the "
                                                "second one.")
                                 .arg(property));
        }
        seen.insert(property);
    }

    if (request.associatedObjectType.size() > limits.maxAssociatedObjectTypes) {
        out.error(QStringLiteral("associatedObjectType"),
                  ValidationText::tr("%n associated object types are selected; HubSpot allows "
                                     "at most %1 per export. Remove some.",
                                     nullptr, int(request.associatedObjectType.size()))
                      .arg(limits.maxAssociatedObjectTypes));
    }
    for (qsizetype i = 0; i < request.associatedObjectType.size(); ++i) {
        const QString type = request.associatedObjectType.at(i);
        if (!ObjectTypes::isValid(type)) {
            out.error(QStringLiteral("associatedObjectType[%1]").arg(i),
                      ValidationText::tr("\"%1\" is not an object type. Use a standard object such "
                                         "as COMPANY or a custom object id such as 2-12345.")
                          .arg(type));
        }
    }

    if (request.exportType == ExportType::List) {
        if (request.listId.trimmed().isEmpty()) {
            out.error(QStringLiteral("listId"),
                      ValidationText::tr("A list export needs the list's id. Pick a list, or enter "
                                         "its ILS list id (digits, shown in the list's details)."));
        } else if (!isDigits(request.listId)) {
            out.error(
                QStringLiteral("listId"),
                ValidationText::tr("The list id \"%1\" must contain digits only. Enter the ILS "
                                   "list id, for example 1234567.")
                    .arg(request.listId));
        }
        if (request.search && !request.search->isEmpty()) {
            out.error(
                QStringLiteral("publicCrmSearchRequest"),
                ValidationText::tr("A list export takes its records from the list, so filters, "
                                   "sorts and search text are not allowed. Remove them, or "
                                   "export a view instead."));
        }
    } else {
        if (!request.listId.isEmpty()) {
            out.warning(
                QStringLiteral("listId"),
                ValidationText::tr("A view export ignores the list id. Remove it, or switch "
                                   "to a list export."));
        }
        if (request.search)
            validateSearch(out, *request.search, limits);
    }

    return out.take();
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

QStringList describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) {
        const QString severity =
            issue.isError() ? QString()
                            : ValidationText::tr("warning: ", "prefix of a validation line");
        lines.append(issue.field.isEmpty()
                         ? QString(severity + issue.message)
                         : QString(issue.field + u": " + severity + issue.message));
    }
    return lines;
}

} // namespace es
