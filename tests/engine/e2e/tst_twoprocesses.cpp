// Two Export Studio processes on one state folder (the desktop app and the CLI, or two CLI runs)
// against the real hubspot-sandbox: for one account only one export may be starting or running
// at HubSpot at a time — the second process waits and says why — and a job one process runs is
// never run by another at the same time (`resume` while `export` runs).

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
#include <sandboxrunner.h>

using namespace Qt::StringLiterals;

namespace {

// The real sandbox; `base` is its API address.
class Sandbox
{
public:
    bool start(const QStringList &extra)
    {
        if (!m_runner.start(QStringList{u"--contacts"_s, u"60"_s, u"--companies"_s, u"5"_s,
                                        u"--deals"_s, u"5"_s, u"--tickets"_s, u"5"_s} +
                            extra))
            return false;
        base = m_runner.apiBase();
        return true;
    }

    QJsonObject stats()
    {
        QNetworkRequest request(base.resolved(QUrl(u"/__sandbox/stats"_s)));
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    // Moves the sandbox clock (started with --clock-speed 0, it stands still otherwise).
    void advance(double seconds)
    {
        QNetworkRequest request(base.resolved(QUrl(u"/__sandbox/clock/advance"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply =
            m_nam.post(request, QJsonDocument(QJsonObject{{u"seconds"_s, seconds}}).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
    }

    QUrl base;

private:
    es::test::SandboxRunner m_runner{QStringLiteral(ES_SANDBOX_BIN)};
    QNetworkAccessManager m_nam;
};

QProcessEnvironment cliEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HUBSPOT_ACCESS_TOKEN"_s, u"sandbox-token"_s);
    env.remove(u"EXPORT_STUDIO_VERBOSE"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s); // no keychain: --api-base runs
    return env;
}

// One export-studio-cli child whose stderr lines are time-stamped as they arrive.
class TimedCli
{
public:
    explicit TimedCli(const QString &name)
        : m_name(name)
    {
        m_process.setProcessEnvironment(cliEnv());
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
            m_pending += m_process.readAllStandardError();
            qsizetype end;
            while ((end = m_pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(m_pending.left(end));
                m_pending.remove(0, end + 1);
                m_lines.append({m_clock.elapsed(), line});
            }
        });
    }

    ~TimedCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    void start(const QStringList &args, const QElapsedTimer &clock)
    {
        m_clock = clock;
        m_process.start(QStringLiteral(ES_CLI_BIN), args);
        m_process.closeWriteChannel();
    }

    bool waitFinished(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (m_process.state() != QProcess::NotRunning && t.elapsed() < ms)
            QTest::qWait(20);
        return m_process.state() == QProcess::NotRunning;
    }

    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    // When a stderr line containing `text` first arrived (ms on the shared clock), or -1.
    qint64 when(const QString &text) const
    {
        for (const auto &[ms, line] : m_lines) {
            if (line.contains(text))
                return ms;
        }
        return -1;
    }

    QString err() const
    {
        QString all;
        for (const auto &[ms, line] : m_lines)
            all += u"[%1 %2 ms] %3\n"_s.arg(m_name).arg(ms).arg(line);
        return all;
    }

    QByteArray out() { return m_process.readAllStandardOutput(); }

    // Appends stderr to the file at `path` instead of the pipe (when() and err() then see
    // nothing). Each line is one write(), so a file that two processes append to holds their
    // lines in the order they were written; two pipes read by one event loop do not.
    void shareStderr(const QString &path)
    {
        m_process.setStandardErrorFile(path, QIODevice::Append);
    }

private:
    QString m_name;
    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_pending;
    QList<std::pair<qint64, QString>> m_lines;
};

QStringList logLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// The index of the first line containing `text`, or -1.
qsizetype lineWith(const QStringList &lines, const QString &text)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text))
            return i;
    }
    return -1;
}

void writeRequest(const QString &path, const QString &name)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(QJsonObject{{u"exportType"_s, u"VIEW"_s},
                                      {u"format"_s, u"CSV"_s},
                                      {u"exportName"_s, name},
                                      {u"objectType"_s, u"CONTACT"_s},
                                      {u"objectProperties"_s, QJsonArray{u"email"_s}},
                                      {u"language"_s, u"EN"_s}})
                .toJson());
}

} // namespace

class TestTwoProcesses : public QObject
{
    Q_OBJECT

