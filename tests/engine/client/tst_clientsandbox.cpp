// End to end: HubSpotClient against the real hubspot-sandbox process, every endpoint, plus the
// faults that matter to the client (401, 500 twice, 429 with Retry-After, a start that fails
// after reaching the server).
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <hubspot/hubspotclient.h>
#include <memory>
#include <model/objectsearch.h>
#include <sandboxrunner.h>

using namespace es;
using namespace es::test;

namespace {

template<typename T>
struct Outcome
{
    bool done = false;
    ApiError error;
    T value{};
    int attempts = 0;
    bool ok() const { return done && !error.isError(); }
};

template<typename T>
Outcome<T> wait(ApiResult<T> *reply, int timeoutMs = 20000)
{
    auto out = std::make_shared<Outcome<T>>();
    reply->onFinished(reply, [out](const ApiResult<T> &r) {
        out->done = true;
        out->error = r.error();
        out->value = r.value();
        out->attempts = r.attempts();
    });
    if (!QTest::qWaitFor([&] { return out->done; }, timeoutMs))
        qWarning("reply %s did not finish in time", qPrintable(reply->operation()));
    return *out;
}

} // namespace

class TestClientSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void testConnection();
    void testConnectionTellsScopeFromNotHubSpot_data();
    void testConnectionTellsScopeFromNotHubSpot();
    void propertiesAndGroups();
    void schemasOwnersPipelines();
    void listsAllPagesByIdAndLegacyId();
    void viewExportRunsToComplete();
    void wrongTokenIsAuthError();
    void serverErrorTwiceThenSuccess();
    void rateLimitWithRetryAfter();
    void startFailingAfterArrivalIsNotRepeated();
    void validationErrorNamesTheField();
    void everyEndpointOnEachVersion_data();
    void everyEndpointOnEachVersion();
    void fallsBackOnceAndRemembers();
    void missingResourceKeepsTheVersion();
    void countMatchesSearchPaging();
    void searchRateLimitAnswersSecondly429();

private:
    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    std::unique_ptr<HubSpotClient> makeClient(const QString &token);
    std::unique_ptr<HubSpotClient> makeClientFor(const QUrl &apiBase, const QString &token);

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxRunner> m_sandbox;
    std::unique_ptr<HubSpotClient> m_client;
};

void TestClientSandbox::initTestCase()
{
    m_sandbox = std::make_unique<SandboxRunner>(QStringLiteral(ES_SANDBOX_BIN));
    // Exports finish in well under a second at this clock speed.
    QVERIFY2(m_sandbox->start({QStringLiteral("--clock-speed"), QStringLiteral("1000")}),
             qPrintable(m_sandbox->errorString()));
}

void TestClientSandbox::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestClientSandbox::init()
{
    admin("POST", QStringLiteral("/__sandbox/reset"));
    m_client = makeClient(m_sandbox->token());
}

std::unique_ptr<HubSpotClient> TestClientSandbox::makeClient(const QString &token)
{
    return makeClientFor(m_sandbox->apiBase(), token);
}

std::unique_ptr<HubSpotClient> TestClientSandbox::makeClientFor(const QUrl &apiBase,
                                                                const QString &token)
{
    ClientConfig config;
    config.apiBase = apiBase;
    config.token = token;
    config.accountId = QStringLiteral("sandbox");
    config.transferTimeoutMs = 10000;
    config.retry.baseDelayMs = 50;
    config.retry.maxDelayMs = 200;
    return std::make_unique<HubSpotClient>(&m_nam, config);
}

