// The API origin of hubspot-sandbox: start-up, auth, validation, 403, and every endpoint's
// response checked against HubSpot's own JSON schemas.
#include "sandboxharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void startUpAndHelp();
    void authIsRequiredEverywhere();
    void exportLifecycleMatchesTheSpec();
    void datedExportPathsWork();
    void guideShapesAreAccepted();
    void invalidRequestsNameTheField_data();
    void invalidRequestsNameTheField();
    void unknownTaskIsForbidden();
    void metadataMatchesTheSpec();
    void listSearchPagesAndValidates();
    void ownersPage();
    void interruptStopsCleanly();

private:
    Sandbox *m_sandbox = nullptr;
    Http m_http;
    QString m_listId;
};

void TestSandboxApi::initTestCase()
{
    // Frozen clock: the test moves time itself.
    m_sandbox = new Sandbox({QStringLiteral("--clock-speed"), QStringLiteral("0")});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    const QJsonArray lists = m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/lists")), false)
                                 .json()
                                 .value(QStringLiteral("lists"))
                                 .toArray();
    for (const auto &list : lists) {
        if (list[QStringLiteral("objectTypeId")].toString() == u"0-1" &&
            list[QStringLiteral("size")].toInt() > 0) {
            m_listId = list[QStringLiteral("listId")].toString();
            break;
        }
    }
    QVERIFY2(!m_listId.isEmpty(), "the dataset has no non-empty contact list");
}

void TestSandboxApi::cleanupTestCase()
{
    QCOMPARE(m_sandbox->stop(), 0); // SIGTERM is a clean shutdown
    delete m_sandbox;
}

void TestSandboxApi::init()
{
    QCOMPARE(m_http.post(m_sandbox->api(QStringLiteral("/__sandbox/reset")), {}, false).status,
             200);
}

void TestSandboxApi::startUpAndHelp()
{
    QVERIFY(QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:\\d+$"))
                .match(m_sandbox->firstLine())
                .hasMatch());
    QVERIFY(m_sandbox->apiPort() != m_sandbox->downloadPort());

    QProcess help;
    help.start(QStringLiteral(ES_SANDBOX_BIN), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *needle : {"--fault", "drop-after", "--clock-speed", "--quota", "--rate-limit",
                               "--data-dir", "--token", "--zip-threshold", "badzip"})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);

    QProcess bad;
    bad.start(QStringLiteral(ES_SANDBOX_BIN), {QStringLiteral("--fault"), QStringLiteral("bogus")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("bogus"));
}

void TestSandboxApi::authIsRequiredEverywhere()
{
    SchemaChecks schemas;
    const QStringList paths{
        QStringLiteral("/crm/v3/exports/export/async/tasks/1000001/status"),
        QStringLiteral("/crm/v3/exports/export/1000001"),
        QStringLiteral("/crm/v3/properties/contacts"),
        QStringLiteral("/crm/v3/lists/%1").arg(m_listId),
        QStringLiteral("/crm/v3/schemas"),
        QStringLiteral("/crm/v3/owners"),
        QStringLiteral("/crm/v3/pipelines/deals"),
    };
    for (const QString &path : paths) {
        const HttpResult anonymous = m_http.get(m_sandbox->api(path), false);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json()[QStringLiteral("category")].toString(),
                 QStringLiteral("INVALID_AUTHENTICATION"));
        QCOMPARE(anonymous.json()[QStringLiteral("status")].toString(), QStringLiteral("error"));
        schemas.add(QStringLiteral("exports-v3.json"), QStringLiteral("Error"), anonymous.json(),
                    path);
    }
    Http wrong(QStringLiteral("not-the-token"));
    const HttpResult start =
        wrong.post(m_sandbox->api(QStringLiteral("/crm/v3/exports/export/async")),
                   viewRequest(QStringLiteral("CSV")));
    QCOMPARE(start.status, 401);
    QVERIFY(!start.header("x-hubspot-ratelimit-max").isEmpty());
    const QJsonObject stats =
        m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/stats")), false).json();
    QCOMPARE(stats[QStringLiteral("exportsStarted")].toInt(), 0);
    QString message;
    QVERIFY2(schemas.run(&message), qPrintable(message));
}

