// The per-job state machine, driven through the queue against a scripted HubSpot.

#include "../transfer/ziptestutil.h"
#include "queuerig.h"

#include <QTest>
#include <logcapture.h>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

QByteArray zipOf(const QList<ziptest::Entry> &entries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"z.zip"_s);
    if (!ziptest::writeZip(path, entries))
        return {};
    return ziptest::readAll(path);
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHappyPath()
    {
        QueueRig rig;
        const QString id = rig.enqueue(u"Contacts: all/of them"_s);
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        QCOMPARE(stateNames(rig.seen.value(id)),
                 stateNames({JobState::Queued, JobState::Starting, JobState::Pending,
                             JobState::Processing, JobState::Downloading, JobState::Unpacking,
                             JobState::Done}));
        QCOMPARE(job.taskId, u"5000"_s);
        QCOMPARE(rig.hub.starts, 1);
        QCOMPARE(job.recordCount, 2);
        QCOMPARE(job.files.size(), 1);
        // The name comes from the export name, sanitised; the bytes are HubSpot's.
        QCOMPARE(QFileInfo(job.files.first().path).fileName(), u"Contacts_ all_of them.csv"_s);
        QCOMPARE(ziptest::readAll(job.files.first().path), rig.hub.templ.file);
        QCOMPARE(job.files.first().size, rig.hub.templ.file.size());
        // Nothing else (no .part, no work file) is left in the download folder.
        QCOMPARE(rig.allOutEntries(), QStringList{u"Contacts_ all_of them.csv"_s});
        QVERIFY(job.msInState.contains(JobState::Pending));
        QVERIFY(job.msInState.contains(JobState::Downloading));
        QVERIFY(job.finishedAt.isValid());
        QCOMPARE(rig.quota->used(u"acct"_s), 1);
        const auto entries = rig.history->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().jobId, id);
        QCOMPARE(entries.first().files, job.files);
        // Persisted as announced.
        QCOMPARE_STATE(rig.store->load(id)->state, JobState::Done);
    }

    void neverOverwritesAnExistingFile()
    {
        QueueRig rig;
        QDir().mkpath(rig.outDir());
        QVERIFY(ziptest::writeAll(rig.outDir() + u"/Report.csv"_s, "mine"));
        const QString id = rig.enqueue(u"Report"_s);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        QCOMPARE(QFileInfo(rig.job(id).files.first().path).fileName(), u"Report (2).csv"_s);
        QCOMPARE(ziptest::readAll(rig.outDir() + u"/Report.csv"_s), QByteArray("mine"));
    }

    void pollingBacksOff()
    {
        QueueRig rig;
        PollPolicy poll;
        poll.initialMs = 40;
        poll.fastMs = 40;
        poll.fastPolls = 1;
        poll.factor = 1.5;
        poll.maxMs = 140;
        poll.infoEvery = 100;
        rig.queue->setPollPolicy(poll);
        rig.hub.templ.states = QStringList(7, u"PROCESSING"_s) << u"COMPLETE"_s;
        test::LogCapture log(u"es.transfer.job.debug=true"_s);
        const QString id = rig.enqueue(u"Slow"_s);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        const auto polls =
            rig.hub.network.requests("GET", u"/crm/v3/exports/export/async/tasks/*"_s);
        QCOMPARE(polls.size(), 8);
        QCOMPARE(rig.job(id).statusCalls, 8);
        // The intervals the job chose: 40 after the start, then after each PROCESSING answer
        // 40, 60, 90, 135, capped at 140. A busy machine delays the polls, never the choice.
        QStringList chosen;
        for (const QString &message : log.messages()) {
            if (message.contains(u"next status check in"_s) && !message.contains(u" in 0 ms"_s))
                chosen.append(message.section(u" in "_s, 1));
        }
        QCOMPARE(chosen, (QStringList{u"40 ms"_s, u"40 ms"_s, u"60 ms"_s, u"90 ms"_s, u"135 ms"_s,
                                      u"140 ms"_s, u"140 ms"_s, u"140 ms"_s}));
        // And no poll went out before its interval (a lower bound: lateness is no failure).
        for (int i = 1; i < polls.size(); ++i) {
            const qint64 gap = polls.at(i).atMs - polls.at(i - 1).atMs;
            QVERIFY2(gap >= 38, qPrintable(QString::number(gap)));
        }
    }

    void defaultPollingKeepsItsPromises()
    {
        // The default schedule, played against exports that complete at a given moment: the
        // status check that sees COMPLETE is the first one at or after it. No clock involved:
        // the waits are the ones the policy chooses.
        const PollPolicy policy;
        const auto play = [&policy](qint64 completesAtMs, qint64 *noticedAtMs) {
            qint64 at = 0;
            int calls = 0;
            for (int answered = 0;; ++answered) {
                at += policy.delayAfter(answered);
                ++calls;
                if (at >= completesAtMs)
                    break;
            }
            *noticedAtMs = at;
            return calls;
        };
        // A small export (done within 2.5 s, the first three checks) is noticed within a
        // second. (Checking every second for longer would cost a 2-minute export more than the
        // 15 status calls below: the two promises meet at 2.5 s.)
        for (qint64 doneAt = 0; doneAt <= 2500; doneAt += 50) {
            qint64 noticed = 0;
            play(doneAt, &noticed);
            QVERIFY2(
                noticed - doneAt <= 1000,
                qPrintable(
                    QStringLiteral("done at %1 ms, noticed at %2 ms").arg(doneAt).arg(noticed)));
        }
        // A 2-minute export takes at most 15 status calls.
        qint64 noticed = 0;
        const int calls = play(120000, &noticed);
        QVERIFY2(calls <= 15, qPrintable(QString::number(calls)));
        // And the waits never exceed the cap, so a long export is still seen soon enough.
        for (int answered = 0; answered < 100; ++answered)
            QVERIFY(policy.delayAfter(answered) <= policy.maxMs);
    }

    void pendingApprovalIsShown()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(6, u"PENDING"_s) << u"COMPLETE"_s;
        rig.hub.templ.exportState = u"PENDING_APPROVAL"_s;
        QString note;
        QObject::connect(rig.queue, &ExportQueue::jobChanged, rig.queue, [&](const QString &jobId) {
            const JobInfo j = rig.job(jobId);
            if (j.state == JobState::Pending && !j.note.isEmpty())
                note = j.note;
        });
        const QString id = rig.enqueue(u"Needs approval"_s);
        QVERIFY(rig.waitFinished(id));
        QVERIFY2(note.contains(u"PENDING_APPROVAL"_s), qPrintable(note));
        QCOMPARE(rig.job(id).hubspotState, u"PENDING_APPROVAL"_s);
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
    }

    void canceledByHubSpotFails()
    {
        QueueRig rig;
        rig.hub.templ.states = {u"PENDING"_s, u"CANCELED"_s};
        const QString id = rig.enqueue(u"Gone"_s);
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QCOMPARE_STATE(job.state, JobState::Failed);
        QVERIFY2(job.error.message.contains(u"canceled"_s, Qt::CaseInsensitive),
                 qPrintable(job.error.message));
        QCOMPARE(toString(job.error.kind), toString(FailureKind::HubSpotRefused));
        QVERIFY(rig.outFiles().isEmpty());
        QCOMPARE_STATE(rig.history->entries().first().state, JobState::Failed);
    }

    void statusErrorsFailWithHubSpotsReason()
    {
        QueueRig rig;
        rig.hub.templ.states = {u"PROCESSING"_s, u"COMPLETE"_s};
        rig.hub.templ.errors =
            QJsonArray{QJsonObject{{u"status"_s, u"error"_s},
                                   {u"category"_s, u"VALIDATION_ERROR"_s},
                                   {u"message"_s, u"Property 'foo' does not exist"_s}}};
        const QString id = rig.enqueue(u"Bad"_s);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Failed);
        QVERIFY2(rig.job(id).error.message.contains(u"Property 'foo' does not exist"_s),
                 qPrintable(rig.job(id).error.message));
    }

    void failedExportStateFails()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(20, u"PROCESSING"_s);
        rig.hub.templ.exportState = u"FAILED"_s;
        const QString id = rig.enqueue(u"Broken at HubSpot"_s);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Failed);
        QVERIFY(rig.job(id).error.message.contains(u"FAILED"_s));
    }

    void multiFileZipIsUnpacked()
    {
        QueueRig rig;
        rig.hub.templ.file =
            zipOf({{u"contacts-1.csv"_s, "a,b\n1,2\n"}, {u"contacts-2.csv"_s, "a,b\n3,4\n"}});
        QVERIFY(!rig.hub.templ.file.isEmpty());
        const QString id = rig.enqueue(u"Big"_s);
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        QCOMPARE(rig.outFiles(), (QStringList{u"contacts-1.csv"_s, u"contacts-2.csv"_s}));
        QCOMPARE(job.files.size(), 2);
        QCOMPARE(ziptest::readAll(rig.outDir() + u"/contacts-2.csv"_s), QByteArray("a,b\n3,4\n"));
        QCOMPARE(rig.allOutEntries(), rig.outFiles()); // no zip, no staging left
    }

    void keepZipKeepsTheArchive()
    {
        QueueRig rig;
        rig.hub.templ.file = zipOf({{u"contacts.csv"_s, "a,b\n1,2\n"}});
        const QString id =
            rig.queue->enqueue(u"acct"_s, QueueRig::request(u"Kept"_s), rig.options(true, true));
        QVERIFY(rig.waitFinished(id));
        QCOMPARE(rig.outFiles(), (QStringList{u"Kept.zip"_s, u"contacts.csv"_s}));
        QCOMPARE(rig.job(id).files.size(), 2);
    }

    void noUnzipSavesTheZip()
    {
        QueueRig rig;
        rig.hub.templ.file = zipOf({{u"contacts.csv"_s, "a,b\n1,2\n"}});
        const QString id =
            rig.queue->enqueue(u"acct"_s, QueueRig::request(u"Raw"_s), rig.options(false));
        QVERIFY(rig.waitFinished(id));
        QCOMPARE(rig.outFiles(), QStringList{u"Raw.zip"_s});
        QCOMPARE(ziptest::readAll(rig.outDir() + u"/Raw.zip"_s), rig.hub.templ.file);
    }

    void xlsxWorkbookIsNotUnpacked()
    {
        QueueRig rig;
        rig.hub.templ.file = zipOf({{u"[Content_Types].xml"_s, "<Types/>"},
                                    {u"xl/workbook.xml"_s, "<workbook/>"},
                                    {u"_rels/.rels"_s, "<Relationships/>"}});
        const QString id = rig.enqueue(u"Deals"_s, u"acct"_s, FileFormat::Xlsx);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Done);
        QCOMPARE(rig.outFiles(), QStringList{u"Deals.xlsx"_s});
        QCOMPARE(ziptest::readAll(rig.outDir() + u"/Deals.xlsx"_s), rig.hub.templ.file);
    }

    void zipSlipIsRefusedAndArchiveKept()
    {
        QueueRig rig;
        rig.hub.templ.file = zipOf({{u"ok.csv"_s, "a\n"}, {u"../../evil.csv"_s, "pwned\n"}});
        const QString id = rig.enqueue(u"Evil"_s);
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QCOMPARE_STATE(job.state, JobState::Failed);
        QVERIFY2(job.error.message.contains(u"evil.csv"_s), qPrintable(job.error.message));
        QVERIFY2(job.error.message.contains(u"Evil.zip"_s), qPrintable(job.error.message));
        QCOMPARE(rig.allOutEntries(), QStringList{u"Evil.zip"_s}); // no ok.csv, no staging
        QVERIFY(!QFile::exists(rig.dir.filePath(u"evil.csv"_s)));
        QVERIFY(!QFile::exists(QDir(rig.dir.path()).absoluteFilePath(u"../evil.csv"_s)));
    }

    void expiredLinkIsRefreshed()
    {
        QueueRig rig;
        int fileGets = 0;
        rig.hub.fault = [&](const test::RecordedRequest &r) -> std::optional<test::FakeResponse> {
            if (r.url.path().startsWith(u"/files/"_s) && fileGets++ == 0)
                return test::FakeResponse::raw(403, "<Error>Request has expired</Error>",
                                               "application/xml");
            return std::nullopt;
        };
        const QString id = rig.enqueue(u"Expiring"_s);
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        QCOMPARE(fileGets, 2);
        // One status call more than the script needs: the one that fetched the fresh link.
        QCOMPARE(rig.hub.statusCalls(job.taskId), 4);
        QCOMPARE(rig.hub.starts, 1);
    }

    void ambiguousStartIsNeverRepeated()
    {
        QueueRig rig;
        rig.hub.fault = [&](const test::RecordedRequest &r) -> std::optional<test::FakeResponse> {
            if (r.verb == "POST")
                return test::FakeResponse::networkError(QNetworkReply::RemoteHostClosedError,
                                                        u"Connection closed"_s);
            return std::nullopt;
        };
        const QString id = rig.enqueue(u"Maybe"_s);
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QCOMPARE_STATE(job.state, JobState::Failed);
        QCOMPARE(rig.hub.network.count("POST", u"/crm/v3/exports/export/async"_s), 1);
        QVERIFY2(job.error.message.contains(u"may have reached HubSpot"_s),
                 qPrintable(job.error.message));
        QVERIFY(job.error.message.contains(u"export log"_s));
        QCOMPARE(toString(job.error.kind), toString(FailureKind::Network));
        // It may have been spent: counted.
        QCOMPARE(rig.quota->used(u"acct"_s), 1);
    }

    void unauthorizedFailsWithTokenMessage()
    {
        QueueRig rig;
        rig.hub.fault = [&](const test::RecordedRequest &) -> std::optional<test::FakeResponse> {
            return test::FakeResponse::hubspotError(401, u"INVALID_AUTHENTICATION"_s,
                                                    u"Authentication credentials are invalid"_s);
        };
        const QString id = rig.enqueue(u"Nope"_s);
        QVERIFY(rig.waitFinished(id));
        const JobInfo job = rig.job(id);
        QCOMPARE_STATE(job.state, JobState::Failed);
        QCOMPARE(toString(job.error.kind), toString(FailureKind::HubSpotRefused));
        QCOMPARE(toString(job.error.fix), toString(FailureFix::OpenAccount));
        QVERIFY2(job.error.message.contains(u"token"_s, Qt::CaseInsensitive),
                 qPrintable(job.error.message));
        QCOMPARE(rig.quota->used(u"acct"_s), 0);
    }

    void statusOutageFailsResumably()
    {
        QueueRig rig;
        bool down = false;
        rig.hub.templ.states = {u"PROCESSING"_s, u"PROCESSING"_s, u"COMPLETE"_s};
        rig.hub.fault = [&](const test::RecordedRequest &r) -> std::optional<test::FakeResponse> {
            if (down && r.url.path().endsWith(u"/status"_s))
                return test::FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
            return std::nullopt;
        };
        const QString id = rig.enqueue(u"Flaky"_s);
        QVERIFY(rig.waitState(id, JobState::Processing));
        down = true;
        QVERIFY(rig.waitFinished(id));
        JobInfo job = rig.job(id);
        QCOMPARE_STATE(job.state, JobState::Failed);
        QCOMPARE(toString(job.error.kind), toString(FailureKind::Network));
        QCOMPARE_STATE(job.resumeState.value_or(JobState::Done), JobState::Pending);
        // Retry carries on with the same export.
        down = false;
        rig.queue->retry(id);
        QVERIFY(rig.waitFinished(id));
        job = rig.job(id);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.error.message));
        QCOMPARE(rig.hub.starts, 1);
        QCOMPARE(job.taskId, u"5000"_s);
    }

    void cancelWhileProcessingSaysSo()
    {
        QueueRig rig;
        rig.hub.templ.states = QStringList(1000, u"PROCESSING"_s);
        const QString id = rig.enqueue(u"Long"_s);
        QVERIFY(rig.waitState(id, JobState::Processing));
        rig.queue->cancel(id);
        const JobInfo job = rig.job(id);
        QCOMPARE_STATE(job.state, JobState::Canceled);
        QVERIFY2(job.note.contains(u"no cancel endpoint"_s), qPrintable(job.note));
        const int polls = rig.hub.statusCalls(job.taskId);
        QTest::qWait(150);
        QCOMPARE(rig.hub.statusCalls(job.taskId), polls); // polling really stopped
        QCOMPARE_STATE(rig.store->load(id)->state, JobState::Canceled);
    }

    void unknownAccountFails()
    {
        QueueRig rig;
        const QString id = rig.enqueue(u"Orphan"_s, u"none"_s);
        QVERIFY(rig.waitFinished(id));
        QCOMPARE_STATE(rig.job(id).state, JobState::Failed);
        QCOMPARE(toString(rig.job(id).error.fix), toString(FailureFix::OpenAccount));
        QCOMPARE(rig.hub.starts, 0);
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
