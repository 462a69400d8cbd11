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

private:
    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    std::unique_ptr<HubSpotClient> makeClient(const QString &token);

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
    ClientConfig config;
    config.apiBase = m_sandbox->apiBase();
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

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_clientsandbox.moc"