void TestSandboxApi::exportLifecycleMatchesTheSpec()
{
    SchemaChecks schemas;
    HttpResult started;
    const QString id =
        startExport(m_http, *m_sandbox, viewRequest(QStringLiteral("CSV")), &started);
    QVERIFY2(!id.isEmpty(), started.body.constData());
    QCOMPARE(started.status, 202);
    QVERIFY(!started.header("x-hubspot-ratelimit-remaining").isEmpty());
    QCOMPARE(started.header("x-hubspot-ratelimit-interval-milliseconds"), QByteArray("10000"));
    schemas.add(QStringLiteral("exports-v3.json"), QStringLiteral("TaskLocator"), started.json(),
                QStringLiteral("start"));
    const QString statusLink =
        started.json()[QStringLiteral("links")][QStringLiteral("status")].toString();
    QCOMPARE(statusLink,
             m_sandbox->api(QStringLiteral("/crm/v3/exports/export/async/tasks/%1/status").arg(id))
                 .toString());

    HttpResult status = m_http.get(QUrl(statusLink));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json()[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
    QVERIFY(!status.json().contains(QStringLiteral("result")));
    schemas.add(QStringLiteral("exports-v3.json"),
                QStringLiteral("ActionResponseWithSingleResultURI"), status.json(),
                QStringLiteral("status PENDING"),
                {QStringLiteral("startedAt"), QStringLiteral("completedAt")});
    HttpResult info =
        m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/exports/export/%1").arg(id)));
    QCOMPARE(info.json()[QStringLiteral("exportState")].toString(), QStringLiteral("ENQUEUED"));
    schemas.add(QStringLiteral("exports-v3.json"), QStringLiteral("PublicExportResponse"),
                info.json(), QStringLiteral("export ENQUEUED"));

    QVERIFY(advanceClock(m_http, *m_sandbox, 1.5));
    status = m_http.get(QUrl(statusLink));
    QCOMPARE(status.json()[QStringLiteral("status")].toString(), QStringLiteral("PROCESSING"));
    QVERIFY(status.json().contains(QStringLiteral("startedAt")));
    schemas.add(QStringLiteral("exports-v3.json"),
                QStringLiteral("ActionResponseWithSingleResultURI"), status.json(),
                QStringLiteral("status PROCESSING"), {QStringLiteral("completedAt")});

    QVERIFY(advanceClock(m_http, *m_sandbox, 120));
    const QJsonObject complete = waitForStatus(m_http, *m_sandbox, id, QStringLiteral("COMPLETE"));
    QCOMPARE(complete[QStringLiteral("status")].toString(), QStringLiteral("COMPLETE"));
    schemas.add(QStringLiteral("exports-v3.json"),
                QStringLiteral("ActionResponseWithSingleResultURI"), complete,
                QStringLiteral("status COMPLETE"));
    const QUrl result(complete[QStringLiteral("result")].toString());
    QCOMPARE(result.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(result.port(), int(m_sandbox->downloadPort())); // another origin
    QVERIFY(complete[QStringLiteral("requestedAt")].toString() <=
            complete[QStringLiteral("startedAt")].toString());
    QVERIFY(complete[QStringLiteral("startedAt")].toString() <
            complete[QStringLiteral("completedAt")].toString());
    // Each status call mints a fresh link.
    const QJsonObject again = m_http.get(QUrl(statusLink)).json();
    QVERIFY(again[QStringLiteral("result")].toString() != result.toString());

    info = m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/exports/export/%1").arg(id)));
    QCOMPARE(info.json()[QStringLiteral("exportState")].toString(), QStringLiteral("DONE"));
    QVERIFY(info.json()[QStringLiteral("recordCount")].toInt() > 0);
    QCOMPARE(info.json()[QStringLiteral("objectType")].toString(), QStringLiteral("0-1"));
    schemas.add(QStringLiteral("exports-v3.json"), QStringLiteral("PublicExportResponse"),
                info.json(), QStringLiteral("export DONE"));
    QString message;
    QVERIFY2(schemas.run(&message), qPrintable(message));
}

void TestSandboxApi::datedExportPathsWork()
{
    const HttpResult started =
        m_http.post(m_sandbox->api(QStringLiteral("/crm/exports/2026-03/export/async")),
                    listRequest(QStringLiteral("CSV"), m_listId));
    QCOMPARE(started.status, 202);
    const QString link =
        started.json()[QStringLiteral("links")][QStringLiteral("status")].toString();
    QVERIFY2(link.contains(QLatin1String("/crm/exports/2026-03/export/async/tasks/")),
             qPrintable(link));
    const HttpResult status = m_http.get(QUrl(link));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json()[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
}

void TestSandboxApi::guideShapesAreAccepted()
{
    // HubSpot accepts the exports guide's looser body (lower-case format, the spec's required
    // booleans left out) and so does the sandbox. Only the client must write the strict shape.
    QJsonObject loose = viewRequest(QStringLiteral("csv"));
    loose.remove(QStringLiteral("includeLabeledAssociations"));
    loose.remove(QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects"));
    loose.remove(QStringLiteral("overrideAssociatedObjectsPerDefinitionPerRowLimit"));
    const HttpResult started = m_http.post(
        m_sandbox->api(QStringLiteral("/crm/v3/exports/export/async")), loose, true, kLenient);
    QCOMPARE(started.status, 202);
    QVERIFY(!started.json()[QStringLiteral("id")].toString().isEmpty());
}

void TestSandboxApi::invalidRequestsNameTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const auto bytes = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    QJsonObject request = viewRequest(QStringLiteral("CSV"));
    QTest::newRow("not json") << QByteArray("{\"exportType\": ") << QStringLiteral("body");

    QJsonObject badFormat = request;
    badFormat[QStringLiteral("format")] = QStringLiteral("PDF");
    QTest::newRow("format") << bytes(badFormat) << QStringLiteral("format");

    QJsonObject badLanguage = request;
    badLanguage[QStringLiteral("language")] = QStringLiteral("XX");
    QTest::newRow("language") << bytes(badLanguage) << QStringLiteral("language");

    QJsonObject noName = request;
    noName.remove(QStringLiteral("exportName"));
    QTest::newRow("exportName") << bytes(noName) << QStringLiteral("exportName");

    QJsonObject unknownProperty = request;
    unknownProperty[QStringLiteral("objectProperties")] =
        QJsonArray{QStringLiteral("no_such_prop")};
    QTest::newRow("property") << bytes(unknownProperty) << QStringLiteral("objectProperties[0]");

    QJsonObject unknownType = request;
    unknownType[QStringLiteral("objectType")] = QStringLiteral("2-999999");
    QTest::newRow("objectType") << bytes(unknownType) << QStringLiteral("objectType");

    QJsonObject tooManyGroups = request;
    QJsonArray groups;
    for (int i = 0; i < 4; ++i)
        groups.append(
            QJsonObject{{QStringLiteral("filters"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("propertyName"), QStringLiteral("email")},
                             {QStringLiteral("operator"), QStringLiteral("HAS_PROPERTY")}}}}});
    QJsonObject search = request[QStringLiteral("publicCrmSearchRequest")].toObject();
    search[QStringLiteral("filterGroups")] = groups;
    tooManyGroups[QStringLiteral("publicCrmSearchRequest")] = search;
    QTest::newRow("filterGroups") << bytes(tooManyGroups)
                                  << QStringLiteral("publicCrmSearchRequest.filterGroups");

    QJsonObject unknownFilterProperty = request;
    search = request[QStringLiteral("publicCrmSearchRequest")].toObject();
    search[QStringLiteral("filterGroups")] = QJsonArray{QJsonObject{
        {QStringLiteral("filters"),
         QJsonArray{QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("zzz_nope")},
                                {QStringLiteral("operator"), QStringLiteral("HAS_PROPERTY")}}}}}};
    unknownFilterProperty[QStringLiteral("publicCrmSearchRequest")] = search;
    QTest::newRow("filter property")
        << bytes(unknownFilterProperty)
        << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].propertyName");

    QTest::newRow("unknown list") << bytes(listRequest(QStringLiteral("CSV"),
                                                       QStringLiteral("987654321")))
                                  << QStringLiteral("listId");
    QJsonObject noList = listRequest(QStringLiteral("CSV"), QString());
    noList.remove(QStringLiteral("listId"));
    QTest::newRow("missing list") << bytes(noList) << QStringLiteral("listId");
}

