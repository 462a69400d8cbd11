// Queue policy (one running export per account, daily quota, order, cancel) and restart
// recovery at every state.

#include "../transfer/ziptestutil.h"
#include "queuerig.h"
#include "transfer/exportjob.h"

#include <QJsonDocument>
#include <QTest>

using namespace es;
using namespace Qt::StringLiterals;

class TestExportQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRunningPerAccountAccountsInParallel()
    {
        QueueRig rig;
        rig.hub.templ.states = {u"PENDING"_s, u"PROCESSING"_s, u"PROCESSING"_s, u"COMPLETE"_s};
        int maxRunningA = 0;
        bool bRanWhileABusy = false;
        QObject::connect(rig.queue, &ExportQueue::jobChanged, rig.queue, [&] {
            int runningA = 0;
            bool aBusy = false;
            bool bBusy = false;
            for (const JobInfo &j : rig.queue->jobs()) {
                const bool hub = j.state == JobState::Starting || j.state == JobState::Pending ||
                                 j.state == JobState::Processing;
                if (j.accountId == u"acct" && hub) {
                    ++runningA;
                    aBusy = true;
                }
                if (j.accountId == u"b" && hub)
                    bBusy = true;
            }
            maxRunningA = std::max(maxRunningA, runningA);
            bRanWhileABusy = bRanWhileABusy || (aBusy && bBusy);
        });
        const QString a1 = rig.enqueue(u"A1"_s);
        const QString a2 = rig.enqueue(u"A2"_s);
        const QString a3 = rig.enqueue(u"A3"_s);
        const QString b1 = rig.enqueue(u"B1"_s, u"b"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(a2).queuePosition, 1, 2000);
        QVERIFY2(rig.job(a2).waitingReason.contains(u"A1"_s),
                 qPrintable(rig.job(a2).waitingReason));
        QCOMPARE(rig.job(a3).queuePosition, 2);
        for (const QString &id : {a1, a2, a3, b1})
            QVERIFY(rig.waitFinished(id));
        for (const QString &id : {a1, a2, a3, b1})
            QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        QCOMPARE(maxRunningA, 1);
        QVERIFY(bRanWhileABusy);
        QCOMPARE(rig.hub.starts, 4);
        // A's exports started in queue order.
        QStringList aOrder = rig.hub.startOrder;
        aOrder.removeAll(u"B1"_s);
        QCOMPARE(aOrder, (QStringList{u"A1"_s, u"A2"_s, u"A3"_s}));
        QCOMPARE(rig.job(a3).queuePosition, 0);
        QVERIFY(rig.job(a3).waitingReason.isEmpty());
    }

    void quotaWaitsForTheNextSlot()
    {
        QueueRig rig(2);
        rig.clockNow = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const QString j1 = rig.enqueue(u"Q1"_s);
        QVERIFY(rig.waitFinished(j1));
        rig.clockNow = rig.clockNow.addSecs(3600);
        const QString j2 = rig.enqueue(u"Q2"_s);
        QVERIFY(rig.waitFinished(j2));
        const QString j3 = rig.enqueue(u"Q3"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.job(j3).nextSlot.isValid(), 2000);
        QTest::qWait(100);
        QCOMPARE_STATE(rig.job(j3).state, JobState::Queued);
        QCOMPARE(rig.hub.starts, 2);
        // The first start leaves the rolling window 24 h after it happened.
        QCOMPARE(rig.job(j3).nextSlot, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        QVERIFY2(rig.job(j3).waitingReason.contains(u"Daily limit"_s),
                 qPrintable(rig.job(j3).waitingReason));
        QCOMPARE(rig.job(j3).queuePosition, 1);
        // The planner's expected start: the same slot, and a second queued job after it.
        QCOMPARE(rig.job(j3).expectedStart, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        QVERIFY(rig.job(j3).startWaitsForQuota);
        const QString j4 = rig.enqueue(u"Q4"_s);
        // Q4 waits for Q2's slot (10:00), which frees after Q3's typical five minutes.
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(j4).expectedStart,
                                  QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC), 2000);
        const QuotaPlanner::Plan plan = rig.queue->plan(u"acct"_s);
        QCOMPARE(plan.slotsFree,
                 (QList<QDateTime>{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                   QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)}));
        rig.queue->cancel(j4);
        rig.clockNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 1), Qt::UTC);
        rig.queue->reschedule();
        QVERIFY(rig.waitFinished(j3));
        QCOMPARE_STATE(rig.job(j3).state, JobState::Done);
        QCOMPARE(rig.hub.starts, 3);
    }

    void dailyLimitFromHubSpotRequeues()
    {
        QueueRig rig;
        rig.clockNow = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        int refused = 0;
        rig.hub.fault = [&](const test::RecordedRequest &r) -> std::optional<test::FakeResponse> {
            if (r.verb == "POST" && refused++ == 0) {
                return test::FakeResponse::json(
                    429,
                    QByteArray(
                        R"({"status":"error","message":"You have reached your daily limit.",)"
                        R"("errorType":"RATE_LIMIT","correlationId":"c-1","policyName":"DAILY"})"),
                    {{"Retry-After", "600"}});
            }
            return std::nullopt;
        };
        const QString id = rig.enqueue(u"Daily"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.job(id).nextSlot.isValid(), 3000);
        QCOMPARE_STATE(rig.job(id).state, JobState::Queued);
        QCOMPARE(rig.job(id).nextSlot, rig.clockNow.addSecs(600));
        QCOMPARE(rig.quota->remaining(u"acct"_s, rig.clockNow), 0);
        QCOMPARE(rig.quota->used(u"acct"_s, rig.clockNow), 0); // nothing was started
        QCOMPARE(rig.job(id).attempts, 0);
        rig.clockNow = rig.clockNow.addSecs(601);
        rig.queue->reschedule();
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        QCOMPARE(refused, 2);
    }

    void reorderAndCancelQueued()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(15, u"PROCESSING"_s) << u"COMPLETE"_s;
        const QString busy = rig.enqueue(u"Busy"_s);
        const QString j2 = rig.enqueue(u"J2"_s);
        const QString j3 = rig.enqueue(u"J3"_s);
        const QString j4 = rig.enqueue(u"J4"_s);
        QVERIFY(rig.waitState(busy, JobState::Processing));
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(j4).queuePosition, 3, 2000);
        rig.queue->moveDown(j2); // J3, J2, J4
        QCOMPARE(rig.job(j3).queuePosition, 1);
        QCOMPARE(rig.job(j2).queuePosition, 2);
        rig.queue->moveUp(j4); // J3, J4, J2
        QCOMPARE(rig.job(j4).queuePosition, 2);
        QCOMPARE(rig.job(j2).queuePosition, 3);
        rig.queue->moveUp(j3); // already first: no change
        QCOMPARE(rig.job(j3).queuePosition, 1);
        rig.queue->cancel(j3);
        QCOMPARE_STATE(rig.job(j3).state, JobState::Canceled);
        QVERIFY(rig.job(j3).note.contains(u"no export was spent"_s));
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(j4).queuePosition, 1, 2000);
        // The order survives a restart.
        QCOMPARE(rig.store->load(j4)->sequence < rig.store->load(j2)->sequence, true);
        for (const QString &id : {busy, j4, j2})
            QVERIFY(rig.waitFinished(id));
        QCOMPARE(rig.hub.startOrder, (QStringList{u"Busy"_s, u"J4"_s, u"J2"_s}));
        QCOMPARE(rig.history->entries().size(), 4);
        rig.queue->remove(j3);
        QVERIFY(!rig.queue->job(j3));
        QVERIFY(!rig.store->load(j3));
    }

    void retryAfterHubSpotFailureIsANewExport()
    {
        QueueRig rig;
        rig.hub.templ.states = {u"CANCELED"_s};
        const QString id = rig.enqueue(u"Again"_s);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Failed);
        rig.hub.templ.states = {u"COMPLETE"_s};
        rig.queue->retry(id);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        QCOMPARE(rig.hub.starts, 2);
        QCOMPARE(rig.job(id).attempts, 2);
        QCOMPARE(rig.history->entries().size(), 1); // replaced, one entry per job
    }

    // --- restart recovery: the queue is destroyed mid-flight (its state on disk is what a
    // killed process leaves) and a new one resumes from the store ---

    void restoreQueued()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(10, u"PROCESSING"_s) << u"COMPLETE"_s;
        const QString first = rig.enqueue(u"First"_s);
        const QString second = rig.enqueue(u"Second"_s);
        QVERIFY(rig.waitState(first, JobState::Processing));
        QCOMPARE_STATE(rig.job(second).state, JobState::Queued);
        rig.makeQueue();
        rig.queue->restore();
        QVERIFY(rig.waitFinished(first));
        QVERIFY(rig.waitFinished(second));
        QCOMPARE(rig.hub.starts, 2);
        QCOMPARE_STATE(rig.job(second).state, JobState::Done);
    }

    // A second engine on the same state folder stands for another process (QLockFile refuses a
    // lock its own process holds through another object, as it refuses another process).
    void jobRunByAnotherQueueIsLeftToIt()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(30, u"PROCESSING"_s) << u"COMPLETE"_s;
        const QString id = rig.enqueue(u"Shared"_s);
        QVERIFY(rig.waitState(id, JobState::Processing));
        Engine otherEngine(rig.dir.path(), &rig.hub.network, rig.clients());
        ExportQueue &other = *otherEngine.queue();
        other.setPollPolicy(fastPoll());
        QSignalSpy otherFinished(&other, &ExportQueue::jobFinished);
        other.restore();
        QTRY_VERIFY(other.job(id).has_value());
        QVERIFY2(other.job(id)->note.contains(u"Another Export Studio process"_s),
                 qPrintable(other.job(id)->note));
        // Not its job to stop or forget: the file and the run stay.
        other.cancel(id);
        other.remove(id);
        QVERIFY(rig.store->load(id).has_value());
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        // The other queue picks the outcome up from the file, without running anything.
        QTRY_COMPARE_WITH_TIMEOUT(otherFinished.count(), 1, 5000);
        QCOMPARE_STATE(other.job(id)->state, JobState::Done);
        QCOMPARE(rig.hub.starts, 1);
        QCOMPARE(rig.hub.exports.value(rig.job(id).taskId).downloads, 1);
    }

    void restorePendingKeepsTaskId()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(4, u"PENDING"_s) << u"COMPLETE"_s;
        const QString id = rig.enqueue(u"Pending"_s);
        QVERIFY(rig.waitState(id, JobState::Pending));
        const QString taskId = rig.job(id).taskId;
        QVERIFY(!taskId.isEmpty());
        rig.makeQueue();
        rig.queue->restore();
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        QCOMPARE(rig.job(id).taskId, taskId);
        QCOMPARE(rig.hub.starts, 1);
        QCOMPARE(rig.quota->used(u"acct"_s), 1);
    }

    void restoreProcessing()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(6, u"PROCESSING"_s) << u"COMPLETE"_s;
        const QString id = rig.enqueue(u"Processing"_s);
        QVERIFY(rig.waitState(id, JobState::Processing));
        rig.makeQueue();
        rig.queue->restore();
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        QCOMPARE(rig.hub.starts, 1);
    }

    void restoreDownloadingResumesThePart()
    {
        QueueRig rig;
        QByteArray big(200000, 'x');
        for (int i = 0; i < big.size(); i += 50)
            big[i] = '\n';
        rig.hub.templ.file = "h1,h2\n" + big;
        bool cut = true;
        rig.hub.fault = [&](const test::RecordedRequest &r) -> std::optional<test::FakeResponse> {
            // The first download delivers 64 KiB, then nothing: the process "dies" there.
            if (cut && r.url.path().startsWith(u"/files/"_s)) {
                return test::FakeResponse::raw(200, rig.hub.templ.file, "text/csv",
                                               {{"ETag", "\"e1\""}})
                    .withChunks(65536, 60000);
            }
            return std::nullopt;
        };
        const QString id = rig.enqueue(u"Resumed"_s);
        QVERIFY(rig.waitState(id, JobState::Downloading));
        QTest::qWait(100);
        rig.makeQueue();
        cut = false;
        rig.queue->restore();
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        QCOMPARE(ziptest::readAll(job.files.first().path), rig.hub.templ.file);
        QCOMPARE(rig.hub.starts, 1);
        QCOMPARE(rig.allOutEntries(), QStringList{u"Resumed.csv"_s});
        // The second process asked only for the rest.
        const auto downloads = rig.hub.network.requests("GET", u"/files/*"_s);
        QCOMPARE(downloads.size(), 2);
        QCOMPARE(downloads.last().header("Range"), QByteArray("bytes=65536-"));
    }

    void restoreUnpackingRedoesTheUnpack()
    {
        QueueRig rig;
        QTemporaryDir tmp;
        // A job that was killed while unpacking: its state and its work file are on disk.
        JobInfo job;
        job.id = JobStore::newJobId();
        job.accountId = u"acct"_s;
        job.request = QueueRig::request(u"Unpack me"_s);
        job.options = rig.options();
        job.state = JobState::Unpacking;
        job.taskId = u"777"_s;
        job.created = QDateTime::currentDateTimeUtc();
        job.stateSince = job.created;
        QDir().mkpath(rig.outDir());
        QVERIFY(ziptest::writeZip(workFilePath(job),
                                  {{u"part-1.csv"_s, "a\n1\n"}, {u"part-2.csv"_s, "a\n2\n"}}));
        QVERIFY(rig.store->save(job));
        rig.makeQueue();
        rig.queue->restore();
        QVERIFY(rig.waitFinished(job.id));
        QCOMPARE_STATE(rig.job(job.id).state, JobState::Done);
        QCOMPARE(rig.allOutEntries(), (QStringList{u"part-1.csv"_s, u"part-2.csv"_s}));
        QCOMPARE(rig.hub.network.requests().size(), 0);
    }

    void restoreAfterFilesWerePlacedFinishes()
    {
        QueueRig rig;
        JobInfo job;
        job.id = JobStore::newJobId();
        job.accountId = u"acct"_s;
        job.request = QueueRig::request(u"Placed"_s);
        job.options = rig.options();
        job.state = JobState::Unpacking;
        job.taskId = u"778"_s;
        QDir().mkpath(rig.outDir());
        const QString placed = rig.outDir() + u"/Placed.csv"_s;
        QVERIFY(ziptest::writeAll(placed, "a\n"));
        job.files = {JobFile{placed, 2}};
        QVERIFY(rig.store->save(job));
        rig.makeQueue();
        rig.queue->restore();
        QVERIFY(rig.waitFinished(job.id));
        QCOMPARE_STATE(rig.job(job.id).state, JobState::Done);
        QCOMPARE(rig.allOutEntries(), QStringList{u"Placed.csv"_s});
    }

    // --keep-zip: the job records the unpacked files and the archive's claimed name, then moves
    // the archive. A kill on either side of that move must end with each file once, all listed.
    void restoreKeptArchive_data()
    {
        QTest::addColumn<bool>("archiveMoved");
        QTest::newRow("killed before the archive moved") << false;
        QTest::newRow("killed after the archive moved") << true;
    }

    void restoreKeptArchive()
    {
        QFETCH(bool, archiveMoved);
        QueueRig rig;
        JobInfo job;
        job.id = JobStore::newJobId();
        job.accountId = u"acct"_s;
        job.request = QueueRig::request(u"Kept"_s);
        job.options = rig.options();
        job.options.keepZip = true;
        job.state = JobState::Unpacking;
        job.taskId = u"779"_s;
        QDir().mkpath(rig.outDir());
        const QString part = rig.outDir() + u"/Kept-1.csv"_s;
        const QString archive = rig.outDir() + u"/Kept.zip"_s;
        QVERIFY(ziptest::writeAll(part, "a\n1\n"));
        QVERIFY(ziptest::writeZip(archiveMoved ? archive : workFilePath(job),
                                  {{u"Kept-1.csv"_s, "a\n1\n"}}));
        job.files = {
            JobFile{part, 4},
            JobFile{archive, QFileInfo(archiveMoved ? archive : workFilePath(job)).size(), true}};
        // Killed before the archive moved can also mean before the placement journal went.
        if (!archiveMoved)
            QVERIFY(ziptest::writeAll(journalFilePath(job),
                                      rig.outDir().toUtf8() + "/Kept-1.csv\ncomplete\n"));
        QVERIFY(rig.store->save(job));
        rig.makeQueue();
        rig.queue->restore();
        QVERIFY(rig.waitFinished(job.id));
        const JobInfo back = rig.job(job.id);
        QVERIFY2(back.state == JobState::Done, qPrintable(back.error.message));
        QCOMPARE(rig.allOutEntries(), (QStringList{u"Kept-1.csv"_s, u"Kept.zip"_s}));
        QCOMPARE(back.files.size(), 2);
        QCOMPARE(back.files.at(1).path, archive);
        QVERIFY(back.files.at(1).archive);
        QCOMPARE(rig.hub.network.requests().size(), 0);
    }

    void restoreStartingWithoutTaskIdFailsClearly()
    {
        QueueRig rig;
        JobInfo job;
        job.id = JobStore::newJobId();
        job.accountId = u"acct"_s;
        job.request = QueueRig::request(u"Unknown outcome"_s);
        job.options = rig.options();
        job.state = JobState::Starting;
        QVERIFY(rig.store->save(job));
        rig.makeQueue();
        rig.queue->restore();
        QVERIFY(rig.waitFinished(job.id));
        const JobInfo back = rig.job(job.id);
        QCOMPARE_STATE(back.state, JobState::Failed);
        QVERIFY2(back.error.message.contains(u"export log"_s), qPrintable(back.error.message));
        QCOMPARE(rig.hub.starts, 0);
    }

    void stateIsPersistedBeforeItIsAnnounced()
    {
        QueueRig rig;
        int checked = 0;
        QObject::connect(rig.queue, &ExportQueue::jobChanged, rig.queue, [&](const QString &id) {
            const auto onDisk = rig.store->load(id);
            QVERIFY(onDisk);
            if (onDisk->state != rig.job(id).state) {
                QFAIL(qPrintable(u"announced "_s + toString(rig.job(id).state) +
                                 u" but disk says "_s + toString(onDisk->state)));
            }
            ++checked;
        });
        const QString id = rig.enqueue(u"Durable"_s);
        QVERIFY(rig.waitFinished(id));
        QVERIFY(checked >= 5);
    }
};

QTEST_GUILESS_MAIN(TestExportQueue)
#include "tst_exportqueue.moc"
