// Every fault rule of hubspot-sandbox, from the command line and from /__sandbox/faults.
#include "sandboxharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void faultFromTheCommandLine();
    void invalidRuleIsRefused();
    void statusCodeFaultsDoNotSpendAnExport();
    void statusWithRetryAfterAndNoBody();
    void htmlInvalidJsonTruncatedWrongLength();
    void stallDoesNotBlockOtherRequests();
    void downloadDropTrickleWrongLength();
    void downloadBadZips_data();
    void downloadBadZips();
    void downloadExpireAndRevokeToken();
    void skipAndCountAlways();

private:
    void addFault(const QString &rule);
    QUrl freshLink();

    Sandbox *m_sandbox = nullptr;
    Http m_http;
    QString m_exportId;
    QByteArray m_file;
};

void TestSandboxFaults::initTestCase()
{
    m_sandbox =
        new Sandbox({QStringLiteral("--clock-speed"), QStringLiteral("0"),
                     QStringLiteral("--fault"), QStringLiteral("properties:status=503:count=1")});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestSandboxFaults::cleanupTestCase()
{
    QCOMPARE(m_sandbox->stop(), 0);
    delete m_sandbox;
}

void TestSandboxFaults::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "faultFromTheCommandLine")
        return; // it checks the rule given at start-up, which a reset would clear
    QCOMPARE(m_http.post(m_sandbox->api(QStringLiteral("/__sandbox/reset")), {}, false).status,
             200);
    m_exportId.clear(); // the reset forgot every export
    m_file.clear();
}

void TestSandboxFaults::addFault(const QString &rule)
{
    const HttpResult reply = m_http.post(m_sandbox->api(QStringLiteral("/__sandbox/faults")),
                                         {{QStringLiteral("rules"), QJsonArray{rule}}}, false);
    QVERIFY2(reply.status == 200, reply.body.constData());
}

QUrl TestSandboxFaults::freshLink()
{
    if (m_exportId.isEmpty()) {
        m_exportId = startExport(m_http, *m_sandbox, viewRequest(QStringLiteral("CSV")));
        advanceClock(m_http, *m_sandbox, 3600);
    }
    const QJsonObject status =
        waitForStatus(m_http, *m_sandbox, m_exportId, QStringLiteral("COMPLETE"));
    QUrl link(status[QStringLiteral("result")].toString());
    if (m_file.isEmpty())
        m_file = m_http.get(link, false).body;
    return link;
}

void TestSandboxFaults::faultFromTheCommandLine()
{
    const QUrl url = m_sandbox->api(QStringLiteral("/crm/v3/properties/contacts"));
    const HttpResult first = m_http.get(url);
    QCOMPARE(first.status, 503);
    QCOMPARE(first.json()[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QCOMPARE(m_http.get(url).status, 200);
}

void TestSandboxFaults::invalidRuleIsRefused()
{
    const HttpResult reply =
        m_http.post(m_sandbox->api(QStringLiteral("/__sandbox/faults")),
                    {{QStringLiteral("rules"), QJsonArray{QStringLiteral("download:status=200"),
                                                          QStringLiteral("nowhere:stall=1")}}},
                    false);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("errors")][0][QStringLiteral("in")].toString(),
             QStringLiteral("rules[1]"));
    const QJsonArray active = m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/faults")), false)
                                  .json()[QStringLiteral("faults")]
                                  .toArray();
    QVERIFY(active.isEmpty()); // all or nothing
}

void TestSandboxFaults::statusCodeFaultsDoNotSpendAnExport()
{
    addFault(QStringLiteral("start:status=500:count=2"));
    HttpResult reply;
    QVERIFY(startExport(m_http, *m_sandbox, viewRequest(QStringLiteral("CSV")), &reply).isEmpty());
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.json()[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY(startExport(m_http, *m_sandbox, viewRequest(QStringLiteral("CSV")), &reply).isEmpty());
    QCOMPARE(reply.status, 500);
    QVERIFY(!startExport(m_http, *m_sandbox, viewRequest(QStringLiteral("CSV")), &reply).isEmpty());
    const QJsonObject stats =
        m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/stats")), false).json();
    QCOMPARE(stats[QStringLiteral("exportsStarted")].toInt(), 1); // one export spent
    QCOMPARE(stats[QStringLiteral("requests")][QStringLiteral("start")].toInt(), 3);
    QCOMPARE(stats[QStringLiteral("faultsFired")].toInt(), 2);
}

void TestSandboxFaults::statusWithRetryAfterAndNoBody()
{
    const QString id = startExport(m_http, *m_sandbox, viewRequest(QStringLiteral("CSV")));
    QVERIFY(!id.isEmpty());
    const QUrl status =
        m_sandbox->api(QStringLiteral("/crm/v3/exports/export/async/tasks/%1/status").arg(id));
    addFault(QStringLiteral("status:status=429:retry-after=2"));
    const HttpResult limited = m_http.get(status);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("2"));
    QCOMPARE(limited.json()[QStringLiteral("policyName")].toString(),
             QStringLiteral("TEN_SECONDLY_ROLLING"));
    addFault(QStringLiteral("status:status=503:nobody"));
    const HttpResult empty = m_http.get(status);
    QCOMPARE(empty.status, 503);
    QVERIFY(empty.body.isEmpty());
    QVERIFY(empty.header("retry-after").isEmpty());
    QCOMPARE(m_http.get(status).status, 200);
}