void TestSandboxApi::invalidRequestsNameTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpResult reply =
        m_http.send("POST", m_sandbox->api(QStringLiteral("/crm/v3/exports/export/async")), body,
                    kLenient); // invalid on purpose
    QCOMPARE(reply.status, 400);
    const QJsonObject error = reply.json();
    QCOMPARE(error[QStringLiteral("category")].toString(), QStringLiteral("VALIDATION_ERROR"));
    QStringList fields;
    for (const auto &detail : error[QStringLiteral("errors")].toArray())
        fields.append(detail[QStringLiteral("in")].toString());
    const bool named = std::any_of(fields.cbegin(), fields.cend(),
                                   [&](const QString &in) { return in.startsWith(field); });
    QVERIFY2(named, qPrintable(fields.join(u',') + u" / " + QString::fromUtf8(reply.body)));
    SchemaChecks schemas;
    schemas.add(QStringLiteral("exports-v3.json"), QStringLiteral("Error"), error, field);
    QString message;
    QVERIFY2(schemas.run(&message), qPrintable(message));
    // A refused request does not spend the quota.
    QCOMPARE(m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/stats")), false)
                 .json()[QStringLiteral("exportsStarted")]
                 .toInt(),
             0);
}

void TestSandboxApi::unknownTaskIsForbidden()
{
    const HttpResult status = m_http.get(
        m_sandbox->api(QStringLiteral("/crm/v3/exports/export/async/tasks/424242/status")));
    QCOMPARE(status.status, 403);
    QVERIFY2(status.json()[QStringLiteral("message")].toString().startsWith(
                 QLatin1String("Permission to get export file cannot be granted for exportId "
                               "424242 and portalId ")),
             status.body.constData());
    const HttpResult info =
        m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/exports/export/424242")));
    QCOMPARE(info.status, 403);
    const HttpResult notANumber =
        m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/exports/export/async/tasks/abc/status")));
    QCOMPARE(notANumber.status, 400);
    QCOMPARE(notANumber.json()[QStringLiteral("errors")][0][QStringLiteral("in")].toString(),
             QStringLiteral("taskId"));
    SchemaChecks schemas;
    schemas.add(QStringLiteral("exports-v3.json"), QStringLiteral("Error"), status.json(),
                QStringLiteral("403"));
    QString message;
    QVERIFY2(schemas.run(&message), qPrintable(message));
}

