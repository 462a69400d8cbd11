#pragma once

#include "hubspot/metadata.h"
#include "model/preset.h"
#include "model/validation.h"
#include "vault.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace es {

// What one run of a history preset sends: the preset's request with the record id column and,
// for an incremental run, "last modified ≥ (start of the last successful run − look-back)" in
// every filter group; and the reasons, for people, when it runs in full instead.
struct RunPlan
{
    ExportRequest request;
    RunKind kind = RunKind::Full;
    QStringList notes;
};

namespace RunPlanner {

struct History
{
    std::optional<VaultRun> lastRun;
    int incrementalsSinceFull = 0;
};

// True when the plan depends on the object's properties (an incremental run is possible).
bool needsProperties(const Preset &preset, bool forceFull, const History &history,
                     const ValidationLimits &limits);

// The object's last-modified property, read from its properties: a HubSpot-defined datetime
// named hs_lastmodifieddate (every object but contacts) or lastmodifieddate (contacts). Empty
// when the object has neither.
QString lastModifiedProperty(const QList<PropertyDef> &properties);

// `properties` may be empty when needsProperties() said false.
RunPlan plan(const Preset &preset, bool forceFull, const History &history,
             const QList<PropertyDef> &properties, const ValidationLimits &limits);

} // namespace RunPlanner
} // namespace es
