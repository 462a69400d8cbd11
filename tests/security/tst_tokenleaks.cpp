// The access token goes to the API origin in the Authorization header and nowhere else: not to
// a log line (every Qt message of a full client + downloader run against hubspot-sandbox, debug
// included), not to the download origin (every request the process sends is recorded), and not
// to any file or output of the CLI: its state folder (jobs, history, quota, presets), settings
// and data folders under a private HOME, the downloaded files, stdout and stderr with debug logs
// on, and what is left when it crashes in the middle of a job.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <hubspot/hubspotclient.h>
#include <logcapture.h>
#include <memory>
#include <model/requestcodec.h>
#include <sandboxrunner.h>
#include <sys/resource.h>
#include <transfer/downloader.h>

using namespace es;
using namespace es::test;

namespace {

// The token in every form a careless line could write it.
QList<QByteArray> tokenForms(const QByteArray &token)
{
    return {token, token.toBase64(), QByteArray("Bearer " + token).toBase64(),
            token.toPercentEncoding(), token.toHex()};
}

// Files (relative to root) holding the token in any form.
QStringList filesWithToken(const QString &root, const QByteArray &token)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        for (const QByteArray &form : tokenForms(token)) {
            if (data.contains(form)) {
                hits << QDir(root).relativeFilePath(path);
                break;
            }
        }
    }
    return hits;
}

int fileCount(const QString &root)
{
    int n = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

bool containsToken(const QByteArray &data, const QByteArray &token)
{
    for (const QByteArray &form : tokenForms(token)) {
        if (data.contains(form))
            return true;
    }
    return false;
}

// A real QNetworkAccessManager that remembers what every request carried.
class RecordingNam : public QNetworkAccessManager
{
public:
    struct Seen
    {
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    QList<Seen> seen;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        Seen s{request.url(), {}};
        for (const QByteArray &name : request.rawHeaderList())
            s.headers.append({name, request.rawHeader(name)});
        seen.append(s);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

template<typename T>
struct Outcome
{
    bool done = false;
    ApiError error;
    T value{};
};

template<typename T>
Outcome<T> wait(ApiResult<T> *reply)
{
    auto out = std::make_shared<Outcome<T>>();
    reply->onFinished(reply, [out](const ApiResult<T> &r) {
        out->done = true;
        out->error = r.error();
        out->value = r.value();
    });
    if (!QTest::qWaitFor([&] { return out->done; }, 30000))
        qWarning("reply %s did not finish in time", qPrintable(reply->operation()));
    return *out;
}

const QByteArray requestJson = R"({
  "exportType": "VIEW", "format": "CSV", "exportName": "Token leak check", "language": "EN",
  "objectType": "CONTACT", "objectProperties": ["email", "firstname", "lastname"],
  "publicCrmSearchRequest": {"filterGroups": [], "filters": [], "sorts": []}
})";

} // namespace

class TestTokenLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void clientAndDownloaderRun();
    void cliExportAndPresetLeaveNoToken();
    void cliCrashOutputHasNoToken_data();
    void cliCrashOutputHasNoToken();

private:
    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QProcessEnvironment cliEnvironment(const QString &home) const;
    QUrl downloadsBase() const;

    QByteArray m_token;
    std::unique_ptr<SandboxRunner> m_sandbox;
};

void TestTokenLeaks::initTestCase()
{
#ifndef ES_SANDBOX_BIN
    QSKIP("hubspot-sandbox is not built");
#else
    // Unique per run, so a hit can only come from this run.
    m_token = "pat-na1-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "-leakcheck";
    m_sandbox = std::make_unique<SandboxRunner>(QStringLiteral(ES_SANDBOX_BIN));
    QVERIFY2(m_sandbox->start({QStringLiteral("--clock-speed"), QStringLiteral("1000"),
                               QStringLiteral("--token"), QString::fromLatin1(m_token)}),
             qPrintable(m_sandbox->errorString()));
#endif
}

void TestTokenLeaks::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestTokenLeaks::init()
{
    admin("POST", QStringLiteral("/__sandbox/reset"));
}

QJsonObject TestTokenLeaks::admin(const QByteArray &verb, const QString &path,
                                  const QJsonObject &body)
{
    return m_sandbox->admin(verb, path, body);
}

