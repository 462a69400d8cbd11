#pragma once

#include "hubspot/metadata.h"
#include "model/exportrequest.h"

#include <QJsonObject>
#include <QList>

namespace es {

// What HubSpot will hand back for an export of `records` rows, from the rules its exports guide
// states (HUBSPOT-API-FACTS §1.4): a CSV over 2 MB always comes zipped; CSV and XLSX over
// 1,000,000 rows, and XLS over 65,535 rows, come as several files inside one zip. The size is a
// rough estimate from the columns' types, not a promise.
struct ExportForecast
{
    static constexpr qint64 ZipAboveBytes = 2LL * 1024 * 1024;
    static constexpr qint64 RowsPerFile = 1000000;
    static constexpr qint64 RowsPerXlsFile = 65535;

    qint64 records = -1;       // the count the forecast is for
    qint64 estimatedBytes = 0; // the data, unzipped (a rough figure)
    bool zipped = false;       // arrives as a zip archive
    int files = 1;             // data files (inside the zip when more than one)
    qint64 rowsPerFile = RowsPerFile;
    bool suggestXlsx = false; // XLS would split where XLSX would not

    // For `count --json`: records, estimatedBytes, zipped, files, rowsPerFile, suggestXlsx.
    QJsonObject toJson() const;
};

// `properties`: the object's definitions when known (better widths); names without one count
// as text.
ExportForecast forecastExport(const ExportRequest &request, qint64 records,
                              const QList<PropertyDef> &properties = {});

} // namespace es
