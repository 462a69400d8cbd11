// HubSpotClient against the scripted network: shapes, errors, retries, throttling, paging,
// the start-export rule, origin and TLS rules, and log redaction.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <fakenetworkaccessmanager.h>
#include <hubspot/hubspotclient.h>
#include <logcapture.h>
#include <memory>

using namespace es;
using namespace es::test;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QString Token = QStringLiteral("pat-na1-0123-SECRET-TOKEN-4567");
const QString Api = QStringLiteral("https://api.test.invalid");
const QString StartPath = QStringLiteral("/crm/v3/exports/export/async");
const QString PropertiesPath = QStringLiteral("/crm/v3/properties/0-1");

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
Outcome<T> wait(ApiResult<T> *reply, int timeoutMs = 10000)
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

ExportRequest sampleRequest()
{
    ExportRequest r;
    r.exportName = QStringLiteral("Contacts Q1");
    r.objectType = QStringLiteral("CONTACT");
    r.objectProperties = {QStringLiteral("email"), QStringLiteral("firstname")};
    return r;
}

FakeResponse properties(const QList<RawHeader> &headers = {})
{
    return FakeResponse::json(
        200,
        R"({"results":[{"name":"email","label":"Email","type":"string","fieldType":"text","groupName":"contactinformation","description":"","options":[]},
                       {"name":"lifecyclestage","label":"Lifecycle stage","type":"enumeration","fieldType":"select","groupName":"contactinformation","description":"",
                        "options":[{"label":"Lead","value":"lead","displayOrder":1,"hidden":false}]}]})",
        headers);
}

} // namespace

class TestHubSpotClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startExportSendsSpecBody();
    void statusParsing_data();
    void statusParsing();
    void getExport();
    void propertiesAndGroups();
    void errorsAreNotRetried_data();
    void errorsAreNotRetried();
    void rateLimitedWithRetryAfter();
    void rateLimitedWithoutRetryAfterUsesInterval();
    void dailyLimitIsNotRetried();
    void serverErrorTwiceThenSuccess();
    void htmlErrorPageThenSuccess();
    void invalidJsonSuccessBody();
    void timeoutIsRetriedThenReported();
    void droppedConnectionIsRetried();
    void answerCutShortWithoutErrorIsRetried();
    void startNeverRepeatedAfterServerError();
    void startNeverRepeatedAfterTimeout();
    void startNeverRepeatedAfterDroppedConnection();
    void startRetriedWhenNothingStarted();
    void throttleWaitsWhenRemainingIsZero();
    void rateLimitStateIsPublished();
    void listsFollowOffsetPaging();
    void ownersFollowAfterPaging();
    void listByIdAndLegacyMapping();
    void schemasFallBackOn404();
    void pipelines();
    void redirectIsNotFollowed();
    void plainHttpRefusedExceptLoopback_data();
    void plainHttpRefusedExceptLoopback();
    void cancelAbortsTheRequest();
    void cancelDuringRetryWait();
    void finishedIsNeverSynchronous();
    void testConnection_data();
    void testConnection();
    void testConnectionTellsNotHubSpot_data();
    void testConnectionTellsNotHubSpot();
    void tokenAndLinksNeverLogged();
    void tlsFailureIsNotRetried();
    void emptyIdIsRefusedLocally();

private:
    HubSpotClient *makeClient(const QString &base = Api);

    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<HubSpotClient> m_client;
    ClientConfig m_config;
};

void TestHubSpotClient::init()
{
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    m_config = ClientConfig{};
    m_config.apiBase = QUrl(Api);
    m_config.token = Token;
    m_config.accountId = QStringLiteral("portal-1");
    // The scripted routes are the legacy v3 paths; the versions have their own cases.
    m_config.apiVersion = ApiVersion::V3;
    m_config.transferTimeoutMs = 3000;
    m_config.retry.baseDelayMs = 10;
    m_config.retry.maxDelayMs = 40;
    m_config.retry.jitter = 0;
    makeClient();
}

void TestHubSpotClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
}

HubSpotClient *TestHubSpotClient::makeClient(const QString &base)
{
    m_config.apiBase = QUrl(base);
    m_client = std::make_unique<HubSpotClient>(m_nam.get(), m_config);
    return m_client.get();
}

void TestHubSpotClient::startExportSendsSpecBody()
{
    m_nam->route(
        "POST", StartPath,
        FakeResponse::json(
            202,
            R"({"id":"987654321","links":{"status":"https://api.test.invalid/crm/v3/exports/export/async/tasks/987654321/status"}})"));
    const auto out = wait(m_client->startExport(sampleRequest()));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.taskId, QStringLiteral("987654321"));
    QCOMPARE(out.value.statusUrl.path(),
             QStringLiteral("/crm/v3/exports/export/async/tasks/987654321/status"));

    QCOMPARE(m_nam->requests().size(), 1);
    const RecordedRequest r = m_nam->requests().first();
    QCOMPARE(r.verb, QByteArray("POST"));
    QCOMPARE(r.url.toString(), Api + StartPath);
    QCOMPARE(r.header("Authorization"), "Bearer " + Token.toUtf8());
    QVERIFY(r.header("User-Agent").startsWith("ExportStudio/"));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(u"exportType").toString(), QStringLiteral("VIEW"));
    QCOMPARE(body.value(u"format").toString(), QStringLiteral("CSV"));
    QCOMPARE(body.value(u"exportName").toString(), QStringLiteral("Contacts Q1"));
    QCOMPARE(body.value(u"objectProperties").toArray().size(), 2);
}