void TestSandboxFaults::htmlInvalidJsonTruncatedWrongLength()
{
    const QUrl url = m_sandbox->api(QStringLiteral("/crm/v3/properties/contacts"));
    const HttpResult whole = m_http.get(url);
    QVERIFY(whole.isJsonObject());

    addFault(QStringLiteral("properties:html=502"));
    const HttpResult html = m_http.get(url);
    QCOMPARE(html.status, 502);
    QVERIFY(html.header("content-type").startsWith("text/html"));
    QVERIFY(html.body.contains("<html>"));

    addFault(QStringLiteral("properties:invalid-json"));
    const HttpResult invalid = m_http.get(url);
    QCOMPARE(invalid.status, 200);
    QVERIFY(invalid.header("content-type").startsWith("application/json"));
    QVERIFY(!invalid.isJsonObject());

    addFault(QStringLiteral("properties:truncate"));
    const HttpResult truncated = m_http.get(url);
    QCOMPARE(truncated.status, 200);
    QCOMPARE(truncated.error, QNetworkReply::NoError); // the headers agree with the short body
    QCOMPARE(truncated.body.size(), whole.body.size() / 2);
    QCOMPARE(truncated.header("content-length").toLongLong(), qint64(truncated.body.size()));
    QVERIFY(!truncated.isJsonObject());

    addFault(QStringLiteral("properties:wrong-length=-10"));
    const HttpResult shorter = m_http.get(url);
    QCOMPARE(shorter.header("content-length").toLongLong(), qint64(whole.body.size() - 10));
    QVERIFY(shorter.body.size() <= whole.body.size() - 10);

    addFault(QStringLiteral("properties:wrong-length=500"));
    const HttpResult longer = m_http.get(url);
    QCOMPARE(longer.header("content-length").toLongLong(), qint64(whole.body.size() + 500));
    // The connection closed before the announced end (see downloadDropTrickleWrongLength for
    // why Qt's error flag is not the check).
    QCOMPARE(longer.body.size(), whole.body.size());
}

