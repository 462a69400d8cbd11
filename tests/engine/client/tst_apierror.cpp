// ApiError: every error body HubSpot sends becomes the right kind and a sentence a person can
// act on.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <hubspot/apierror.h>
#include <hubspot/exportstatus.h>

using namespace es;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void standardBody();
    void kinds_data();
    void kinds();
    void authMessage();
    void expiredAuthMessage();
    void missingScopesMessage();
    void missingScopesDefaultsToExport();
    void validationListsFields();
    void rateLimitBodies();
    void htmlAndInvalidJson();
    void emptyBody();
    void networkAndTimeoutMessages();
    void startOutcomeUnknownMessage();
    void statusErrorsAndDownloadUrlFallback();
    void exportInfoStates();
};

void TestApiError::standardBody()
{
    const QByteArray body = R"({
        "status": "error", "message": "Property values were not valid",
        "correlationId": "aeb5f871-7f07-4993-9211-075dc63e7cbf",
        "category": "VALIDATION_ERROR", "subCategory": "PROPERTY_VALIDATION",
        "context": {"invalidPropertyName": ["foo", "bar"]},
        "links": {"knowledge-base": "https://example.com/kb"},
        "errors": [{"message": "Unknown property foo", "in": "objectProperties", "code": "INVALID",
                    "subCategory": "UNKNOWN_PROPERTY", "context": {"propertyName": ["foo"]}}]
    })";
    const ApiError e = ApiError::fromHttp(400, body, "application/json");
    QCOMPARE(e.kind, ApiError::Kind::Validation);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.category, QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(e.subCategory, QStringLiteral("PROPERTY_VALIDATION"));
    QCOMPARE(e.message, QStringLiteral("Property values were not valid"));
    QCOMPARE(e.correlationId, QStringLiteral("aeb5f871-7f07-4993-9211-075dc63e7cbf"));
    QCOMPARE(e.context.value(QStringLiteral("invalidPropertyName")),
             (QStringList{QStringLiteral("foo"), QStringLiteral("bar")}));
    QCOMPARE(e.fieldErrors.size(), 1);
    QCOMPARE(e.fieldErrors[0].in, QStringLiteral("objectProperties"));
    QCOMPARE(e.fieldErrors[0].message, QStringLiteral("Unknown property foo"));
    QCOMPARE(e.fieldErrors[0].code, QStringLiteral("INVALID"));
    QCOMPARE(e.fieldErrors[0].subCategory, QStringLiteral("UNKNOWN_PROPERTY"));
    QVERIFY(e.technicalSummary().contains(QStringLiteral("aeb5f871")));
}

void TestApiError::kinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("category");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("401") << 401 << "INVALID_AUTHENTICATION" << ApiError::Kind::Auth;
    QTest::newRow("401 expired") << 401 << "EXPIRED_AUTHENTICATION" << ApiError::Kind::Auth;
    QTest::newRow("403 scopes") << 403 << "MISSING_SCOPES" << ApiError::Kind::MissingScopes;
    QTest::newRow("403 other") << 403 << "" << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << "OBJECT_NOT_FOUND" << ApiError::Kind::NotFound;
    QTest::newRow("400") << 400 << "VALIDATION_ERROR" << ApiError::Kind::Validation;
    QTest::newRow("409") << 409 << "CONFLICT" << ApiError::Kind::Http;
    QTest::newRow("429") << 429 << "RATE_LIMITS" << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << "" << ApiError::Kind::Server;
    QTest::newRow("503") << 503 << "" << ApiError::Kind::Server;
}

void TestApiError::kinds()
{
    QFETCH(int, status);
    QFETCH(QString, category);
    QFETCH(ApiError::Kind, kind);
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("error")},
                           {QStringLiteral("message"), QStringLiteral("m")},
                           {QStringLiteral("category"), category}};
    const ApiError e = ApiError::fromHttp(status, QJsonDocument(body).toJson());
    QCOMPARE(e.kind, kind);
    QVERIFY(!e.userMessage().isEmpty());
}

void TestApiError::authMessage()
{
    const ApiError e = ApiError::fromHttp(
        401,
        R"({"status":"error","message":"Authentication credentials not found.","correlationId":"c-1","category":"INVALID_AUTHENTICATION"})");
    QCOMPARE(e.userMessage(),
             QStringLiteral("HubSpot refused the access token (INVALID_AUTHENTICATION): re-enter "
                            "the token in Accounts. (HubSpot correlation id c-1)"));
}