void TestHubSpotClient::statusParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("numErrors");
    QTest::newRow("pending") << QByteArray(
                                    R"({"status":"PENDING","requestedAt":"2024-05-01T10:00:00Z"})")
                             << int(ExportStatus::State::Pending) << QString() << 0;
    QTest::newRow("complete result")
        << QByteArray(
               R"({"status":"COMPLETE","result":"https://dl.test.invalid/f.zip?sig=abc","startedAt":"2024-05-01T10:00:01Z","completedAt":"2024-05-01T10:00:09Z"})")
        << int(ExportStatus::State::Complete)
        << QStringLiteral("https://dl.test.invalid/f.zip?sig=abc") << 0;
    QTest::newRow("complete downloadUrl")
        << QByteArray(R"({"status":"COMPLETE","downloadUrl":"https://dl.test.invalid/old.csv"})")
        << int(ExportStatus::State::Complete) << QStringLiteral("https://dl.test.invalid/old.csv")
        << 0;
    QTest::newRow("canceled with errors")
        << QByteArray(
               R"({"status":"CANCELED","numErrors":2,"errors":[{"category":"VALIDATION_ERROR","message":"Unknown property foo"},{"message":"second"}]})")
        << int(ExportStatus::State::Canceled) << QString() << 2;
}

void TestHubSpotClient::statusParsing()
{
    QFETCH(QByteArray, json);
    QFETCH(int, state);
    QFETCH(QString, link);
    QFETCH(int, numErrors);
    m_nam->route("GET", QStringLiteral("/crm/v3/exports/export/async/tasks/77/status"),
                 FakeResponse::json(200, json));
    const auto out = wait(m_client->exportStatus(QStringLiteral("77")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(int(out.value.state), state);
    QCOMPARE(out.value.result.toString(), link);
    QCOMPARE(out.value.numErrors, numErrors);
    QCOMPARE(out.value.errors.size(), numErrors);
    if (out.value.state == ExportStatus::State::Canceled)
        QVERIFY(out.value.failureMessage().contains(QStringLiteral("Unknown property foo")));
}

void TestHubSpotClient::getExport()
{
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/exports/export/55"),
        FakeResponse::json(
            200,
            R"({"id":"55","exportName":"N","exportType":"LIST","objectType":"0-1","exportState":"FAILED","recordCount":12})"));
    const auto out = wait(m_client->getExport(QStringLiteral("55")));
    QVERIFY(out.ok());
    QCOMPARE(out.value.exportState, ExportInfo::State::Failed);
    QCOMPARE(out.value.recordCount, 12);
    QCOMPARE(out.value.exportType, QStringLiteral("LIST"));
}

void TestHubSpotClient::propertiesAndGroups()
{
    m_nam->route("GET", PropertiesPath, properties());
    m_nam->route(
        "GET", PropertiesPath + QStringLiteral("/groups"),
        FakeResponse::json(
            200,
            R"({"results":[{"name":"contactinformation","label":"Contact information","displayOrder":0}]})"));
    // A standard name is sent as its objectTypeId.
    const auto props = wait(m_client->properties(QStringLiteral("CONTACT")));
    QVERIFY2(props.ok(), qPrintable(props.error.userMessage()));
    QCOMPARE(props.value.size(), 2);
    QCOMPARE(props.value[1].type, PropertyDef::Type::Enumeration);
    QCOMPARE(props.value[1].options.first().value, QStringLiteral("lead"));
    QCOMPARE(m_nam->requests().first().url.query(), QStringLiteral("archived=false"));

    const auto groups = wait(m_client->propertyGroups(QStringLiteral("0-1")));
    QVERIFY(groups.ok());
    QCOMPARE(groups.value.first().label, QStringLiteral("Contact information"));
}

void TestHubSpotClient::errorsAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("category");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("401") << 401 << "INVALID_AUTHENTICATION" << ApiError::Kind::Auth
                         << "HubSpot refused the access token (INVALID_AUTHENTICATION): re-enter "
                            "the token in Accounts.";
    QTest::newRow("403 scopes") << 403 << "MISSING_SCOPES" << ApiError::Kind::MissingScopes
                                << "The token lacks the crm.export scope";
    QTest::newRow("404") << 404 << "OBJECT_NOT_FOUND" << ApiError::Kind::NotFound
                         << "HubSpot could not find";
    QTest::newRow("400") << 400 << "VALIDATION_ERROR" << ApiError::Kind::Validation
                         << "HubSpot rejected the request";
}

void TestHubSpotClient::errorsAreNotRetried()
{
    QFETCH(int, status);
    QFETCH(QString, category);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, sentence);
    FakeResponse answer = FakeResponse::hubspotError(status, category, QStringLiteral("nope"));
    if (status == 400)
        answer = FakeResponse::json(
            400,
            R"({"status":"error","message":"Invalid input","category":"VALIDATION_ERROR","errors":[{"in":"objectType","message":"unknown object type"}]})");
    m_nam->route("GET", PropertiesPath, answer);
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY(out.done);
    QCOMPARE(out.error.kind, kind);
    QCOMPARE(out.error.httpStatus, status);
    QCOMPARE(m_nam->count("GET", PropertiesPath), 1);
    QVERIFY2(out.error.userMessage().startsWith(sentence), qPrintable(out.error.userMessage()));
    if (status == 400)
        QVERIFY(
            out.error.userMessage().contains(QStringLiteral("objectType: unknown object type.")));
    if (status == 401)
        QVERIFY(out.error.userMessage().contains(QStringLiteral("00000000-fake")));
}