void TestSandboxFaults::stallDoesNotBlockOtherRequests()
{
    // Stalled for an hour: the other request is answered while the stall has begun (the
    // sandbox counted the request) and has not ended, however slow the machine is.
    addFault(QStringLiteral("owners:stall=3600"));
    QNetworkReply *stalled =
        m_http.sendAsync("GET", m_sandbox->api(QStringLiteral("/crm/v3/owners")));
    const QUrl stats = m_sandbox->api(QStringLiteral("/__sandbox/stats"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(stats, false).json()[QStringLiteral("faultsFired")].toInt(), 1, 20000);
    const HttpResult other =
        m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/properties/contacts")));
    QCOMPARE(other.status, 200);
    QVERIFY(!stalled->isFinished());
    stalled->abort(); // its sandbox thread sleeps on until the sandbox stops
    Http::collect(stalled);

    // A short stall is answered, and not before its time (a lower bound: a slow machine only
    // makes it later).
    addFault(QStringLiteral("owners:stall=1"));
    const HttpResult late = m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/owners")));
    QCOMPARE(late.status, 200);
    QVERIFY2(late.elapsedMs >= 950, QByteArray::number(late.elapsedMs).constData());
}

void TestSandboxFaults::downloadDropTrickleWrongLength()
{
    const QUrl link = freshLink();
    QVERIFY(m_file.size() > 2000);

    // What a drop is on the wire: the announced length, fewer bytes, one request. Not Qt's
    // error flag: QtNetwork 6.4 finishes such a reply with NoError when it notices the closed
    // socket only after it has consumed the buffered bytes (its HTTP/1 handler then takes the
    // close for the end of a body without Content-Length). It happened once in 150 runs under
    // load, with exactly these 1,000 bytes from one request.
    const QUrl stats = m_sandbox->api(QStringLiteral("/__sandbox/stats"));
    const auto downloadRequests = [&] {
        return m_http.get(stats, false)
            .json()[QStringLiteral("requests")][QStringLiteral("download")]
            .toInt();
    };
    const int before = downloadRequests();
    addFault(QStringLiteral("download:drop-after=1000"));
    const HttpResult dropped = m_http.get(link, false);
    QCOMPARE(dropped.status, 200);
    QCOMPARE(dropped.header("content-length").toLongLong(), qint64(m_file.size()));
    QCOMPARE(dropped.body, m_file.left(1000));
    QCOMPARE(downloadRequests() - before, 1); // not resent behind the test's back

    // Resuming after the drop with Range gives the rest.
    const HttpResult rest = m_http.send("GET", link, {}, {{"Range", "bytes=1000-"}}, false);
    QCOMPARE(rest.status, 206);
    QCOMPARE(rest.body, m_file.mid(1000));

    addFault(QStringLiteral("download:trickle=4000"));
    const HttpResult slow = m_http.send("GET", link, {}, {{"Range", "bytes=0-1999"}}, false);
    QCOMPARE(slow.status, 206);
    QCOMPARE(slow.body, m_file.left(2000));
    QVERIFY2(slow.elapsedMs >= 350, QByteArray::number(slow.elapsedMs).constData());

    addFault(QStringLiteral("download:wrong-length=100"));
    const HttpResult wrong = m_http.get(link, false);
    QCOMPARE(wrong.header("content-length").toLongLong(), qint64(m_file.size() + 100));
    QCOMPARE(wrong.body, m_file); // 100 bytes short of the announced length, then closed

    addFault(QStringLiteral("download:truncate"));
    const HttpResult half = m_http.get(link, false);
    QCOMPARE(half.error, QNetworkReply::NoError);
    QCOMPARE(half.body, m_file.left(m_file.size() / 2));

    QCOMPARE(m_http.get(link, false).body, m_file); // faults used up
}

void TestSandboxFaults::downloadBadZips_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("marker");
    QTest::newRow("corrupt") << QStringLiteral("corrupt") << QByteArray();
    QTest::newRow("traversal") << QStringLiteral("traversal") << QByteArray("../escape.txt");
    QTest::newRow("absolute") << QStringLiteral("absolute") << QByteArray("/tmp/escape.txt");
    QTest::newRow("symlink") << QStringLiteral("symlink") << QByteArray();
    QTest::newRow("bomb") << QStringLiteral("bomb") << QByteArray();
}

void TestSandboxFaults::downloadBadZips()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, marker);
    const QUrl link = freshLink();
    addFault(QStringLiteral("download:badzip=") + kind);
    const HttpResult bad = m_http.get(link, false);
    QCOMPARE(bad.status, 200);
    QVERIFY(bad.body.startsWith("PK\x03\x04"));
    QVERIFY(bad.body != m_file);
    QCOMPARE(bad.header("etag"), '"' + sha256Hex(bad.body) + '"');
    if (!marker.isEmpty())
        QVERIFY2(bad.body.contains(marker), marker.constData());
    QCOMPARE(m_http.get(link, false).body, m_file);
}

void TestSandboxFaults::downloadExpireAndRevokeToken()
{
    const QUrl link = freshLink();
    addFault(QStringLiteral("download:expire"));
    const HttpResult expired = m_http.get(link, false);
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.body.contains("expired"));
    QCOMPARE(m_http.get(link, false).status, 403); // stays expired
    QCOMPARE(m_http.get(freshLink(), false).status, 200);

    addFault(QStringLiteral("any:revoke-token"));
    const QUrl url = m_sandbox->api(QStringLiteral("/crm/v3/schemas"));
    QCOMPARE(m_http.get(url).status, 401);
    const HttpResult after = m_http.get(url);
    QCOMPARE(after.status, 401); // the token stays revoked
    QCOMPARE(after.json()[QStringLiteral("category")].toString(),
             QStringLiteral("INVALID_AUTHENTICATION"));
    QCOMPARE(m_http.post(m_sandbox->api(QStringLiteral("/__sandbox/reset")), {}, false).status,
             200);
    QCOMPARE(m_http.get(url).status, 200);
}

void TestSandboxFaults::skipAndCountAlways()
{
    addFault(QStringLiteral("lists:status=500:skip=1:count=always"));
    const QUrl url = m_sandbox->api(QStringLiteral("/crm/v3/lists/search"));
    const QJsonObject search{{QStringLiteral("offset"), 0},
                             {QStringLiteral("additionalProperties"), QJsonArray{}}};
    QCOMPARE(m_http.post(url, search).status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http.post(url, search).status, 500);
    QCOMPARE(
        m_http.send("DELETE", m_sandbox->api(QStringLiteral("/__sandbox/faults")), {}, {}, false)
            .status,
        200);
    QCOMPARE(m_http.post(url, search).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
