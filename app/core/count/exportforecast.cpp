#include "exportforecast.h"

#include <QHash>
#include <cmath>

namespace es {

namespace {

// Average characters of one cell as HubSpot writes it (labels, not internal values), with its
// separator and the quotes text usually gets. Rough on purpose: the forecast says "about".
int cellWidth(const PropertyDef *property, const QString &name)
{
    if (!property)
        return name.contains(u"email") ? 26 : 20;
    switch (property->type) {
    case PropertyDef::Type::Number:
        return 8;
    case PropertyDef::Type::Date:
        return 11;
    case PropertyDef::Type::DateTime:
        return 20;
    case PropertyDef::Type::Enumeration:
        return 14;
    case PropertyDef::Type::Bool:
        return 6;
    case PropertyDef::Type::PhoneNumber:
        return 16;
    case PropertyDef::Type::String:
    case PropertyDef::Type::Other:
        break;
    }
    return name.contains(u"email") ? 26 : 20;
}

qint64 filesFor(qint64 records, qint64 perFile)
{
    if (records <= perFile)
        return 1;
    return (records + perFile - 1) / perFile;
}

} // namespace

QJsonObject ExportForecast::toJson() const
{
    return {{QStringLiteral("records"), records},
            {QStringLiteral("estimatedBytes"), estimatedBytes},
            {QStringLiteral("zipped"), zipped},
            {QStringLiteral("files"), files},
            {QStringLiteral("rowsPerFile"), rowsPerFile},
            {QStringLiteral("suggestXlsx"), suggestXlsx}};
}

ExportForecast forecastExport(const ExportRequest &request, qint64 records,
                              const QList<PropertyDef> &properties)
{
    ExportForecast forecast;
    forecast.records = records;
    if (records < 0)
        return forecast;

    QHash<QString, const PropertyDef *> byName;
    for (const PropertyDef &property : properties)
        byName.insert(property.name, &property);
    qint64 rowBytes = 12; // the Record ID HubSpot always writes, and the line end
    for (const QString &name : request.objectProperties)
        rowBytes += cellWidth(byName.value(name), name);
    // Associated records: their ids (a few per row), and their names when asked for.
    for (qsizetype i = 0; i < request.associatedObjectType.size(); ++i)
        rowBytes += request.effectiveIncludePrimaryDisplay() ? 36 : 14;
    const qint64 csvBytes = rowBytes * records + rowBytes; // + the header line
    switch (request.format) {
    case FileFormat::Csv:
        forecast.estimatedBytes = csvBytes;
        break;
    case FileFormat::Xlsx:
        forecast.estimatedBytes = csvBytes * 45 / 100; // compressed XML
        break;
    case FileFormat::Xls:
        forecast.estimatedBytes = csvBytes * 12 / 10; // BIFF records
        break;
    }

    const bool xls = request.format == FileFormat::Xls;
    forecast.rowsPerFile = xls ? ExportForecast::RowsPerXlsFile : ExportForecast::RowsPerFile;
    forecast.files = int(filesFor(records, forecast.rowsPerFile));
    forecast.zipped =
        forecast.files > 1 || (request.format == FileFormat::Csv &&
                               forecast.estimatedBytes > ExportForecast::ZipAboveBytes);
    forecast.suggestXlsx = xls && forecast.files > 1 &&
                           filesFor(records, ExportForecast::RowsPerFile) < forecast.files;
    return forecast;
}

} // namespace es