void TestHubSpotClient::rateLimitedWithRetryAfter()
{
    m_nam->route(
        "GET", PropertiesPath,
        {FakeResponse::json(
             429,
             R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})",
             {{"Retry-After", "1"}}),
         properties()});
    QSignalSpy published(m_client.get(), &HubSpotClient::rateLimitChanged);
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    const auto requests = m_nam->requests("GET", PropertiesPath);
    QCOMPARE(requests.size(), 2);
    const qint64 gap = requests[1].atMs - requests[0].atMs;
    QVERIFY2(gap >= 950, qPrintable(QString::number(gap))); // a slow machine only adds to it
    // The pause was Retry-After's second, not the 10 s window: what the limiter published.
    qint64 pause = 0;
    for (const QList<QVariant> &arguments : published)
        pause = std::max(pause, arguments.at(0).value<RateLimitState>().blockedForMs);
    QVERIFY2(pause > 0 && pause <= 1000, qPrintable(QString::number(pause)));
}

void TestHubSpotClient::rateLimitedWithoutRetryAfterUsesInterval()
{
    m_nam->route(
        "GET", PropertiesPath,
        {FakeResponse::json(
             429,
             R"({"status":"error","message":"limit","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})",
             {{"X-HubSpot-RateLimit-Interval-Milliseconds", "400"},
              {"X-HubSpot-RateLimit-Max", "100"},
              {"X-HubSpot-RateLimit-Remaining", "0"}}),
         properties()});
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    const auto requests = m_nam->requests("GET", PropertiesPath);
    QCOMPARE(requests.size(), 2);
    const qint64 gap = requests[1].atMs - requests[0].atMs;
    QVERIFY2(gap >= 380, qPrintable(QString::number(gap)));
}

void TestHubSpotClient::dailyLimitIsNotRetried()
{
    m_nam->route(
        "GET", PropertiesPath,
        FakeResponse::json(
            429,
            R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"})"));
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QCOMPARE(out.error.kind, ApiError::Kind::RateLimited);
    QVERIFY(out.error.isDailyLimit());
    QCOMPARE(m_nam->count("GET", PropertiesPath), 1);
    QVERIFY(out.error.userMessage().startsWith(QStringLiteral("Daily limit reached")));
}

void TestHubSpotClient::serverErrorTwiceThenSuccess()
{
    m_nam->route(
        "GET", PropertiesPath,
        {FakeResponse::hubspotError(500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("oops")),
         FakeResponse::hubspotError(503, {}, QStringLiteral("busy")), properties()});
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.size(), 2);
    QCOMPARE(m_nam->count("GET", PropertiesPath), 3);
    QCOMPARE(out.attempts, 3);
    // Backoff 10 ms then 20 ms.
    const auto r = m_nam->requests();
    QVERIFY(r[1].atMs - r[0].atMs >= 9);
    QVERIFY(r[2].atMs - r[1].atMs >= 19);
}