void TestApiError::expiredAuthMessage()
{
    const ApiError e = ApiError::fromHttp(
        401, R"({"status":"error","message":"expired","category":"EXPIRED_AUTHENTICATION"})");
    QVERIFY(e.userMessage().contains(QStringLiteral("expired")));
    QVERIFY(e.userMessage().contains(QStringLiteral("Accounts")));
}

void TestApiError::missingScopesMessage()
{
    const ApiError e = ApiError::fromHttp(
        403,
        R"({"status":"error","message":"This app hasn't been granted all required scopes to make this call.","correlationId":"c-2","category":"MISSING_SCOPES","context":{"requiredScopes":["crm.export"],"missingScopes":["crm.export"]}})");
    QCOMPARE(e.kind, ApiError::Kind::MissingScopes);
    QCOMPARE(e.missingScopes(), QStringList{QStringLiteral("crm.export")});
    QCOMPARE(e.userMessage(),
             QStringLiteral("The token lacks the crm.export scope: in HubSpot, add it to the "
                            "private app (OAuth: a Super Admin must grant it). (HubSpot "
                            "correlation id c-2)"));
}

void TestApiError::missingScopesDefaultsToExport()
{
    const ApiError e = ApiError::fromHttp(403, R"({"category":"MISSING_SCOPES","message":"x"})");
    QVERIFY(e.userMessage().startsWith(QStringLiteral("The token lacks the crm.export scope")));
    const ApiError two = ApiError::fromHttp(
        403,
        R"({"category":"MISSING_SCOPES","context":{"missingScopes":["crm.export","crm.lists.read"]}})");
    QVERIFY(two.userMessage().contains(QStringLiteral("crm.export, crm.lists.read scopes")));
}

void TestApiError::validationListsFields()
{
    const ApiError e = ApiError::fromHttp(
        400,
        R"({"status":"error","message":"Invalid input","category":"VALIDATION_ERROR",
            "errors":[{"in":"format","message":"must be one of CSV, XLS, XLSX"},
                      {"in":"objectProperties","message":"must not be empty"}]})");
    const QString m = e.userMessage();
    QVERIFY2(m.startsWith(QStringLiteral("HubSpot rejected the request: Invalid input.")),
             qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("format: must be one of CSV, XLS, XLSX.")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("objectProperties: must not be empty.")), qPrintable(m));
}

void TestApiError::rateLimitBodies()
{
    const ApiError tenSecondly = ApiError::fromHttp(
        429,
        R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"c-3","policyName":"TEN_SECONDLY_ROLLING"})");
    QCOMPARE(tenSecondly.kind, ApiError::Kind::RateLimited);
    QCOMPARE(tenSecondly.policyName, QStringLiteral("TEN_SECONDLY_ROLLING"));
    QCOMPARE(tenSecondly.errorType, QStringLiteral("RATE_LIMIT"));
    QCOMPARE(tenSecondly.category, QStringLiteral("RATE_LIMITS"));
    QVERIFY(!tenSecondly.isDailyLimit());
    QVERIFY(tenSecondly.userMessage().contains(QStringLiteral("TEN_SECONDLY_ROLLING")));

    const ApiError daily = ApiError::fromHttp(
        429,
        R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"})");
    QVERIFY(daily.isDailyLimit());
    QVERIFY2(daily.userMessage().startsWith(QStringLiteral("Daily limit reached")),
             qPrintable(daily.userMessage()));
}

