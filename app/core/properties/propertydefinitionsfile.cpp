#include "propertydefinitionsfile.h"

#include "storage/tablefilewriter.h"

#include <QHash>
#include <algorithm>
#include <climits>

namespace es::PropertyDefinitionsFile {

namespace {

QByteArray flag(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray time(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

QByteArray options(const PropertyDef &property)
{
    QList<PropertyOption> sorted = property.options;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PropertyOption &a, const PropertyOption &b) {
                         return a.displayOrder < b.displayOrder;
                     });
    QStringList parts;
    for (const PropertyOption &option : sorted)
        parts.append(option.label == option.value
                         ? option.value
                         : QStringLiteral("%1 (%2)").arg(option.label, option.value));
    return parts.join(QStringLiteral("; ")).toUtf8();
}

} // namespace

QList<QByteArray> header()
{
    return {"name",
            "label",
            "type",
            "fieldType",
            "groupName",
            "groupLabel",
            "description",
            "options",
            "calculated",
            "calculationFormula",
            "hidden",
            "readOnlyValue",
            "readOnlyDefinition",
            "hasUniqueValue",
            "hubspotDefined",
            "referencedObjectType",
            "createdAt",
            "updatedAt"};
}

QList<QByteArray> row(const PropertyDef &p, const QHash<QString, QString> &groupLabels)
{
    return {p.name.toUtf8(),
            p.label.toUtf8(),
            p.typeText.toUtf8(),
            p.fieldType.toUtf8(),
            p.groupName.toUtf8(),
            groupLabels.value(p.groupName).toUtf8(),
            p.description.toUtf8(),
            options(p),
            flag(p.calculated),
            p.calculationFormula.toUtf8(),
            flag(p.hidden),
            flag(p.readOnlyValue),
            flag(p.readOnlyDefinition),
            flag(p.hasUniqueValue),
            flag(p.hubspotDefined),
            p.referencedObjectType.toUtf8(),
            time(p.createdAt),
            time(p.updatedAt)};
}

bool write(const QString &path, QList<PropertyDef> properties, const QList<PropertyGroup> &groups,
           QString *error)
{
    QHash<QString, QString> groupLabels;
    QHash<QString, int> groupOrder;
    for (const PropertyGroup &group : groups) {
        groupLabels.insert(group.name, group.label);
        groupOrder.insert(group.name, group.displayOrder);
    }
    // As HubSpot's settings list them: by group, then the group's own order, then the name.
    std::stable_sort(properties.begin(), properties.end(),
                     [&groupOrder](const PropertyDef &a, const PropertyDef &b) {
                         const int ga = groupOrder.value(a.groupName, INT_MAX);
                         const int gb = groupOrder.value(b.groupName, INT_MAX);
                         if (ga != gb)
                             return ga < gb;
                         if (a.groupName != b.groupName)
                             return a.groupName < b.groupName;
                         if (a.displayOrder != b.displayOrder)
                             return a.displayOrder < b.displayOrder;
                         return a.name < b.name;
                     });
    const auto source = [&](const TableFileWriter::RowSink &sink, QString *) {
        for (const PropertyDef &property : std::as_const(properties))
            if (!sink(row(property, groupLabels)))
                return true; // the writer knows why it stopped
        return true;
    };
    return TableFileWriter::write(path, header(), source, error, nullptr,
                                  QStringLiteral("Properties"));
}

} // namespace es::PropertyDefinitionsFile