void TestHubSpotClient::htmlErrorPageThenSuccess()
{
    m_nam->route(
        "GET", PropertiesPath,
        {FakeResponse::raw(502, "<html><h1>Bad Gateway</h1></html>", "text/html"), properties()});
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY(out.ok());
    QCOMPARE(m_nam->count("GET", PropertiesPath), 2);

    m_nam->clearRoutes();
    m_config.retry.maxAttempts = 2;
    makeClient();
    m_nam->route("GET", PropertiesPath,
                 FakeResponse::raw(502, "<html><h1>Bad Gateway</h1></html>", "text/html"));
    const auto failed = wait(m_client->properties(QStringLiteral("0-1")));
    QCOMPARE(failed.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(failed.error.userMessage().startsWith(
                 QStringLiteral("HubSpot answered with something that is not JSON (HTTP 502")),
             qPrintable(failed.error.userMessage()));
}

void TestHubSpotClient::invalidJsonSuccessBody()
{
    m_nam->route("GET", PropertiesPath, FakeResponse::json(200, "{\"results\": [tru"));
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QCOMPARE(out.error.kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(m_nam->count("GET", PropertiesPath), 1); // a 200 with bad JSON is not retried
}

void TestHubSpotClient::timeoutIsRetriedThenReported()
{
    m_config.transferTimeoutMs = 150;
    m_config.retry.maxAttempts = 2;
    makeClient();
    m_nam->route("GET", PropertiesPath, FakeResponse::hang());
    QElapsedTimer clock;
    clock.start();
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QCOMPARE(out.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(m_nam->count("GET", PropertiesPath), 2);
    QVERIFY(clock.elapsed() >= 290);
    QTRY_COMPARE(m_nam->openReplies(), 0); // hanging replies were aborted
    QVERIFY(out.error.userMessage().contains(QStringLiteral("timed out")));
}

void TestHubSpotClient::droppedConnectionIsRetried()
{
    m_nam->route("GET", PropertiesPath,
                 {FakeResponse::breakAfter(10, 200, properties().body), properties()});
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(m_nam->count("GET", PropertiesPath), 2);
}

// Qt 6.4 may finish a reply whose connection closed mid-body without an error: the declared
// length gives it away, and the call is retried like any dropped connection (not "invalid JSON").
void TestHubSpotClient::answerCutShortWithoutErrorIsRetried()
{
    const QByteArray full = properties().body;
    m_nam->route("GET", PropertiesPath,
                 {FakeResponse::raw(200, full.left(10), "application/json")
                      .withHeader("Content-Length", QByteArray::number(full.size())),
                  properties()});
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(m_nam->count("GET", PropertiesPath), 2);
}

void TestHubSpotClient::startNeverRepeatedAfterServerError()
{
    m_nam->route(
        "POST", StartPath,
        FakeResponse::hubspotError(500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("boom")));
    const auto out = wait(m_client->startExport(sampleRequest()));
    QCOMPARE(out.error.kind, ApiError::Kind::StartOutcomeUnknown);
    QCOMPARE(out.error.causeKind, ApiError::Kind::Server);
    QCOMPARE(out.error.httpStatus, 500);
    QCOMPARE(m_nam->count("POST", StartPath), 1);
    QVERIFY(out.error.userMessage().contains(QStringLiteral("may or may not have started")));
    // A little later still only one.
    QTest::qWait(100);
    QCOMPARE(m_nam->count("POST", StartPath), 1);
}

void TestHubSpotClient::startNeverRepeatedAfterTimeout()
{
    m_config.transferTimeoutMs = 100;
    makeClient();
    m_nam->route("POST", StartPath, FakeResponse::hang());
    const auto out = wait(m_client->startExport(sampleRequest()));
    QCOMPARE(out.error.kind, ApiError::Kind::StartOutcomeUnknown);
    QCOMPARE(out.error.causeKind, ApiError::Kind::Timeout);
    QTest::qWait(100);
    QCOMPARE(m_nam->count("POST", StartPath), 1);
}

void TestHubSpotClient::startNeverRepeatedAfterDroppedConnection()
{
    m_nam->route("POST", StartPath, FakeResponse::breakAfter(3, 202, R"({"id":"1"})"));
    const auto out = wait(m_client->startExport(sampleRequest()));
    QCOMPARE(out.error.kind, ApiError::Kind::StartOutcomeUnknown);
    QCOMPARE(out.error.causeKind, ApiError::Kind::Network);
    QTest::qWait(50);
    QCOMPARE(m_nam->count("POST", StartPath), 1);
}

void TestHubSpotClient::startRetriedWhenNothingStarted()
{
    m_nam->route(
        "POST", StartPath,
        {FakeResponse::networkError(QNetworkReply::ConnectionRefusedError,
                                    QStringLiteral("Connection refused")),
         FakeResponse::json(
             429,
             R"({"status":"error","message":"limit","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})",
             {{"Retry-After", "0.1"}}),
         FakeResponse::json(202, R"({"id":"5","links":{}})")});
    const auto out = wait(m_client->startExport(sampleRequest()));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.taskId, QStringLiteral("5"));
    QCOMPARE(m_nam->count("POST", StartPath), 3);

    // A DAILY 429 on start: nothing started, nothing retried, said plainly.
    m_nam->clearRoutes();
    m_nam->clearRequests();
    m_nam->route(
        "POST", StartPath,
        FakeResponse::json(
            429,
            R"({"status":"error","message":"daily","errorType":"RATE_LIMIT","policyName":"DAILY"})"));
    const auto daily = wait(m_client->startExport(sampleRequest()));
    QCOMPARE(daily.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(m_nam->count("POST", StartPath), 1);
}

void TestHubSpotClient::throttleWaitsWhenRemainingIsZero()
{
    const QList<RawHeader> exhausted{{"X-HubSpot-RateLimit-Max", "10"},
                                     {"X-HubSpot-RateLimit-Remaining", "0"},
                                     {"X-HubSpot-RateLimit-Interval-Milliseconds", "300"}};
    m_nam->route("GET", PropertiesPath, properties(exhausted));
    QVERIFY(wait(m_client->properties(QStringLiteral("0-1"))).ok());
    QVERIFY(m_client->rateLimiter()->currentDelayMs() > 0);
    const auto second = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY(second.ok());
    const auto r = m_nam->requests();
    QCOMPARE(r.size(), 2);
    QVERIFY2(r[1].atMs - r[0].atMs >= 290, qPrintable(QString::number(r[1].atMs - r[0].atMs)));

    // With room left, no wait.
    // With room left, no wait: the limiter's own answer, not a stopwatch (a fresh client, so
    // the exhausted window above is gone).
    m_nam->clearRoutes();
    m_nam->clearRequests();
    makeClient();
    const QList<RawHeader> roomy{{"X-HubSpot-RateLimit-Max", "10"},
                                 {"X-HubSpot-RateLimit-Remaining", "9"},
                                 {"X-HubSpot-RateLimit-Interval-Milliseconds", "300"}};
    m_nam->route("GET", PropertiesPath, properties(roomy));
    QVERIFY(wait(m_client->properties(QStringLiteral("0-1"))).ok());
    QCOMPARE(m_client->rateLimiter()->state().remaining, 9);
    QCOMPARE(m_client->rateLimiter()->currentDelayMs(), 0);
    QVERIFY(wait(m_client->properties(QStringLiteral("0-1"))).ok());
    QCOMPARE(m_nam->requests().size(), 2);
}

void TestHubSpotClient::rateLimitStateIsPublished()
{
    QSignalSpy spy(m_client.get(), &HubSpotClient::rateLimitChanged);
    m_nam->route("GET", PropertiesPath,
                 properties({{"X-HubSpot-RateLimit-Max", "190"},
                             {"X-HubSpot-RateLimit-Remaining", "180"},
                             {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"},
                             {"X-HubSpot-RateLimit-Daily", "1000000"},
                             {"X-HubSpot-RateLimit-Daily-Remaining", "999000"}}));
    QVERIFY(wait(m_client->properties(QStringLiteral("0-1"))).ok());
    QVERIFY(spy.count() > 0);
    const RateLimitState s = m_client->rateLimiter()->state();
    QCOMPARE(s.max, 190);
    QCOMPARE(s.remaining, 180);
    QCOMPARE(s.dailyRemaining, 999000);
    QCOMPARE(spy.last().at(0).value<RateLimitState>().remaining, 180);
}

void TestHubSpotClient::listsFollowOffsetPaging()
{
    m_config.listsPageSize = 2;
    makeClient();
    m_nam->setHandler([](const RecordedRequest &r) -> std::optional<FakeResponse> {
        if (r.path() != u"/crm/v3/lists/search")
            return std::nullopt;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const int offset = body.value(u"offset").toInt();
        const int count = body.value(u"count").toInt();
        QJsonArray lists;
        for (int i = offset; i < std::min(offset + count, 5); ++i)
            lists.append(QJsonObject{
                {QStringLiteral("listId"), QString::number(100 + i)},
                {QStringLiteral("name"), QStringLiteral("List %1").arg(i)},
                {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
                {QStringLiteral("processingType"), QStringLiteral("MANUAL")},
                {QStringLiteral("additionalProperties"),
                 QJsonObject{{QStringLiteral("hs_list_size"), QString::number(i * 10)}}}});
        const int next = offset + int(lists.size());
        return FakeResponse::json(200,
                                  QJsonDocument(QJsonObject{{QStringLiteral("lists"), lists},
                                                            {QStringLiteral("offset"), next},
                                                            {QStringLiteral("hasMore"), next < 5},
                                                            {QStringLiteral("total"), 5}}));
    });
    const auto out = wait(m_client->searchLists(QStringLiteral("List"), QStringLiteral("CONTACT")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.size(), 5);
    QCOMPARE(out.value[4].listId, QStringLiteral("104"));
    QCOMPARE(out.value[3].size, 30);
    const auto requests = m_nam->requests("POST", QStringLiteral("/crm/v3/lists/search"));
    QCOMPARE(requests.size(), 3);
    QList<int> offsets;
    for (const auto &r : requests) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        offsets.append(body.value(u"offset").toInt());
        QCOMPARE(body.value(u"query").toString(), QStringLiteral("List"));
        QCOMPARE(body.value(u"objectTypeId").toString(), QStringLiteral("0-1"));
        QCOMPARE(body.value(u"count").toInt(), 2);
    }
    QCOMPARE(offsets, (QList<int>{0, 2, 4}));

    // The default page size is HubSpot's maximum.
    QCOMPARE(ClientConfig{}.listsPageSize, 500);
}

void TestHubSpotClient::ownersFollowAfterPaging()
{
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/owners"),
        {FakeResponse::json(
             200,
             R"({"results":[{"id":"1","email":"a@x.com","firstName":"Ann","lastName":"Lee","type":"PERSON"}],"paging":{"next":{"after":"cursor-2","link":"?after=cursor-2"}}})"),
         FakeResponse::json(
             200,
             R"({"results":[{"id":"2","email":"b@x.com"}],"paging":{"next":{"after":"cursor-3"}}})"),
         FakeResponse::json(200,
                            R"({"results":[{"id":"3","firstName":"Queue","type":"QUEUE"}]})")});
    const auto out = wait(m_client->owners());
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.size(), 3);
    QCOMPARE(out.value[0].displayName(), QStringLiteral("Ann Lee (a@x.com)"));
    const auto r = m_nam->requests();
    QCOMPARE(r.size(), 3);
    QVERIFY(!QUrlQuery(r[0].url).hasQueryItem(QStringLiteral("after")));
    QCOMPARE(QUrlQuery(r[1].url).queryItemValue(QStringLiteral("after")),
             QStringLiteral("cursor-2"));
    QCOMPARE(QUrlQuery(r[2].url).queryItemValue(QStringLiteral("after")),
             QStringLiteral("cursor-3"));
    QCOMPARE(QUrlQuery(r[0].url).queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
}

void TestHubSpotClient::listByIdAndLegacyMapping()
{
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/lists/123"),
        FakeResponse::json(
            200,
            R"({"list":{"listId":"123","name":"VIPs","objectTypeId":"0-1","processingType":"DYNAMIC","size":42}})"));
    m_nam->route("GET", QStringLiteral("/crm/v3/lists/idmapping"),
                 FakeResponse::json(200, R"({"legacyListId":"7","listId":"123"})"));
    const auto list = wait(m_client->list(QStringLiteral("123")));
    QVERIFY(list.ok());
    QCOMPARE(list.value.name, QStringLiteral("VIPs"));
    QCOMPARE(list.value.size, 42);
    const auto mapped = wait(m_client->mapLegacyListId(QStringLiteral("7")));
    QVERIFY(mapped.ok());
    QCOMPARE(mapped.value, QStringLiteral("123"));
    QCOMPARE(QUrlQuery(m_nam->requests().last().url).queryItemValue(QStringLiteral("legacyListId")),
             QStringLiteral("7"));
}

void TestHubSpotClient::schemasFallBackOn404()
{
    m_nam->route(
        "GET", QStringLiteral("/crm-object-schemas/v3/schemas"),
        FakeResponse::hubspotError(404, QStringLiteral("OBJECT_NOT_FOUND"), QStringLiteral("no")));
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/schemas"),
        FakeResponse::json(
            200,
            R"({"results":[{"id":"9","objectTypeId":"2-999","name":"pets","labels":{"singular":"Pet","plural":"Pets"},"primaryDisplayProperty":"pet_name","properties":[{"name":"pet_name","label":"Name","type":"string"}]}]})"));
    const auto out = wait(m_client->schemas());
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.size(), 1);
    QCOMPARE(out.value[0].objectTypeId, QStringLiteral("2-999"));
    QCOMPARE(out.value[0].pluralLabel, QStringLiteral("Pets"));
    QCOMPARE(out.value[0].properties.size(), 1);
    QCOMPARE(m_nam->requests().size(), 2);

    // Other errors do not fall back.
    m_nam->clearRoutes();
    m_nam->clearRequests();
    m_nam->route(
        "GET", QStringLiteral("/crm-object-schemas/v3/schemas"),
        FakeResponse::hubspotError(403, QStringLiteral("MISSING_SCOPES"), QStringLiteral("no")));
    const auto denied = wait(m_client->schemas());
    QCOMPARE(denied.error.kind, ApiError::Kind::MissingScopes);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestHubSpotClient::pipelines()
{
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/pipelines/0-3"),
        FakeResponse::json(
            200,
            R"({"results":[{"id":"default","label":"Sales","displayOrder":0,"stages":[{"id":"appointmentscheduled","label":"Appointment scheduled","displayOrder":0},{"id":"closedwon","label":"Closed won","displayOrder":1}]}]})"));
    const auto out = wait(m_client->pipelines(QStringLiteral("DEAL")));
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.size(), 1);
    QCOMPARE(out.value[0].stages.size(), 2);
    QCOMPARE(out.value[0].stages[1].label, QStringLiteral("Closed won"));
}

