#include "describesearch.h"

#include "filteroperators.h"
#include "filtervalues.h"

#include <QCoreApplication>
#include <QHash>

namespace es {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions of namespace es under the context "es", so
    // that is where the catalogs have them.
    return QCoreApplication::translate("es", text);
}

QString propertyLabel(const QString &name, const PropertyDef *property)
{
    if (property && !property->label.isEmpty())
        return property->label;
    return name.isEmpty() ? tr("(no property)") : name;
}

} // namespace

QString describeFilter(const Filter &filter, const PropertyDef *property)
{
    const PropertyDef::Type type = property ? property->type : PropertyDef::Type::String;
    QString subject = propertyLabel(filter.propertyName, property);
    if (filter.op == FilterOperator::Unknown) {
        //: A condition in words: %1 the property ("Lifecycle stage"), %2 the comparison ("is",
        //: "contains"), %3 the value or values. Reorder for your language.
        return tr("%1 %2 %3")
            .arg(subject, filter.operatorText.isEmpty() ? tr("(no operator)") : filter.operatorText,
                 FilterValues::display(filter.value, property));
    }
    const QString verb = operatorLabel(filter.op, type);
    switch (valueShape(filter.op)) {
    case ValueShape::None:
        //: A condition without a value: %1 the property, %2 the comparison ("is known")
        return tr("%1 %2").arg(subject, verb);
    case ValueShape::Single:
        //: A condition in words: %1 the property ("Lifecycle stage"), %2 the comparison ("is",
        //: "contains"), %3 the value or values. Reorder for your language.
        return tr("%1 %2 %3").arg(subject, verb, FilterValues::display(filter.value, property));
    case ValueShape::Range:
        return tr("%1 %2 %3 and %4")
            .arg(subject, verb, FilterValues::display(filter.value, property),
                 FilterValues::display(filter.highValue, property));
    case ValueShape::List: {
        QStringList shown;
        for (const QString &value : filter.values)
            shown.append(FilterValues::display(value, property));
        if (shown.isEmpty())
            shown.append(tr("(nothing chosen)"));
        //: Between the values of a condition such as "Lifecycle stage is any of Lead, Customer"
        const QString separator = tr(", ");
        //: A condition in words: %1 the property ("Lifecycle stage"), %2 the comparison ("is",
        //: "contains"), %3 the value or values. Reorder for your language.
        return tr("%1 %2 %3").arg(subject, verb, shown.join(separator));
    }
    }
    return subject;
}

QString describeSearch(const SearchRequest &request, const QList<PropertyDef> &properties,
                       const QString &objectPluralLabel)
{
    QHash<QString, const PropertyDef *> byName;
    for (const PropertyDef &property : properties)
        byName.insert(property.name, &property);

    QStringList groups;
    for (const FilterGroup &group : request.filterGroups) {
        QStringList conditions;
        for (const Filter &filter : group.filters)
            conditions.append(describeFilter(filter, byName.value(filter.propertyName)));
        if (!conditions.isEmpty())
            //: Joins the conditions of one group: a record must match them all
            groups.append(conditions.join(tr(" AND ")));
    }
    if (groups.size() > 1) {
        for (QString &group : groups)
            //: Brackets around one group of conditions when there are several groups (joined with
            //: OR)
            group = tr("(%1)").arg(group);
    }

    QString sentence;
    const QString query = request.query.trimmed();
    if (groups.isEmpty() && query.isEmpty())
        sentence = tr("All %1").arg(objectPluralLabel);
    else
        sentence = objectPluralLabel;
    if (!query.isEmpty())
        sentence += tr(" matching the text “%1”").arg(query);
    if (!groups.isEmpty()) {
        //: Joins the groups of conditions: a record matches if it matches any one group
        const QString orSeparator = tr(" OR ");
        sentence += tr(" where %1").arg(groups.join(orSeparator));
    }
    if (!request.sorts.isEmpty() && !request.sorts.first().propertyName.isEmpty()) {
        const Sort &sort = request.sorts.first();
        const PropertyDef *property = byName.value(sort.propertyName);
        const PropertyDef::Type type = property ? property->type : PropertyDef::Type::String;
        const QString order = sortOrderLabel(sort.order, type);
        const QString label = propertyLabel(sort.propertyName, property);
        // Words ("oldest first") read better after a comma; arrows sit right after the name.
        if (order.contains(QChar(0x2192)))
            sentence += tr(", sorted by %1 %2").arg(label, order);
        else
            sentence += tr(", sorted by %1, %2").arg(label, order);
    }
    //: The full stop that ends the description of the records an export takes
    return sentence + tr(".");
}

} // namespace es
