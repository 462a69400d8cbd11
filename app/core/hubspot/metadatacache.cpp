#include "metadatacache.h"

#include "hubspotclient.h"

#include <QCoreApplication>
#include <QTimer>
#include <model/objecttype.h>

namespace es {

namespace {

ApiError noClient()
{
    // A fragment: ApiError::userMessage() puts it into "... could not reach HubSpot: %2."
    return ApiError::network(
        QCoreApplication::translate("es::MetadataCache", "no HubSpot account is selected"));
}

QString listsKey(const QString &query, const QString &objectTypeId)
{
    return query + u'|' + objectTypeId;
}

} // namespace

MetadataCache::MetadataCache(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<es::ApiError>();
    qRegisterMetaType<es::MetadataCache::Topic>();
}

MetadataCache::~MetadataCache() = default;

void MetadataCache::setClient(HubSpotClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    clear();
}

void MetadataCache::clear()
{
    ++m_generation;
    m_properties.clear();
    m_groups.clear();
    m_schemas.clear();
    m_lists.clear();
    m_owners.clear();
    m_pipelines.clear();
    m_wantObjectTypes = false;
}

bool MetadataCache::fresh(const QDateTime &fetchedAt) const
{
    return m_maxAgeSeconds > 0 && fetchedAt.isValid() &&
           fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < m_maxAgeSeconds;
}

QString MetadataCache::normalise(const QString &objectType)
{
    const QString id = ObjectTypes::typeIdOf(objectType);
    return id.isEmpty() ? objectType.toLower() : id;
}

void MetadataCache::deliverLater(std::function<void()> fn)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, fn = std::move(fn)] {
        if (generation == m_generation)
            fn();
    });
}

template<typename T>
const T *MetadataCache::Slot<T>::find(const QString &key) const
{
    const auto it = entries.constFind(key);
    return it == entries.constEnd() ? nullptr : &it->value;
}

template<typename T, typename Fetch, typename Ready>
void MetadataCache::request(Topic topic, Slot<T> &slot, const QString &key, const QString &caller,
                            bool refresh, Fetch fetch, Ready ready,
                            const std::function<void()> &settled)
{
    if (!refresh) {
        const auto it = slot.entries.constFind(key);
        if (it != slot.entries.constEnd() && fresh(it->fetchedAt)) {
            deliverLater([ready, caller, value = it->value] { ready(caller, value); });
            return;
        }
    }
    QStringList &callers = slot.pending[key];
    const bool inFlight = !callers.isEmpty();
    if (!callers.contains(caller))
        callers.append(caller);
    if (inFlight)
        return;
    if (!m_client) {
        slot.pending.remove(key);
        deliverLater([this, topic, caller, settled] {
            emit failed(topic, caller, noClient());
            if (settled)
                settled();
        });
        return;
    }
    const quint64 generation = m_generation;
    fetch()->onFinished(
        this, [this, topic, &slot, key, generation, ready, settled](const ApiResult<T> &reply) {
            if (generation != m_generation)
                return;
            const QStringList waiting = slot.pending.take(key);
            if (reply.isOk())
                slot.entries.insert(key, {reply.value(), QDateTime::currentDateTimeUtc()});
            for (const QString &each : waiting) {
                if (reply.isOk())
                    ready(each, reply.value());
                else
                    emit failed(topic, each, reply.error());
            }
            if (settled)
                settled();
        });
}

void MetadataCache::emitObjectTypesIfWanted()
{
    // The picker still works without custom objects, so a failed schemas call answers too.
    if (std::exchange(m_wantObjectTypes, false))
        emit objectTypesReady(objectTypeChoices());
}

void MetadataCache::requestProperties(const QString &objectType, bool refresh)
{
    request(
        Topic::Properties, m_properties, normalise(objectType), objectType, refresh,
        [this, objectType] { return m_client->properties(objectType); },
        [this](const QString &caller, const QList<PropertyDef> &value) {
            emit propertiesReady(caller, value);
        });
}

void MetadataCache::requestPropertyGroups(const QString &objectType, bool refresh)
{
    request(
        Topic::PropertyGroups, m_groups, normalise(objectType), objectType, refresh,
        [this, objectType] { return m_client->propertyGroups(objectType); },
        [this](const QString &caller, const QList<PropertyGroup> &value) {
            emit propertyGroupsReady(caller, value);
        });
}