QJsonObject TestClientSandbox::admin(const QByteArray &verb, const QString &path,
                                     const QJsonObject &body)
{
    QUrl url = m_sandbox->apiBase();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        verb == "GET" ? m_nam.get(request)
                      : m_nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        qWarning("admin call %s timed out", qPrintable(path));
    QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void TestClientSandbox::testConnection()
{
    const auto out = wait(m_client->testConnection());
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QVERIFY(out.value.tokenAccepted);
    QVERIFY(out.value.canExport);
}

void TestClientSandbox::testConnectionTellsScopeFromNotHubSpot_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("tokenAccepted");
    QTest::addColumn<QString>("says");
    // HubSpot's 403 JSON with category MISSING_SCOPES: the token is fine, the scope is not.
    QTest::newRow("missing scope") << u"status:status=403"_qs << true << u"cannot export"_qs;
    // What a wrong base URL looks like: no HubSpot error body.
    QTest::newRow("404 empty") << u"status:status=404:nobody"_qs << false
                               << u"not the HubSpot API"_qs;
    QTest::newRow("404 html") << u"status:html=404"_qs << false << u"not the HubSpot API"_qs;
    QTest::newRow("403 empty") << u"status:status=403:nobody"_qs << false
                               << u"not the HubSpot API"_qs;
}

void TestClientSandbox::testConnectionTellsScopeFromNotHubSpot()
{
    QFETCH(QString, rule);
    QFETCH(bool, tokenAccepted);
    QFETCH(QString, says);
    admin("POST", u"/__sandbox/faults"_qs, {{u"rule"_qs, rule}});
    const auto out = wait(m_client->testConnection());
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.tokenAccepted, tokenAccepted);
    QVERIFY(!out.value.canExport);
    QVERIFY2(out.value.summary.contains(says), qPrintable(out.value.summary));
    if (tokenAccepted)
        QVERIFY(out.value.missingScopes.contains(u"crm.export"_qs));
}

void TestClientSandbox::propertiesAndGroups()
{
    const auto props = wait(m_client->properties(QStringLiteral("CONTACT")));
    QVERIFY2(props.ok(), qPrintable(props.error.userMessage()));
    QVERIFY(!props.value.isEmpty());
    const bool hasEmail = std::any_of(props.value.begin(), props.value.end(),
                                      [](const PropertyDef &p) { return p.name == u"email"; });
    QVERIFY(hasEmail);
    for (const PropertyDef &p : props.value) {
        QVERIFY(!p.label.isEmpty());
        QVERIFY(!p.typeText.isEmpty());
    }
    const auto groups = wait(m_client->propertyGroups(QStringLiteral("0-1")));
    QVERIFY2(groups.ok(), qPrintable(groups.error.userMessage()));
    QVERIFY(!groups.value.isEmpty());
}

void TestClientSandbox::schemasOwnersPipelines()
{
    const auto schemas = wait(m_client->schemas());
    QVERIFY2(schemas.ok(), qPrintable(schemas.error.userMessage()));
    QVERIFY(std::any_of(schemas.value.begin(), schemas.value.end(),
                        [](const ObjectSchema &s) { return s.objectTypeId.startsWith(u"2-"); }));
    const ObjectSchema custom =
        *std::find_if(schemas.value.begin(), schemas.value.end(),
                      [](const ObjectSchema &s) { return s.objectTypeId.startsWith(u"2-"); });
    // Custom object properties come by objectTypeId.
    const auto customProps = wait(m_client->properties(custom.objectTypeId));
    QVERIFY2(customProps.ok(), qPrintable(customProps.error.userMessage()));
    QVERIFY(!customProps.value.isEmpty());

    const auto owners = wait(m_client->owners());
    QVERIFY2(owners.ok(), qPrintable(owners.error.userMessage()));
    QVERIFY(!owners.value.isEmpty());
    QVERIFY(!owners.value.first().id.isEmpty());

    const auto pipelines = wait(m_client->pipelines(QStringLiteral("DEAL")));
    QVERIFY2(pipelines.ok(), qPrintable(pipelines.error.userMessage()));
    QVERIFY(!pipelines.value.isEmpty());
    QVERIFY(!pipelines.value.first().stages.isEmpty());
}

