// TLS failures of a download link: a certificate that is not trusted (or names another host)
// does not fix itself, so the Downloader must fail at once — one connection, no backoff — with a
// message that names the host and what to do, and never send the request. A local TLS server
// with certificates made by the openssl CLI at test time (as tests/security does).
#include "transfer/downloader.h"

#include <QDir>
#include <QElapsedTimer>
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
#include <memory>

using namespace es;
using namespace std::chrono_literals;

namespace {

// Serves a small CSV for any path; counts connections and plaintext requests.
class TlsServer : public QTcpServer
{
public:
    TlsServer(const QSslCertificate &cert, const QSslKey &key)
    {
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setLocalCertificate(cert);
        m_config.setPrivateKey(key);
        m_config.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    int connections = 0;
    int requests = 0;
    static QByteArray csv() { return QByteArrayLiteral("Record ID,Email\n1,ada@example.com\n"); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setSslConfiguration(m_config);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            buffer->clear();
            ++requests;
            const QByteArray body = csv();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_config;
};

} // namespace

class TestDownloaderTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void trustedCertificateDownloads();
    void certificateFailureFailsAtOnce_data();
    void certificateFailureFailsAtOnce();

private:
    bool openssl(const QStringList &args);
    QSslCertificate cert(const QString &name) const;
    QSslKey key(const QString &name) const;
    void trustTestCa(bool on);
    DownloadResult download(TlsServer &server, const QString &name, qint64 *elapsedMs);

    QTemporaryDir m_dir;
    QSslConfiguration m_originalDefault;
};

bool TestDownloaderTls::openssl(const QStringList &args)
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

QSslCertificate TestDownloaderTls::cert(const QString &name) const
{
    return QSslCertificate::fromPath(m_dir.filePath(name)).value(0);
}

QSslKey TestDownloaderTls::key(const QString &name) const
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(&f, QSsl::Ec);
}

void TestDownloaderTls::trustTestCa(bool on)
{
    QSslConfiguration config = m_originalDefault;
    if (on)
        config.addCaCertificate(cert(QStringLiteral("ca.pem")));
    QSslConfiguration::setDefaultConfiguration(config);
}

void TestDownloaderTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("the openssl command is missing (Debian package openssl)");
    QVERIFY(m_dir.isValid());
    m_originalDefault = QSslConfiguration::defaultConfiguration();
    const QStringList ec{u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                         u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs};
    QVERIFY(openssl(QStringList{u"req"_qs, u"-x509"_qs} + ec +
                    QStringList{u"-keyout"_qs, u"ca.key"_qs, u"-out"_qs, u"ca.pem"_qs, u"-days"_qs,
                                u"2"_qs, u"-subj"_qs, u"/CN=Export Studio Download Test CA"_qs,
                                u"-addext"_qs, u"basicConstraints=critical,CA:TRUE"_qs,
                                u"-addext"_qs, u"keyUsage=critical,keyCertSign,cRLSign"_qs}));
    const QList<std::pair<QString, QString>> leaves{
        {u"good"_qs, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_qs},
        {u"wrong"_qs, u"subjectAltName=DNS:wrong.example.test"_qs}};
    for (const auto &[name, san] : leaves) {
        QFile ext(m_dir.filePath(name + u".ext"_qs));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(san.toLatin1() + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY(openssl(QStringList{u"req"_qs} + ec +
                        QStringList{u"-keyout"_qs, name + u".key"_qs, u"-out"_qs, name + u".csr"_qs,
                                    u"-subj"_qs, u"/CN="_qs + name}));
        QVERIFY(
            openssl({u"x509"_qs, u"-req"_qs, u"-in"_qs, name + u".csr"_qs, u"-CA"_qs, u"ca.pem"_qs,
                     u"-CAkey"_qs, u"ca.key"_qs, u"-CAcreateserial"_qs, u"-days"_qs, u"2"_qs,
                     u"-out"_qs, name + u".pem"_qs, u"-extfile"_qs, name + u".ext"_qs}));
        QVERIFY2(!cert(name + u".pem"_qs).isNull(), qPrintable(name));
        QVERIFY2(!key(name + u".key"_qs).isNull(), qPrintable(name));
    }
}

