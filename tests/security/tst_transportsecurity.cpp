// Transport security: the token never goes out over plain http to another computer, and https is
// checked for real. A local TLS server (certificates made with the openssl CLI at test time: a
// test CA, a server certificate for 127.0.0.1 and one for another host name) shows that a trusted
// CA works and that an untrusted chain or a mismatched name is refused with a clear message,
// before a single byte of the request (and so the token) is sent — by HubSpotClient and by the
// Downloader alike.
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <fakenetworkaccessmanager.h>
#include <hubspot/hubspotclient.h>
#include <memory>
#include <tlstestserver.h>
#include <transfer/downloader.h>

using namespace es;
using namespace es::test;

namespace {

constexpr auto Token = "pat-na1-transport-7f3c9e51-security-token";

// The HTTPS server's answers: the status call gets a COMPLETE status whose link points back at
// the server, /exports/... a small CSV.
TlsTestServer::Responder hubSpotLike(const TlsTestServer *server)
{
    return [server](const QByteArray &path) {
        if (path.startsWith("/exports/"))
            return TlsTestServer::Response{};
        return TlsTestServer::Response{
            "application/json",
            "{\"status\":\"COMPLETE\",\"result\":\"https://127.0.0.1:" +
                QByteArray::number(server->serverPort()) +
                "/exports/s3cr3t/file.csv\",\"requestedAt\":\"2024-05-01T10:00:00Z\","
                "\"completedAt\":\"2024-05-01T10:00:05Z\",\"numErrors\":0,\"links\":{}}"};
    };
}

// A TlsTestServer with the answers above.
class TlsServer : public TlsTestServer
{
public:
    TlsServer(const QSslCertificate &certificate, const QSslKey &key)
        : TlsTestServer(certificate, key, hubSpotLike(this))
    {}
};

struct Outcome
{
    bool done = false;
    ApiError error;
    ExportStatus value;
};

Outcome statusOver(QNetworkAccessManager *nam, const QUrl &base)
{
    ClientConfig config;
    config.apiBase = base;
    config.token = QString::fromLatin1(Token);
    config.accountId = QStringLiteral("tls-test");
    config.transferTimeoutMs = 5000;
    config.retry.baseDelayMs = 10;
    config.retry.maxDelayMs = 20;
    HubSpotClient client(nam, config);
    auto out = std::make_shared<Outcome>();
    ApiResult<ExportStatus> *reply = client.exportStatus(QStringLiteral("1000001"));
    reply->onFinished(&client, [out](const ApiResult<ExportStatus> &r) {
        out->done = true;
        out->error = r.error();
        out->value = r.value();
    });
    if (!QTest::qWaitFor([&] { return out->done; }, 30000))
        qWarning("the status call did not finish");
    return *out;
}

} // namespace

class TestTransportSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void plainHttpToAnotherComputerIsRefused_data();
    void plainHttpToAnotherComputerIsRefused();
    void loopbackAndHttpsAreAllowed_data();
    void loopbackAndHttpsAreAllowed();
    void trustedTestCaWorks();
    void untrustedCertificateIsRefused();
    void hostNameMismatchIsRefused();
    void downloaderRefusesUntrustedAndMismatched();

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    bool m_tls = false; // Qt has a TLS backend: the https rows run
};

// The https checks need Qt's TLS backend; the plain-http rules above do not, so only these skip.
#define REQUIRE_TLS()                                                                              \
    do {                                                                                           \
        if (!m_tls)                                                                                \
            QSKIP("Qt has no TLS backend here");                                                   \
    } while (false)

void TestTransportSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tls = QSslSocket::supportsSsl();
    if (!m_tls)
        return;
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
}

void TestTransportSecurity::cleanup()
{
    if (m_tls)
        m_certs.restoreDefault();
}

void TestTransportSecurity::plainHttpToAnotherComputerIsRefused_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("hubspot over http") << QStringLiteral("http://api.hubapi.com");
    QTest::newRow("LAN address") << QStringLiteral("http://192.168.1.20:8080");
    QTest::newRow("looks like localhost") << QStringLiteral("http://localhost.example.com");
    QTest::newRow("loopback-ish name") << QStringLiteral("http://127.0.0.1.nip.io");
    QTest::newRow("unspecified") << QStringLiteral("http://0.0.0.0:8080");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1");
    QTest::newRow("no host") << QStringLiteral("http:///crm");
}

void TestTransportSecurity::plainHttpToAnotherComputerIsRefused()
{
    QFETCH(QString, base);
    FakeNetworkAccessManager nam;
    nam.enqueue(FakeResponse::json(200, QByteArray(R"({"status":"PENDING"})")));
    const Outcome out = statusOver(&nam, QUrl(base));
    QVERIFY(out.done);
    QCOMPARE(ApiError::kindName(out.error.kind), ApiError::kindName(ApiError::Kind::Insecure));
    QCOMPARE(nam.requests().size(), 0); // nothing left the process, token or not
    const QString message = out.error.userMessage();
    QVERIFY2(message.contains(QStringLiteral("Refused to send the token")), qPrintable(message));
    QVERIFY2(!message.contains(QString::fromLatin1(Token)), qPrintable(message));
}