void TestClientSandbox::listsAllPagesByIdAndLegacyId()
{
    const QJsonArray known =
        admin("GET", QStringLiteral("/__sandbox/lists")).value(u"lists").toArray();
    QVERIFY(known.size() >= 2);

    const auto all = wait(m_client->searchLists());
    QVERIFY2(all.ok(), qPrintable(all.error.userMessage()));
    QCOMPARE(all.value.size(), known.size());

    // One list per page: the client must walk every page.
    ClientConfig config = m_client->config();
    config.listsPageSize = 1;
    HubSpotClient paged(&m_nam, config);
    const auto pages = wait(paged.searchLists());
    QVERIFY2(pages.ok(), qPrintable(pages.error.userMessage()));
    QCOMPARE(pages.value.size(), known.size());
    QVERIFY(pages.attempts >= int(known.size()));

    const QJsonObject first = known.first().toObject();
    const auto byId = wait(m_client->list(first.value(u"listId").toString()));
    QVERIFY2(byId.ok(), qPrintable(byId.error.userMessage()));
    QCOMPARE(byId.value.name, first.value(u"name").toString());

    const QString legacy = first.value(u"legacyListId").toString();
    if (!legacy.isEmpty()) {
        const auto mapped = wait(m_client->mapLegacyListId(legacy));
        QVERIFY2(mapped.ok(), qPrintable(mapped.error.userMessage()));
        QCOMPARE(mapped.value, first.value(u"listId").toString());
    }
    const auto missing = wait(m_client->list(QStringLiteral("999999999")));
    QVERIFY(missing.error.isError());
}

void TestClientSandbox::viewExportRunsToComplete()
{
    ExportRequest request;
    request.exportName = QStringLiteral("client e2e");
    request.objectType = QStringLiteral("CONTACT");
    request.objectProperties = {QStringLiteral("email"), QStringLiteral("firstname")};
    const auto started = wait(m_client->startExport(request));
    QVERIFY2(started.ok(), qPrintable(started.error.userMessage()));
    QVERIFY(!started.value.taskId.isEmpty());

    ExportStatus status;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        const auto polled = wait(m_client->exportStatus(started.value.taskId));
        QVERIFY2(polled.ok(), qPrintable(polled.error.userMessage()));
        status = polled.value;
        if (status.isFinal())
            break;
        QTest::qWait(100);
    }
    QCOMPARE(status.state, ExportStatus::State::Complete);
    QVERIFY(status.result.isValid());
    // The link lives on another origin than the API: the token must never go there.
    QVERIFY(status.result.port() != m_sandbox->apiBase().port());

    const auto info = wait(m_client->getExport(started.value.taskId));
    QVERIFY2(info.ok(), qPrintable(info.error.userMessage()));
    QCOMPARE(info.value.exportState, ExportInfo::State::Done);
    QVERIFY(info.value.recordCount > 0);
    QCOMPARE(info.value.exportName, QStringLiteral("client e2e"));

    const QJsonObject stats = admin("GET", QStringLiteral("/__sandbox/stats"));
    QCOMPARE(stats.value(u"exportsStarted").toInt(), 1);
}

void TestClientSandbox::wrongTokenIsAuthError()
{
    auto client = makeClient(QStringLiteral("not-the-token"));
    const auto out = wait(client->properties(QStringLiteral("CONTACT")));
    QCOMPARE(out.error.kind, ApiError::Kind::Auth);
    QCOMPARE(out.error.httpStatus, 401);
    QVERIFY2(out.error.userMessage().startsWith(
                 QStringLiteral("HubSpot refused the access token (INVALID_AUTHENTICATION)")),
             qPrintable(out.error.userMessage()));
    QCOMPARE(out.attempts, 1);
    const auto test = wait(client->testConnection());
    QVERIFY(test.ok());
    QVERIFY(!test.value.tokenAccepted);
}

void TestClientSandbox::serverErrorTwiceThenSuccess()
{
    admin("POST", QStringLiteral("/__sandbox/faults"),
          {{QStringLiteral("rule"), QStringLiteral("properties:status=500:count=2")}});
    const auto out = wait(m_client->properties(QStringLiteral("CONTACT")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.attempts, 3);
}

void TestClientSandbox::rateLimitWithRetryAfter()
{
    admin("POST", QStringLiteral("/__sandbox/faults"),
          {{QStringLiteral("rule"), QStringLiteral("owners:status=429:retry-after=1:count=1")}});
    QElapsedTimer clock;
    clock.start();
    const auto out = wait(m_client->owners());
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.attempts, 2);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
}

