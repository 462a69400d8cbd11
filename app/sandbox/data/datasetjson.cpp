// The JSON bodies of the metadata endpoints, in the shapes of HubSpot's specs
// (properties-v3, lists-v3, schemas-v3, owners-v3, pipelines-v3.json), spec-required fields
// included.

#include "catalog.h"
#include "dataset.h"
#include "objectstore.h"

#include <QDateTime>

namespace sandbox {
namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString metadataTime(int offsetDays = 0)
{
    return iso(catalog::kMetadataTimeMs + qint64(offsetDays) * 86400000);
}

QJsonObject propertyObject(const PropertySpec &spec, int displayOrder, const QString &language)
{
    QJsonArray options;
    for (qsizetype i = 0; i < spec.options.size(); ++i) {
        options.append(QJsonObject{
            {QStringLiteral("label"), spec.optionLabel(spec.options[i].first, language)},
            {QStringLiteral("value"), spec.options[i].first},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("displayOrder"), int(i)},
            {QStringLiteral("hidden"), false}});
    }
    const bool readOnlyValue = spec.calculated || spec.name == u"hs_object_id";
    QJsonObject object{
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("label"), spec.label(language)},
        {QStringLiteral("type"), spec.type},
        {QStringLiteral("fieldType"), spec.fieldType},
        {QStringLiteral("groupName"), spec.groupName},
        {QStringLiteral("description"), spec.description},
        {QStringLiteral("options"), options},
        {QStringLiteral("displayOrder"), displayOrder},
        {QStringLiteral("hidden"), spec.hidden},
        {QStringLiteral("calculated"), spec.calculated},
        {QStringLiteral("hubspotDefined"), spec.hubspotDefined},
        {QStringLiteral("externalOptions"), false},
        {QStringLiteral("hasUniqueValue"), spec.name == u"hs_object_id"},
        {QStringLiteral("formField"), !spec.calculated && !spec.hidden && !readOnlyValue},
        {QStringLiteral("dataSensitivity"), QStringLiteral("non_sensitive")},
        {QStringLiteral("archived"), false},
        {QStringLiteral("createdAt"), metadataTime()},
        {QStringLiteral("updatedAt"), metadataTime(30)},
        {QStringLiteral("modificationMetadata"),
         QJsonObject{{QStringLiteral("archivable"), !spec.hubspotDefined},
                     {QStringLiteral("readOnlyDefinition"), spec.hubspotDefined},
                     {QStringLiteral("readOnlyValue"), readOnlyValue},
                     {QStringLiteral("readOnlyOptions"), spec.hubspotDefined}}},
    };
    if (!spec.referencedObjectType.isEmpty())
        object.insert(QStringLiteral("referencedObjectType"), spec.referencedObjectType);
    return object;
}

QJsonArray propertyArray(const ObjectStore &store, const QString &language)
{
    QJsonArray results;
    for (int i = 0; i < store.properties.size(); ++i)
        results.append(propertyObject(store.properties[i], i, language));
    return results;
}

QJsonObject filterBranch(const ListSpec &list)
{
    // One OR branch holding one AND branch holding the property filter: the shape HubSpot's
    // list builder produces for a single condition.
    const QJsonObject filter{
        {QStringLiteral("filterType"), QStringLiteral("PROPERTY")},
        {QStringLiteral("property"), list.filterProperty},
        {QStringLiteral("operation"),
         QJsonObject{{QStringLiteral("operationType"), QStringLiteral("MULTISTRING")},
                     {QStringLiteral("operator"), QStringLiteral("IS_EQUAL_TO")},
                     {QStringLiteral("values"), QJsonArray{list.filterValue}},
                     {QStringLiteral("includeObjectsWithNoValueSet"), false}}}};
    const QJsonObject andBranch{{QStringLiteral("filterBranchType"), QStringLiteral("AND")},
                                {QStringLiteral("filterBranchOperator"), QStringLiteral("AND")},
                                {QStringLiteral("filterBranches"), QJsonArray()},
                                {QStringLiteral("filters"), QJsonArray{filter}}};
    return {{QStringLiteral("filterBranchType"), QStringLiteral("OR")},
            {QStringLiteral("filterBranchOperator"), QStringLiteral("OR")},
            {QStringLiteral("filterBranches"), QJsonArray{andBranch}},
            {QStringLiteral("filters"), QJsonArray()}};
}

