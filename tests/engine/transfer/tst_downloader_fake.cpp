// The Downloader against the shared scripted QNetworkAccessManager (tests/support): exact byte
// counts, so the Range header can be asserted to the byte.

#include "fakenetworkaccessmanager.h"
#include "transfer/downloader.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using es::test::FakeNetworkAccessManager;
using es::test::FakeResponse;
using namespace std::chrono_literals;

namespace {

QByteArray payload(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(99);
    rng.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

FakeResponse partial(const QByteArray &body, qint64 from, const QByteArray &etag)
{
    return FakeResponse::raw(206, body.mid(from), "application/zip",
                             {{"ETag", etag},
                              {"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                    QByteArray::number(body.size() - 1) + '/' +
                                                    QByteArray::number(body.size())}});
}

} // namespace

class TestDownloaderFake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_target = m_dir->filePath(u"e.zip"_qs);
    }
    void cleanup()
    {
        m_nam.reset();
        m_dir.reset();
    }
    void breakThenResumeAtExactOffset();
    void twoHundredInsteadOf206();
    void forbiddenKeepsPart();
    void cancelWhileHanging();

private:
    DownloadResult run(DownloadTask &task, const QUrl &resumeUrl = {})
    {
        QSignalSpy spy(&task, &DownloadTask::finished);
        if (resumeUrl.isValid())
            task.resume(resumeUrl);
        else
            task.start();
        if (spy.isEmpty())
            spy.wait(10000);
        return spy.isEmpty() ? DownloadResult() : spy.first().first().value<DownloadResult>();
    }
    void configure(DownloadTask &task)
    {
        DownloadOptions o;
        o.retryBaseDelay = 5ms;
        task.setOptions(o);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    QString m_target;
};

void TestDownloaderFake::breakThenResumeAtExactOffset()
{
    const QByteArray body = payload(100000);
    m_nam->route("GET", u"/dl/*"_qs,
                 {FakeResponse::breakAfter(12345, 200, body, {{"ETag", "\"a\""}}),
                  partial(body, 12345, "\"a\"")});
    DownloadTask task(m_nam.get(), QUrl(u"https://files.example/dl/x?sig=1"_qs), m_target);
    configure(task);
    const DownloadResult r = run(task);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const auto requests = m_nam->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).header("Range"), QByteArray("bytes=12345-"));
    QCOMPARE(requests.at(1).header("If-Range"), QByteArray("\"a\""));
    for (const auto &req : requests)
        QVERIFY(!req.hasHeader("Authorization"));
    QCOMPARE(readAll(m_target), body);
    QCOMPARE(r.sha256, QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

void TestDownloaderFake::twoHundredInsteadOf206()
{
    const QByteArray body = payload(50000);
    m_nam->route("GET", u"/dl/*"_qs,
                 {FakeResponse::breakAfter(20000, 200, body, {{"ETag", "\"b\""}}),
                  FakeResponse::raw(200, body, "application/zip", {{"ETag", "\"b\""}})});
    DownloadTask task(m_nam.get(), QUrl(u"https://files.example/dl/y"_qs), m_target);
    configure(task);
    const DownloadResult r = run(task);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(m_nam->requests().at(1).header("Range"), QByteArray("bytes=20000-"));
    QCOMPARE(readAll(m_target), body); // started over, not appended
    QCOMPARE(r.resumes, 0);
}

void TestDownloaderFake::forbiddenKeepsPart()
{
    const QByteArray body = payload(40000);
    m_nam->route(
        "GET", u"/old/*"_qs,
        {FakeResponse::breakAfter(10000, 200, body, {{"ETag", "\"c\""}}),
         FakeResponse::raw(403, "<Error><Code>AccessDenied</Code></Error>", "application/xml")});
    m_nam->route("GET", u"/new/*"_qs, partial(body, 10000, "\"c\""));
    DownloadTask task(m_nam.get(), QUrl(u"https://files.example/old/z"_qs), m_target);
    configure(task);
    DownloadResult r = run(task);
    QCOMPARE(r.error, DownloadError::LinkExpired);
    QCOMPARE(QFileInfo(task.partPath()).size(), 10000);
    r = run(task, QUrl(u"https://files.example/new/z"_qs));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(m_nam->requests().last().header("Range"), QByteArray("bytes=10000-"));
    QCOMPARE(readAll(m_target), body);
}

void TestDownloaderFake::cancelWhileHanging()
{
    m_nam->route("GET", u"/dl/*"_qs, FakeResponse::hang());
    DownloadTask task(m_nam.get(), QUrl(u"https://files.example/dl/h"_qs), m_target);
    configure(task);
    QSignalSpy spy(&task, &DownloadTask::finished);
    task.start();
    QTRY_COMPARE(m_nam->openReplies(), 1);
    task.cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<DownloadResult>().error, DownloadError::Canceled);
    QTRY_COMPARE(m_nam->openReplies(), 0); // the reply was aborted, not leaked
}

QTEST_GUILESS_MAIN(TestDownloaderFake)
#include "tst_downloader_fake.moc"