void TestClientSandbox::startFailingAfterArrivalIsNotRepeated()
{
    admin("POST", QStringLiteral("/__sandbox/faults"),
          {{QStringLiteral("rule"), QStringLiteral("start:status=500:count=1")}});
    ExportRequest request;
    request.exportName = QStringLiteral("must not repeat");
    request.objectProperties = {QStringLiteral("email")};
    const auto out = wait(m_client->startExport(request));
    QCOMPARE(out.error.kind, ApiError::Kind::StartOutcomeUnknown);
    QCOMPARE(out.attempts, 1);
    QTest::qWait(300);
    const QJsonObject stats = admin("GET", QStringLiteral("/__sandbox/stats"));
    QCOMPARE(stats.value(u"requests").toObject().value(u"start").toInt(), 1);
}

void TestClientSandbox::validationErrorNamesTheField()
{
    ExportRequest request;
    request.exportName = QStringLiteral("bad");
    request.objectProperties = {QStringLiteral("no_such_property_xyz")};
    const auto out = wait(m_client->startExport(request));
    QCOMPARE(out.error.kind, ApiError::Kind::Validation);
    QCOMPARE(out.error.httpStatus, 400);
    QVERIFY(!out.error.fieldErrors.isEmpty() || !out.error.context.isEmpty());
    QVERIFY2(out.error.userMessage().contains(QStringLiteral("no_such_property_xyz")) ||
                 out.error.userMessage().contains(QStringLiteral("objectProperties")),
             qPrintable(out.error.userMessage()));
    QCOMPARE(out.attempts, 1);
}

void TestClientSandbox::everyEndpointOnEachVersion_data()
{
    QTest::addColumn<ApiVersion>("version");
    for (ApiVersion version : ApiVersions::all())
        QTest::newRow(qPrintable(ApiVersions::name(version))) << version;
}

void TestClientSandbox::everyEndpointOnEachVersion()
{
    QFETCH(ApiVersion, version);
    m_client->setApiVersion(version);
    QSignalSpy fellBack(m_client.get(), &HubSpotClient::apiVersionFellBack);

    QVERIFY(wait(m_client->properties(u"CONTACT"_qs)).ok());
    QVERIFY(wait(m_client->propertyGroups(u"0-1"_qs)).ok());
    const auto lists = wait(m_client->searchLists());
    QVERIFY2(lists.ok(), qPrintable(lists.error.userMessage()));
    QVERIFY(!lists.value.isEmpty());
    const auto one = wait(m_client->list(lists.value.first().listId));
    QVERIFY2(one.ok(), qPrintable(one.error.userMessage()));
    QVERIFY(one.value.size >= 0);
    const QJsonArray adminLists = admin("GET", u"/__sandbox/lists"_qs).value(u"lists").toArray();
    const QJsonObject firstList = adminLists.first().toObject();
    const auto mapped =
        wait(m_client->mapLegacyListId(firstList.value(u"legacyListId").toString()));
    QVERIFY2(mapped.ok(), qPrintable(mapped.error.userMessage()));
    QCOMPARE(mapped.value, firstList.value(u"listId").toString());
    QVERIFY(!wait(m_client->schemas()).value.isEmpty());
    QVERIFY(!wait(m_client->owners()).value.isEmpty());
    QVERIFY(!wait(m_client->pipelines(u"DEAL"_qs)).value.isEmpty());
    SearchRequest leads;
    leads.filterGroups.append(
        FilterGroup{{Filter{u"lifecyclestage"_qs, FilterOperator::Eq, {}, u"lead"_qs, {}, {}}}});
    const auto page = wait(m_client->searchObjects(u"CONTACT"_qs, ObjectSearch::body(leads, 5)));
    QVERIFY2(page.ok(), qPrintable(page.error.userMessage()));
    QVERIFY(page.value.total > 5);
    QCOMPARE(page.value.results.size(), 5);
    QCOMPARE(page.value.nextAfter, u"5"_qs);

    ExportRequest request;
    request.exportName = u"on "_qs + ApiVersions::name(version);
    request.objectProperties = {u"email"_qs};
    const auto started = wait(m_client->startExport(request));
    QVERIFY2(started.ok(), qPrintable(started.error.userMessage()));
    // HubSpot's status link names the version; the client follows it as given.
    QVERIFY2(started.value.statusUrl.path().startsWith(
                 ApiVersions::root(ApiFamily::Exports, version) + u"/export/async/tasks/"),
             qPrintable(started.value.statusUrl.toString()));
    ExportStatus status;
    QVERIFY(QTest::qWaitFor(
        [&] {
            status = wait(m_client->exportStatus(started.value.taskId)).value;
            return status.isFinal();
        },
        20000));
    QCOMPARE(status.state, ExportStatus::State::Complete);
    const auto info = wait(m_client->getExport(started.value.taskId));
    QVERIFY2(info.ok(), qPrintable(info.error.userMessage()));
    QCOMPARE(info.value.exportState, ExportInfo::State::Done);

    // Every request went to the chosen version and nothing fell back.
    const QJsonObject versions = admin("GET", u"/__sandbox/stats"_qs).value(u"versions").toObject();
    QCOMPARE(versions.keys(), QStringList{ApiVersions::name(version)});
    QVERIFY(versions.value(ApiVersions::name(version)).toInt() >= 12); // one per call at least
    QCOMPARE(fellBack.count(), 0);
    QCOMPARE(m_client->apiVersion(), version);
}

