#pragma once

#include "apierror.h"
#include "metadata.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>

namespace es {

class HubSpotClient;

// Caches the metadata the wizard shows (properties, groups, custom objects, lists, owners,
// pipelines) for one account, so that paging back and forth through the wizard does not spend
// the account's rate limit. A request is answered from the cache when it is fresh (from the event
// loop, like a network answer); concurrent requests for the same key share one call.
//
// Keys: object types are normalised to their objectTypeId ("CONTACT" and "0-1" share an entry),
// but signals carry the object type exactly as the caller passed it.
class MetadataCache : public QObject
{
    Q_OBJECT

public:
    enum class Topic
    {
        Properties,
        PropertyGroups,
        Schemas,
        Lists,
        Owners,
        Pipelines
    };
    Q_ENUM(Topic)

    explicit MetadataCache(HubSpotClient *client, QObject *parent = nullptr);
    ~MetadataCache() override;

    // Switching account drops everything cached for the previous one.
    void setClient(HubSpotClient *client);
    HubSpotClient *client() const { return m_client; }
    // Entries older than this are fetched again (default 10 minutes); 0 = never reuse.
    void setMaxAgeSeconds(int seconds) { m_maxAgeSeconds = seconds; }
    void clear();

    // Each request ends with its *Ready signal or with failed(topic, key, error).
    void requestProperties(const QString &objectType, bool refresh = false);
    void requestPropertyGroups(const QString &objectType, bool refresh = false);
    void requestSchemas(bool refresh = false);
    // Standard objects at once plus the custom ones from the schemas; emits objectTypesReady.
    void requestObjectTypes(bool refresh = false);
    void requestLists(const QString &query, const QString &objectTypeId, bool refresh = false);
    void requestOwners(bool refresh = false);
    void requestPipelines(const QString &objectType, bool refresh = false);

    // Synchronous reads of what is cached (no request).
    std::optional<QList<PropertyDef>> cachedProperties(const QString &objectType) const;
    std::optional<QList<ObjectSchema>> cachedSchemas() const;
    // Standard objects, plus custom objects once the schemas are known.
    QList<ObjectTypeChoice> objectTypeChoices() const;
    // Labels for raw values: "Jane Doe (jane@x.com)" for an owner id; a deal stage's label.
    // Empty when unknown (not cached yet).
    QString ownerLabel(const QString &ownerId) const;
    QString pipelineLabel(const QString &objectType, const QString &pipelineId) const;
    QString stageLabel(const QString &objectType, const QString &stageId) const;

signals:
    void propertiesReady(const QString &objectType, const QList<es::PropertyDef> &properties);
    void propertyGroupsReady(const QString &objectType, const QList<es::PropertyGroup> &groups);
    void schemasReady(const QList<es::ObjectSchema> &schemas);
    void objectTypesReady(const QList<es::ObjectTypeChoice> &choices);
    void listsReady(const QString &query, const QString &objectTypeId,
                    const QList<es::ListInfo> &lists);
    void ownersReady(const QList<es::Owner> &owners);
    void pipelinesReady(const QString &objectType, const QList<es::Pipeline> &pipelines);
    // `key` is the object type (Properties, PropertyGroups, Pipelines), "query|objectTypeId"
    // (Lists) or empty (Schemas, Owners).
    void failed(es::MetadataCache::Topic topic, const QString &key, const es::ApiError &error);

private:
    template<typename T>
    struct Entry
    {
        T value;
        QDateTime fetchedAt;
    };

    // One topic's cache and in-flight calls, by normalised key (empty for Schemas and Owners).
    // A pending key lists the spellings callers used: each gets its own signal.
    template<typename T>
    struct Slot
    {
        QHash<QString, Entry<T>> entries;
        QHash<QString, QStringList> pending;

        const T *find(const QString &key) const;
        void clear()
        {
            entries.clear();
            pending.clear();
        }
    };

    // The one cached-request path behind every request*(): a fresh entry is answered from the
    // event loop; otherwise `fetch()` (an ApiResult<T>*) is called once per key however many
    // callers join. `ready(caller, value)` or failed(topic, caller, error) goes to each caller,
    // then `settled()` runs once (also without a client).
    template<typename T, typename Fetch, typename Ready>
    void request(Topic topic, Slot<T> &slot, const QString &key, const QString &caller,
                 bool refresh, Fetch fetch, Ready ready, const std::function<void()> &settled = {});

    bool fresh(const QDateTime &fetchedAt) const;
    static QString normalise(const QString &objectType);
    void deliverLater(std::function<void()> fn);
    void emitObjectTypesIfWanted();

    QPointer<HubSpotClient> m_client;
    int m_maxAgeSeconds = 600;
    quint64 m_generation = 0; // bumped on clear(): answers from an older account are dropped

    Slot<QList<PropertyDef>> m_properties;
    Slot<QList<PropertyGroup>> m_groups;
    Slot<QList<ObjectSchema>> m_schemas;
    Slot<QList<ListInfo>> m_lists;
    Slot<QList<Owner>> m_owners;
    Slot<QList<Pipeline>> m_pipelines;
    bool m_wantObjectTypes = false;
};

} // namespace es

Q_DECLARE_METATYPE(es::PropertyDef)
Q_DECLARE_METATYPE(es::ObjectTypeChoice)