void TestHubSpotClient::redirectIsNotFollowed()
{
    m_nam->route("GET", PropertiesPath,
                 FakeResponse::raw(302, "", "text/plain",
                                   {{"Location", "https://evil.test.invalid/steal"}}));
    m_nam->route("", QStringLiteral("/steal"), properties());
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QCOMPARE(out.error.kind, ApiError::Kind::Http);
    QCOMPARE(out.error.httpStatus, 302);
    QVERIFY(out.error.userMessage().contains(QStringLiteral("redirect")));
    const auto requests = m_nam->requests();
    QCOMPARE(requests.size(), 1);
    for (const auto &r : requests)
        QCOMPARE(r.url.host(), QStringLiteral("api.test.invalid"));
    // The client set the manual policy, so a real QNAM would not follow either.
    QCOMPARE(m_nam->count("", QStringLiteral("/steal")), 0);
}

void TestHubSpotClient::plainHttpRefusedExceptLoopback_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://api.hubapi.com" << true;
    QTest::newRow("http remote") << "http://api.hubapi.com" << false;
    QTest::newRow("http lan") << "http://192.168.1.20:8080" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8765" << true;
    QTest::newRow("http 127.8.9.1") << "http://127.8.9.1:8765" << true;
    QTest::newRow("http ::1") << "http://[::1]:8765" << true;
    QTest::newRow("http localhost") << "http://localhost:8765" << true;
    QTest::newRow("http localhost.evil") << "http://localhost.evil.com" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void TestHubSpotClient::plainHttpRefusedExceptLoopback()
{
    QFETCH(QString, base);
    QFETCH(bool, allowed);
    makeClient(base);
    m_nam->setHandler([](const RecordedRequest &) { return properties(); });
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QVERIFY(out.done);
    if (allowed) {
        QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
        QCOMPARE(m_nam->requests().size(), 1);
        QCOMPARE(m_nam->requests().first().header("Authorization"), "Bearer " + Token.toUtf8());
    } else {
        QCOMPARE(out.error.kind, ApiError::Kind::Insecure);
        QCOMPARE(m_nam->requests().size(), 0);
        QVERIFY(out.error.userMessage().startsWith(QStringLiteral("Refused to send the token")));
    }
}