    QStringList exportArgs(const Sandbox &sb, const QString &root, const QString &name)
    {
        writeRequest(root + u"/"_s + name + u".json"_s, name);
        return {u"export"_s,
                u"--request"_s,
                root + u"/"_s + name + u".json"_s,
                u"--api-base"_s,
                sb.base.toString(),
                u"--out"_s,
                root + u"/out-"_s + name,
                u"--state-dir"_s,
                root + u"/state"_s,
                u"--poll-initial-ms"_s,
                u"100"_s,
                u"--poll-max-ms"_s,
                u"200"_s};
    }

private Q_SLOTS:
    void secondExportWaitsForTheFirst()
    {
        // The sandbox clock stands still: A's export stays at HubSpot until B has said that it
        // waits, however slowly B starts.
        Sandbox sb;
        QVERIFY(sb.start({u"--clock-speed"_s, u"0"_s}));
        QTemporaryDir tmp;
        QElapsedTimer clock;
        clock.start();
        TimedCli a(u"A"_s);
        TimedCli b(u"B"_s);
        const QString log = tmp.filePath(u"both.log"_s);
        a.shareStderr(log);
        b.shareStderr(log);
        a.start(exportArgs(sb, tmp.path(), u"First"_s), clock);
        QTRY_VERIFY_WITH_TIMEOUT(lineWith(logLines(log), u"First: pending"_s) >= 0, 20000);
        b.start(exportArgs(sb, tmp.path(), u"Second"_s), clock);
        QTRY_VERIFY2_WITH_TIMEOUT(lineWith(logLines(log), u"another Export Studio process"_s) >= 0,
                                  qPrintable(logLines(log).join(u'\n')), 60000);
        sb.advance(3600); // A's export completes
        QTRY_VERIFY2_WITH_TIMEOUT(lineWith(logLines(log), u"Second: pending"_s) >= 0,
                                  qPrintable(logLines(log).join(u'\n')), 60000);
        sb.advance(3600); // and B's
        QVERIFY2(a.waitFinished(60000), qPrintable(logLines(log).join(u'\n')));
        QVERIFY2(b.waitFinished(60000), qPrintable(logLines(log).join(u'\n')));
        const QStringList lines = logLines(log);
        const QString both = lines.join(u'\n');
        QCOMPARE(a.exitCode(), 0);
        QVERIFY2(b.exitCode() == 0, qPrintable(both));

        // B said why it waited, and started only once A's export had left HubSpot: A writes
        // "downloading" before it lets go of the account, B writes "starting" after taking it.
        QVERIFY2(lineWith(lines, u"another Export Studio process"_s) >= 0, qPrintable(both));
        const qsizetype aLeft = lineWith(lines, u"First: downloading"_s);
        const qsizetype bStarts = lineWith(lines, u"Second: starting"_s);
        QVERIFY2(aLeft >= 0 && bStarts >= 0, qPrintable(both));
        QVERIFY2(bStarts > aLeft, qPrintable(both));
        QCOMPARE(sb.stats().value(u"exportsStarted"_s).toInt(), 2);
        QVERIFY(!b.out().trimmed().isEmpty()); // B's file paths
    }

    void resumeDoesNotRunAJobAnotherProcessRuns()
    {
        // The sandbox clock stands still until B has met A's job (see above).
        Sandbox sb;
        QVERIFY(sb.start({u"--clock-speed"_s, u"0"_s}));
        QTemporaryDir tmp;
        QElapsedTimer clock;
        clock.start();
        TimedCli a(u"A"_s);
        TimedCli b(u"B"_s);
        a.start(exportArgs(sb, tmp.path(), u"Only"_s), clock);
        QTRY_VERIFY_WITH_TIMEOUT(a.when(u"Only: pending"_s) >= 0, 20000);
        b.start({u"resume"_s, u"--state-dir"_s, tmp.filePath(u"state"_s), u"--poll-initial-ms"_s,
                 u"100"_s, u"--poll-max-ms"_s, u"200"_s},
                clock);
        QTRY_VERIFY2_WITH_TIMEOUT(b.when(u"Another Export Studio process is running this job"_s) >=
                                      0,
                                  qPrintable(a.err() + b.err()), 60000);
        sb.advance(3600);
        QVERIFY2(a.waitFinished(60000), qPrintable(a.err()));
        QVERIFY2(b.waitFinished(60000), qPrintable(b.err()));
        const QString both = a.err() + b.err();
        QCOMPARE(a.exitCode(), 0);
        QVERIFY2(b.exitCode() == 0, qPrintable(both)); // the job ended Done, by A
        QVERIFY2(b.when(u"Another Export Studio process is running this job"_s) >= 0,
                 qPrintable(both));
        QVERIFY2(b.when(u"Only: downloading"_s) < 0, qPrintable(both)); // B never ran it
        QCOMPARE(sb.stats().value(u"exportsStarted"_s).toInt(), 1);
        QCOMPARE(sb.stats().value(u"downloads"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