void TestSandboxApi::metadataMatchesTheSpec()
{
    SchemaChecks schemas;
    auto check = [&](const QString &path, const QString &spec, const QString &schema) {
        const HttpResult reply = m_http.get(m_sandbox->api(path));
        if (reply.status != 200)
            return false;
        schemas.add(spec, schema, reply.json(), path);
        return true;
    };
    QVERIFY(check(QStringLiteral("/crm/v3/properties/contacts"),
                  QStringLiteral("properties-v3.json"),
                  QStringLiteral("CollectionResponsePropertyNoPaging")));
    QVERIFY(check(QStringLiteral("/crm/v3/properties/0-3"), QStringLiteral("properties-v3.json"),
                  QStringLiteral("CollectionResponsePropertyNoPaging")));
    QVERIFY(check(QStringLiteral("/crm/v3/properties/2-4001"), QStringLiteral("properties-v3.json"),
                  QStringLiteral("CollectionResponsePropertyNoPaging")));
    QVERIFY(check(QStringLiteral("/crm/v3/properties/CONTACT/groups"),
                  QStringLiteral("properties-v3.json"),
                  QStringLiteral("CollectionResponsePropertyGroupNoPaging")));
    QVERIFY(check(QStringLiteral("/crm/v3/properties/contacts/email"),
                  QStringLiteral("properties-v3.json"), QStringLiteral("Property")));
    QVERIFY(check(QStringLiteral("/crm/v3/lists/%1").arg(m_listId), QStringLiteral("lists-v3.json"),
                  QStringLiteral("ListFetchResponse")));
    QVERIFY(check(QStringLiteral("/crm/v3/schemas"), QStringLiteral("schemas-v3.json"),
                  QStringLiteral("CollectionResponseObjectSchemaNoPaging")));
    QVERIFY(check(QStringLiteral("/crm-object-schemas/v3/schemas"),
                  QStringLiteral("schemas-v3.json"),
                  QStringLiteral("CollectionResponseObjectSchemaNoPaging")));
    QVERIFY(check(QStringLiteral("/crm/v3/owners"), QStringLiteral("owners-v3.json"),
                  QStringLiteral("CollectionResponsePublicOwnerForwardPaging")));
    QVERIFY(check(QStringLiteral("/crm/v3/pipelines/deals"), QStringLiteral("pipelines-v3.json"),
                  QStringLiteral("CollectionResponsePipelineNoPaging")));
    QVERIFY(check(QStringLiteral("/crm/v3/pipelines/0-5"), QStringLiteral("pipelines-v3.json"),
                  QStringLiteral("CollectionResponsePipelineNoPaging")));

    // The custom object is in the schemas with its own properties.
    const QJsonArray objectSchemas = m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/schemas")))
                                         .json()[QStringLiteral("results")]
                                         .toArray();
    const bool hasCustom =
        std::any_of(objectSchemas.begin(), objectSchemas.end(), [](const QJsonValue &schema) {
            return schema[QStringLiteral("objectTypeId")].toString() == u"2-4001";
        });
    QVERIFY(hasCustom);

    const QJsonArray lists = m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/lists")), false)
                                 .json()[QStringLiteral("lists")]
                                 .toArray();
    QVERIFY(!lists.isEmpty());
    const QString legacy = lists.first()[QStringLiteral("legacyListId")].toString();
    const HttpResult mapped = m_http.get(
        m_sandbox->api(QStringLiteral("/crm/v3/lists/idmapping?legacyListId=%1").arg(legacy)));
    QCOMPARE(mapped.status, 200);
    QCOMPARE(mapped.json()[QStringLiteral("listId")].toString(),
             lists.first()[QStringLiteral("listId")].toString());
    schemas.add(QStringLiteral("lists-v3.json"), QStringLiteral("PublicMigrationMapping"),
                mapped.json(), QStringLiteral("idmapping"));
    const HttpResult noLegacy =
        m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/lists/idmapping")));
    QCOMPARE(noLegacy.status, 400);
    QCOMPARE(noLegacy.json()[QStringLiteral("errors")][0][QStringLiteral("in")].toString(),
             QStringLiteral("legacyListId"));

    const HttpResult unknownType =
        m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/properties/unicorns")));
    QCOMPARE(unknownType.status, 400);
    QCOMPARE(unknownType.json()[QStringLiteral("errors")][0][QStringLiteral("in")].toString(),
             QStringLiteral("objectType"));
    schemas.add(QStringLiteral("properties-v3.json"), QStringLiteral("Error"), unknownType.json(),
                QStringLiteral("unknown object type"));
    QString message;
    QVERIFY2(schemas.run(&message), qPrintable(message));
}