void TestClientSandbox::fallsBackOnceAndRemembers()
{
    SandboxRunner older(QStringLiteral(ES_SANDBOX_BIN));
    QVERIFY2(older.start({u"--api-versions"_qs, u"2026-03,v3"_qs}),
             qPrintable(older.errorString()));
    auto client = makeClientFor(older.apiBase(), older.token());
    QCOMPARE(client->apiVersion(), ApiVersion::V2026_09); // the default: the newest
    QSignalSpy fellBack(client.get(), &HubSpotClient::apiVersionFellBack);

    // Several calls at once: each meets the 404, one switch is announced.
    int finished = 0;
    int succeeded = 0;
    const auto count = [&](const ApiReply &reply) {
        ++finished;
        succeeded += reply.isOk() ? 1 : 0;
    };
    client->properties(u"CONTACT"_qs)->onFinished(this, count);
    client->owners()->onFinished(this, count);
    QVERIFY(QTest::qWaitFor([&] { return finished == 2; }, 20000));
    QCOMPARE(succeeded, 2);
    QCOMPARE(fellBack.count(), 1);
    QCOMPARE(fellBack.first().at(0).value<ApiVersion>(), ApiVersion::V2026_09);
    QCOMPARE(fellBack.first().at(1).value<ApiVersion>(), ApiVersion::V2026_03);
    QCOMPARE(client->apiVersion(), ApiVersion::V2026_03);

    // Remembered: later calls go straight to 2026-03.
    QVERIFY(wait(client->pipelines(u"DEAL"_qs)).ok());
    QVERIFY(wait(client->schemas()).ok());
    const auto counted = wait(client->countRecords(ExportRequest{}));
    QVERIFY2(counted.ok(), qPrintable(counted.error.userMessage()));
    QVERIFY(counted.value.total > 0);
    const QJsonObject stats = older.admin("GET", u"/__sandbox/stats"_qs);
    const QJsonObject versions = stats.value(u"versions").toObject();
    QCOMPARE(versions.value(u"2026-09").toInt(), 2); // the two calls in flight, no more
    QCOMPARE(versions.value(u"2026-03").toInt(), 5);
    QCOMPARE(stats.value(u"versionNotServed").toInt(), 2);
    QCOMPARE(fellBack.count(), 1);
}

