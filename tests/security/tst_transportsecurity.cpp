// Transport security: the token never goes out over plain http to another computer, and https is
// checked for real. A local TLS server (certificates made with the openssl CLI at test time: a
// test CA, a server certificate for 127.0.0.1 and one for another host name) shows that a trusted
// CA works and that an untrusted chain or a mismatched name is refused with a clear message,
// before a single byte of the request (and so the token) is sent — by HubSpotClient and by the
// Downloader alike.
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <fakenetworkaccessmanager.h>
#include <hubspot/hubspotclient.h>
#include <memory>
#include <transfer/downloader.h>

using namespace es;
using namespace es::test;

namespace {

constexpr auto Token = "pat-na1-transport-7f3c9e51-security-token";

// A tiny HTTPS server: answers the status call with a COMPLETE status whose link points back at
// itself, and /exports/... with a small CSV. Records every decrypted byte it receives.
class TlsServer : public QTcpServer
{
public:
    TlsServer(const QSslCertificate &cert, const QSslKey &key)
    {
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setLocalCertificate(cert);
        m_config.setPrivateKey(key);
        m_config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    }

    QByteArray received; // plaintext of every request
    int requests = 0;
    int handshakesFailed = 0;
    static QByteArray csv() { return QByteArrayLiteral("Record ID,Email\n1,ada@example.com\n"); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_config);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            const QByteArray data = socket->readAll();
            received += data;
            *buffer += data;
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->clear();
            ++requests;
            const QByteArray path = head.split(' ').value(1);
            QByteArray body;
            QByteArray type = "application/json";
            if (path.startsWith("/exports/")) {
                body = csv();
                type = "text/csv";
            } else {
                body = "{\"status\":\"COMPLETE\",\"result\":\"https://127.0.0.1:" +
                       QByteArray::number(serverPort()) +
                       "/exports/s3cr3t/file.csv\",\"requestedAt\":\"2024-05-01T10:00:00Z\","
                       "\"completedAt\":\"2024-05-01T10:00:05Z\",\"numErrors\":0,\"links\":{}}";
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::SslHandshakeFailedError ||
                e == QAbstractSocket::SslInternalError)
                ++handshakesFailed;
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_config;
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
    bool openssl(const QStringList &args);
    QSslCertificate cert(const QString &name) const;
    QSslKey key(const QString &name) const;
    void trustTestCa(bool on);

    QTemporaryDir m_dir;
    QSslConfiguration m_originalDefault;
};

bool TestTransportSecurity::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
        return false;
    }
    return true;
}

QSslCertificate TestTransportSecurity::cert(const QString &name) const
{
    return QSslCertificate::fromPath(m_dir.filePath(name)).value(0);
}

QSslKey TestTransportSecurity::key(const QString &name) const
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(&f, QSsl::Ec);
}

void TestTransportSecurity::trustTestCa(bool on)
{
    QSslConfiguration config = m_originalDefault;
    if (on)
        config.addCaCertificate(cert(QStringLiteral("ca.pem")));
    QSslConfiguration::setDefaultConfiguration(config);
}

void TestTransportSecurity::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("the openssl command is missing (Debian package openssl, listed in "
              "packaging/debian-packages.txt)");
    QVERIFY(m_dir.isValid());
    m_originalDefault = QSslConfiguration::defaultConfiguration();

    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};
    QVERIFY(openssl(
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
        QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                    QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Export Studio Test CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
    // Two leaf certificates from the same CA: one for 127.0.0.1, one for another name.
    const QList<std::pair<QString, QString>> leaves{
        {QStringLiteral("good"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
        {QStringLiteral("wrong"), QStringLiteral("subjectAltName=DNS:wrong.example.test")}};
    for (const auto &[name, san] : leaves) {
        QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(san.toLatin1() + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY(openssl(QStringList{QStringLiteral("req")} + ec +
                        QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                    QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=") + name}));
        QVERIFY(
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                     QStringLiteral("-extfile"), name + QStringLiteral(".ext")}));
        QVERIFY2(!cert(name + QStringLiteral(".pem")).isNull(), qPrintable(name));
        QVERIFY2(!key(name + QStringLiteral(".key")).isNull(), qPrintable(name));
    }
}

void TestTransportSecurity::cleanup()
{
    QSslConfiguration::setDefaultConfiguration(m_originalDefault);
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
    TlsServer server(cert(QStringLiteral("good.pem")), key(QStringLiteral("good.key")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    trustTestCa(true);
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
    TlsServer server(cert(QStringLiteral("good.pem")), key(QStringLiteral("good.key")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    trustTestCa(false);
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
    TlsServer server(cert(QStringLiteral("wrong.pem")), key(QStringLiteral("wrong.key")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    trustTestCa(true); // the chain is fine: only the name is wrong
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
    struct Case
    {
        const char *name;
        QString cert;
        QString key;
        bool trust;
        bool expectOk;
    };
    const QList<Case> cases{
        {"trusted", QStringLiteral("good.pem"), QStringLiteral("good.key"), true, true},
        {"untrusted", QStringLiteral("good.pem"), QStringLiteral("good.key"), false, false},
        {"mismatch", QStringLiteral("wrong.pem"), QStringLiteral("wrong.key"), true, false},
    };
    for (const Case &c : cases) {
        TlsServer server(cert(c.cert), key(c.key));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        trustTestCa(c.trust);
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