void TestSandboxApi::listSearchPagesAndValidates()
{
    const QUrl search = m_sandbox->api(QStringLiteral("/crm/v3/lists/search"));
    const HttpResult all =
        m_http.post(search, {{QStringLiteral("offset"), 0},
                             {QStringLiteral("additionalProperties"), QJsonArray{}}});
    QCOMPARE(all.status, 200);
    const int total = all.json()[QStringLiteral("total")].toInt();
    QVERIFY(total >= 2);
    const HttpResult first =
        m_http.post(search, {{QStringLiteral("offset"), 0},
                             {QStringLiteral("count"), 1},
                             {QStringLiteral("additionalProperties"), QJsonArray{}}});
    QCOMPARE(first.json()[QStringLiteral("lists")].toArray().size(), 1);
    QCOMPARE(first.json()[QStringLiteral("hasMore")].toBool(), true);
    QCOMPARE(first.json()[QStringLiteral("offset")].toInt(), 1);
    const HttpResult last =
        m_http.post(search, {{QStringLiteral("offset"), total - 1},
                             {QStringLiteral("count"), 500},
                             {QStringLiteral("additionalProperties"), QJsonArray{}}});
    QCOMPARE(last.json()[QStringLiteral("lists")].toArray().size(), 1);
    QCOMPARE(last.json()[QStringLiteral("hasMore")].toBool(), false);

    const HttpResult contactsOnly =
        m_http.post(search, {{QStringLiteral("offset"), 0},
                             {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
                             {QStringLiteral("additionalProperties"), QJsonArray{}}});
    for (const auto &list : contactsOnly.json()[QStringLiteral("lists")].toArray())
        QCOMPARE(list[QStringLiteral("objectTypeId")].toString(), QStringLiteral("0-1"));

    const HttpResult tooMany =
        m_http.post(search, {{QStringLiteral("offset"), 0}, {QStringLiteral("count"), 501}}, true,
                    kLenient); // invalid on purpose
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.json()[QStringLiteral("errors")][0][QStringLiteral("in")].toString(),
             QStringLiteral("count"));
    const HttpResult badType = m_http.post(
        search, {{QStringLiteral("processingTypes"), QJsonArray{QStringLiteral("WEEKLY")}}}, true,
        kLenient); // invalid on purpose
    QCOMPARE(badType.status, 400);
    QCOMPARE(badType.json()[QStringLiteral("errors")][0][QStringLiteral("in")].toString(),
             QStringLiteral("processingTypes[0]"));

    SchemaChecks schemas;
    schemas.add(QStringLiteral("lists-v3.json"), QStringLiteral("ListSearchResponse"), all.json(),
                QStringLiteral("search all"));
    schemas.add(QStringLiteral("lists-v3.json"), QStringLiteral("ListSearchResponse"), first.json(),
                QStringLiteral("search page"));
    QString message;
    QVERIFY2(schemas.run(&message), qPrintable(message));
}

