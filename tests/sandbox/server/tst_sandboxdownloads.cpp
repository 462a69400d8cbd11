// The download origin of hubspot-sandbox: full exports in every format, byte-identical to what
// the sandbox reports; HEAD, Range, ETag; link expiry on the clock.
#include "sandboxharness.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxDownloads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullExportsDownloadByteIdentical_data();
    void fullExportsDownloadByteIdentical();
    void headRangeAndEtag();
    void linksExpireOnTheClock();
    void linksExpireWithAFastClock();
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();

private:
    QUrl completedLink(Sandbox &sandbox, const QJsonObject &request, QString *id = nullptr);

    Sandbox *m_sandbox = nullptr; // frozen clock
    Http m_http;
    QString m_listId;
    int m_listSize = 0;
};

void TestSandboxDownloads::initTestCase()
{
    m_sandbox = new Sandbox({QStringLiteral("--clock-speed"), QStringLiteral("0")});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    const QJsonArray lists = m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/lists")), false)
                                 .json()[QStringLiteral("lists")]
                                 .toArray();
    for (const auto &list : lists) {
        if (list[QStringLiteral("objectTypeId")].toString() == u"0-1" &&
            list[QStringLiteral("size")].toInt() > 0) {
            m_listId = list[QStringLiteral("listId")].toString();
            m_listSize = list[QStringLiteral("size")].toInt();
            break;
        }
    }
    QVERIFY(!m_listId.isEmpty());
}

void TestSandboxDownloads::cleanupTestCase()
{
    QCOMPARE(m_sandbox->stop(), 0);
    delete m_sandbox;
}

QUrl TestSandboxDownloads::completedLink(Sandbox &sandbox, const QJsonObject &request, QString *id)
{
    HttpResult started;
    const QString task = startExport(m_http, sandbox, request, &started);
    if (task.isEmpty()) {
        qWarning() << "start failed" << started.status << started.body;
        return {};
    }
    if (id)
        *id = task;
    advanceClock(m_http, sandbox, 3600);
    const QJsonObject status = waitForStatus(m_http, sandbox, task, QStringLiteral("COMPLETE"));
    return QUrl(status[QStringLiteral("result")].toString());
}

void TestSandboxDownloads::fullExportsDownloadByteIdentical_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("format");
    for (const char *type : {"VIEW", "LIST"}) {
        for (const char *format : {"CSV", "XLSX", "XLS"}) {
            QTest::addRow("%s %s", type, format)
                << QString::fromLatin1(type) << QString::fromLatin1(format);
        }
    }
}

void TestSandboxDownloads::fullExportsDownloadByteIdentical()
{
    QFETCH(QString, type);
    QFETCH(QString, format);
    const QJsonObject request =
        type == u"VIEW" ? viewRequest(format) : listRequest(format, m_listId);
    QString id;
    const QUrl link = completedLink(*m_sandbox, request, &id);
    QVERIFY(link.isValid() && !link.isEmpty());
    QCOMPARE(link.port(), int(m_sandbox->downloadPort()));

    const HttpResult download = m_http.get(link, false); // no Authorization on the file origin
    QCOMPARE(download.status, 200);
    const QJsonObject served =
        m_http.get(m_sandbox->api(QStringLiteral("/__sandbox/exports/%1").arg(id)), false).json();
    QCOMPARE(served[QStringLiteral("size")].toInteger(), qint64(download.body.size()));
    QCOMPARE(download.header("content-length").toLongLong(), qint64(download.body.size()));
    QCOMPARE(sha256Hex(download.body), served[QStringLiteral("sha256")].toString().toLatin1());
    QCOMPARE(download.header("etag"), '"' + sha256Hex(download.body) + '"');
    QVERIFY(download.header("content-disposition")
                .contains(served[QStringLiteral("fileName")].toString().toUtf8()));

    const int records = served[QStringLiteral("recordCount")].toInt();
    QVERIFY(records > 0);
    if (type == u"LIST")
        QCOMPARE(records, m_listSize);
    const QJsonObject info =
        m_http.get(m_sandbox->api(QStringLiteral("/crm/v3/exports/export/%1").arg(id))).json();
    QCOMPARE(info[QStringLiteral("recordCount")].toInt(), records);

    const bool zipped = served[QStringLiteral("zipped")].toBool();
    if (zipped || format == u"XLSX") {
        QVERIFY(download.body.startsWith("PK\x03\x04"));
    } else if (format == u"XLS") {
        QVERIFY(download.body.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1")));
    } else {
        // CSV: a header line and one line per record (no embedded newlines in these columns).
        QByteArray text = download.body;
        if (text.startsWith("\xEF\xBB\xBF"))
            text = text.mid(3);
        const int lines = int(text.count('\n'));
        QCOMPARE(lines, records + 1);
    }
}

void TestSandboxDownloads::headRangeAndEtag()
{
    const QUrl link = completedLink(*m_sandbox, viewRequest(QStringLiteral("CSV")));
    QVERIFY(link.isValid());
    const HttpResult full = m_http.get(link, false);
    QCOMPARE(full.status, 200);
    const qint64 size = full.body.size();
    QVERIFY(size > 200);
    const QByteArray etag = full.header("etag");

    const HttpResult head = m_http.send("HEAD", link, {}, {}, false);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("content-length").toLongLong(), size);
    QCOMPARE(head.header("etag"), etag);
    QCOMPARE(head.header("accept-ranges"), QByteArray("bytes"));
    QVERIFY(head.header("content-disposition").startsWith("attachment; filename="));

    const HttpResult part = m_http.send("GET", link, {}, {{"Range", "bytes=10-109"}}, false);
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, full.body.mid(10, 100));
    QCOMPARE(part.header("content-range"), "bytes 10-109/" + QByteArray::number(size));
    QCOMPARE(part.header("content-length"), QByteArray("100"));

    const HttpResult tail = m_http.send("GET", link, {}, {{"Range", "bytes=-20"}}, false);
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, full.body.right(20));

    const HttpResult open = m_http.send("GET", link, {}, {{"Range", "bytes=100-"}}, false);
    QCOMPARE(open.status, 206);
    QCOMPARE(open.body, full.body.mid(100));

    const HttpResult beyond =
        m_http.send("GET", link, {}, {{"Range", "bytes=" + QByteArray::number(size) + "-"}}, false);
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("content-range"), "bytes */" + QByteArray::number(size));

    const HttpResult stale = m_http.send(
        "GET", link, {}, {{"Range", "bytes=0-9"}, {"If-Range", "\"something-else\""}}, false);
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body.size(), size);
    const HttpResult notModified = m_http.send("GET", link, {}, {{"If-None-Match", etag}}, false);
    QCOMPARE(notModified.status, 304);

    QUrl forged = link;
    forged.setPath(QStringLiteral("/exports/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/x.csv"));
    QCOMPARE(m_http.get(forged, false).status, 403);
}