void TestTransportSecurity::loopbackAndHttpsAreAllowed_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:8765");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8765");
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8765");
    QTest::newRow("https") << QStringLiteral("https://api.hubapi.com");
}

void TestTransportSecurity::loopbackAndHttpsAreAllowed()
{
    // The refusal above must come from the scheme/host rule, not from refusing everything.
    QFETCH(QString, base);
    FakeNetworkAccessManager nam;
    nam.enqueue(FakeResponse::json(200, QByteArray(R"({"status":"PENDING"})")));
    const Outcome out = statusOver(&nam, QUrl(base));
    QVERIFY(out.done);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
    QCOMPARE(nam.requests().size(), 1);
    QCOMPARE(nam.requests().first().header("Authorization"),
             QByteArray("Bearer " + QByteArray(Token)));
}

void TestTransportSecurity::trustedTestCaWorks()
{
    REQUIRE_TLS();
    TlsServer server(m_certs.certificate(QStringLiteral("good")),
                     m_certs.key(QStringLiteral("good")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_certs.trustCa(true);
    QNetworkAccessManager nam;
    const Outcome out =
        statusOver(&nam, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
    QCOMPARE(out.value.state, ExportStatus::State::Complete);
    QCOMPARE(server.requests, 1);
    QVERIFY(server.received.contains(QByteArray(QByteArray("Authorization: Bearer ") + Token)));
}

void TestTransportSecurity::untrustedCertificateIsRefused()
{
    REQUIRE_TLS();
    TlsServer server(m_certs.certificate(QStringLiteral("good")),
                     m_certs.key(QStringLiteral("good")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_certs.trustCa(false);
    QNetworkAccessManager nam;
    const Outcome out =
        statusOver(&nam, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY(out.done);
    QCOMPARE(ApiError::kindName(out.error.kind), ApiError::kindName(ApiError::Kind::Network));
    QCOMPARE(out.error.networkError, int(QNetworkReply::SslHandshakeFailedError));
    const QString message = out.error.userMessage();
    qInfo("untrusted: %s", qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("secure connection")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("never ignores certificate errors")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
             qPrintable(message));
    QCOMPARE(server.requests, 0); // the request, and so the token, never went out
    QVERIFY(!server.received.contains(QByteArray(Token)));
}

void TestTransportSecurity::hostNameMismatchIsRefused()
{
    REQUIRE_TLS();
    TlsServer server(m_certs.certificate(QStringLiteral("wrong")),
                     m_certs.key(QStringLiteral("wrong")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_certs.trustCa(true); // the chain is fine: only the name is wrong
    QNetworkAccessManager nam;
    const Outcome out =
        statusOver(&nam, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY(out.done);
    QCOMPARE(ApiError::kindName(out.error.kind), ApiError::kindName(ApiError::Kind::Network));
    QCOMPARE(out.error.networkError, int(QNetworkReply::SslHandshakeFailedError));
    const QString message = out.error.userMessage();
    qInfo("mismatch: %s", qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("secure connection")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("host name"), Qt::CaseInsensitive),
             qPrintable(message));
    QCOMPARE(server.requests, 0);
    QVERIFY(!server.received.contains(QByteArray(Token)));
}

void TestTransportSecurity::downloaderRefusesUntrustedAndMismatched()
{
    REQUIRE_TLS();
    struct Case
    {
        const char *name;
        QString cert;
        bool trust;
        bool expectOk;
    };
    const QList<Case> cases{
        {"trusted", QStringLiteral("good"), true, true},
        {"untrusted", QStringLiteral("good"), false, false},
        {"mismatch", QStringLiteral("wrong"), true, false},
    };
    for (const Case &c : cases) {
        TlsServer server(m_certs.certificate(c.cert), m_certs.key(c.cert));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        m_certs.trustCa(c.trust);
        QNetworkAccessManager nam;
        Downloader downloader(&nam);
        DownloadOptions options;
        options.maxRetries = 1;
        options.retryBaseDelay = std::chrono::milliseconds(10);
        downloader.setDefaultOptions(options);
        const QString target =
            m_dir.filePath(QStringLiteral("dl-%1.csv").arg(QLatin1String(c.name)));
        DownloadTask *task =
            downloader.create(QUrl(QStringLiteral("https://127.0.0.1:%1/exports/s3cr3t/file.csv")
                                       .arg(server.serverPort())),
                              target);
        QSignalSpy finished(task, &DownloadTask::finished);
        task->start();
        QVERIFY2(finished.wait(30000), c.name);
        const auto result = finished.first().first().value<DownloadResult>();
        QCOMPARE(result.ok(), c.expectOk);
        if (c.expectOk) {
            QFile f(target);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), TlsServer::csv());
        } else {
            qInfo("%s: %s", c.name, qPrintable(result.errorString));
            QVERIFY2(!QFile::exists(target), c.name);
            QCOMPARE(server.requests, 0);
            // Says it was the certificate, not just "network".
            QVERIFY2(
                result.errorString.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                qPrintable(result.errorString));
        }
        cleanup();
    }
}

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transportsecurity.moc"
