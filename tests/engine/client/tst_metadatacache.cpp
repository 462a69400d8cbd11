// MetadataCache: one network call per key while fresh, shared in-flight calls, account switch,
// object picker choices and value labels.
#include <QSignalSpy>
#include <QTest>
#include <fakenetworkaccessmanager.h>
#include <hubspot/hubspotclient.h>
#include <hubspot/metadatacache.h>
#include <memory>

using namespace es;
using namespace es::test;

namespace {

FakeResponse props()
{
    return FakeResponse::json(200,
                              R"({"results":[{"name":"email","label":"Email","type":"string"}]})");
}

} // namespace

class TestMetadataCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void propertiesAreCachedPerObjectType();
    void concurrentRequestsShareOneCall();
    void refreshAndMaxAge();
    void failureIsReportedAndNotCached();
    void objectTypesIncludeCustomObjects();
    void objectTypesSurviveSchemaFailure();
    void ownerAndStageLabels();
    void listsAreCachedPerQuery();
    void switchingClientDropsEverything();
    // Every topic goes through one request path: these pin what each topic inherits from it.
    void everyTopicFailsWithoutClient();
    void everyTopicSharesInFlightCalls();
    void groupsAndPipelinesAreCachedByTypeId();

private:
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<HubSpotClient> m_client;
    std::unique_ptr<MetadataCache> m_cache;
};

void TestMetadataCache::init()
{
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    ClientConfig config;
    config.apiBase = QUrl(QStringLiteral("https://api.test.invalid"));
    config.token = QStringLiteral("t0ken");
    config.apiVersion = ApiVersion::V3; // the routes below are v3 paths
    config.retry = RetryPolicy::none();
    m_client = std::make_unique<HubSpotClient>(m_nam.get(), config);
    m_cache = std::make_unique<MetadataCache>(m_client.get());
}

void TestMetadataCache::cleanup()
{
    m_cache.reset();
    m_client.reset();
    m_nam.reset();
}

