// Rate limit, daily quota and the one-export-at-a-time queue of hubspot-sandbox.
#include "sandboxharness.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private slots:
    void tenSecondlyRateLimit();
    void dailyQuota();
    void oneExportRunsAtATime();

private:
    static QString firstContactList(Http &http, const Sandbox &sandbox);
};

QString TestSandboxLimits::firstContactList(Http &http, const Sandbox &sandbox)
{
    const QJsonArray lists = http.get(sandbox.api(QStringLiteral("/__sandbox/lists")), false)
                                 .json()[QStringLiteral("lists")]
                                 .toArray();
    for (const auto &list : lists) {
        if (list[QStringLiteral("objectTypeId")].toString() == u"0-1")
            return list[QStringLiteral("listId")].toString();
    }
    return {};
}

void TestSandboxLimits::tenSecondlyRateLimit()
{
    Sandbox sandbox({QStringLiteral("--rate-limit"), QStringLiteral("5")});
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Http http;
    const QUrl url = sandbox.api(QStringLiteral("/crm/v3/properties/contacts"));
    for (int i = 0; i < 5; ++i) {
        const HttpResult reply = http.get(url);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("x-hubspot-ratelimit-max"), QByteArray("5"));
        QCOMPARE(reply.header("x-hubspot-ratelimit-remaining").toInt(), 4 - i);
        QCOMPARE(reply.header("x-hubspot-ratelimit-interval-milliseconds"), QByteArray("10000"));
    }
    const HttpResult limited = http.get(url);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json()[QStringLiteral("policyName")].toString(),
             QStringLiteral("TEN_SECONDLY_ROLLING"));
    QCOMPARE(limited.json()[QStringLiteral("errorType")].toString(), QStringLiteral("RATE_LIMIT"));
    QCOMPARE(limited.header("x-hubspot-ratelimit-remaining"), QByteArray("0"));
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 10, limited.header("retry-after").constData());
    // Admin endpoints are not rate limited, and the limiter counted the refusal.
    const QJsonObject stats =
        http.get(sandbox.api(QStringLiteral("/__sandbox/stats")), false).json();
    QCOMPARE(stats[QStringLiteral("rateLimited")].toInt(), 1);
    SchemaChecks schemas;
    schemas.add(QStringLiteral("exports-v3.json"), QStringLiteral("Error"), limited.json(),
                QStringLiteral("429"));
    QString message;
    QVERIFY2(schemas.run(&message), qPrintable(message));
}

void TestSandboxLimits::dailyQuota()
{
    Sandbox sandbox({QStringLiteral("--quota"), QStringLiteral("2"),
                     QStringLiteral("--clock-speed"), QStringLiteral("0")});
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Http http;
    const QString listId = firstContactList(http, sandbox);
    QVERIFY(!listId.isEmpty());
    QVERIFY(!startExport(http, sandbox, listRequest(QStringLiteral("CSV"), listId)).isEmpty());
    QVERIFY(!startExport(http, sandbox, viewRequest(QStringLiteral("CSV"))).isEmpty());
    HttpResult refused;
    QVERIFY(startExport(http, sandbox, viewRequest(QStringLiteral("XLSX")), &refused).isEmpty());
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json()[QStringLiteral("policyName")].toString(), QStringLiteral("DAILY"));
    QVERIFY(refused.header("retry-after").toLongLong() > 0);
    QCOMPARE(http.get(sandbox.api(QStringLiteral("/__sandbox/stats")), false)
                 .json()[QStringLiteral("exportsStarted")]
                 .toInt(),
             2);
    // Rolling 24 h: a day later the quota is back.
    QVERIFY(advanceClock(http, sandbox, 23 * 3600));
    QVERIFY(startExport(http, sandbox, viewRequest(QStringLiteral("XLSX"))).isEmpty());
    QVERIFY(advanceClock(http, sandbox, 3601));
    QVERIFY(!startExport(http, sandbox, viewRequest(QStringLiteral("XLSX"))).isEmpty());
}

void TestSandboxLimits::oneExportRunsAtATime()
{
    Sandbox sandbox({QStringLiteral("--clock-speed"), QStringLiteral("0")});
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Http http;
    const QString first = startExport(http, sandbox, viewRequest(QStringLiteral("CSV")));
    const QString second = startExport(http, sandbox, viewRequest(QStringLiteral("XLSX")));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    auto state = [&](const QString &id) {
        return http.get(sandbox.api(QStringLiteral("/crm/v3/exports/export/%1").arg(id)))
            .json()[QStringLiteral("exportState")]
            .toString();
    };
    QCOMPARE(state(first), QStringLiteral("ENQUEUED"));
    QVERIFY(advanceClock(http, sandbox, 1.5));
    QCOMPARE(state(first), QStringLiteral("PROCESSING"));
    QCOMPARE(state(second), QStringLiteral("ENQUEUED")); // waits for the first
    QVERIFY(advanceClock(http, sandbox, 600));
    const QJsonObject firstDone = waitForStatus(http, sandbox, first, QStringLiteral("COMPLETE"));
    QCOMPARE(firstDone[QStringLiteral("status")].toString(), QStringLiteral("COMPLETE"));
    QTRY_VERIFY_WITH_TIMEOUT(state(second) != u"ENQUEUED", 5000);
    QVERIFY(advanceClock(http, sandbox, 600));
    const QJsonObject secondDone = waitForStatus(http, sandbox, second, QStringLiteral("COMPLETE"));
    QCOMPARE(secondDone[QStringLiteral("status")].toString(), QStringLiteral("COMPLETE"));
    // The second started no earlier than the first completed.
    QVERIFY(secondDone[QStringLiteral("startedAt")].toString() >=
            firstDone[QStringLiteral("completedAt")].toString());
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