QJsonObject listCommon(const ListSpec &list)
{
    return {{QStringLiteral("listId"), list.listId},
            {QStringLiteral("listVersion"), 1 + int(list.listId.toInt() % 5)},
            {QStringLiteral("name"), list.name},
            {QStringLiteral("objectTypeId"), list.objectTypeId},
            {QStringLiteral("processingType"), list.processingType},
            {QStringLiteral("processingStatus"), QStringLiteral("COMPLETE")},
            {QStringLiteral("createdAt"), iso(list.createdAtMs)},
            {QStringLiteral("updatedAt"), iso(list.updatedAtMs)},
            {QStringLiteral("filtersUpdatedAt"), iso(list.updatedAtMs)},
            {QStringLiteral("createdById"), QStringLiteral("9100001")},
            {QStringLiteral("updatedById"), QStringLiteral("9100001")}};
}

} // namespace

QJsonObject Dataset::propertiesJson(const QString &objectTypeId) const
{
    return propertiesJson(objectTypeId, QStringLiteral("EN"));
}

QJsonObject Dataset::propertiesJson(const QString &objectTypeId, const QString &language) const
{
    const ObjectStore *store = d->object(objectTypeId);
    return {{QStringLiteral("results"), store ? propertyArray(*store, language) : QJsonArray()}};
}

QJsonObject Dataset::propertyJson(const QString &objectTypeId, const QString &name,
                                  const QString &language) const
{
    const ObjectStore *store = d->object(objectTypeId);
    const int index = store ? store->indexOf(name) : -1;
    return index < 0 ? QJsonObject() : propertyObject(store->properties[index], index, language);
}

QJsonObject Dataset::propertyGroupsJson(const QString &objectTypeId) const
{
    QJsonArray results;
    if (const ObjectStore *store = d->object(objectTypeId)) {
        for (int i = 0; i < store->groups.size(); ++i) {
            results.append(QJsonObject{{QStringLiteral("name"), store->groups[i].name},
                                       {QStringLiteral("label"), store->groups[i].label},
                                       {QStringLiteral("displayOrder"), i},
                                       {QStringLiteral("archived"), false}});
        }
    }
    return {{QStringLiteral("results"), results}};
}

QJsonObject Dataset::schemaJson(const QString &objectTypeId) const
{
    const ObjectStore *store = d->object(objectTypeId);
    if (!store || !store->typeId.startsWith(u"2-"))
        return {};
    QJsonArray associations;
    int n = 0;
    for (auto it = store->associations.cbegin(); it != store->associations.cend(); ++it) {
        const ObjectStore *target = d->object(it.key());
        associations.append(
            QJsonObject{{QStringLiteral("id"), QString::number(900 + n++)},
                        {QStringLiteral("fromObjectTypeId"), store->typeId},
                        {QStringLiteral("toObjectTypeId"), it.key()},
                        {QStringLiteral("name"),
                         QString(store->apiName + QStringLiteral("_to_") + target->apiName)},
                        {QStringLiteral("createdAt"), metadataTime(60)},
                        {QStringLiteral("updatedAt"), metadataTime(60)}});
    }
    QStringList required{store->primaryDisplay};
    QJsonArray secondary{QStringLiteral("species")};
    return {
        {QStringLiteral("id"), store->typeId.mid(2)},
        {QStringLiteral("objectTypeId"), store->typeId},
        {QStringLiteral("name"), store->apiName},
        {QStringLiteral("fullyQualifiedName"),
         QStringLiteral("p%1_%2").arg(catalog::kPortalId).arg(store->apiName)},
        {QStringLiteral("description"), QStringLiteral("Pets adopted by contacts")},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("singular"), store->singular},
                                               {QStringLiteral("plural"), store->plural}}},
        {QStringLiteral("primaryDisplayProperty"), store->primaryDisplay},
        {QStringLiteral("secondaryDisplayProperties"), secondary},
        {QStringLiteral("searchableProperties"), QJsonArray::fromStringList(store->searchable)},
        {QStringLiteral("requiredProperties"), QJsonArray::fromStringList(required)},
        {QStringLiteral("properties"), propertyArray(*store, QStringLiteral("EN"))},
        {QStringLiteral("associations"), associations},
        {QStringLiteral("allowsSensitiveProperties"), false},
        {QStringLiteral("archived"), false},
        {QStringLiteral("createdAt"), metadataTime(60)},
        {QStringLiteral("updatedAt"), metadataTime(90)},
        {QStringLiteral("createdByUserId"), 9100001},
        {QStringLiteral("updatedByUserId"), 9100001},
    };
}

