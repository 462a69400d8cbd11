// RetryPolicy: which failures are retried, how long to wait, and the start-export rule.
#include <QTest>
#include <hubspot/retrypolicy.h>

using namespace es;

namespace {

ApiError make(ApiError::Kind kind, int status = 0)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    return e;
}

ApiError network(QNetworkReply::NetworkError code)
{
    ApiError e = ApiError::network(QStringLiteral("x"));
    e.networkError = code;
    return e;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffIsCappedExponential();
    void jitterShortensWithinBounds();
    void retryAfterIsAFloor();
    void whatIsRetried();
    void dailyLimitIsNotRetried();
    void attemptsAreCapped();
    void startExportRule();
};

void TestRetryPolicy::backoffIsCappedExponential()
{
    RetryPolicy p;
    p.jitter = 0;
    const ApiError e = make(ApiError::Kind::Server, 500);
    QCOMPARE(p.delayMs(e, 1), 500);
    QCOMPARE(p.delayMs(e, 2), 1000);
    QCOMPARE(p.delayMs(e, 3), 2000);
    QCOMPARE(p.delayMs(e, 4), 4000);
    QCOMPARE(p.delayMs(e, 7), 30000);
    QCOMPARE(p.delayMs(e, 40), 30000);
}

void TestRetryPolicy::jitterShortensWithinBounds()
{
    RetryPolicy p;
    p.jitter = 0.5;
    const ApiError e = make(ApiError::Kind::Timeout);
    p.random = [] { return 0.0; };
    QCOMPARE(p.delayMs(e, 3), 2000);
    p.random = [] { return 0.999999; };
    QCOMPARE(p.delayMs(e, 3), 1000);
    p.random = [] { return 0.5; };
    QCOMPARE(p.delayMs(e, 3), 1500);
    // The default RNG stays in range.
    p.random = {};
    for (int i = 0; i < 200; ++i) {
        const qint64 d = p.delayMs(e, 2);
        QVERIFY(d >= 500 && d <= 1000);
    }
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    RetryPolicy p;
    p.jitter = 0;
    ApiError e = make(ApiError::Kind::RateLimited, 429);
    e.retryAfterMs = 7000;
    QCOMPARE(p.delayMs(e, 1), 7000);
    e.retryAfterMs = 100;
    QCOMPARE(p.delayMs(e, 2), 1000);
}

void TestRetryPolicy::whatIsRetried()
{
    RetryPolicy p;
    const auto idem = RetryPolicy::Safety::Idempotent;
    QVERIFY(p.shouldRetry(make(ApiError::Kind::Server, 500), 1, idem));
    QVERIFY(p.shouldRetry(make(ApiError::Kind::Server, 503), 1, idem));
    QVERIFY(p.shouldRetry(make(ApiError::Kind::Timeout), 1, idem));
    QVERIFY(p.shouldRetry(make(ApiError::Kind::RateLimited, 429), 1, idem));
    QVERIFY(p.shouldRetry(network(QNetworkReply::RemoteHostClosedError), 1, idem));
    QVERIFY(p.shouldRetry(network(QNetworkReply::ConnectionRefusedError), 1, idem));
    QVERIFY(!p.shouldRetry(network(QNetworkReply::SslHandshakeFailedError), 1, idem));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::Auth, 401), 1, idem));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::MissingScopes, 403), 1, idem));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::NotFound, 404), 1, idem));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::Validation, 400), 1, idem));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::Insecure), 1, idem));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::Canceled), 1, idem));
    ApiError html = ApiError::fromHttp(502, "<html></html>", "text/html");
    QVERIFY(p.shouldRetry(html, 1, idem));
    ApiError badJson = ApiError::fromHttp(400, "{oops", "application/json");
    QVERIFY(!p.shouldRetry(badJson, 1, idem));
}

void TestRetryPolicy::dailyLimitIsNotRetried()
{
    RetryPolicy p;
    ApiError daily = make(ApiError::Kind::RateLimited, 429);
    daily.policyName = QStringLiteral("DAILY");
    QVERIFY(!p.shouldRetry(daily, 1, RetryPolicy::Safety::Idempotent));
    QVERIFY(!p.shouldRetry(daily, 1, RetryPolicy::Safety::StartsWork));
}

void TestRetryPolicy::attemptsAreCapped()
{
    RetryPolicy p;
    p.maxAttempts = 3;
    const ApiError e = make(ApiError::Kind::Server, 500);
    QVERIFY(p.shouldRetry(e, 1, RetryPolicy::Safety::Idempotent));
    QVERIFY(p.shouldRetry(e, 2, RetryPolicy::Safety::Idempotent));
    QVERIFY(!p.shouldRetry(e, 3, RetryPolicy::Safety::Idempotent));
    QVERIFY(!RetryPolicy::none().shouldRetry(e, 1, RetryPolicy::Safety::Idempotent));
}

void TestRetryPolicy::startExportRule()
{
    RetryPolicy p;
    const auto start = RetryPolicy::Safety::StartsWork;
    ApiError tenSecondly = make(ApiError::Kind::RateLimited, 429);
    tenSecondly.policyName = QStringLiteral("TEN_SECONDLY_ROLLING");
    QVERIFY(p.shouldRetry(tenSecondly, 1, start));
    QVERIFY(p.shouldRetry(network(QNetworkReply::ConnectionRefusedError), 1, start));
    QVERIFY(p.shouldRetry(network(QNetworkReply::HostNotFoundError), 1, start));
    QVERIFY(!p.shouldRetry(network(QNetworkReply::RemoteHostClosedError), 1, start));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::Server, 500), 1, start));
    QVERIFY(!p.shouldRetry(make(ApiError::Kind::Timeout), 1, start));
    QVERIFY(!p.shouldRetry(ApiError::fromHttp(502, "<html/>", "text/html"), 1, start));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
