// ScheduleRunner against the real hubspot-sandbox with a clock the test sets: a preset that
// missed several slots runs once (through the engine, history presets into the vault), a
// schedule set just now waits for its first slot and the timer starts it then, a run still
// waiting in the queue (daily limit used up) is not queued a second time, and a due preset with
// no account is said once and not marked as run.

#include "engine/engine.h"
#include "hubspot/hubspotclient.h"
#include "schedule/schedulerunner.h"
#include "storage/presetstore.h"
#include "transfer/exportqueue.h"
#include "transfer/quotaledger.h"
#include "vault/vaultmanager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sandboxrunner.h>

using namespace es;
using namespace Qt::StringLiterals;
using es::test::SandboxRunner;

namespace {

const QString account = u"sandbox"_s;

// Local time, as schedules mean it. 2026-12-07 is a Monday.
QDateTime local(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second));
}

Preset scheduledPreset(const QString &name, const QString &spec, const QDateTime &since)
{
    Preset preset;
    preset.name = name;
    preset.request.exportName = name;
    preset.request.objectType = u"CONTACT"_s;
    preset.request.objectProperties = {u"email"_s, u"firstname"_s};
    QString error;
    preset.schedule = Schedule::parse(spec, &error);
    Q_ASSERT(error.isEmpty());
    preset.schedule.since = since.toUTC();
    return preset;
}

} // namespace

class TestScheduleRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxRunner> m_sandbox;
    QNetworkAccessManager m_nam;
    // Per test: a fresh state folder, engine and preset store.
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<HubSpotClient> m_client;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<PresetStore> m_presets;
    QDateTime m_now;

    int exportsStarted()
    {
        return m_sandbox->admin("GET", u"/__sandbox/stats"_s).value(u"exportsStarted"_s).toInt(-1);
    }

    void makeEngine(int dailyQuota = 30)
    {
        ClientConfig config;
        config.apiBase = m_sandbox->apiBase();
        config.token = m_sandbox->token();
        config.accountId = account;
        m_client = std::make_unique<HubSpotClient>(&m_nam, config);
        Engine::Options options;
        options.dailyQuota = dailyQuota;
        m_engine = std::make_unique<Engine>(
            m_tmp->filePath(u"state"_s), &m_nam,
            [this](const QString &id) { return id == account ? m_client.get() : nullptr; },
            options);
        PollPolicy poll;
        poll.initialMs = 100;
        poll.maxMs = 300;
        m_engine->queue()->setPollPolicy(poll);
    }

    std::unique_ptr<ScheduleRunner> makeRunner(const QString &runsOn = account)
    {
        auto runner = std::make_unique<ScheduleRunner>(m_presets.get(), m_engine.get());
        runner->setClock([this] { return m_now; });
        runner->setAccountProvider([runsOn] { return runsOn; });
        runner->setOptionsProvider([this] {
            ExportOptions options;
            options.downloadDir = m_tmp->filePath(u"out"_s);
            return options;
        });
        return runner;
    }

    QString savePreset(const Preset &preset)
    {
        QString id = m_presets->save(preset);
        Q_ASSERT(!id.isEmpty());
        return id;
    }

    std::optional<JobInfo> jobOf(const QString &presetId)
    {
        for (const JobInfo &job : m_engine->queue()->jobs()) {
            if (job.presetId == presetId)
                return job;
        }
        return std::nullopt;
    }

    int jobsOf(const QString &presetId)
    {
        int count = 0;
        for (const JobInfo &job : m_engine->queue()->jobs())
            count += job.presetId == presetId ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxRunner>(QStringLiteral(ES_SANDBOX_BIN));
        QVERIFY2(m_sandbox->start({u"--contacts"_s, u"200"_s}),
                 qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_presets = std::make_unique<PresetStore>(m_tmp->filePath(u"state/presets"_s));
    }

    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_presets.reset();
        m_tmp.reset();
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void missedSlotsRunOnceThroughTheEngine()
    {
        makeEngine();
        // Daily at 07:30, set a week ago, last run last Thursday: four slots missed while the
        // machine was off. A history preset, so the run must reach the vault.
        Preset daily = scheduledPreset(u"Daily"_s, u"daily 07:30"_s, local(1, 12, 0));
        daily.history.keep = true;
        const QString id = savePreset(daily);
        QVERIFY(m_presets->markRun(id, local(3, 7, 31).toUTC()));
        // Every 6 hours, ran two hours ago: not due.
        const QString notDue =
            savePreset(scheduledPreset(u"Six-hourly"_s, u"every 6h"_s, local(1, 12, 0)));
        QVERIFY(m_presets->markRun(notDue, local(7, 7, 0).toUTC()));

        m_now = local(7, 9, 0);
        auto runner = makeRunner();
        QSignalSpy started(runner.get(), &ScheduleRunner::runStarted);
        const int before = exportsStarted();
        QCOMPARE(runner->check(), QStringList{id});
        // Recorded at once, before the export is even queued.
        QCOMPARE(m_presets->find(id)->lastRun, local(7, 9, 0));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
        const QString jobId = started.first().at(1).toString();
        QCOMPARE(started.first().at(0).toString(), id);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->queue()->job(jobId) &&
                                     isFinished(m_engine->queue()->job(jobId)->state),
                                 60000);
        QCOMPARE(toString(m_engine->queue()->job(jobId)->state), toString(JobState::Done));
        QCOMPARE(m_engine->queue()->job(jobId)->presetId, id);
        if (before >= 0)
            QCOMPARE(exportsStarted(), before + 1);
        // The run is kept in the account's vault.
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->vaults()->isBusy(), 60000);
        Vault *vault = m_engine->vaults()->vault(account);
        QVERIFY(vault);
        QCOMPARE(vault->runs(id).size(), 1);

        // Once: a later check the same morning runs nothing.
        m_now = local(7, 9, 1);
        QCOMPARE(runner->check(), QStringList{});
        QCOMPARE(jobsOf(notDue), 0);
        // In the evening only the six-hourly one is due (since 13:00), the daily one is not.
        m_now = local(7, 23, 0);
        QCOMPARE(runner->check(), QStringList{notDue});
        QCOMPARE(jobsOf(id), 1);
        // Tomorrow's slot: due again, after the six-hourly one that has waited since 05:00
        // (once its evening run is over: a run still in the queue is not doubled).
        QTRY_VERIFY_WITH_TIMEOUT(jobOf(notDue) && isFinished(jobOf(notDue)->state), 60000);
        m_now = local(8, 7, 30);
        QCOMPARE(runner->check(), (QStringList{notDue, id}));
        QCOMPARE(m_presets->find(id)->lastRun, local(8, 7, 30));
    }

    void aNewScheduleWaitsForItsFirstSlotThenTheTimerRunsIt()
    {
        makeEngine();
        // Set a minute before its slot today (never run): not due at once.
        m_now = local(7, 7, 29, 58);
        const QString id =
            savePreset(scheduledPreset(u"Morning"_s, u"daily 07:30"_s, local(7, 7, 29)));
        auto runner = makeRunner();
        QSignalSpy started(runner.get(), &ScheduleRunner::runStarted);
        runner->start();
        // The first check (from the event loop) starts nothing and sets the timer for 07:30.
        QTRY_COMPARE_WITH_TIMEOUT(runner->nextCheck(), local(7, 7, 30), 30000);
        QCOMPARE(started.size(), 0);
        QCOMPARE(jobsOf(id), 0);
        QVERIFY(!m_presets->find(id)->lastRun.isValid());

        // The clock reaches the slot; the timer (two seconds) fires and the run starts.
        m_now = local(7, 7, 30);
        QVERIFY(started.wait(30000));
        QCOMPARE(started.first().at(0).toString(), id);
        QCOMPARE(m_presets->find(id)->lastRun, local(7, 7, 30));
        // Next: tomorrow's slot, but the runner still looks again within a minute (a sleeping
        // machine does not advance a long timer).
        QTRY_VERIFY_WITH_TIMEOUT(runner->nextCheck() == local(7, 7, 31), 30000);
        QCOMPARE(runner->nextRun(), local(8, 7, 30));
        runner->stop();
        QVERIFY(!runner->nextCheck().isValid());
    }

    void aRunWaitingInTheQueueIsNotQueuedAgain()
    {
        // The daily limit is used up: the scheduled run waits in the queue, locally.
        makeEngine(1);
        m_engine->quota()->recordStart(account);
        const QString id = savePreset(scheduledPreset(u"Hourly"_s, u"every 1h"_s, local(7, 6, 0)));
        m_now = local(7, 7, 0);
        auto runner = makeRunner();
        QSignalSpy started(runner.get(), &ScheduleRunner::runStarted);
        const int before = exportsStarted();
        QCOMPARE(runner->check(), QStringList{id});
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
        QCOMPARE(toString(jobOf(id)->state), toString(JobState::Queued));

        // Two more hours pass while it waits: it is still that one run, not three.
        m_now = local(7, 9, 0);
        QCOMPARE(runner->check(), QStringList{});
        QCOMPARE(jobsOf(id), 1);
        QCOMPARE(toString(jobOf(id)->state), toString(JobState::Queued));
        if (before >= 0)
            QCOMPARE(exportsStarted(), before); // nothing reached HubSpot
        // And the runner does not spin on it: it looks again at its coarse interval.
        QCOMPARE(runner->nextRun(), QDateTime());
    }

    void withoutAnAccountItSaysSoOnceAndWaits()
    {
        makeEngine();
        const QString id =
            savePreset(scheduledPreset(u"Daily"_s, u"daily 07:30"_s, local(1, 12, 0)));
        m_now = local(7, 9, 0);
        auto runner = makeRunner(QString());
        QSignalSpy skipped(runner.get(), &ScheduleRunner::runSkipped);
        QCOMPARE(runner->check(), QStringList{});
        QCOMPARE(runner->check(), QStringList{});
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().at(0).toString(), id);
        QVERIFY2(skipped.first().at(1).toString().contains(u"no account"_s),
                 qPrintable(skipped.first().at(1).toString()));
        // Not marked as run: it runs once an account is there.
        QVERIFY(!m_presets->find(id)->lastRun.isValid());
        QCOMPARE(jobsOf(id), 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduleRunner)
#include "tst_schedulerunner.moc"