void TestMetadataCache::propertiesAreCachedPerObjectType()
{
    m_nam->route("GET", QStringLiteral("/crm/v3/properties/0-1"), props());
    QSignalSpy ready(m_cache.get(), &MetadataCache::propertiesReady);
    m_cache->requestProperties(QStringLiteral("CONTACT"));
    QVERIFY(ready.wait(3000));
    QCOMPARE(ready.last().at(0).toString(), QStringLiteral("CONTACT"));
    QCOMPARE(ready.last().at(1).value<QList<PropertyDef>>().size(), 1);
    QVERIFY(m_cache->cachedProperties(QStringLiteral("0-1")).has_value());

    // Same object by id: from the cache, still asynchronous.
    m_cache->requestProperties(QStringLiteral("0-1"));
    QCOMPARE(ready.count(), 1);
    QVERIFY(ready.wait(1000));
    QCOMPARE(ready.last().at(0).toString(), QStringLiteral("0-1"));
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestMetadataCache::concurrentRequestsShareOneCall()
{
    m_nam->route("GET", QStringLiteral("/crm/v3/properties/0-1"), props().withDelay(50));
    QSignalSpy ready(m_cache.get(), &MetadataCache::propertiesReady);
    m_cache->requestProperties(QStringLiteral("CONTACT"));
    m_cache->requestProperties(QStringLiteral("contact"));
    m_cache->requestProperties(QStringLiteral("CONTACT"));
    QTRY_COMPARE(ready.count(), 2); // one per spelling
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestMetadataCache::refreshAndMaxAge()
{
    m_nam->route("GET", QStringLiteral("/crm/v3/properties/0-2"), props());
    QSignalSpy ready(m_cache.get(), &MetadataCache::propertiesReady);
    m_cache->requestProperties(QStringLiteral("COMPANY"));
    QTRY_COMPARE(ready.count(), 1);
    m_cache->requestProperties(QStringLiteral("COMPANY"), true);
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(m_nam->requests().size(), 2);
    m_cache->setMaxAgeSeconds(0);
    m_cache->requestProperties(QStringLiteral("COMPANY"));
    QTRY_COMPARE(ready.count(), 3);
    QCOMPARE(m_nam->requests().size(), 3);
}

void TestMetadataCache::failureIsReportedAndNotCached()
{
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/properties/0-3"),
        {FakeResponse::hubspotError(403, QStringLiteral("MISSING_SCOPES"), QStringLiteral("x")),
         props()});
    QSignalSpy failed(m_cache.get(), &MetadataCache::failed);
    QSignalSpy ready(m_cache.get(), &MetadataCache::propertiesReady);
    m_cache->requestProperties(QStringLiteral("DEAL"));
    QVERIFY(failed.wait(3000));
    QCOMPARE(failed.last().at(0).value<MetadataCache::Topic>(), MetadataCache::Topic::Properties);
    QCOMPARE(failed.last().at(1).toString(), QStringLiteral("DEAL"));
    QCOMPARE(failed.last().at(2).value<ApiError>().kind, ApiError::Kind::MissingScopes);
    QVERIFY(!m_cache->cachedProperties(QStringLiteral("DEAL")).has_value());
    m_cache->requestProperties(QStringLiteral("DEAL"));
    QVERIFY(ready.wait(3000));
    QCOMPARE(m_nam->requests().size(), 2);
}

void TestMetadataCache::objectTypesIncludeCustomObjects()
{
    m_nam->route(
        "GET", QStringLiteral("/crm-object-schemas/v3/schemas"),
        FakeResponse::json(
            200,
            R"({"results":[{"objectTypeId":"2-777","name":"pets","labels":{"singular":"Pet","plural":"Pets"}}]})"));
    QSignalSpy ready(m_cache.get(), &MetadataCache::objectTypesReady);
    m_cache->requestObjectTypes();
    QVERIFY(ready.wait(3000));
    const auto choices = ready.last().at(0).value<QList<ObjectTypeChoice>>();
    QVERIFY(choices.size() > 4);
    QCOMPARE(choices.first().objectType, QStringLiteral("CONTACT"));
    QCOMPARE(choices.last().objectType, QStringLiteral("2-777"));
    QCOMPARE(choices.last().pluralLabel, QStringLiteral("Pets"));
    QVERIFY(choices.last().custom);
    m_cache->requestObjectTypes();
    QVERIFY(ready.wait(1000));
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestMetadataCache::objectTypesSurviveSchemaFailure()
{
    m_nam->route(
        "GET", QStringLiteral("/crm-object-schemas/v3/schemas"),
        FakeResponse::hubspotError(403, QStringLiteral("MISSING_SCOPES"), QStringLiteral("x")));
    QSignalSpy ready(m_cache.get(), &MetadataCache::objectTypesReady);
    QSignalSpy failed(m_cache.get(), &MetadataCache::failed);
    m_cache->requestObjectTypes();
    QVERIFY(ready.wait(3000));
    QCOMPARE(failed.count(), 1);
    const auto choices = ready.last().at(0).value<QList<ObjectTypeChoice>>();
    QVERIFY(!choices.isEmpty());
    for (const auto &c : choices)
        QVERIFY(!c.custom);
}

void TestMetadataCache::ownerAndStageLabels()
{
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/owners"),
        FakeResponse::json(
            200,
            R"({"results":[{"id":"31","email":"jo@x.com","firstName":"Jo","lastName":"Ng"}]})"));
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/pipelines/0-3"),
        FakeResponse::json(
            200,
            R"({"results":[{"id":"default","label":"Sales","stages":[{"id":"closedwon","label":"Closed won"}]}]})"));
    QSignalSpy owners(m_cache.get(), &MetadataCache::ownersReady);
    QSignalSpy pipelines(m_cache.get(), &MetadataCache::pipelinesReady);
    QCOMPARE(m_cache->ownerLabel(QStringLiteral("31")), QString());
    m_cache->requestOwners();
    m_cache->requestPipelines(QStringLiteral("DEAL"));
    QTRY_COMPARE(owners.count(), 1);
    QTRY_COMPARE(pipelines.count(), 1);
    QCOMPARE(m_cache->ownerLabel(QStringLiteral("31")), QStringLiteral("Jo Ng (jo@x.com)"));
    QCOMPARE(m_cache->stageLabel(QStringLiteral("0-3"), QStringLiteral("closedwon")),
             QStringLiteral("Closed won"));
    QCOMPARE(m_cache->pipelineLabel(QStringLiteral("DEAL"), QStringLiteral("default")),
             QStringLiteral("Sales"));
    QCOMPARE(m_cache->stageLabel(QStringLiteral("DEAL"), QStringLiteral("nope")), QString());
}