void TestSandboxApi::ownersPage()
{
    const HttpResult all = m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/owners")));
    const int total = int(all.json()[QStringLiteral("results")].toArray().size());
    QVERIFY(total >= 2);
    QStringList seen;
    QUrl next = m_sandbox->api(QStringLiteral("/crm/v3/owners?limit=1"));
    for (int guard = 0; guard < 1000 && next.isValid() && !next.isEmpty(); ++guard) {
        const QJsonObject page = m_http.get(next).json();
        for (const auto &owner : page[QStringLiteral("results")].toArray())
            seen.append(owner[QStringLiteral("id")].toString());
        next = QUrl(page[QStringLiteral("paging")][QStringLiteral("next")][QStringLiteral("link")]
                        .toString());
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/owners?limit=0"))).status, 400);
}

void TestSandboxApi::interruptStopsCleanly()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    // A request stalled for an hour must not hold up shutdown: a sandbox that waited for it
    // would outlast stop()'s grace period, be killed and not exit with 0.
    Sandbox sandbox({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--fault"),
                     QStringLiteral("owners:stall=3600")});
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QNetworkReply *stalled = m_http.sendAsync("GET", sandbox.api(QStringLiteral("/crm/v3/owners")));
    // The stall has begun once the sandbox has counted the request.
    const QUrl stats = sandbox.api(QStringLiteral("/__sandbox/stats"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(stats, false).json()[QStringLiteral("faultsFired")].toInt(), 1, 20000);
    QVERIFY(!stalled->isFinished());
    QCOMPARE(sandbox.stop(SIGINT), 0);
    Http::collect(stalled, 20000);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
