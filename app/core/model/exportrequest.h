#pragma once

#include "enums.h"
#include "searchrequest.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace es {

// The body of POST /crm/v3/exports/export/async (PublicExportViewRequest or
// PublicExportListRequest in exports-v3.json). Plain value type: widgets edit it, presets store
// it, the codec turns it into the wire JSON.
struct ExportRequest
{
    ExportType exportType = ExportType::View;
    QString exportName;
    FileFormat format = FileFormat::Csv;
    QString language = QStringLiteral("EN");
    QString objectType = QStringLiteral("CONTACT"); // name (CONTACT) or id (0-1, 2-123)
    QStringList objectProperties;                   // export column order
    QStringList associatedObjectType;               // at most 4
    bool includeLabeledAssociations = false;
    // HubSpot's default is "true when exactly one associated type is given"; unset follows it.
    std::optional<bool> includePrimaryDisplayPropertyForAssociatedObjects;
    QList<InternalValuesOption> exportInternalValuesOptions;
    bool overrideAssociatedObjectsPerDefinitionPerRowLimit = false;
    QString listId;                      // LIST only: the ILS list id, digits
    std::optional<SearchRequest> search; // VIEW only: publicCrmSearchRequest

    // What the request resolves includePrimaryDisplay... to when it is unset.
    bool effectiveIncludePrimaryDisplay() const;

    bool operator==(const ExportRequest &) const = default;
};

} // namespace es
