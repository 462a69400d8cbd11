// End to end against the real hubspot-sandbox process: a finished export is downloaded from its
// download origin while the sandbox cuts the connection or expires the link, and the file must
// come out byte-identical to what the sandbox rendered (its own sha256).

#include "transfer/downloader.h"
#include "transfer/filesniffer.h"
#include "transfer/unpacker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace std::chrono_literals;

class TestDownloaderSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void droppedConnectionResumesByteIdentical();
    void expiredLinkIsRefreshed();
    void md5EtagCatchesATruncatedBody();
    void md5AndMultipartEtagsOnAGoodDownload_data();
    void md5AndMultipartEtagsOnAGoodDownload();

private:
    // A finished CSV export: its link, size and the sandbox's sha256 of it.
    struct Ready
    {
        QString id;
        QUrl link;
        qint64 size = 0;
        QString sha256;
    };
    Ready readyExport();
    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                     int *status = nullptr);
    QString startExport(const QString &format);
    QUrl waitForLink(const QString &taskId);
    DownloadResult runTask(DownloadTask *task, bool resume = false, const QUrl &url = {});

    QProcess m_sandbox;
    QUrl m_api;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDownloaderSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox.setProgram(QStringLiteral(ES_SANDBOX_BIN));
    // A frozen clock that the test moves (links expire only when the test says so); a low zip
    // threshold so the file is a zip.
    m_sandbox.setArguments({u"--port"_qs, u"0"_qs, u"--clock-speed"_qs, u"0"_qs, u"--contacts"_qs,
                            u"3000"_qs, u"--zip-threshold"_qs, u"50000"_qs});
    m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox.start();
    QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine() || m_sandbox.state() != QProcess::Running,
                             15000);
    line = m_sandbox.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on "), line.constData());
    m_api = QUrl(QString::fromLatin1(line.mid(13)));
    QVERIFY(m_api.isValid());
}

void TestDownloaderSandbox::cleanup()
{
    m_sandbox.terminate();
    if (!m_sandbox.waitForFinished(5000))
        m_sandbox.kill();
    m_sandbox.waitForFinished(5000);
    if (QTest::currentTestFailed())
        qWarning("sandbox stderr:\n%s", m_sandbox.readAllStandardError().constData());
    m_dir.reset();
}

