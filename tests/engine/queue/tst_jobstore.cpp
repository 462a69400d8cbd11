#include "jobstate_printer.h"
#include "transfer/history.h"
#include "transfer/jobstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

JobInfo sampleJob()
{
    JobInfo job;
    job.id = JobStore::newJobId();
    job.accountId = u"acct-1"_s;
    job.presetId = u"deals-q3"_s;
    job.request.exportName = u"Deals Q3"_s;
    job.request.format = FileFormat::Xlsx;
    job.request.objectType = u"DEAL"_s;
    job.request.objectProperties = {u"dealname"_s, u"amount"_s};
    job.options.downloadDir = u"/tmp/out"_s;
    job.options.unzip = false;
    job.options.keepZip = true;
    job.state = JobState::Downloading;
    job.taskId = u"123456789"_s;
    job.hubspotState = u"PENDING_APPROVAL"_s;
    job.recordCount = 42;
    job.created = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 5), Qt::UTC);
    job.stateSince = job.created.addSecs(30);
    job.msInState.insert(JobState::Pending, 1500);
    job.msInState.insert(JobState::Processing, 2500);
    job.bytesReceived = 1000;
    job.bytesTotal = 5000;
    job.statusCalls = 7;
    job.attempts = 1;
    job.sequence = 3;
    job.note = u"Getting a fresh download link"_s;
    job.files = {JobFile{u"/tmp/out/Deals Q3.xlsx"_s, 5000}};
    job.error = JobError{u"msg"_s, u"detail"_s, FailureKind::Network, FailureFix::Retry};
    return job;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateNamesRoundTrip()
    {
        for (int i = 0; i <= int(JobState::Canceled); ++i) {
            const auto state = JobState(i);
            QCOMPARE_STATE(jobStateFromString(toString(state)).value_or(JobState::Queued), state);
        }
        QVERIFY(!jobStateFromString(u"bogus"_s));
        QVERIFY(isFinished(JobState::Failed));
        QVERIFY(!isFinished(JobState::Queued));
        QVERIFY(isActive(JobState::Unpacking));
        QVERIFY(!isActive(JobState::Queued));
        QVERIFY(!isActive(JobState::Done));
    }

    void jobInfoJsonRoundTrip()
    {
        const JobInfo job = sampleJob();
        const auto back = JobInfo::fromJson(job.toJson());
        QVERIFY(back);
        QCOMPARE(back->id, job.id);
        QCOMPARE(back->accountId, job.accountId);
        QCOMPARE(back->presetId, job.presetId);
        QCOMPARE(back->request, job.request);
        QCOMPARE(back->options, job.options);
        QCOMPARE_STATE(back->state, job.state);
        QCOMPARE(back->taskId, job.taskId);
        QCOMPARE(back->hubspotState, job.hubspotState);
        QCOMPARE(back->recordCount, 42);
        QCOMPARE(back->created, job.created);
        QCOMPARE(back->stateSince, job.stateSince);
        QVERIFY(back->msInState == job.msInState);
        QCOMPARE(back->bytesReceived, 1000);
        QCOMPARE(back->bytesTotal, 5000);
        QCOMPARE(back->statusCalls, 7);
        QCOMPARE(back->sequence, 3);
        QCOMPARE(back->note, job.note);
        QCOMPARE(back->files, job.files);
        QCOMPARE(back->error, job.error);
    }

    // Versions before FailureKind wrote the fix as an "action" string and the kind as the CLI's
    // exit code; their job files load into the enums.
    void oldErrorFormatLoadsIntoEnums_data()
    {
        QTest::addColumn<QJsonValue>("exitCode");
        QTest::addColumn<QString>("action");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<FailureFix>("fix");
        QTest::newRow("token") << QJsonValue(3) << u"account"_s << FailureKind::HubSpotRefused
                               << FailureFix::OpenAccount;
        QTest::newRow("start unknown")
            << QJsonValue(4) << u"check"_s << FailureKind::Network << FailureFix::CheckHubSpot;
        QTest::newRow("disk") << QJsonValue(5) << u"retry"_s << FailureKind::Local
                              << FailureFix::Retry;
        QTest::newRow("folder") << QJsonValue(5) << u"settings"_s << FailureKind::Local
                                << FailureFix::OpenSettings;
        QTest::newRow("insecure") << QJsonValue(2) << u"settings"_s << FailureKind::Validation
                                  << FailureFix::OpenSettings;
        QTest::newRow("request") << QJsonValue(3) << u"edit"_s << FailureKind::HubSpotRefused
                                 << FailureFix::EditRequest;
        QTest::newRow("no action")
            << QJsonValue(4) << QString() << FailureKind::Network << FailureFix::None;
        // A typo offers nothing rather than silently meaning "retry".
        QTest::newRow("unknown action")
            << QJsonValue(4) << u"retyr"_s << FailureKind::Network << FailureFix::None;
        QTest::newRow("no exit code")
            << QJsonValue() << u"retry"_s << FailureKind::Unknown << FailureFix::Retry;
    }

    void oldErrorFormatLoadsIntoEnums()
    {
        QFETCH(QJsonValue, exitCode);
        QFETCH(QString, action);
        QFETCH(FailureKind, kind);
        QFETCH(FailureFix, fix);
        QJsonObject error{{u"message"_s, u"Disk full"_s}, {u"detail"_s, u"ENOSPC"_s}};
        if (!action.isEmpty())
            error[u"action"] = action;
        if (!exitCode.isUndefined())
            error[u"exitCode"] = exitCode;
        QJsonObject old = sampleJob().toJson();
        old[u"state"] = u"failed"_s;
        old[u"error"] = error;
        // Through the store, as the app and the CLI read it.
        QTemporaryDir dir;
        const QString id = old.value(u"id").toString();
        QDir().mkpath(dir.filePath(u"jobs"_s));
        QFile file(dir.filePath(u"jobs/"_s + id + u".json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(old).toJson());
        file.close();
        const auto job = JobStore(dir.filePath(u"jobs"_s)).load(id);
        QVERIFY(job);
        QCOMPARE(job->error.message, u"Disk full"_s);
        QCOMPARE(job->error.detail, u"ENOSPC"_s);
        QCOMPARE(toString(job->error.kind), toString(kind));
        QCOMPARE(toString(job->error.fix), toString(fix));
    }

    // What this version writes reads back the same, for every kind and fix, and carries no
    // exit code (that is the CLI's mapping, not the file's).
    void errorFormatRoundTrips()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(u"jobs"_s));
        for (int k = 0; k <= int(FailureKind::Interrupted); ++k) {
            for (int f = 0; f <= int(FailureFix::EditRequest); ++f) {
                JobInfo job = sampleJob();
                job.state = JobState::Failed;
                job.error = JobError{u"msg"_s, u"detail"_s, FailureKind(k), FailureFix(f)};
                QVERIFY(store.save(job));
                QFile file(dir.filePath(u"jobs/"_s + job.id + u".json"_s));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QJsonObject onDisk =
                    QJsonDocument::fromJson(file.readAll()).object().value(u"error").toObject();
                QCOMPARE(onDisk.value(u"kind").toString(), toString(FailureKind(k)));
                QVERIFY(!onDisk.contains(u"exitCode"));
                const auto back = store.load(job.id);
                QVERIFY(back);
                QCOMPARE(toString(back->error.kind), toString(FailureKind(k)));
                QCOMPARE(toString(back->error.fix), toString(FailureFix(f)));
                QCOMPARE(back->error, job.error);
            }
        }
        QVERIFY(!failureKindFromString(u"bogus"_s));
        QVERIFY(!failureFixFromString(u"bogus"_s));
    }

    void rejectsJsonWithoutIdOrState()
    {
        QVERIFY(!JobInfo::fromJson(QJsonObject{{u"id"_s, u"x"_s}}));
        QVERIFY(!JobInfo::fromJson(QJsonObject{{u"state"_s, u"done"_s}}));
    }

    void savesLoadsAndRemoves()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(u"jobs"_s));
        JobInfo job = sampleJob();
        QVERIFY(store.save(job));
        QVERIFY(QFile::exists(dir.filePath(u"jobs/"_s + job.id + u".json"_s)));
        job.state = JobState::Unpacking;
        QVERIFY(store.save(job));
        JobStore other(dir.filePath(u"jobs"_s));
        const auto all = other.loadAll();
        QCOMPARE(all.size(), 1);
        QCOMPARE_STATE(all.first().state, JobState::Unpacking);
        QVERIFY(other.remove(job.id));
        QVERIFY(other.loadAll().isEmpty());
    }

    void noTemporaryFilesLeft()
    {
        QTemporaryDir dir;
        JobStore store(dir.path());
        for (int i = 0; i < 20; ++i) {
            JobInfo job = sampleJob();
            job.bytesReceived = i;
            QVERIFY(store.save(job));
        }
        const QStringList names = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(names.size(), 20);
        for (const QString &name : names)
            QVERIFY2(name.endsWith(u".json"_s), qPrintable(name));
    }

    void damagedFileIsSetAside()
    {
        QTemporaryDir dir;
        JobStore store(dir.path());
        QVERIFY(store.save(sampleJob()));
        QFile bad(dir.filePath(u"broken.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"id\": ");
        bad.close();
        QStringList problems;
        QCOMPARE(store.loadAll(&problems).size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"broken.json"_s));
        QVERIFY(QFile::exists(dir.filePath(u"broken.json.damaged"_s)));
        QCOMPARE(store.loadAll().size(), 1);
    }

    void refusesUnsafeIds()
    {
        QTemporaryDir dir;
        JobStore store(dir.path());
        JobInfo job = sampleJob();
        job.id = u"../escape"_s;
        QVERIFY(!store.save(job));
        QVERIFY(!store.lastError().isEmpty());
    }

    void historyPersistsNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.json"_s);
        JobInfo job = sampleJob();
        job.state = JobState::Done;
        job.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(13, 0), Qt::UTC);
        {
            History history(path);
            QSignalSpy added(&history, &History::entryAdded);
            history.add(HistoryEntry::fromJob(job));
            JobInfo later = job;
            later.id = u"later"_s;
            later.finishedAt = job.finishedAt.addSecs(60);
            later.state = JobState::Failed;
            later.error.message = u"HubSpot canceled the export"_s;
            history.add(HistoryEntry::fromJob(later));
            JobInfo earlier = job;
            earlier.id = u"earlier"_s;
            earlier.finishedAt = job.finishedAt.addSecs(-60);
            history.add(HistoryEntry::fromJob(earlier));
            QCOMPARE(added.count(), 3);
        }
        History reread(path);
        const auto entries = reread.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).jobId, u"later"_s);
        QCOMPARE_STATE(entries.at(0).state, JobState::Failed);
        QCOMPARE(entries.at(0).errorMessage, u"HubSpot canceled the export"_s);
        QCOMPARE(entries.at(1).jobId, job.id);
        QCOMPARE(entries.at(1).files, job.files);
        QCOMPARE(entries.at(1).exportName, u"Deals Q3"_s);
        QCOMPARE(entries.at(1).presetId, u"deals-q3"_s);
        QCOMPARE(entries.at(2).jobId, u"earlier"_s);
        // Replacing keeps one entry per job.
        reread.add(HistoryEntry::fromJob(job));
        QCOMPARE(reread.entries().size(), 3);
        reread.remove(u"earlier"_s);
        QCOMPARE(History(path).entries().size(), 2);
        reread.setMaxEntries(1);
        QCOMPARE(History(path).entries().size(), 1);
    }
    // The desktop app reads its history once its window is up (Load::OnRequest): nothing before
    // loadInBackground(), then the entries, loaded() once and changed(); a change made before
    // the background read ends wins over it; a second request reads nothing more.
    void historyLoadsOnRequestInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.json"_s);
        JobInfo job = sampleJob();
        job.state = JobState::Done;
        job.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(13, 0), Qt::UTC);
        {
            History writer(path);
            for (int i = 0; i < 50; ++i) {
                JobInfo each = job;
                each.id = u"job-%1"_s.arg(i);
                each.finishedAt = job.finishedAt.addSecs(i * 60);
                writer.add(HistoryEntry::fromJob(each));
            }
        }

        History history(path, History::Load::OnRequest);
        QVERIFY(!history.isLoaded());
        QVERIFY(history.entries().isEmpty());
        QSignalSpy loaded(&history, &History::loaded);
        QSignalSpy changed(&history, &History::changed);
        history.loadInBackground();
        history.loadInBackground(); // already reading: no second read
        QVERIFY(loaded.wait(30000));
        QVERIFY(history.isLoaded());
        QCOMPARE(history.entries(), History(path).entries());
        QCOMPARE(history.entries().size(), 50);
        QCOMPARE(history.entries().first().jobId, u"job-49"_s);
        QTRY_COMPARE(changed.count(), 1);
        history.loadInBackground(); // loaded: nothing happens
        QCoreApplication::processEvents();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(changed.count(), 1);

        // An entry added while the background read is under way is kept (add() reads the file
        // itself first, and the older background result is dropped).
        History racing(path, History::Load::OnRequest);
        QSignalSpy racingLoaded(&racing, &History::loaded);
        racing.loadInBackground();
        JobInfo newest = job;
        newest.id = u"newest"_s;
        newest.finishedAt = job.finishedAt.addDays(1);
        racing.add(HistoryEntry::fromJob(newest));
        QCOMPARE(racingLoaded.count(), 1); // add() needed the file: loaded before entryAdded
        QCOMPARE(racing.entries().size(), 51);
        QSignalSpy racingChanged(&racing, &History::changed);
        // The background read ends and its result reaches this thread (and is dropped).
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(racing.entries().size(), 51);
        QCOMPARE(racing.entries().first().jobId, u"newest"_s);
        QCOMPARE(racingLoaded.count(), 1);
        QCOMPARE(racingChanged.count(), 0);
        QCOMPARE(History(path).entries().size(), 51);

        // No file: loaded, empty.
        History none(dir.filePath(u"missing.json"_s), History::Load::OnRequest);
        QSignalSpy noneLoaded(&none, &History::loaded);
        none.loadInBackground();
        QVERIFY(noneLoaded.wait(30000));
        QVERIFY(none.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
