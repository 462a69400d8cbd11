// The ExportQueue itself (no CLI) against the real hubspot-sandbox over a real
// QNetworkAccessManager: an export end to end, two on one account, and a restart mid-way.

#include "../../cli/clie2e.h"
#include "engine/engine.h"
#include "hubspot/hubspotclient.h"
#include "transfer/exportqueue.h"
#include "transfer/history.h"

using namespace es;
using namespace Qt::StringLiterals;

namespace {

// The Engine on a state folder, its one account being the sandbox.
struct SandboxEngine
{
    QNetworkAccessManager nam;
    std::unique_ptr<HubSpotClient> client;
    std::unique_ptr<Engine> engine;
    ExportQueue *queue = nullptr;
    History *history = nullptr;

    SandboxEngine(const QUrl &base, const QString &stateDir)
    {
        ClientConfig config;
        config.apiBase = base;
        config.token = u"sandbox-token"_s;
        config.accountId = u"sandbox"_s;
        client = std::make_unique<HubSpotClient>(&nam, config);
        engine = std::make_unique<Engine>(stateDir, &nam,
                                          [this](const QString &) { return client.get(); });
        queue = engine->queue();
        history = engine->history();
        PollPolicy poll;
        poll.initialMs = 100;
        poll.maxMs = 300;
        queue->setPollPolicy(poll);
    }

    bool waitFinished(const QString &id, int ms = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            const auto job = queue->job(id);
            if (job && isFinished(job->state))
                return true;
            QTest::qWait(20);
        }
        return false;
    }
};

ExportRequest contacts(const QString &name)
{
    ExportRequest r;
    r.exportName = name;
    r.objectType = u"CONTACT"_s;
    r.objectProperties = {u"email"_s, u"firstname"_s};
    return r;
}

} // namespace

class TestQueueSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportEndToEnd()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir tmp;
        SandboxEngine engine(sb.base, tmp.filePath(u"state"_s));
        ExportOptions options;
        options.downloadDir = tmp.filePath(u"out"_s);
        const QString id =
            engine.queue->enqueue(u"sandbox"_s, contacts(u"Queue export"_s), options);
        QVERIFY(engine.waitFinished(id));
        const JobInfo job = *engine.queue->job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        QCOMPARE(job.files.size(), 1);
        const QJsonObject info = sb.exportInfo(job.taskId);
        QCOMPARE(sha256Hex(job.files.first().path), info.value(u"sha256"_s).toString().toLatin1());
        QCOMPARE(job.recordCount, info.value(u"recordCount"_s).toInteger());
        QCOMPARE(engine.history->entries().size(), 1);
    }

    void twoMinuteExportTakesFewStatusCalls()
    {
        // An export that takes two minutes of sandbox time, polled by the default policy on a
        // clock 20 times faster, with every wait 20 times shorter: the sandbox's clock and the
        // job's waits scale alike, so the count is the real one. A busy machine only makes a
        // poll later, never earlier, so it can only lower the count.
        Sandbox sb;
        QVERIFY(sb.start({u"--clock-speed"_s, u"20"_s, u"--processing-ms"_s, u"118000"_s,
                          u"--contacts"_s, u"100"_s}));
        QTemporaryDir tmp;
        SandboxEngine engine(sb.base, tmp.filePath(u"state"_s));
        engine.queue->setPollPolicy(PollPolicy{}.scaled(1.0 / 20));
        ExportOptions options;
        options.downloadDir = tmp.filePath(u"out"_s);
        const QString id = engine.queue->enqueue(u"sandbox"_s, contacts(u"Long"_s), options);
        QVERIFY(engine.waitFinished(id, 120000));
        const JobInfo job = *engine.queue->job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        const int atSandbox = sb.stats().value(u"requests"_s).toObject().value(u"status"_s).toInt();
        QVERIFY2(job.statusCalls <= 15, qPrintable(QString::number(job.statusCalls)));
        QVERIFY2(atSandbox <= 15, qPrintable(QString::number(atSandbox)));
        QVERIFY(job.statusCalls >= 2); // it polled while the export ran, then saw COMPLETE
    }

    void twoExportsOneAccount()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir tmp;
        SandboxEngine engine(sb.base, tmp.filePath(u"state"_s));
        ExportOptions options;
        options.downloadDir = tmp.filePath(u"out"_s);
        const QString a = engine.queue->enqueue(u"sandbox"_s, contacts(u"One"_s), options);
        const QString b = engine.queue->enqueue(u"sandbox"_s, contacts(u"Two"_s), options);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.queue->job(b)->waitingReason.isEmpty(), 5000);
        QVERIFY(engine.waitFinished(a));
        QVERIFY(engine.waitFinished(b));
        QVERIFY(engine.queue->job(a)->state == JobState::Done);
        QVERIFY(engine.queue->job(b)->state == JobState::Done);
        QCOMPARE(QDir(options.downloadDir).entryList(QDir::Files),
                 (QStringList{u"One.csv"_s, u"Two.csv"_s}));
        QCOMPARE(sb.stats().value(u"exportsStarted"_s).toInt(), 2);
    }

    void restartWhileProcessing()
    {
        Sandbox sb;
        QVERIFY(sb.start({u"--clock-speed"_s, u"2"_s}));
        QTemporaryDir tmp;
        const QString state = tmp.filePath(u"state"_s);
        ExportOptions options;
        options.downloadDir = tmp.filePath(u"out"_s);
        QString id;
        QString taskId;
        {
            SandboxEngine engine(sb.base, state);
            id = engine.queue->enqueue(u"sandbox"_s, contacts(u"Survivor"_s), options);
            QTRY_VERIFY_WITH_TIMEOUT(!engine.queue->job(id)->taskId.isEmpty(), 5000);
            taskId = engine.queue->job(id)->taskId;
        } // the engine goes away mid-export
        SandboxEngine again(sb.base, state);
        again.queue->restore();
        QVERIFY(again.waitFinished(id));
        const JobInfo job = *again.queue->job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        QCOMPARE(job.taskId, taskId);
        QCOMPARE(sb.stats().value(u"exportsStarted"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQueueSandbox)
#include "tst_queue_sandbox.moc"
