// RateLimiter: never more than the window allows, HubSpot's numbers win, 429 pauses.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <hubspot/ratelimiter.h>

using namespace es;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Headers window(int max, int remaining, int intervalMs)
{
    return {{"X-HubSpot-RateLimit-Max", QByteArray::number(max)},
            {"X-HubSpot-RateLimit-Remaining", QByteArray::number(remaining)},
            {"X-HubSpot-RateLimit-Interval-Milliseconds", QByteArray::number(intervalMs)}};
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void neverSynchronous();
    void localWindowCapsBurst();
    void remainingZeroWaitsForWindow();
    void pauseHoldsEveryone();
    void releaseAndDeadContext();
    void perSecondCap();
    void stateAndSignal();
};

void TestRateLimiter::neverSynchronous()
{
    RateLimiter limiter;
    bool ran = false;
    limiter.acquire(this, [&] { ran = true; });
    QVERIFY(!ran);
    QTRY_VERIFY_WITH_TIMEOUT(ran, 1000);
}

void TestRateLimiter::localWindowCapsBurst()
{
    RateLimiter limiter;
    limiter.setDefaultWindow(3, 300);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> times;
    for (int i = 0; i < 7; ++i)
        limiter.acquire(this, [&] { times.append(clock.elapsed()); });
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 7, 3000);
    // In any 300 ms stretch at most 3 sends.
    for (int i = 3; i < times.size(); ++i)
        QVERIFY2(times[i] - times[i - 3] >= 295,
                 qPrintable(QStringLiteral("send %1 at %2 ms, send %3 at %4 ms")
                                .arg(i)
                                .arg(times[i])
                                .arg(i - 3)
                                .arg(times[i - 3])));
    QVERIFY(times[2] < 100); // the first three go at once
}

void TestRateLimiter::remainingZeroWaitsForWindow()
{
    RateLimiter limiter;
    limiter.observeHeaders(200, window(100, 0, 400));
    QElapsedTimer clock;
    clock.start();
    qint64 sentAt = -1;
    limiter.acquire(this, [&] { sentAt = clock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(sentAt >= 0, 2000);
    QVERIFY2(sentAt >= 380, qPrintable(QString::number(sentAt)));

    // Remaining 2: two go at once, the third waits.
    limiter.observeHeaders(200, window(100, 2, 400));
    clock.restart();
    QList<qint64> times;
    for (int i = 0; i < 3; ++i)
        limiter.acquire(this, [&] { times.append(clock.elapsed()); });
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 3, 2000);
    QVERIFY(times[1] < 100);
    QVERIFY2(times[2] >= 380, qPrintable(QString::number(times[2])));
}

void TestRateLimiter::pauseHoldsEveryone()
{
    RateLimiter limiter;
    limiter.pauseFor(300);
    QCOMPARE(limiter.state().blockedForMs > 250, true);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> times;
    limiter.acquire(this, [&] { times.append(clock.elapsed()); });
    limiter.acquire(this, [&] { times.append(clock.elapsed()); });
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 2, 2000);
    QVERIFY(times[0] >= 290);
}

void TestRateLimiter::releaseAndDeadContext()
{
    RateLimiter limiter;
    limiter.pauseFor(100);
    bool released = false;
    bool dead = false;
    bool alive = false;
    const quint64 ticket = limiter.acquire(this, [&] { released = true; });
    auto *context = new QObject;
    limiter.acquire(context, [&] { dead = true; });
    limiter.acquire(this, [&] { alive = true; });
    QCOMPARE(limiter.state().queued, 3);
    limiter.release(ticket);
    delete context;
    QTRY_VERIFY_WITH_TIMEOUT(alive, 2000);
    QVERIFY(!released);
    QVERIFY(!dead);
}

void TestRateLimiter::perSecondCap()
{
    RateLimiter limiter;
    limiter.setMaxPerSecond(2);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> times;
    for (int i = 0; i < 3; ++i)
        limiter.acquire(this, [&] { times.append(clock.elapsed()); });
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 3, 3000);
    QVERIFY2(times[2] >= 990, qPrintable(QString::number(times[2])));
}

void TestRateLimiter::stateAndSignal()
{
    RateLimiter limiter;
    QSignalSpy spy(&limiter, &RateLimiter::stateChanged);
    Headers h = window(190, 150, 10000);
    h.append(std::pair<QByteArray, QByteArray>("X-HubSpot-RateLimit-Daily", "625000"));
    h.append(std::pair<QByteArray, QByteArray>("X-HubSpot-RateLimit-Daily-Remaining", "0"));
    limiter.observeHeaders(200, h);
    QVERIFY(spy.count() >= 1);
    const auto s = spy.last().at(0).value<RateLimitState>();
    QCOMPARE(s.max, 190);
    QCOMPARE(s.remaining, 150);
    QCOMPARE(s.intervalMs, 10000);
    QCOMPARE(s.dailyMax, 625000);
    QCOMPARE(s.dailyRemaining, 0);
    QVERIFY(s.dailyExhausted);
    // Sending one lowers the remaining figure we publish.
    bool sent = false;
    limiter.acquire(this, [&] { sent = true; });
    QTRY_VERIFY(sent);
    QCOMPARE(limiter.state().remaining, 149);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