void TestDownloaderTls::cleanup()
{
    QSslConfiguration::setDefaultConfiguration(m_originalDefault);
}

DownloadResult TestDownloaderTls::download(TlsServer &server, const QString &name,
                                           qint64 *elapsedMs)
{
    QNetworkAccessManager nam;
    // Generous retries with a long backoff: a retried TLS failure would show in the server's
    // connection count (finished() comes only after the last attempt).
    DownloadOptions options;
    options.maxRetries = 5;
    options.retryBaseDelay = 1000ms;
    DownloadTask task(
        &nam, QUrl(u"https://127.0.0.1:%1/exports/s3cr3t/file.csv"_qs.arg(server.serverPort())),
        m_dir.filePath(name));
    task.setOptions(options);
    QSignalSpy finished(&task, &DownloadTask::finished);
    QElapsedTimer clock;
    clock.start();
    task.start();
    if (finished.isEmpty())
        finished.wait(30000);
    *elapsedMs = clock.elapsed();
    if (finished.size() != 1)
        qFatal("finished emitted %d times", int(finished.size()));
    return finished.first().first().value<DownloadResult>();
}

void TestDownloaderTls::trustedCertificateDownloads()
{
    // The failures below must come from the certificate, not from a server that never works.
    TlsServer server(cert(u"good.pem"_qs), key(u"good.key"_qs));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    trustTestCa(true);
    qint64 ms = 0;
    const DownloadResult r = download(server, u"trusted.csv"_qs, &ms);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QFile f(m_dir.filePath(u"trusted.csv"_qs));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), TlsServer::csv());
    QCOMPARE(server.requests, 1);
}

void TestDownloaderTls::certificateFailureFailsAtOnce_data()
{
    QTest::addColumn<QString>("certName");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("reason"); // in the TLS layer's words, part of the message
    QTest::newRow("untrusted CA") << u"good"_qs << false << u"certificate"_qs;
    QTest::newRow("host name mismatch") << u"wrong"_qs << true << u"host name"_qs;
}

void TestDownloaderTls::certificateFailureFailsAtOnce()
{
    QFETCH(QString, certName);
    QFETCH(bool, trustCa);
    QFETCH(QString, reason);
    TlsServer server(cert(certName + u".pem"_qs), key(certName + u".key"_qs));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    trustTestCa(trustCa);
    qint64 ms = 0;
    const QString name = certName + u".csv"_qs;
    const DownloadResult r = download(server, name, &ms);
    QCOMPARE(r.error, DownloadError::Network);
    qInfo("%s (%lld ms)", qPrintable(r.errorString), ms);
    // Not retried: finished() is final, and a retry would have connected again after its 1 s
    // backoff before giving up, so one connection is the proof (the time taken is not).
    QCOMPARE(server.connections, 1);
    QCOMPARE(server.requests, 0); // nothing sent over the untrusted connection
    QVERIFY(!QFile::exists(m_dir.filePath(name)));
    const QString message = r.errorString;
    QVERIFY2(message.contains(u"127.0.0.1"_qs), qPrintable(message)); // the host
    QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(u"trusted certificates"_qs), qPrintable(message)); // what to do
    QVERIFY2(message.contains(u"date and time"_qs), qPrintable(message));
    QVERIFY2(message.contains(u"proxy"_qs), qPrintable(message));
    QVERIFY2(!message.contains(u"s3cr3t"_qs), qPrintable(message)); // never the link
    QVERIFY2(!message.contains(u"Gave up after"_qs), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestDownloaderTls)
#include "tst_downloader_tls.moc"
