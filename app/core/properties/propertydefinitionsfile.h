#pragma once

#include "hubspot/metadata.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace es {

// "Save property definitions": an object's properties as a table (CSV or XLSX by the file's
// extension), one row per property, for the people who document or audit a portal. It spends no
// export: the definitions come from the properties API. The columns carry the API's own field
// names so that scripts can rely on them whatever the app's language; options are written as
// "Label (value)" joined with "; " in HubSpot's display order.
namespace PropertyDefinitionsFile {

QList<QByteArray> header();
// One property's row; `groupLabels` maps group names to their labels (the group's label is
// what HubSpot's settings show).
QList<QByteArray> row(const PropertyDef &property, const QHash<QString, QString> &groupLabels);
// Writes every property of `properties` in HubSpot's group and display order. False with
// `*error` naming the file and what to do; the file appears only when complete.
bool write(const QString &path, QList<PropertyDef> properties, const QList<PropertyGroup> &groups,
           QString *error);

} // namespace PropertyDefinitionsFile
} // namespace es