void TestApiError::htmlAndInvalidJson()
{
    const ApiError html =
        ApiError::fromHttp(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
    QCOMPARE(html.kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(html.causeKind, ApiError::Kind::Server);
    QCOMPARE(html.userMessage().left(74),
             QStringLiteral("HubSpot answered with something that is not JSON (HTTP 502, an HTML "
                            "page)."));

    const ApiError broken = ApiError::fromHttp(400, "{\"status\": \"error\", ", "application/json");
    QCOMPARE(broken.kind, ApiError::Kind::InvalidResponse);
    QVERIFY(broken.userMessage().contains(QStringLiteral("HTTP 400, invalid JSON")));
}

void TestApiError::emptyBody()
{
    const ApiError e = ApiError::fromHttp(500, "");
    QCOMPARE(e.kind, ApiError::Kind::Server);
    QVERIFY(e.userMessage().contains(QStringLiteral("HTTP 500")));
}

void TestApiError::networkAndTimeoutMessages()
{
    const ApiError net = ApiError::network(QStringLiteral("Connection refused"),
                                           QStringLiteral("properties of CONTACT"));
    QCOMPARE(net.userMessage(),
             QStringLiteral("The request (properties of CONTACT) could not reach HubSpot: "
                            "Connection refused. Check your connection/proxy and try again."));
    const ApiError timeout = ApiError::timeout(QStringLiteral("owners"));
    QVERIFY(timeout.userMessage().contains(QStringLiteral("timed out")));
    QVERIFY(timeout.userMessage().contains(QStringLiteral("connection/proxy")));
    QVERIFY(ApiError::insecure(QStringLiteral("plain http"))
                .userMessage()
                .startsWith(QStringLiteral("Refused to send the token")));
}

void TestApiError::startOutcomeUnknownMessage()
{
    ApiError e;
    e.kind = ApiError::Kind::StartOutcomeUnknown;
    e.causeKind = ApiError::Kind::Server;
    e.httpStatus = 500;
    const QString m = e.userMessage();
    QVERIFY2(m.contains(QStringLiteral("may or may not have started")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("HTTP 500")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("not sent again")), qPrintable(m));
}

void TestApiError::statusErrorsAndDownloadUrlFallback()
{
    const QJsonObject canceled = QJsonDocument::fromJson(R"({
        "status": "CANCELED", "requestedAt": "2024-01-01T10:00:00Z",
        "startedAt": "2024-01-01T10:00:01.500Z", "completedAt": "2024-01-01T10:00:09Z",
        "numErrors": 1,
        "errors": [{"status": "error", "category": "VALIDATION_ERROR",
                    "message": "Property dealstage does not exist", "id": "e-1"}]})")
                                     .object();
    const ExportStatus s = ExportStatus::fromJson(canceled);
    QCOMPARE(s.state, ExportStatus::State::Canceled);
    QCOMPARE(s.numErrors, 1);
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors[0].kind, ApiError::Kind::Validation);
    QCOMPARE(s.errors[0].correlationId, QStringLiteral("e-1"));
    QCOMPARE(s.startedAt, QDateTime(QDate(2024, 1, 1), QTime(10, 0, 1, 500), Qt::UTC));
    QVERIFY(s.failureMessage().contains(QStringLiteral("Property dealstage does not exist")));
    QVERIFY(s.isFinal());

    const ExportStatus old = ExportStatus::fromJson(
        QJsonDocument::fromJson(
            R"({"status":"COMPLETE","downloadUrl":"https://files.example/x.zip?sig=1"})")
            .object());
    QCOMPARE(old.state, ExportStatus::State::Complete);
    QCOMPARE(old.result, QUrl(QStringLiteral("https://files.example/x.zip?sig=1")));

    const ExportStatus both = ExportStatus::fromJson(
        QJsonDocument::fromJson(
            R"({"status":"COMPLETE","result":"https://a/r","downloadUrl":"https://a/d"})")
            .object());
    QCOMPARE(both.result, QUrl(QStringLiteral("https://a/r")));

    const ExportStatus pending = ExportStatus::fromJson(
        QJsonDocument::fromJson(R"({"status":"PROCESSING","completedAt":null})").object());
    QCOMPARE(pending.state, ExportStatus::State::Processing);
    QVERIFY(!pending.completedAt.isValid());
    QVERIFY(!pending.isFinal());
    QVERIFY(pending.failureMessage().isEmpty());
}

void TestApiError::exportInfoStates()
{
    const ExportInfo info = ExportInfo::fromJson(QJsonDocument::fromJson(R"({
        "id": "123456", "exportName": "Q1", "exportType": "VIEW", "objectType": "0-1",
        "objectProperties": ["email"], "exportState": "PENDING_APPROVAL", "recordCount": 2})")
                                                     .object());
    QCOMPARE(info.id, QStringLiteral("123456"));
    QCOMPARE(info.exportState, ExportInfo::State::PendingApproval);
    QCOMPARE(info.exportStateText, QStringLiteral("PENDING_APPROVAL"));
    QCOMPARE(info.recordCount, 2);
    QCOMPARE(ExportInfo::stateFromText(QStringLiteral("FAILED")), ExportInfo::State::Failed);
    QCOMPARE(ExportInfo::stateFromText(QStringLiteral("whatever")), ExportInfo::State::Unknown);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
