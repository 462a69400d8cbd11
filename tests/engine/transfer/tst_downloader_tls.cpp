// TLS failures of a download link: a certificate that is not trusted (or names another host)
// does not fix itself, so the Downloader must fail at once — one connection, no backoff — with a
// message that names the host and what to do, and never send the request. A local TLS server
// with certificates made by the openssl CLI at test time (as tests/security does).
#include "tlstestserver.h"
#include "transfer/downloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace std::chrono_literals;

// Serves a small CSV for any path; counts connections and plaintext requests.
using TlsServer = es::test::TlsTestServer;

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
    DownloadResult download(TlsServer &server, const QString &name, qint64 *elapsedMs);

    QTemporaryDir m_dir;
    es::test::TestCertificates m_certs;
};

void TestDownloaderTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
}

void TestDownloaderTls::cleanup()
{
    m_certs.restoreDefault();
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
    TlsServer server(m_certs.certificate(u"good"_qs), m_certs.key(u"good"_qs));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_certs.trustCa(true);
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
    TlsServer server(m_certs.certificate(certName), m_certs.key(certName));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_certs.trustCa(trustCa);
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