void TestSandboxDownloads::linksExpireOnTheClock()
{
    QString id;
    const QUrl link = completedLink(*m_sandbox, viewRequest(QStringLiteral("CSV")), &id);
    QVERIFY(link.isValid());
    QVERIFY(advanceClock(m_http, *m_sandbox, 299));
    QCOMPARE(m_http.get(link, false).status, 200);
    QVERIFY(advanceClock(m_http, *m_sandbox, 2));
    const HttpResult expired = m_http.get(link, false);
    QCOMPARE(expired.status, 403);
    QVERIFY2(expired.body.contains("expired"), expired.body.constData());
    // A new status call mints a new, working link.
    const QJsonObject status = waitForStatus(m_http, *m_sandbox, id, QStringLiteral("COMPLETE"));
    const QUrl fresh(status[QStringLiteral("result")].toString());
    QVERIFY(fresh != link);
    QCOMPARE(m_http.get(fresh, false).status, 200);
    QCOMPARE(m_http.get(link, false).status, 403);
}

void TestSandboxDownloads::linksExpireWithAFastClock()
{
    // 300 s ÷ 600 = half a second of real time.
    Sandbox fast({QStringLiteral("--clock-speed"), QStringLiteral("600")});
    QString error;
    QVERIFY2(fast.start(&error), qPrintable(error));
    const QString id = startExport(m_http, fast, viewRequest(QStringLiteral("CSV")));
    QVERIFY(!id.isEmpty());
    const QJsonObject status = waitForStatus(m_http, fast, id, QStringLiteral("COMPLETE"));
    const QUrl link(status[QStringLiteral("result")].toString());
    QVERIFY(link.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_http.get(link, false).status, 403, 5000);
    const QJsonObject again = waitForStatus(m_http, fast, id, QStringLiteral("COMPLETE"));
    QCOMPARE(m_http.get(QUrl(again[QStringLiteral("result")].toString()), false).status, 200);
}

void TestSandboxDownloads::sameSeedSameBytes_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("CSV") << QStringLiteral("CSV");
    QTest::newRow("XLSX") << QStringLiteral("XLSX");
    QTest::newRow("XLS") << QStringLiteral("XLS");
}

void TestSandboxDownloads::sameSeedSameBytes()
{
    QFETCH(QString, format);
    auto shaFor = [&](const QString &seed) -> QByteArray {
        Sandbox sandbox(
            {QStringLiteral("--clock-speed"), QStringLiteral("0"), QStringLiteral("--seed"), seed});
        QString error;
        if (!sandbox.start(&error)) {
            qWarning() << error;
            return {};
        }
        const QUrl link = completedLink(sandbox, viewRequest(format));
        const HttpResult download = m_http.get(link, false);
        return download.status == 200 ? sha256Hex(download.body) : QByteArray();
    };
    const QByteArray first = shaFor(QStringLiteral("7"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(shaFor(QStringLiteral("7")), first);
    const QByteArray other = shaFor(QStringLiteral("8"));
    QVERIFY(!other.isEmpty());
    QVERIFY(other != first);
}

QTEST_GUILESS_MAIN(TestSandboxDownloads)
#include "tst_sandboxdownloads.moc"
