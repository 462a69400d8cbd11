#include "runplanner.h"

#include <QCoreApplication>

namespace es::RunPlanner {

namespace {
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(es::RunPlanner)
};

const QString RecordId = QStringLiteral("hs_object_id");

// Why an incremental preset runs in full this time; empty when it need not.
QString fullReason(const Preset &preset, bool forceFull, const History &history,
                   const ValidationLimits &limits)
{
    if (!preset.history.incremental)
        return {};
    if (forceFull)
        return PlanText::tr("A full run was asked for.");
    if (!history.lastRun)
        return PlanText::tr("This is the first run: it runs in full.");
    if (preset.request.exportType == ExportType::List)
        return PlanText::tr("A list export cannot carry a filter, so it runs in full every "
                            "time.");
    if (preset.history.fullEvery > 0 && history.incrementalsSinceFull >= preset.history.fullEvery)
        return PlanText::tr("Runs in full every %1 runs to notice deleted records; this is one "
                            "of them.")
            .arg(preset.history.fullEvery + 1);
    const SearchRequest search = preset.request.search.value_or(SearchRequest());
    if (search.filterGroups.isEmpty() && limits.maxFilterGroups < 1)
        return PlanText::tr("No filter group may be added, so it runs in full.");
    for (const FilterGroup &group : search.filterGroups) {
        if (group.filters.size() >= limits.maxFiltersPerGroup)
            return PlanText::tr("A filter group already has the most filters HubSpot allows "
                                "(%1), so the last-modified filter cannot be added: it runs in "
                                "full.")
                .arg(limits.maxFiltersPerGroup);
    }
    return {};
}
} // namespace

bool needsProperties(const Preset &preset, bool forceFull, const History &history,
                     const ValidationLimits &limits)
{
    return preset.history.keep && preset.history.incremental &&
           fullReason(preset, forceFull, history, limits).isEmpty();
}

QString lastModifiedProperty(const QList<PropertyDef> &properties)
{
    // Only HubSpot's own datetime property, never a custom one with a similar name.
    for (const char *name : {"hs_lastmodifieddate", "lastmodifieddate"}) {
        for (const PropertyDef &p : properties) {
            if (p.name == QLatin1String(name) && p.type == PropertyDef::Type::DateTime &&
                !p.archived)
                return p.name;
        }
    }
    return {};
}

RunPlan plan(const Preset &preset, bool forceFull, const History &history,
             const QList<PropertyDef> &properties, const ValidationLimits &limits)
{
    RunPlan result;
    result.request = preset.request;
    if (!preset.history.keep)
        return result;
    if (!result.request.objectProperties.contains(RecordId)) {
        result.request.objectProperties.prepend(RecordId);
        result.notes.append(PlanText::tr("The record ID (hs_object_id) was added as the first "
                                         "column: the history matches records by it."));
    }
    if (!preset.history.incremental)
        return result;
    const QString reason = fullReason(preset, forceFull, history, limits);
    if (!reason.isEmpty()) {
        result.notes.append(reason);
        return result;
    }
    const QString property = lastModifiedProperty(properties);
    if (property.isEmpty()) {
        result.notes.append(PlanText::tr("%1 have no last-modified property, so it runs in full.")
                                .arg(preset.request.objectType));
        return result;
    }
    const QDateTime since =
        history.lastRun->startedAt.addSecs(-qint64(preset.history.lookbackMinutes) * 60);
    Filter filter;
    filter.propertyName = property;
    filter.op = FilterOperator::Gte;
    filter.value = QString::number(since.toMSecsSinceEpoch());
    SearchRequest search = result.request.search.value_or(SearchRequest());
    if (search.filterGroups.isEmpty())
        search.filterGroups.append(FilterGroup{});
    for (FilterGroup &group : search.filterGroups)
        group.filters.append(filter);
    result.request.search = search;
    result.kind = RunKind::Incremental;
    result.notes.append(PlanText::tr("Incremental: only records whose %1 is on or after %2 "
                                     "(the last run's start less %3 minutes).")
                            .arg(property, since.toUTC().toString(Qt::ISODate))
                            .arg(preset.history.lookbackMinutes));
    return result;
}

} // namespace es::RunPlanner