void TestMetadataCache::listsAreCachedPerQuery()
{
    m_nam->route(
        "POST", QStringLiteral("/crm/v3/lists/search"),
        FakeResponse::json(
            200, R"({"lists":[{"listId":"1","name":"A"}],"offset":1,"hasMore":false,"total":1})"));
    QSignalSpy ready(m_cache.get(), &MetadataCache::listsReady);
    m_cache->requestLists(QStringLiteral("A"), QStringLiteral("0-1"));
    QVERIFY(ready.wait(3000));
    m_cache->requestLists(QStringLiteral("A"), QStringLiteral("0-1"));
    QVERIFY(ready.wait(1000));
    m_cache->requestLists(QStringLiteral("B"), QStringLiteral("0-1"));
    QVERIFY(ready.wait(3000));
    QCOMPARE(ready.last().at(0).toString(), QStringLiteral("B"));
    QCOMPARE(m_nam->requests().size(), 2);
}

void TestMetadataCache::switchingClientDropsEverything()
{
    m_nam->route("GET", QStringLiteral("/crm/v3/properties/0-1"), props().withDelay(100));
    QSignalSpy ready(m_cache.get(), &MetadataCache::propertiesReady);
    m_cache->requestProperties(QStringLiteral("CONTACT"));
    // Switch account while the answer is on its way: the old answer must not land.
    ClientConfig other;
    other.apiBase = QUrl(QStringLiteral("https://api.other.invalid"));
    other.apiVersion = ApiVersion::V3;
    HubSpotClient second(m_nam.get(), other);
    m_cache->setClient(&second);
    QTest::qWait(300);
    QCOMPARE(ready.count(), 0);
    QVERIFY(!m_cache->cachedProperties(QStringLiteral("CONTACT")).has_value());
    m_cache->setClient(nullptr);
}

void TestMetadataCache::everyTopicFailsWithoutClient()
{
    m_cache->setClient(nullptr);
    QSignalSpy failed(m_cache.get(), &MetadataCache::failed);
    QSignalSpy objectTypes(m_cache.get(), &MetadataCache::objectTypesReady);
    m_cache->requestProperties(QStringLiteral("CONTACT"));
    m_cache->requestPropertyGroups(QStringLiteral("COMPANY"));
    m_cache->requestObjectTypes();
    m_cache->requestLists(QStringLiteral("q"), QStringLiteral("0-1"));
    m_cache->requestOwners();
    m_cache->requestPipelines(QStringLiteral("DEAL"));
    QCOMPARE(failed.count(), 0); // from the event loop, like a network answer
    QTRY_COMPARE(failed.count(), 6);
    QHash<MetadataCache::Topic, QString> keys;
    for (const QList<QVariant> &args : std::as_const(failed)) {
        keys.insert(args.at(0).value<MetadataCache::Topic>(), args.at(1).toString());
        const auto error = args.at(2).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.userMessage().contains(QStringLiteral("no HubSpot account is selected")),
                 qPrintable(error.userMessage()));
    }
    QCOMPARE(keys.value(MetadataCache::Topic::Properties), QStringLiteral("CONTACT"));
    QCOMPARE(keys.value(MetadataCache::Topic::PropertyGroups), QStringLiteral("COMPANY"));
    QCOMPARE(keys.value(MetadataCache::Topic::Lists), QStringLiteral("q|0-1"));
    QCOMPARE(keys.value(MetadataCache::Topic::Pipelines), QStringLiteral("DEAL"));
    QVERIFY(keys.contains(MetadataCache::Topic::Schemas));
    QVERIFY(keys.value(MetadataCache::Topic::Owners).isEmpty());
    // The picker still gets the standard objects.
    QCOMPARE(objectTypes.count(), 1);
    QVERIFY(!objectTypes.last().at(0).value<QList<ObjectTypeChoice>>().isEmpty());
    // Nothing stays pending: with a client again, each topic really asks.
    m_cache->setClient(m_client.get());
    m_nam->route("GET", QStringLiteral("/crm/v3/owners"),
                 FakeResponse::json(200, R"({"results":[]})"));
    QSignalSpy owners(m_cache.get(), &MetadataCache::ownersReady);
    m_cache->requestOwners();
    QVERIFY(owners.wait(3000));
}

