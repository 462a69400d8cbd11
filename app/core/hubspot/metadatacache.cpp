#include "metadatacache.h"

#include "hubspotclient.h"

#include <QTimer>
#include <model/objecttype.h>

namespace es {

namespace {

ApiError noClient()
{
    return ApiError::network(QStringLiteral("no HubSpot account is selected"));
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
    m_schemas.reset();
    m_lists.clear();
    m_owners.reset();
    m_pipelines.clear();
    m_pendingProperties.clear();
    m_pendingGroups.clear();
    m_pendingPipelines.clear();
    m_pendingLists.clear();
    m_pendingSchemas = false;
    m_pendingOwners = false;
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

void MetadataCache::requestProperties(const QString &objectType, bool refresh)
{
    const QString key = normalise(objectType);
    if (!refresh) {
        const auto it = m_properties.constFind(key);
        if (it != m_properties.constEnd() && fresh(it->fetchedAt)) {
            const QList<PropertyDef> value = it->value;
            deliverLater([this, objectType, value] { emit propertiesReady(objectType, value); });
            return;
        }
    }
    QStringList &spellings = m_pendingProperties[key];
    const bool inFlight = !spellings.isEmpty();
    if (!spellings.contains(objectType))
        spellings.append(objectType);
    if (inFlight)
        return;
    if (!m_client) {
        m_pendingProperties.remove(key);
        deliverLater(
            [this, objectType] { emit failed(Topic::Properties, objectType, noClient()); });
        return;
    }
    const quint64 generation = m_generation;
    m_client->properties(objectType)
        ->onFinished(this, [this, key, generation](const ApiResult<QList<PropertyDef>> &reply) {
            if (generation != m_generation)
                return;
            const QStringList callers = m_pendingProperties.take(key);
            if (reply.isOk())
                m_properties.insert(key, {reply.value(), QDateTime::currentDateTimeUtc()});
            for (const QString &caller : callers) {
                if (reply.isOk())
                    emit propertiesReady(caller, reply.value());
                else
                    emit failed(Topic::Properties, caller, reply.error());
            }
        });
}

void MetadataCache::requestPropertyGroups(const QString &objectType, bool refresh)
{
    const QString key = normalise(objectType);
    if (!refresh) {
        const auto it = m_groups.constFind(key);
        if (it != m_groups.constEnd() && fresh(it->fetchedAt)) {
            const QList<PropertyGroup> value = it->value;
            deliverLater(
                [this, objectType, value] { emit propertyGroupsReady(objectType, value); });
            return;
        }
    }
    QStringList &spellings = m_pendingGroups[key];
    const bool inFlight = !spellings.isEmpty();
    if (!spellings.contains(objectType))
        spellings.append(objectType);
    if (inFlight)
        return;
    if (!m_client) {
        m_pendingGroups.remove(key);
        deliverLater(
            [this, objectType] { emit failed(Topic::PropertyGroups, objectType, noClient()); });
        return;
    }
    const quint64 generation = m_generation;
    m_client->propertyGroups(objectType)
        ->onFinished(this, [this, key, generation](const ApiResult<QList<PropertyGroup>> &reply) {
            if (generation != m_generation)
                return;
            const QStringList callers = m_pendingGroups.take(key);
            if (reply.isOk())
                m_groups.insert(key, {reply.value(), QDateTime::currentDateTimeUtc()});
            for (const QString &caller : callers) {
                if (reply.isOk())
                    emit propertyGroupsReady(caller, reply.value());
                else
                    emit failed(Topic::PropertyGroups, caller, reply.error());
            }
        });
}

void MetadataCache::requestSchemas(bool refresh)
{
    if (!refresh && m_schemas && fresh(m_schemas->fetchedAt)) {
        const QList<ObjectSchema> value = m_schemas->value;
        deliverLater([this, value] { emit schemasReady(value); });
        return;
    }
    if (m_pendingSchemas)
        return;
    if (!m_client) {
        deliverLater([this] {
            emit failed(Topic::Schemas, {}, noClient());
            if (std::exchange(m_wantObjectTypes, false))
                emit objectTypesReady(objectTypeChoices());
        });
        return;
    }
    m_pendingSchemas = true;
    const quint64 generation = m_generation;
    m_client->schemas()->onFinished(this, [this, generation](
                                              const ApiResult<QList<ObjectSchema>> &reply) {
        if (generation != m_generation)
            return;
        m_pendingSchemas = false;
        if (reply.isOk()) {
            m_schemas = Entry<QList<ObjectSchema>>{reply.value(), QDateTime::currentDateTimeUtc()};
            emit schemasReady(reply.value());
        } else {
            emit failed(Topic::Schemas, {}, reply.error());
        }
        // The picker still works without custom objects.
        if (std::exchange(m_wantObjectTypes, false))
            emit objectTypesReady(objectTypeChoices());
    });
}

void MetadataCache::requestObjectTypes(bool refresh)
{
    if (!refresh && m_schemas && fresh(m_schemas->fetchedAt)) {
        deliverLater([this] { emit objectTypesReady(objectTypeChoices()); });
        return;
    }
    m_wantObjectTypes = true;
    requestSchemas(refresh);
}

void MetadataCache::requestLists(const QString &query, const QString &objectTypeId, bool refresh)
{
    const QString key = listsKey(query, objectTypeId);
    if (!refresh) {
        const auto it = m_lists.constFind(key);
        if (it != m_lists.constEnd() && fresh(it->fetchedAt)) {
            const QList<ListInfo> value = it->value;
            deliverLater([this, query, objectTypeId, value] {
                emit listsReady(query, objectTypeId, value);
            });
            return;
        }
    }
    if (m_pendingLists.contains(key))
        return;
    if (!m_client) {
        deliverLater([this, key] { emit failed(Topic::Lists, key, noClient()); });
        return;
    }
    m_pendingLists.insert(key);
    const quint64 generation = m_generation;
    m_client->searchLists(query, objectTypeId)
        ->onFinished(this, [this, key, query, objectTypeId,
                            generation](const ApiResult<QList<ListInfo>> &reply) {
            if (generation != m_generation)
                return;
            m_pendingLists.remove(key);
            if (reply.isOk()) {
                m_lists.insert(key, {reply.value(), QDateTime::currentDateTimeUtc()});
                emit listsReady(query, objectTypeId, reply.value());
            } else {
                emit failed(Topic::Lists, key, reply.error());
            }
        });
}

void MetadataCache::requestOwners(bool refresh)
{
    if (!refresh && m_owners && fresh(m_owners->fetchedAt)) {
        const QList<Owner> value = m_owners->value;
        deliverLater([this, value] { emit ownersReady(value); });
        return;
    }
    if (m_pendingOwners)
        return;
    if (!m_client) {
        deliverLater([this] { emit failed(Topic::Owners, {}, noClient()); });
        return;
    }
    m_pendingOwners = true;
    const quint64 generation = m_generation;
    m_client->owners()->onFinished(this, [this, generation](const ApiResult<QList<Owner>> &reply) {
        if (generation != m_generation)
            return;
        m_pendingOwners = false;
        if (reply.isOk()) {
            m_owners = Entry<QList<Owner>>{reply.value(), QDateTime::currentDateTimeUtc()};
            emit ownersReady(reply.value());
        } else {
            emit failed(Topic::Owners, {}, reply.error());
        }
    });
}

void MetadataCache::requestPipelines(const QString &objectType, bool refresh)
{
    const QString key = normalise(objectType);
    if (!refresh) {
        const auto it = m_pipelines.constFind(key);
        if (it != m_pipelines.constEnd() && fresh(it->fetchedAt)) {
            const QList<Pipeline> value = it->value;
            deliverLater([this, objectType, value] { emit pipelinesReady(objectType, value); });
            return;
        }
    }
    QStringList &spellings = m_pendingPipelines[key];
    const bool inFlight = !spellings.isEmpty();
    if (!spellings.contains(objectType))
        spellings.append(objectType);
    if (inFlight)
        return;
    if (!m_client) {
        m_pendingPipelines.remove(key);
        deliverLater([this, objectType] { emit failed(Topic::Pipelines, objectType, noClient()); });
        return;
    }
    const quint64 generation = m_generation;
    m_client->pipelines(objectType)
        ->onFinished(this, [this, key, generation](const ApiResult<QList<Pipeline>> &reply) {
            if (generation != m_generation)
                return;
            const QStringList callers = m_pendingPipelines.take(key);
            if (reply.isOk())
                m_pipelines.insert(key, {reply.value(), QDateTime::currentDateTimeUtc()});
            for (const QString &caller : callers) {
                if (reply.isOk())
                    emit pipelinesReady(caller, reply.value());
                else
                    emit failed(Topic::Pipelines, caller, reply.error());
            }
        });
}

std::optional<QList<PropertyDef>> MetadataCache::cachedProperties(const QString &objectType) const
{
    const auto it = m_properties.constFind(normalise(objectType));
    if (it == m_properties.constEnd())
        return std::nullopt;
    return it->value;
}

std::optional<QList<ObjectSchema>> MetadataCache::cachedSchemas() const
{
    if (!m_schemas)
        return std::nullopt;
    return m_schemas->value;
}

QList<ObjectTypeChoice> MetadataCache::objectTypeChoices() const
{
    QList<ObjectTypeChoice> choices;
    for (const StandardObject &object : ObjectTypes::standard())
        choices.append({object.name, object.typeId, object.singular, object.plural, false});
    if (m_schemas) {
        for (const ObjectSchema &schema : m_schemas->value) {
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
    if (!m_owners)
        return {};
    for (const Owner &owner : m_owners->value) {
        if (owner.id == ownerId)
            return owner.displayName();
    }
    return {};
}

QString MetadataCache::pipelineLabel(const QString &objectType, const QString &pipelineId) const
{
    const auto it = m_pipelines.constFind(normalise(objectType));
    if (it == m_pipelines.constEnd())
        return {};
    for (const Pipeline &pipeline : it->value) {
        if (pipeline.id == pipelineId)
            return pipeline.label;
    }
    return {};
}

QString MetadataCache::stageLabel(const QString &objectType, const QString &stageId) const
{
    const auto it = m_pipelines.constFind(normalise(objectType));
    if (it == m_pipelines.constEnd())
        return {};
    for (const Pipeline &pipeline : it->value) {
        for (const PipelineStage &stage : pipeline.stages) {
            if (stage.id == stageId)
                return stage.label;
        }
    }
    return {};
}

} // namespace es