void MetadataCache::requestSchemas(bool refresh)
{
    request(
        Topic::Schemas, m_schemas, {}, {}, refresh, [this] { return m_client->schemas(); },
        [this](const QString &, const QList<ObjectSchema> &value) { emit schemasReady(value); },
        [this] { emitObjectTypesIfWanted(); });
}

void MetadataCache::requestObjectTypes(bool refresh)
{
    const Entry<QList<ObjectSchema>> *schemas = nullptr;
    if (const auto it = m_schemas.entries.constFind({}); it != m_schemas.entries.constEnd())
        schemas = &*it;
    if (!refresh && schemas && fresh(schemas->fetchedAt)) {
        deliverLater([this] { emit objectTypesReady(objectTypeChoices()); });
        return;
    }
    m_wantObjectTypes = true;
    requestSchemas(refresh);
}

void MetadataCache::requestLists(const QString &query, const QString &objectTypeId, bool refresh)
{
    // The key doubles as the caller: failed() carries "query|objectTypeId".
    const QString key = listsKey(query, objectTypeId);
    request(
        Topic::Lists, m_lists, key, key, refresh,
        [this, query, objectTypeId] { return m_client->searchLists(query, objectTypeId); },
        [this, query, objectTypeId](const QString &, const QList<ListInfo> &value) {
            emit listsReady(query, objectTypeId, value);
        });
}

void MetadataCache::requestOwners(bool refresh)
{
    request(
        Topic::Owners, m_owners, {}, {}, refresh, [this] { return m_client->owners(); },
        [this](const QString &, const QList<Owner> &value) { emit ownersReady(value); });
}

void MetadataCache::requestPipelines(const QString &objectType, bool refresh)
{
    request(
        Topic::Pipelines, m_pipelines, normalise(objectType), objectType, refresh,
        [this, objectType] { return m_client->pipelines(objectType); },
        [this](const QString &caller, const QList<Pipeline> &value) {
            emit pipelinesReady(caller, value);
        });
}

std::optional<QList<PropertyDef>> MetadataCache::cachedProperties(const QString &objectType) const
{
    if (const auto *properties = m_properties.find(normalise(objectType)))
        return *properties;
    return std::nullopt;
}

std::optional<QList<ObjectSchema>> MetadataCache::cachedSchemas() const
{
    if (const auto *schemas = m_schemas.find({}))
        return *schemas;
    return std::nullopt;
}

QList<ObjectTypeChoice> MetadataCache::objectTypeChoices() const
{
    QList<ObjectTypeChoice> choices;
    for (const StandardObject &object : ObjectTypes::standard())
        choices.append({object.name, object.typeId, object.singular, object.plural, false});
    if (const auto *schemas = m_schemas.find({})) {
        for (const ObjectSchema &schema : *schemas) {
            if (!ObjectTypes::isCustomObjectId(schema.objectTypeId))
                continue;
            const QString singular =
                schema.singularLabel.isEmpty() ? schema.name : schema.singularLabel;
            const QString plural = schema.pluralLabel.isEmpty() ? singular : schema.pluralLabel;
            choices.append({schema.objectTypeId, schema.objectTypeId, singular, plural, true});
        }
    }
    return choices;
}

QString MetadataCache::ownerLabel(const QString &ownerId) const
{
    const auto *owners = m_owners.find({});
    if (!owners)
        return {};
    for (const Owner &owner : *owners) {
        if (owner.id == ownerId)
            return owner.displayName();
    }
    return {};
}

QString MetadataCache::pipelineLabel(const QString &objectType, const QString &pipelineId) const
{
    const auto *pipelines = m_pipelines.find(normalise(objectType));
    if (!pipelines)
        return {};
    for (const Pipeline &pipeline : *pipelines) {
        if (pipeline.id == pipelineId)
            return pipeline.label;
    }
    return {};
}

QString MetadataCache::stageLabel(const QString &objectType, const QString &stageId) const
{
    const auto *pipelines = m_pipelines.find(normalise(objectType));
    if (!pipelines)
        return {};
    for (const Pipeline &pipeline : *pipelines) {
        for (const PipelineStage &stage : pipeline.stages) {
            if (stage.id == stageId)
                return stage.label;
        }
    }
    return {};
}

} // namespace es