void TestMetadataCache::everyTopicSharesInFlightCalls()
{
    m_nam->route("GET", QStringLiteral("/crm/v3/owners"),
                 FakeResponse::json(200, R"({"results":[{"id":"1"}]})").withDelay(50));
    m_nam->route("GET", QStringLiteral("/crm/v3/pipelines/0-3"),
                 FakeResponse::json(200, R"({"results":[{"id":"p"}]})").withDelay(50));
    m_nam->route("POST", QStringLiteral("/crm/v3/lists/search"),
                 FakeResponse::json(200, R"({"lists":[],"hasMore":false})").withDelay(50));
    m_nam->route("GET", QStringLiteral("/crm-object-schemas/v3/schemas"),
                 FakeResponse::json(200, R"({"results":[]})").withDelay(50));
    QSignalSpy owners(m_cache.get(), &MetadataCache::ownersReady);
    QSignalSpy pipelines(m_cache.get(), &MetadataCache::pipelinesReady);
    QSignalSpy lists(m_cache.get(), &MetadataCache::listsReady);
    QSignalSpy schemas(m_cache.get(), &MetadataCache::schemasReady);
    QSignalSpy objectTypes(m_cache.get(), &MetadataCache::objectTypesReady);
    for (int i = 0; i < 2; ++i) {
        m_cache->requestOwners();
        m_cache->requestPipelines(QStringLiteral("DEAL"));
        m_cache->requestPipelines(QStringLiteral("0-3"));
        m_cache->requestLists(QStringLiteral("x"), QStringLiteral("0-1"));
        m_cache->requestObjectTypes();
    }
    QTRY_COMPARE(objectTypes.count(), 1);
    QTRY_COMPARE(pipelines.count(), 2); // one per spelling
    QTRY_COMPARE(owners.count(), 1);
    QTRY_COMPARE(lists.count(), 1);
    QCOMPARE(schemas.count(), 1);
    QCOMPARE(m_nam->requests().size(), 4);
    QTest::qWait(100);
    QCOMPARE(owners.count(), 1);
    QCOMPARE(lists.count(), 1);
    QCOMPARE(QSet<QString>({pipelines.at(0).at(0).toString(), pipelines.at(1).at(0).toString()}),
             QSet<QString>({QStringLiteral("DEAL"), QStringLiteral("0-3")}));
}

void TestMetadataCache::groupsAndPipelinesAreCachedByTypeId()
{
    m_nam->route("GET", QStringLiteral("/crm/v3/properties/0-2/groups"),
                 FakeResponse::json(200, R"({"results":[{"name":"info","label":"Info"}]})"));
    m_nam->route("GET", QStringLiteral("/crm/v3/pipelines/0-5"),
                 FakeResponse::json(200, R"({"results":[{"id":"t","label":"Support"}]})"));
    QSignalSpy groups(m_cache.get(), &MetadataCache::propertyGroupsReady);
    QSignalSpy pipelines(m_cache.get(), &MetadataCache::pipelinesReady);
    m_cache->requestPropertyGroups(QStringLiteral("COMPANY"));
    m_cache->requestPipelines(QStringLiteral("TICKET"));
    QTRY_COMPARE(groups.count(), 1);
    QTRY_COMPARE(pipelines.count(), 1);
    m_cache->requestPropertyGroups(QStringLiteral("0-2"));
    m_cache->requestPipelines(QStringLiteral("0-5"));
    QCOMPARE(groups.count(), 1); // cached answers come from the event loop too
    QTRY_COMPARE(groups.count(), 2);
    QTRY_COMPARE(pipelines.count(), 2);
    QCOMPARE(groups.last().at(0).toString(), QStringLiteral("0-2"));
    QCOMPARE(groups.last().at(1).value<QList<PropertyGroup>>().value(0).label,
             QStringLiteral("Info"));
    QCOMPARE(pipelines.last().at(0).toString(), QStringLiteral("0-5"));
    QCOMPARE(m_cache->pipelineLabel(QStringLiteral("TICKET"), QStringLiteral("t")),
             QStringLiteral("Support"));
    QCOMPARE(m_nam->requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestMetadataCache)
#include "tst_metadatacache.moc"