QJsonObject TestDownloaderSandbox::call(const QByteArray &verb, const QString &path,
                                        const QJsonObject &body, int *status)
{
    QNetworkRequest request(m_api.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(
        request, verb,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QString TestDownloaderSandbox::startExport(const QString &format)
{
    const QJsonObject request{
        {u"exportType"_qs, u"VIEW"_qs},
        {u"format"_qs, format},
        {u"exportName"_qs, u"Transfer e2e"_qs},
        {u"objectType"_qs, u"CONTACT"_qs},
        {u"objectProperties"_qs,
         QJsonArray{u"email"_qs, u"firstname"_qs, u"lastname"_qs, u"city"_qs, u"jobtitle"_qs}},
        {u"language"_qs, u"EN"_qs},
        // The strict wire shape: the request schema check after the test holds every body a
        // test sends to the sandbox to it (tests/support/check_request_schema.py).
        {u"associatedObjectType"_qs, QJsonArray{}},
        {u"exportInternalValuesOptions"_qs, QJsonArray{}},
        {u"includeLabeledAssociations"_qs, false},
        {u"includePrimaryDisplayPropertyForAssociatedObjects"_qs, false},
        {u"overrideAssociatedObjectsPerDefinitionPerRowLimit"_qs, false},
    };
    int status = 0;
    const QJsonObject located = call("POST", u"/crm/v3/exports/export/async"_qs, request, &status);
    if (status != 202)
        qWarning("start answered %d: %s", status,
                 QJsonDocument(located).toJson(QJsonDocument::Compact).constData());
    return located.value(u"id"_qs).toString();
}

QUrl TestDownloaderSandbox::waitForLink(const QString &taskId)
{
    for (int i = 0; i < 200; ++i) {
        call("POST", u"/__sandbox/clock/advance"_qs, {{u"seconds"_qs, 60}});
        const QJsonObject status =
            call("GET", u"/crm/v3/exports/export/async/tasks/%1/status"_qs.arg(taskId));
        if (status.value(u"status"_qs).toString() == u"COMPLETE"_qs)
            return QUrl(status.value(u"result"_qs).toString());
        QTest::qWait(50);
    }
    return {};
}

DownloadResult TestDownloaderSandbox::runTask(DownloadTask *task, bool resume, const QUrl &url)
{
    QSignalSpy spy(task, &DownloadTask::finished);
    if (resume)
        task->resume(url);
    else
        task->start();
    if (spy.isEmpty())
        spy.wait(30000);
    if (spy.size() != 1)
        qFatal("finished emitted %d times", int(spy.size()));
    return spy.first().first().value<DownloadResult>();
}

void TestDownloaderSandbox::droppedConnectionResumesByteIdentical()
{
    const QString id = startExport(u"CSV"_qs);
    QVERIFY(!id.isEmpty());
    const QUrl link = waitForLink(id);
    QVERIFY(link.isValid());
    QVERIFY(link.host() == u"127.0.0.1"_qs && link.port() != m_api.port()); // another origin
    const QJsonObject truth = call("GET", u"/__sandbox/exports/"_qs + id);
    const qint64 size = truth.value(u"size"_qs).toInteger();
    QVERIFY2(size > 20000, "the export should be big enough to cut in the middle");

    int status = 0;
    call("POST", u"/__sandbox/faults"_qs,
         {{u"rules"_qs, QJsonArray{u"download:drop-after=%1:count=1"_qs.arg(size / 3)}}}, &status);
    QCOMPARE(status, 200);

    const QString target = m_dir->filePath(u"export.zip"_qs);
    DownloadTask task(&m_nam, link, target);
    DownloadOptions options;
    options.retryBaseDelay = 20ms;
    task.setOptions(options);
    task.setExpectedSize(size);
    const DownloadResult r = runTask(&task);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QVERIFY(r.resumes >= 1);
    QCOMPARE(r.size, size);
    QCOMPARE(QString::fromLatin1(r.sha256), truth.value(u"sha256"_qs).toString());
    QCOMPARE(QFileInfo(target).size(), size);
    QVERIFY(!QFileInfo::exists(task.partPath()));

    // A CSV over the threshold arrives zipped: sniffed as a zip, unpacked as CSV files.
    QCOMPARE(truth.value(u"zipped"_qs).toBool(), true);
    QCOMPARE(FileSniffer::sniff(target).kind, FileKind::Zip);
    UnpackOptions unpack;
    unpack.zipPath = target;
    unpack.destDir = m_dir->filePath(u"out"_qs);
    const UnpackResult files = Unpacker(unpack).unpackNow();
    QVERIFY2(files.ok(), qPrintable(files.errorString));
    QVERIFY(!files.files.isEmpty());
    for (const QString &f : files.files)
        QCOMPARE(FileSniffer::sniff(f).kind, FileKind::Csv);
}

void TestDownloaderSandbox::expiredLinkIsRefreshed()
{
    const QString id = startExport(u"CSV"_qs);
    QVERIFY(!id.isEmpty());
    const QUrl link = waitForLink(id);
    QVERIFY(link.isValid());
    const QJsonObject truth = call("GET", u"/__sandbox/exports/"_qs + id);

    const qint64 size = truth.value(u"size"_qs).toInteger();
    call("POST", u"/__sandbox/faults"_qs,
         {{u"rules"_qs, QJsonArray{u"download:drop-after=%1:count=1"_qs.arg(size / 2)}}});
    const QString target = m_dir->filePath(u"export.zip"_qs);
    DownloadTask task(&m_nam, link, target);
    DownloadOptions options;
    options.maxRetries = 0; // stop at the first cut, so the link can expire in between
    task.setOptions(options);
    DownloadResult r = runTask(&task);
    QCOMPARE(r.error, DownloadError::Network);
    QVERIFY(r.size > 0);
    const qint64 kept = r.size;

    int status = 0;
    call("POST", u"/__sandbox/links/expire"_qs, {}, &status);
    QCOMPARE(status, 200);
    r = runTask(&task, true, link);
    QCOMPARE(r.error, DownloadError::LinkExpired);
    QCOMPARE(r.httpStatus, 403);
    QCOMPARE(r.size, kept); // the .part survives the refusal

    // The engine's move: ask for the status again, which mints a fresh link, and resume.
    const QUrl fresh = waitForLink(id);
    QVERIFY(fresh.isValid());
    QVERIFY(fresh != link);
    r = runTask(&task, true, fresh);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.resumes, 1);
    QCOMPARE(QString::fromLatin1(r.sha256), truth.value(u"sha256"_qs).toString());
    QCOMPARE(r.size, size);
}

TestDownloaderSandbox::Ready TestDownloaderSandbox::readyExport()
{
    Ready ready;
    ready.id = startExport(u"CSV"_qs);
    if (ready.id.isEmpty())
        return ready;
    ready.link = waitForLink(ready.id);
    const QJsonObject truth = call("GET", u"/__sandbox/exports/"_qs + ready.id);
    ready.size = truth.value(u"size"_qs).toInteger();
    ready.sha256 = truth.value(u"sha256"_qs).toString();
    return ready;
}

void TestDownloaderSandbox::md5EtagCatchesATruncatedBody()
{
    // S3's usual ETag is the object's MD5. The sandbox sends one with half the body and a
    // Content-Length that matches the half: only the digest can tell, and the size is not known
    // in advance here. The file must be fetched again, whole, not saved short.
    const Ready ready = readyExport();
    QVERIFY(ready.link.isValid());
    int status = 0;
    call("POST", u"/__sandbox/faults"_qs,
         {{u"rules"_qs, QJsonArray{u"download:etag=md5:truncate:count=1"_qs}}}, &status);
    QCOMPARE(status, 200);
    const int downloadsBefore = call("GET", u"/__sandbox/stats"_qs)
                                    .value(u"requests"_qs)
                                    .toObject()
                                    .value(u"download"_qs)
                                    .toInt();

    const QString target = m_dir->filePath(u"export.zip"_qs);
    DownloadTask task(&m_nam, ready.link, target);
    DownloadOptions options;
    options.retryBaseDelay = 20ms;
    task.setOptions(options);
    const DownloadResult r = runTask(&task);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.size, ready.size);
    QCOMPARE(QString::fromLatin1(r.sha256), ready.sha256);
    QCOMPARE(QFileInfo(target).size(), ready.size);
    const QJsonObject stats = call("GET", u"/__sandbox/stats"_qs);
    QCOMPARE(stats.value(u"requests"_qs).toObject().value(u"download"_qs).toInt(),
             downloadsBefore + 2); // the short one, then the whole file
    QCOMPARE(stats.value(u"faultsFired"_qs).toInt(), 1);
}

void TestDownloaderSandbox::md5AndMultipartEtagsOnAGoodDownload_data()
{
    QTest::addColumn<QString>("etag");
    QTest::newRow("md5") << u"md5"_qs;
    // "<md5>-2" is no digest of the file: it must not be compared (or the download would
    // restart until it gave up).
    QTest::newRow("multipart") << u"multipart"_qs;
}

void TestDownloaderSandbox::md5AndMultipartEtagsOnAGoodDownload()
{
    QFETCH(QString, etag);
    const Ready ready = readyExport();
    QVERIFY(ready.link.isValid());
    // A cut in the middle first (same ETag): the resumed rest must keep the MD5 in step.
    int status = 0;
    call("POST", u"/__sandbox/faults"_qs,
         {{u"rules"_qs,
           QJsonArray{u"download:etag=%1:drop-after=%2:count=1"_qs.arg(etag).arg(ready.size / 3),
                      u"download:etag=%1:count=always"_qs.arg(etag)}}},
         &status);
    QCOMPARE(status, 200);

    const QString target = m_dir->filePath(u"export.zip"_qs);
    DownloadTask task(&m_nam, ready.link, target);
    DownloadOptions options;
    options.retryBaseDelay = 20ms;
    options.maxRetries = 2;
    task.setOptions(options);
    const DownloadResult r = runTask(&task);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.resumes, 1);
    QCOMPARE(r.size, ready.size);
    QCOMPARE(QString::fromLatin1(r.sha256), ready.sha256);
}

QTEST_GUILESS_MAIN(TestDownloaderSandbox)
#include "tst_downloader_sandbox.moc"