void TestHubSpotClient::cancelAbortsTheRequest()
{
    m_nam->route("GET", PropertiesPath, FakeResponse::hang());
    auto *reply = m_client->properties(QStringLiteral("0-1"));
    QTRY_COMPARE(m_nam->requests().size(), 1);
    QCOMPARE(m_nam->openReplies(), 1);
    auto out = std::make_shared<Outcome<QList<PropertyDef>>>();
    reply->onFinished(this, [out](const ApiResult<QList<PropertyDef>> &r) {
        out->done = true;
        out->error = r.error();
    });
    reply->cancel();
    QTRY_VERIFY(out->done);
    QCOMPARE(out->error.kind, ApiError::Kind::Canceled);
    QCOMPARE(m_nam->openReplies(), 0);
}

void TestHubSpotClient::cancelDuringRetryWait()
{
    m_config.retry.baseDelayMs = 500;
    m_config.retry.maxDelayMs = 500;
    makeClient();
    m_nam->route("GET", PropertiesPath, FakeResponse::hubspotError(500, {}, QStringLiteral("x")));
    LogCapture log(QStringLiteral("es.*=true"));
    auto *reply = m_client->properties(QStringLiteral("0-1"));
    QPointer<ApiReply> guard = reply;
    // The client says when its retry wait begins; cancel inside it.
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(QStringLiteral("retrying in 500 ms")), 10000);
    QCOMPARE(m_nam->requests().size(), 1);
    reply->cancel();
    QTRY_VERIFY(guard.isNull()); // the handle cleaned up after itself, its retry timer with it
    QTest::qWait(700);           // past the retry time: a wait for nothing, never a bound
    QCOMPARE(m_nam->requests().size(), 1); // the retry never went out
}