QJsonObject Dataset::schemasJson() const
{
    // HubSpot's schemas endpoint lists custom objects only.
    QJsonArray results;
    for (const auto &store : d->objects) {
        if (store->typeId.startsWith(u"2-"))
            results.append(schemaJson(store->typeId));
    }
    return {{QStringLiteral("results"), results}};
}

QJsonArray Dataset::allOwners() const
{
    QJsonArray owners;
    int n = 0;
    for (const OwnerSpec &owner : d->owners) {
        QJsonObject object{{QStringLiteral("id"), owner.id},
                           {QStringLiteral("email"), owner.email},
                           {QStringLiteral("firstName"), owner.firstName},
                           {QStringLiteral("lastName"), owner.lastName},
                           {QStringLiteral("type"), owner.type},
                           {QStringLiteral("archived"), false},
                           {QStringLiteral("createdAt"), metadataTime(n)},
                           {QStringLiteral("updatedAt"), metadataTime(100 + n)},
                           {QStringLiteral("teams"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), owner.teamId},
                                                   {QStringLiteral("name"), owner.teamName},
                                                   {QStringLiteral("primary"), true}}}}};
        if (owner.userId != 0) {
            object.insert(QStringLiteral("userId"), owner.userId);
            object.insert(QStringLiteral("userIdIncludingInactive"), owner.userId);
        }
        owners.append(object);
        ++n;
    }
    return owners;
}

QJsonObject Dataset::ownersJson() const
{
    return {{QStringLiteral("results"), allOwners()}};
}

QJsonObject Dataset::pipelinesJson(const QString &objectTypeId) const
{
    QJsonArray results;
    int order = 0;
    for (const PipelineSpec &pipeline : d->pipelines) {
        if (pipeline.objectTypeId != objectTypeId)
            continue;
        QJsonArray stages;
        for (int i = 0; i < pipeline.stages.size(); ++i) {
            const StageSpec &stage = pipeline.stages[i];
            QJsonObject metadata;
            if (objectTypeId == u"0-3") {
                metadata.insert(QStringLiteral("isClosed"),
                                stage.closed ? QStringLiteral("true") : QStringLiteral("false"));
                metadata.insert(QStringLiteral("probability"), QString::number(stage.probability));
            } else {
                metadata.insert(QStringLiteral("ticketState"),
                                stage.closed ? QStringLiteral("CLOSED") : QStringLiteral("OPEN"));
            }
            stages.append(QJsonObject{{QStringLiteral("id"), stage.id},
                                      {QStringLiteral("label"), stage.label},
                                      {QStringLiteral("displayOrder"), i},
                                      {QStringLiteral("metadata"), metadata},
                                      {QStringLiteral("archived"), false},
                                      {QStringLiteral("createdAt"), metadataTime(10)},
                                      {QStringLiteral("updatedAt"), metadataTime(20)},
                                      {QStringLiteral("writePermissions"),
                                       QStringLiteral("CRM_PERMISSIONS_ENFORCEMENT")}});
        }
        results.append(QJsonObject{{QStringLiteral("id"), pipeline.id},
                                   {QStringLiteral("label"), pipeline.label},
                                   {QStringLiteral("displayOrder"), order++},
                                   {QStringLiteral("stages"), stages},
                                   {QStringLiteral("archived"), false},
                                   {QStringLiteral("createdAt"), metadataTime(10)},
                                   {QStringLiteral("updatedAt"), metadataTime(20)}});
    }
    return {{QStringLiteral("results"), results}};
}

QJsonObject Dataset::listJson(const ListSpec &list) const
{
    QJsonObject object = listCommon(list);
    object.insert(QStringLiteral("size"), qint64(list.memberIds.size()));
    if (list.processingType == u"DYNAMIC" && !list.filterProperty.isEmpty())
        object.insert(QStringLiteral("filterBranch"), filterBranch(list));
    return object;
}

QJsonObject Dataset::listSearchResultJson(const ListSpec &list) const
{
    QJsonObject object = listCommon(list);
    object.insert(
        QStringLiteral("additionalProperties"),
        QJsonObject{{QStringLiteral("hs_list_size"), QString::number(list.memberIds.size())},
                    {QStringLiteral("hs_last_record_added_at"), QString::number(list.updatedAtMs)},
                    {QStringLiteral("hs_list_reference_count"), QStringLiteral("0")}});
    return object;
}

} // namespace sandbox