void TestTokenLeaks::clientAndDownloaderRun()
{
    RecordingNam nam;
    ClientConfig config;
    config.apiBase = m_sandbox->apiBase();
    config.token = QString::fromLatin1(m_token);
    config.accountId = QStringLiteral("leak-check");
    config.transferTimeoutMs = 10000;
    config.retry.baseDelayMs = 20;
    config.retry.maxDelayMs = 50;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString linkSecret;

    {
        LogCapture log; // every category, debug included
        HubSpotClient client(&nam, config);

        QVERIFY(wait(client.testConnection()).value.tokenAccepted);
        QVERIFY(wait(client.properties(QStringLiteral("contacts"))).done);
        // The error paths log too: a 500 that is retried, and a 401 (token revoked).
        admin("POST", QStringLiteral("/__sandbox/faults"),
              {{QStringLiteral("rules"), QJsonArray{QStringLiteral("owners:status=500:count=1")}}});
        QVERIFY(wait(client.owners()).done);

        const auto decoded = RequestCodec::fromBytes(requestJson);
        QVERIFY(decoded.ok());
        const auto started = wait(client.startExport(decoded.request));
        QVERIFY2(!started.error.isError(), qPrintable(started.error.userMessage()));
        const QString taskId = started.value.taskId;
        ExportStatus status;
        QElapsedTimer clock;
        clock.start();
        while (status.state != ExportStatus::State::Complete && clock.elapsed() < 20000) {
            const auto polled = wait(client.exportStatus(taskId));
            QVERIFY2(!polled.error.isError(), qPrintable(polled.error.userMessage()));
            status = polled.value;
            if (status.state != ExportStatus::State::Complete)
                QTest::qWait(100);
        }
        QCOMPARE(status.state, ExportStatus::State::Complete);
        QVERIFY(wait(client.getExport(taskId)).done);
        linkSecret = status.result.path().section(u'/', 2, 2);
        QVERIFY(linkSecret.size() >= 16);

        Downloader downloader(&nam);
        DownloadTask *task =
            downloader.create(status.result, dir.filePath(QStringLiteral("x.csv")));
        QSignalSpy finished(task, &DownloadTask::finished);
        task->start();
        QVERIFY(finished.wait(20000));
        const auto result = finished.first().first().value<DownloadResult>();
        QVERIFY2(result.ok(), qPrintable(result.errorString));

        admin("POST", QStringLiteral("/__sandbox/faults"),
              {{QStringLiteral("rules"), QJsonArray{QStringLiteral("status:revoke-token")}}});
        const auto refused = wait(client.exportStatus(taskId));
        QCOMPARE(refused.error.kind, ApiError::Kind::Auth);
        QVERIFY(!containsToken(refused.error.userMessage().toUtf8(), m_token));
        QVERIFY(!containsToken(refused.error.technicalSummary().toUtf8(), m_token));

        // The capture saw the run (else the checks below prove nothing)...
        const QByteArray text = log.joined().toUtf8();
        QVERIFY2(text.contains("es.hubspot") && text.contains("es.transfer"),
                 text.left(2000).constData());
        QVERIFY2(log.messages().size() >= 10, text.left(2000).constData());
        // ... and neither the token nor the link's secret is in it.
        QVERIFY2(!containsToken(text, m_token), "the token is in a log line");
        QVERIFY2(!text.contains(linkSecret.toUtf8()), "the download link's secret is logged");
    }

    // What went over the wire: the token to the API origin only, in the Authorization header.
    const QUrl api = m_sandbox->apiBase();
    int apiRequests = 0;
    int downloadRequests = 0;
    for (const RecordingNam::Seen &s : std::as_const(nam.seen)) {
        const bool toApi = s.url.port() == api.port();
        QVERIFY2(!containsToken(s.url.toEncoded(), m_token), qPrintable(s.url.path()));
        for (const auto &[name, value] : s.headers) {
            const bool isAuth = name.compare("Authorization", Qt::CaseInsensitive) == 0;
            if (toApi && isAuth) {
                QCOMPARE(value, QByteArray("Bearer " + m_token));
                continue;
            }
            QVERIFY2(!containsToken(value, m_token), name.constData());
            QVERIFY2(toApi || !isAuth, "an Authorization header went to the download origin");
        }
        (toApi ? apiRequests : downloadRequests)++;
    }
    QVERIFY(apiRequests >= 6);
    QVERIFY(downloadRequests >= 1);
}

QProcessEnvironment TestTokenLeaks::cliEnvironment(const QString &home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), QString::fromLatin1(m_token));
    env.insert(QStringLiteral("EXPORT_STUDIO_VERBOSE"), QStringLiteral("1"));
    env.remove(QStringLiteral("EXPORT_STUDIO_STATE_DIR"));
    return env;
}