void TestHubSpotClient::finishedIsNeverSynchronous()
{
    makeClient(QStringLiteral("http://example.com"));
    auto *reply = m_client->properties(QStringLiteral("0-1"));
    QSignalSpy spy(reply, &ApiReply::finished); // connected after the call returned
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
}

void TestHubSpotClient::testConnection_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("tokenAccepted");
    QTest::addColumn<bool>("canExport");
    QTest::newRow("unknown task 403") << 403 << "" << true << true;
    QTest::newRow("unknown task 404") << 404 << "OBJECT_NOT_FOUND" << true << true;
    QTest::newRow("missing scope") << 403 << "MISSING_SCOPES" << true << false;
    QTest::newRow("bad token") << 401 << "INVALID_AUTHENTICATION" << false << false;
}

void TestHubSpotClient::testConnection()
{
    QFETCH(int, status);
    QFETCH(QString, category);
    QFETCH(bool, tokenAccepted);
    QFETCH(bool, canExport);
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/exports/export/async/tasks/0/status"),
        FakeResponse::hubspotError(
            status, category, QStringLiteral("Permission to get export file cannot be granted")));
    const auto out = wait(m_client->testConnection());
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.tokenAccepted, tokenAccepted);
    QCOMPARE(out.value.canExport, canExport);
    QVERIFY(!out.value.summary.isEmpty());
    if (!canExport && tokenAccepted) {
        QCOMPARE(out.value.missingScopes, QStringList{QStringLiteral("crm.export")});
        QVERIFY(out.value.summary.contains(QStringLiteral("Super Admin")));
    }
    QCOMPARE(m_nam->requests().size(), 1);

    // Unreachable: the call itself fails.
    m_nam->clearRoutes();
    m_config.retry = RetryPolicy::none();
    makeClient();
    m_nam->route("", QStringLiteral("*"),
                 FakeResponse::networkError(QNetworkReply::HostNotFoundError,
                                            QStringLiteral("Host api.test.invalid not found")));
    const auto down = wait(m_client->testConnection());
    QCOMPARE(down.error.kind, ApiError::Kind::Network);
    QVERIFY(down.error.userMessage().contains(QStringLiteral("check your connection/proxy"),
                                              Qt::CaseInsensitive));
}