void TestClientSandbox::missingResourceKeepsTheVersion()
{
    QSignalSpy fellBack(m_client.get(), &HubSpotClient::apiVersionFellBack);
    const auto out = wait(m_client->list(u"987654321"_qs));
    QCOMPARE(out.error.kind, ApiError::Kind::NotFound);
    // Asked once more at 2026-03, which said 404 as well: the list is missing, not the version.
    QCOMPARE(fellBack.count(), 0);
    QCOMPARE(m_client->apiVersion(), ApiVersion::V2026_09);
    const QJsonObject versions = admin("GET", u"/__sandbox/stats"_qs).value(u"versions").toObject();
    QCOMPARE(versions.value(u"2026-09").toInt(), 1);
    QCOMPARE(versions.value(u"2026-03").toInt(), 1);
}

void TestClientSandbox::countMatchesSearchPaging()
{
    ExportRequest request;
    request.objectType = u"CONTACT"_qs;
    SearchRequest search;
    search.filterGroups.append(FilterGroup{
        {Filter{u"num_associated_deals"_qs, FilterOperator::Between, {}, u"1"_qs, u"3"_qs, {}}}});
    search.filterGroups.append(
        FilterGroup{{Filter{u"phone"_qs, FilterOperator::NotHasProperty, {}, {}, {}, {}}}});
    request.search = search;
    const auto count = wait(m_client->countRecords(request));
    QVERIFY2(count.ok(), qPrintable(count.error.userMessage()));
    QCOMPARE(count.value.perGroup.size(), 2);
    QVERIFY(count.value.total >= std::max(count.value.perGroup.at(0), count.value.perGroup.at(1)));
    QCOMPARE(count.value.searchBody.value(u"limit").toInt(), 1);

    // Paging with `after` through every match gives as many distinct records as the total.
    QSet<QString> ids;
    QString after = u"0"_qs;
    while (!after.isEmpty()) {
        const auto page =
            wait(m_client->searchObjects(u"CONTACT"_qs, ObjectSearch::body(search, 50, after)));
        QVERIFY2(page.ok(), qPrintable(page.error.userMessage()));
        QCOMPARE(page.value.total, count.value.total);
        for (const QJsonObject &record : page.value.results)
            ids.insert(record.value(u"id").toString());
        after = page.value.nextAfter;
    }
    QCOMPARE(qint64(ids.size()), count.value.total);
}

void TestClientSandbox::searchRateLimitAnswersSecondly429()
{
    // Eight searches at once, past the client's pacing: the sandbox answers some with HubSpot's
    // SECONDLY 429, without Retry-After. The sandbox's search limit runs on real time, so this
    // one allows a single search a second: only eight requests each more than a second apart
    // (a machine stalled for seconds between every one) could all pass. QNAM sends six at once.
    SandboxRunner strict(QStringLiteral(ES_SANDBOX_BIN));
    QVERIFY2(strict.start({QStringLiteral("--search-rate-limit"), QStringLiteral("1")}),
             qPrintable(strict.errorString()));
    QUrl url = strict.apiBase();
    url.setPath(u"/crm/objects/2026-09/contacts/search"_qs);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + strict.token().toUtf8());
        replies.append(m_nam.post(request, QJsonDocument(ObjectSearch::body({}, 1)).toJson()));
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        20000));
    int limited = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 429) {
            ++limited;
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(body.value(u"policyName").toString(), u"SECONDLY"_qs);
            QCOMPARE(body.value(u"errorType").toString(), u"RATE_LIMIT"_qs);
            QCOMPARE(body.value(u"message").toString(),
                     u"You have reached your secondly limit."_qs);
            QVERIFY(!reply->hasRawHeader("Retry-After"));
        } else {
            QCOMPARE(status, 200);
        }
        reply->deleteLater();
    }
    QVERIFY2(limited >= 1, "eight searches at once, one a second allowed, and none was refused");
}

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_clientsandbox.moc"
