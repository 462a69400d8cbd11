// AttemptVerdict: what an ended HTTP attempt means for the download (complete, retry, start
// over, give up), with the message people get.
#include "transfer/attemptverdict.h"

#include <QTest>

using namespace es;
using Next = AttemptVerdict::Next;
using Outcome = HttpDownloadResult::Outcome;

Q_DECLARE_METATYPE(es::AttemptVerdict::Next)
Q_DECLARE_METATYPE(es::DownloadError)
Q_DECLARE_METATYPE(es::HttpDownloadResult)
Q_DECLARE_METATYPE(es::AttemptState)

namespace {

HttpDownloadResult ended(int status, QNetworkReply::NetworkError error = QNetworkReply::NoError)
{
    HttpDownloadResult result;
    result.status = status;
    result.error = error;
    result.errorText = QStringLiteral("the reason");
    result.bodyAccepted = status == 200 || status == 206;
    result.url = QUrl(QStringLiteral("https://files.example.com/export.zip?signature=secret"));
    return result;
}

// The job gave up on the reply before it ended.
HttpDownloadResult early(Outcome outcome, int status)
{
    HttpDownloadResult result = ended(status);
    result.outcome = outcome;
    return result;
}

AttemptState state(qint64 written = 100, qint64 total = 100, qint64 expected = -1)
{
    AttemptState s;
    s.host = QStringLiteral("files.example.com");
    s.written = written;
    s.total = total;
    s.expectedSize = expected;
    return s;
}

} // namespace

class TestAttemptVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<HttpDownloadResult>("result");
        QTest::addColumn<AttemptState>("state");
        QTest::addColumn<Next>("next");
        QTest::addColumn<DownloadError>("error");

        QTest::newRow("whole file")
            << ended(200) << state() << Next::Complete << DownloadError::None;
        QTest::newRow("short body")
            << ended(200) << state(60, 100) << Next::Retry << DownloadError::Network;
        for (const int status : {403, 404, 410}) {
            QTest::addRow("link refused %d", status)
                << ended(status) << state() << Next::Fail << DownloadError::LinkExpired;
        }
        for (const int status : {500, 503, 408, 429}) {
            QTest::addRow("server busy %d", status)
                << ended(status) << state() << Next::Retry << DownloadError::Http;
        }
        QTest::newRow("other status") << ended(400) << state() << Next::Fail << DownloadError::Http;
        QTest::newRow("transient network") << ended(0, QNetworkReply::RemoteHostClosedError)
                                           << state(0, -1) << Next::Retry << DownloadError::Network;
        QTest::newRow("dropped mid-body")
            << ended(206, QNetworkReply::UnknownContentError) << state(50, 100) << Next::Retry
            << DownloadError::Network;
        QTest::newRow("lasting network") << ended(0, QNetworkReply::ProtocolUnknownError)
                                         << state(0, -1) << Next::Fail << DownloadError::Network;

        HttpDownloadResult tls = ended(0, QNetworkReply::SslHandshakeFailedError);
        tls.tlsErrors = QStringList{QStringLiteral("The certificate is self-signed")};
        QTest::newRow("tls, never retried")
            << tls << state(0, -1) << Next::Fail << DownloadError::Network;

        HttpDownloadResult stalled = ended(200, QNetworkReply::OperationCanceledError);
        stalled.stalled = true;
        QTest::newRow("stalled") << stalled << state(10, 100) << Next::Retry
                                 << DownloadError::Network;

        HttpDownloadResult noBody = ended(200);
        noBody.bodyAccepted = false;
        QTest::newRow("no body") << noBody << state() << Next::Fail << DownloadError::Http;

        HttpDownloadResult kept = ended(416);
        kept.contentRange = "bytes */100";
        kept.offset = 100;
        QTest::newRow("416, the part is the file")
            << kept << state(100, -1) << Next::Complete << DownloadError::None;
        QTest::newRow("416, the part is not the expected file")
            << kept << state(100, -1, 120) << Next::Restart << DownloadError::None;
        HttpDownloadResult other = kept;
        other.contentRange = "bytes */300";
        QTest::newRow("416, another size")
            << other << state(100, -1) << Next::Restart << DownloadError::None;

        QTest::newRow("too many redirects") << early(Outcome::TooManyRedirects, 302) << state()
                                            << Next::Fail << DownloadError::Http;
        HttpDownloadResult downgrade = early(Outcome::RedirectRefused, 302);
        downgrade.redirectScheme = QStringLiteral("http");
        QTest::newRow("redirect refused")
            << downgrade << state() << Next::Fail << DownloadError::Http;
        QTest::newRow("etag changed") << early(Outcome::EtagChanged, 206) << state()
                                      << Next::RestartLater << DownloadError::None;
        QTest::newRow("wrong offset") << early(Outcome::WrongOffset, 206) << state()
                                      << Next::RestartLater << DownloadError::None;
    }
    void classify()
    {
        QFETCH(HttpDownloadResult, result);
        QFETCH(AttemptState, state);
        QFETCH(Next, next);
        QFETCH(DownloadError, error);
        const AttemptVerdict verdict = AttemptVerdict::of(result, state);
        QCOMPARE(verdict.next, next);
        QCOMPARE(verdict.error, error);
        QCOMPARE(verdict.message.isEmpty(), next == Next::Complete);
        // The link is a secret: messages name its host only.
        QVERIFY(!verdict.message.contains(QStringLiteral("signature")));
        QVERIFY(!verdict.message.contains(QStringLiteral("export.zip")));
    }

    void messagesSayWhatHappened()
    {
        HttpDownloadResult tls = ended(0, QNetworkReply::SslHandshakeFailedError);
        tls.tlsErrors = QStringList{QStringLiteral("The certificate is self-signed")};
        const QString tlsMessage = AttemptVerdict::of(tls, state()).message;
        QVERIFY(tlsMessage.contains(QStringLiteral("files.example.com")));
        QVERIFY(tlsMessage.contains(QStringLiteral("The certificate is self-signed")));

        QVERIFY(AttemptVerdict::of(ended(410), state()).message.contains(QStringLiteral("410")));

        HttpDownloadResult kept = ended(416);
        kept.contentRange = "bytes */100";
        QVERIFY(AttemptVerdict::of(kept, state(100, -1)).partIsWholeFile);
        QVERIFY(!AttemptVerdict::of(ended(200), state()).partIsWholeFile);
    }
};

QTEST_GUILESS_MAIN(TestAttemptVerdict)
#include "tst_attemptverdict.moc"