void TestHubSpotClient::testConnectionTellsNotHubSpot_data()
{
    // A wrong API address that answers 403/404 without HubSpot's error body must not read as
    // "the token may export".
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("404 empty") << 404 << QByteArray() << QByteArray("text/plain");
    QTest::newRow("404 html") << 404
                              << QByteArray("<html><body><h1>404 Not Found</h1></body></html>")
                              << QByteArray("text/html");
    QTest::newRow("404 other json")
        << 404 << QByteArray(R"({"error":"Not Found","path":"/crm/v3/exports"})")
        << QByteArray("application/json");
    QTest::newRow("403 empty") << 403 << QByteArray() << QByteArray("text/plain");
    QTest::newRow("403 s3 xml") << 403
                                << QByteArray("<?xml version=\"1.0\"?><Error><Code>AccessDenied"
                                              "</Code></Error>")
                                << QByteArray("application/xml");
}

void TestHubSpotClient::testConnectionTellsNotHubSpot()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    m_nam->route("GET", QStringLiteral("/crm/v3/exports/export/async/tasks/0/status"),
                 FakeResponse::raw(status, body, contentType));
    const auto out = wait(m_client->testConnection());
    QVERIFY2(out.ok(), qPrintable(out.error.userMessage()));
    QVERIFY(!out.value.tokenAccepted);
    QVERIFY(!out.value.canExport);
    QVERIFY(out.value.problem.isError());
    QCOMPARE(out.value.problem.httpStatus, status);
    const QString summary = out.value.summary;
    QVERIFY2(summary.contains(QStringLiteral("not the HubSpot API")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Check the API address")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(summary));
    QVERIFY2(summary.contains(m_client->config().apiBase.host()), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("Connected")), qPrintable(summary));
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestHubSpotClient::tokenAndLinksNeverLogged()
{
    LogCapture capture(QStringLiteral("*.debug=true"));
    const QByteArray signedLink =
        "https://dl.test.invalid/exports/secret-file.zip?signature=SIGNEDPART";
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/exports/export/async/tasks/1/status"),
        FakeResponse::json(200, R"({"status":"COMPLETE","result":")" + signedLink + "\"}"));
    // A server that echoes the token and a link in its error message.
    m_nam->route("GET", PropertiesPath,
                 FakeResponse::hubspotError(401, QStringLiteral("INVALID_AUTHENTICATION"),
                                            QStringLiteral("Bad token ") + Token +
                                                QStringLiteral(" see ") +
                                                QString::fromLatin1(signedLink)));
    m_nam->route(
        "GET", QStringLiteral("/crm/v3/owners"),
        FakeResponse::networkError(QNetworkReply::RemoteHostClosedError,
                                   QStringLiteral("closed while sending Bearer ") + Token));
    m_config.retry.maxAttempts = 2;
    makeClient();
    QVERIFY(wait(m_client->exportStatus(QStringLiteral("1"))).ok());
    QVERIFY(wait(m_client->properties(QStringLiteral("0-1"))).done);
    QVERIFY(wait(m_client->owners()).done);
    QVERIFY(wait(m_client->startExport(sampleRequest())).done);

    const QString log = capture.joined();
    QVERIFY2(log.contains(QStringLiteral("es.hubspot")),
             "expected es.hubspot lines to be captured");
    QVERIFY2(!log.contains(Token), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("SECRET-TOKEN")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("SIGNEDPART")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive), qPrintable(log));
}

void TestHubSpotClient::tlsFailureIsNotRetried()
{
    m_nam->route("GET", PropertiesPath,
                 FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError,
                                            QStringLiteral("The certificate has expired")));
    const auto out = wait(m_client->properties(QStringLiteral("0-1")));
    QCOMPARE(out.error.kind, ApiError::Kind::Network);
    QCOMPARE(m_nam->count("GET", PropertiesPath), 1);
    QVERIFY2(out.error.userMessage().contains(QStringLiteral("never ignores certificate errors")),
             qPrintable(out.error.userMessage()));
    QVERIFY(out.error.userMessage().contains(QStringLiteral("The certificate has expired")));
}

void TestHubSpotClient::emptyIdIsRefusedLocally()
{
    const auto status = wait(m_client->exportStatus(QString()));
    QCOMPARE(status.error.kind, ApiError::Kind::Validation);
    const auto info = wait(m_client->getExport(QString()));
    QCOMPARE(info.error.kind, ApiError::Kind::Validation);
    const auto list = wait(m_client->list(QString()));
    QCOMPARE(list.error.kind, ApiError::Kind::Validation);
    QCOMPARE(m_nam->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestHubSpotClient)
#include "tst_hubspotclient.moc"
