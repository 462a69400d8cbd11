// The shared FakeNetworkAccessManager (tests/support) behaves like a real reply: queued answers,
// headers before the body, chunks, a connection cut after N bytes, hangs ended by abort or by
// the request's transfer timeout, and recorded requests.
#include <QSignalSpy>
#include <QTest>
#include <fakenetworkaccessmanager.h>

using namespace es::test;

class TestFakeNetwork : public QObject
{
    Q_OBJECT

private slots:
    void answersAreQueuedAndRecorded();
    void routesRepeatTheirLastAnswer();
    void chunksAndBreak();
    void hangEndsOnAbortOrTransferTimeout();
    void handlerSeesTheRequest();
    void unknownRequestIs404();
};

void TestFakeNetwork::answersAreQueuedAndRecorded()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(FakeResponse::json(201, QByteArray(R"({"a":1})"), {{"X-Test", "yes"}}));
    QNetworkRequest request(QUrl(QStringLiteral("https://h.invalid/p?q=1")));
    request.setRawHeader("Authorization", "Bearer t");
    QNetworkReply *reply = nam.post(request, QByteArray("body"));
    QVERIFY(!reply->isFinished()); // never synchronous
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QSignalSpy managerFinished(&nam, &QNetworkAccessManager::finished);
    QVERIFY(finished.wait(1000));
    QCOMPARE(managerFinished.count(), 1);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(reply->rawHeader("X-Test"), QByteArray("yes"));
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/json;charset=utf-8"));
    QCOMPARE(reply->readAll(), QByteArray(R"({"a":1})"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(nam.requests().size(), 1);
    const RecordedRequest r = nam.requests().first();
    QCOMPARE(r.verb, QByteArray("POST"));
    QCOMPARE(r.body, QByteArray("body"));
    QCOMPARE(r.header("authorization"), QByteArray("Bearer t"));
    QCOMPARE(r.path(), QStringLiteral("/p"));
    QCOMPARE(nam.openReplies(), 0);
    delete reply;
}

void TestFakeNetwork::routesRepeatTheirLastAnswer()
{
    FakeNetworkAccessManager nam;
    nam.route("GET", QStringLiteral("/x*"),
              {FakeResponse::raw(500, "a"), FakeResponse::raw(200, "b")});
    QList<int> statuses;
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(QStringLiteral("https://h.invalid/xyz"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(1000));
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        if (i == 0)
            QCOMPARE(reply->error(), QNetworkReply::InternalServerError);
        delete reply;
    }
    QCOMPARE(statuses, (QList<int>{500, 200, 200}));
    QCOMPARE(nam.count("GET", QStringLiteral("/x*")), 3);
}

void TestFakeNetwork::chunksAndBreak()
{
    FakeNetworkAccessManager nam;
    const QByteArray body(1000, 'z');
    nam.enqueue(FakeResponse::raw(200, body).withChunks(100, 1));
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("https://h.invalid/f"))));
    QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QByteArray got;
    connect(reply, &QNetworkReply::readyRead, this, [&] { got += reply->readAll(); });
    QVERIFY(finished.wait(2000));
    QCOMPARE(readyRead.count(), 10);
    QCOMPARE(got, body);
    delete reply;

    nam.enqueue(FakeResponse::breakAfter(250, 206, body, {{"Content-Range", "bytes 0-999/1000"}}));
    reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("https://h.invalid/f"))));
    QSignalSpy finished2(reply, &QNetworkReply::finished);
    QVERIFY(finished2.wait(2000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 1000);
    QCOMPARE(reply->readAll().size(), 250);
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    delete reply;
}

void TestFakeNetwork::hangEndsOnAbortOrTransferTimeout()
{
    FakeNetworkAccessManager nam;
    nam.route("", QStringLiteral("*"), FakeResponse::hang());
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("https://h.invalid/a"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(!finished.wait(200));
    QCOMPARE(nam.openReplies(), 1);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(nam.openReplies(), 0);
    delete reply;

    QNetworkRequest timed(QUrl(QStringLiteral("https://h.invalid/b")));
    timed.setTransferTimeout(100);
    reply = nam.get(timed);
    QSignalSpy finished2(reply, &QNetworkReply::finished);
    QVERIFY(finished2.wait(1000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    delete reply;
}

void TestFakeNetwork::handlerSeesTheRequest()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const RecordedRequest &r) -> std::optional<FakeResponse> {
        const QByteArray range = r.header("Range");
        if (range.isEmpty())
            return std::nullopt;
        return FakeResponse::raw(206, range);
    });
    QNetworkRequest request(QUrl(QStringLiteral("https://h.invalid/d")));
    request.setRawHeader("Range", "bytes=10-");
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(1000));
    QCOMPARE(reply->readAll(), QByteArray("bytes=10-"));
    delete reply;
}

void TestFakeNetwork::unknownRequestIs404()
{
    FakeNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("https://h.invalid/none"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(1000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(reply->readAll().contains("/none"));
    delete reply;
}

QTEST_GUILESS_MAIN(TestFakeNetwork)
#include "tst_fakenetwork.moc"
