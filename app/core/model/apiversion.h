#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace es {

// HubSpot's CRM API versions Export Studio speaks. HubSpot publishes its CRM APIs under date
// versions and calls /crm/v3/... "legacy" (tests/data/hubspot-spec/*-2026-09.json, *-2026-03.json,
// *-v3.json hold the three specs). The request and answer shapes of the endpoints used here are
// the same in all three; only the paths differ.
enum class ApiVersion
{
    V3,       // legacy: /crm/v3/exports/...
    V2026_03, // /crm/exports/2026-03/...
    V2026_09, // /crm/exports/2026-09/...
};

// The API families called, each with its own path root.
enum class ApiFamily
{
    Exports,    // /crm/v3/exports, /crm/exports/{ver}
    Properties, // /crm/v3/properties, /crm/properties/{ver}
    Lists,      // /crm/v3/lists, /crm/lists/{ver}
    Schemas,    // /crm-object-schemas/v3/schemas, /crm-object-schemas/{ver}/schemas
    Owners,     // /crm/v3/owners, /crm/owners/{ver}
    Pipelines,  // /crm/v3/pipelines, /crm/pipelines/{ver}
    Objects,    // /crm/v3/objects, /crm/objects/{ver} (CRM search)
};

namespace ApiVersions {

// The newest version HubSpot's reference documents as current: the default.
ApiVersion newest();
// Newest first.
QList<ApiVersion> all();
// "2026-09", "2026-03", "v3".
QString name(ApiVersion version);
// Reads a name as above (any case, surrounding blanks ignored); "legacy" reads as v3 and
// "latest" as newest(). nullopt for anything else.
std::optional<ApiVersion> fromName(const QString &text);
// "2026-09, 2026-03, v3": for messages and help texts.
QString namesList();
// The next older version (2026-09 → 2026-03 → v3); nullopt for v3.
std::optional<ApiVersion> older(ApiVersion version);
bool isDated(ApiVersion version);

// The path of a family's root at a version, without a trailing slash:
// root(Exports, V2026_09) = "/crm/exports/2026-09", root(Exports, V3) = "/crm/v3/exports".
QString root(ApiFamily family, ApiVersion version);

} // namespace ApiVersions
} // namespace es

Q_DECLARE_METATYPE(es::ApiVersion)