void TestTokenLeaks::cliExportAndPresetLeaveNoToken()
{
#ifndef ES_CLI_BIN
    QSKIP("export-studio-cli is not built");
#else
    QTemporaryDir inputs; // the request files hold the token on purpose: kept out of the scan
    QTemporaryDir scan;
    QVERIFY(inputs.isValid() && scan.isValid());
    const QString home = scan.filePath(QStringLiteral("home"));
    const QString state = scan.filePath(QStringLiteral("state"));
    const QString out = scan.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(out));

    QJsonObject request = QJsonDocument::fromJson(requestJson).object();
    QFile plain(inputs.filePath(QStringLiteral("request.json")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(QJsonDocument(request).toJson());
    plain.close();
    // A shared request that (wrongly) carries a token must not turn into a preset that does.
    request.insert(QStringLiteral("token"), QString::fromLatin1(m_token));
    request.insert(QStringLiteral("exportName"), QStringLiteral("From a preset"));
    QFile tainted(inputs.filePath(QStringLiteral("tainted.json")));
    QVERIFY(tainted.open(QIODevice::WriteOnly));
    tainted.write(QJsonDocument(request).toJson());
    tainted.close();

    const auto run = [&](const QStringList &args, QByteArray *output) {
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(home));
        cli.setWorkingDirectory(scan.path());
        cli.start(QStringLiteral(ES_CLI_BIN), args);
        if (!cli.waitForFinished(60000))
            cli.kill();
        *output += cli.readAllStandardOutput() + cli.readAllStandardError();
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    };
    const QString api = m_sandbox->apiBase().toString();
    QByteArray output;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--request"), plain.fileName(),
                  QStringLiteral("--api-base"), api, QStringLiteral("--state-dir"), state,
                  QStringLiteral("--out"), out, QStringLiteral("--json")},
                 &output),
             0);
    QCOMPARE(
        run({QStringLiteral("presets"), QStringLiteral("save"), QStringLiteral("Shared"),
             QStringLiteral("--request"), tainted.fileName(), QStringLiteral("--state-dir"), state},
            &output),
        0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--preset"), QStringLiteral("Shared"),
                  QStringLiteral("--api-base"), api, QStringLiteral("--state-dir"), state,
                  QStringLiteral("--out"), out},
                 &output),
             0);

    // The runs did what they should (else a clean scan proves nothing): files downloaded, a
    // preset and job records written, debug logs printed.
    QVERIFY2(QDir(out).entryList(QDir::Files).size() >= 2, output.constData());
    QVERIFY2(QDir(state + QStringLiteral("/presets")).entryList(QDir::Files).size() == 1,
             output.constData());
    QVERIFY2(fileCount(state) >= 3, output.constData());
    QVERIFY2(output.contains("es.hubspot"), output.constData());

    QVERIFY2(!containsToken(output, m_token), "the token is in the CLI's stdout or stderr");
    const QStringList hits = filesWithToken(scan.path(), m_token);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the token is in: ") + hits.join(u", ")));
    // The scan itself works: the tainted input is found when it is in the tree.
    QVERIFY(!filesWithToken(inputs.path(), m_token).isEmpty());
#endif
}

void TestTokenLeaks::cliCrashOutputHasNoToken_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("fault");
    QTest::newRow("SIGSEGV while polling") << int(SIGSEGV) << QStringLiteral("status:stall=20");
    QTest::newRow("SIGABRT while downloading")
        << int(SIGABRT) << QStringLiteral("download:trickle=2000");
}

void TestTokenLeaks::cliCrashOutputHasNoToken()
{
#ifndef ES_CLI_BIN
    QSKIP("export-studio-cli is not built");
#else
    QFETCH(int, signal);
    QFETCH(QString, fault);
    admin("POST", QStringLiteral("/__sandbox/faults"),
          {{QStringLiteral("rules"), QJsonArray{fault}}});
    QTemporaryDir inputs;
    QTemporaryDir scan;
    QVERIFY(inputs.isValid() && scan.isValid());
    const QString home = scan.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QFile plain(inputs.filePath(QStringLiteral("request.json")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(requestJson);
    plain.close();

    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment(home));
    cli.setWorkingDirectory(scan.path());
    // A core file would hold the whole environment; what this checks is what the program itself
    // prints and writes when it dies.
    cli.setChildProcessModifier([] {
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
    });
    cli.start(QStringLiteral(ES_CLI_BIN),
              {QStringLiteral("export"), QStringLiteral("--request"), plain.fileName(),
               QStringLiteral("--api-base"), m_sandbox->apiBase().toString(),
               QStringLiteral("--state-dir"), scan.filePath(QStringLiteral("state")),
               QStringLiteral("--out"), scan.filePath(QStringLiteral("out"))});
    QVERIFY(cli.waitForStarted());
    const QByteArray stage = signal == SIGSEGV ? "pending" : "downloading";
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (!output.contains(stage) && clock.elapsed() < 20000 && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(200);
        output += cli.readAllStandardError();
    }
    QVERIFY2(output.contains(stage), output.constData());
    QTest::qWait(300); // well inside the stage
    ::kill(pid_t(cli.processId()), signal);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    output += cli.readAllStandardOutput() + cli.readAllStandardError();

    QVERIFY2(output.contains("es.hubspot"), output.constData()); // debug logs were on
    QVERIFY2(!containsToken(output, m_token), "the token is in the crash output");
    QVERIFY2(fileCount(scan.filePath(QStringLiteral("state"))) >= 1, "no job record written");
    const QStringList hits = filesWithToken(scan.path(), m_token);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the token is in: ") + hits.join(u", ")));
#endif
}

QTEST_GUILESS_MAIN(TestTokenLeaks)
#include "tst_tokenleaks.moc"
