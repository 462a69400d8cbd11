#include "common/placeholdertreeview.h"
#include "transfers/jobfeed.h"
#include "transfers/progressdelegate.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHash>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace es;

namespace {

JobInfo makeJob(const QString &id, JobState state, const QString &name = {})
{
    JobInfo job;
    job.id = id;
    job.accountId = QStringLiteral("acct");
    job.request.exportName = name.isEmpty() ? QStringLiteral("Export %1").arg(id) : name;
    job.request.objectType = QStringLiteral("CONTACT");
    job.state = state;
    job.created = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    job.stateSince = job.created.addSecs(60);
    return job;
}

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(10, 2, 30), Qt::UTC);

// Keeps jobs as the ExportQueue does (a hash, display order by sequence) and leaves jobIds() to
// JobFeed's index, as QueueJobFeed does. Counts the full copies jobs() makes.
class SequenceFeed final : public JobFeed
{
public:
    mutable int fullCopies = 0;

    QList<JobInfo> jobs() const override
    {
        ++fullCopies;
        QList<JobInfo> all = m_jobs.values();
        std::sort(all.begin(), all.end(),
                  [](const JobInfo &a, const JobInfo &b) { return a.sequence < b.sequence; });
        return all;
    }
    std::optional<JobInfo> job(const QString &jobId) const override
    {
        const auto it = m_jobs.constFind(jobId);
        return it == m_jobs.cend() ? std::nullopt : std::optional<JobInfo>(*it);
    }
    void upsert(const JobInfo &job)
    {
        const bool known = m_jobs.contains(job.id);
        m_jobs.insert(job.id, job);
        if (known)
            Q_EMIT jobChanged(job.id);
        else
            Q_EMIT jobAdded(job.id);
    }
    void remove(const QString &jobId)
    {
        if (m_jobs.remove(jobId))
            Q_EMIT jobRemoved(jobId);
    }

private:
    QHash<QString, JobInfo> m_jobs;
};

JobInfo sequenced(const QString &id, qint64 sequence, JobState state = JobState::Queued)
{
    JobInfo job = makeJob(id, state);
    job.sequence = sequence;
    return job;
}

QStringList rowIds(const TransferModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.jobId(row);
    return ids;
}

} // namespace

class TestTransferModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterThroughLifecycle();
    void rowLookupStaysRightAfterRemoveAndMove();
    void manyUpdatesBecomeFewDataChanged();
    void flushPublishesLatestSnapshot();
    void reorderKeepsSelection();
    void progressRepaintsOnlyItsColumns();
    void sequenceIndexFollowsTheQueue();
    void texts_data();
    void texts();
    void engineNoteWins();
    void queuedShowsExpectedStart();
    void doneShowsCompleteness();
    void elapsedUsesStateTimes();
    void rawValueRole();
    void delegatePaintsEveryState();
    void panelActionsFollowSelection();
};

void TestTransferModel::modelTesterThroughLifecycle()
{
    StaticJobFeed feed;
    feed.upsert(makeJob(QStringLiteral("a"), JobState::Queued));
    TransferModel model(&feed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFlushInterval(5);
    feed.upsert(makeJob(QStringLiteral("b"), JobState::Downloading));
    feed.upsert(makeJob(QStringLiteral("c"), JobState::Failed));
    QCOMPARE(model.rowCount(), 3);
    JobInfo b = makeJob(QStringLiteral("b"), JobState::Downloading);
    b.bytesReceived = 100;
    b.bytesTotal = 1000;
    feed.upsert(b);
    feed.move(QStringLiteral("c"), 0);
    model.flush();
    QCOMPARE(model.jobId(0), QStringLiteral("c"));
    feed.remove(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 2);
    feed.remove(QStringLiteral("c"));
    feed.remove(QStringLiteral("b"));
    QCOMPARE(model.rowCount(), 0);
}

void TestTransferModel::rowLookupStaysRightAfterRemoveAndMove()
{
    StaticJobFeed feed;
    for (int i = 0; i < 20; ++i)
        feed.upsert(makeJob(QString::number(i), JobState::Queued));
    TransferModel model(&feed);
    feed.remove(QStringLiteral("3"));
    feed.remove(QStringLiteral("10"));
    feed.move(QStringLiteral("19"), 0);
    model.flush();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.jobId(row)), row);
    QCOMPARE(model.rowOf(QStringLiteral("3")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("19")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("4")), 4);
}

void TestTransferModel::manyUpdatesBecomeFewDataChanged()
{
    StaticJobFeed feed;
    for (int i = 0; i < 50; ++i)
        feed.upsert(makeJob(QString::number(i), i < 10 ? JobState::Downloading : JobState::Done));
    TransferModel model(&feed);
    model.setFlushInterval(200);
    model.flush();
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    // 10 downloads reporting progress 100 times each, as a fast network would.
    for (int tick = 0; tick < 100; ++tick) {
        for (int i = 0; i < 10; ++i) {
            JobInfo job = makeJob(QString::number(i), JobState::Downloading);
            job.bytesReceived = tick * 1000;
            job.bytesTotal = 100000;
            feed.upsert(job);
        }
    }
    QCOMPARE(spy.count(), 0); // nothing reaches the view before the timer
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 2000);
    // Rows 0..9 are contiguous: one signal for the whole range, over the cells progress changes.
    QCOMPARE(spy.count(), 1);
    const QModelIndex topLeft = spy.first().at(0).toModelIndex();
    const QModelIndex bottomRight = spy.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 9);
    QCOMPARE(topLeft.column(), int(TransferModel::ElapsedColumn));
    QCOMPARE(bottomRight.column(), int(TransferModel::ProgressColumn));
    QCOMPARE(model.data(model.index(3, TransferModel::ProgressColumn), TransferModel::RawValueRole)
                 .toDouble(),
             0.99);
}

void TestTransferModel::flushPublishesLatestSnapshot()
{
    StaticJobFeed feed;
    feed.upsert(makeJob(QStringLiteral("x"), JobState::Pending));
    feed.upsert(makeJob(QStringLiteral("y"), JobState::Done));
    feed.upsert(makeJob(QStringLiteral("z"), JobState::Done));
    for (int i = 0; i < 7; ++i)
        feed.upsert(makeJob(QStringLiteral("more%1").arg(i), JobState::Done));
    TransferModel model(&feed);
    model.setFlushInterval(60000);
    JobInfo x = makeJob(QStringLiteral("x"), JobState::Processing);
    feed.upsert(x);
    // Not yet published: the model still shows the old state.
    QCOMPARE(
        model.data(model.index(0, TransferModel::StateColumn), TransferModel::StateRole).toInt(),
        int(JobState::Pending));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(model.data(model.index(0, TransferModel::StateColumn)).toString(),
             QStringLiteral("Processing"));
    // Non-adjacent rows give one signal per range, not one per column or per update.
    spy.clear();
    feed.upsert(makeJob(QStringLiteral("z"), JobState::Done, QStringLiteral("renamed")));
    feed.upsert(makeJob(QStringLiteral("x"), JobState::Processing, QStringLiteral("again")));
    model.flush();
    QCOMPARE(spy.count(), 2);
}

void TestTransferModel::reorderKeepsSelection()
{
    StaticJobFeed feed;
    for (const char *id : {"a", "b", "c"})
        feed.upsert(makeJob(QLatin1String(id), JobState::Queued));
    TransferModel model(&feed);
    QPersistentModelIndex persistent = model.index(2, 1);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    feed.move(QStringLiteral("c"), 0);
    model.flush();
    QCOMPARE(layout.count(), 1);
    QCOMPARE(persistent.row(), 0);
    QCOMPARE(persistent.column(), 1);
    QCOMPARE(persistent.data(TransferModel::JobIdRole).toString(), QStringLiteral("c"));
}

void TestTransferModel::progressRepaintsOnlyItsColumns()
{
    StaticJobFeed feed;
    for (int i = 0; i < 10; ++i)
        feed.upsert(makeJob(QString::number(i), i < 4 ? JobState::Downloading : JobState::Done));
    TransferModel model(&feed);
    model.setFlushInterval(60000);
    model.setClock([] { return Now; });
    model.flush();
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    const auto span = [&spy](int i) {
        const QModelIndex a = spy.at(i).at(0).toModelIndex();
        const QModelIndex b = spy.at(i).at(1).toModelIndex();
        return QList<int>{a.row(), b.row(), a.column(), b.column()};
    };

    // Nothing reported: only the running jobs' elapsed times move.
    model.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(span(0),
             (QList<int>{0, 3, TransferModel::ElapsedColumn, TransferModel::ElapsedColumn}));

    // Progress of one, a new state of another, a rename of a finished one.
    spy.clear();
    JobInfo progress = makeJob(QStringLiteral("1"), JobState::Downloading);
    progress.bytesReceived = 500;
    progress.bytesTotal = 1000;
    feed.upsert(progress);
    feed.upsert(makeJob(QStringLiteral("2"), JobState::Unpacking));
    feed.upsert(makeJob(QStringLiteral("7"), JobState::Done, QStringLiteral("renamed")));
    model.flush();
    QList<QList<int>> spans;
    for (int i = 0; i < spy.count(); ++i)
        spans << span(i);
    std::sort(spans.begin(), spans.end());
    QCOMPARE(spans, (QList<QList<int>>{
                        {0, 0, TransferModel::ElapsedColumn, TransferModel::ElapsedColumn},
                        {1, 1, TransferModel::ElapsedColumn, TransferModel::ProgressColumn},
                        {2, 2, TransferModel::NameColumn, TransferModel::ProgressColumn},
                        {3, 3, TransferModel::ElapsedColumn, TransferModel::ElapsedColumn},
                        {7, 7, TransferModel::NameColumn, TransferModel::ProgressColumn},
                    }));
    QCOMPARE(model.data(model.index(2, TransferModel::StateColumn)).toString(),
             QStringLiteral("Unpacking"));
    QCOMPARE(model.data(model.index(7, TransferModel::NameColumn)).toString(),
             QStringLiteral("renamed"));
}

void TestTransferModel::sequenceIndexFollowsTheQueue()
{
    SequenceFeed feed;
    for (int i = 0; i < 5; ++i)
        feed.upsert(sequenced(QString::number(i), 10 * i));
    TransferModel model(&feed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.flush();
    QCOMPARE(rowIds(model),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                          QStringLiteral("3"), QStringLiteral("4")}));

    // Progress and state changes leave the order alone: once the index is built, no job is
    // copied wholesale for them.
    QCOMPARE(feed.jobIds(), rowIds(model));
    const int copies = feed.fullCopies;
    for (int tick = 0; tick < 3; ++tick) {
        for (int i = 0; i < 5; ++i) {
            JobInfo job = sequenced(QString::number(i), 10 * i, JobState::Downloading);
            job.bytesReceived = tick;
            feed.upsert(job);
        }
        model.flush();
    }
    QCOMPARE(feed.fullCopies, copies);
    QCOMPARE(rowIds(model),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                          QStringLiteral("3"), QStringLiteral("4")}));

    // A new sequence moves the job (Move up, a retry); additions land in order; removals go.
    QPersistentModelIndex third = model.index(2, 0);
    feed.upsert(sequenced(QStringLiteral("2"), 45));
    model.flush();
    QCOMPARE(rowIds(model),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("2")}));
    QCOMPARE(third.row(), 4);
    feed.upsert(sequenced(QStringLiteral("new"), 25));
    QCOMPARE(rowIds(model),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("new"),
                          QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("2")}));
    feed.remove(QStringLiteral("3"));
    model.flush();
    QCOMPARE(rowIds(model),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("new"),
                          QStringLiteral("4"), QStringLiteral("2")}));
    QCOMPARE(feed.jobIds(), rowIds(model));
    QCOMPARE(feed.fullCopies, copies);
}

void TestTransferModel::texts_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("expected");
    QTest::newRow("queued") << int(JobState::Queued) << QStringLiteral("Queued #2 · next slot");
    QTest::newRow("downloading") << int(JobState::Downloading) << QStringLiteral("of");
    QTest::newRow("failed") << int(JobState::Failed) << QStringLiteral("re-enter it in Accounts");
    QTest::newRow("done") << int(JobState::Done) << QStringLiteral("weekly.csv");
    QTest::newRow("pending") << int(JobState::Pending) << QStringLiteral("no percentage");
}

void TestTransferModel::texts()
{
    QFETCH(int, state);
    QFETCH(QString, expected);
    StaticJobFeed feed;
    JobInfo job = makeJob(QStringLiteral("j"), JobState(state));
    job.queuePosition = 2;
    job.nextSlot = Now.addSecs(3600);
    job.bytesReceived = 5 * 1024 * 1024;
    job.bytesTotal = 20 * 1024 * 1024;
    job.bytesPerSecond = 1024 * 1024;
    job.error.message =
        QStringLiteral("HubSpot refused the access token: re-enter it in Accounts.");
    job.error.detail = QStringLiteral("correlationId 1234-abcd, category INVALID_AUTHENTICATION");
    job.error.fix = FailureFix::OpenAccount;
    job.files = {JobFile{QStringLiteral("/tmp/out/weekly.csv"), 4096}};
    feed.upsert(job);
    TransferModel model(&feed);
    const QString detail = model.data(model.index(0, TransferModel::ProgressColumn)).toString();
    QVERIFY2(detail.contains(expected), qPrintable(detail));
    const QString tip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(job.request.exportName));
    if (JobState(state) == JobState::Failed) {
        QVERIFY2(tip.contains(QStringLiteral("1234-abcd")), qPrintable(tip));
        QCOMPARE(model.data(model.index(0, 0), TransferModel::FailureRole).toInt(),
                 int(FailureFix::OpenAccount));
    }
    // The state is always a word, whatever the icon.
    QVERIFY(!model.data(model.index(0, TransferModel::StateColumn)).toString().isEmpty());
    QVERIFY(!model.data(model.index(0, TransferModel::StateColumn), Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
}

void TestTransferModel::engineNoteWins()
{
    StaticJobFeed feed;
    JobInfo job = makeJob(QStringLiteral("n"), JobState::Canceled);
    job.note = QStringLiteral("Canceled before it was sent to HubSpot: no export was spent.");
    feed.upsert(job);
    TransferModel model(&feed);
    QCOMPARE(model.data(model.index(0, TransferModel::ProgressColumn)).toString(), job.note);
}

void TestTransferModel::queuedShowsExpectedStart()
{
    StaticJobFeed feed;
    JobInfo job = makeJob(QStringLiteral("q"), JobState::Queued, QStringLiteral("Deals Q3"));
    job.queuePosition = 1;
    job.nextSlot = Now.addSecs(35 * 60);
    job.waitingReason = QStringLiteral("Daily limit of 30 exports reached: next slot at …");
    job.expectedStart = Now.addSecs(35 * 60).addSecs(30); // planner times are whole minutes
    job.startWaitsForQuota = true;
    JobInfo later = makeJob(QStringLiteral("r"), JobState::Queued, QStringLiteral("Tickets"));
    later.queuePosition = 2;
    later.sequence = 1;
    later.expectedStart = Now.addDays(1);
    feed.upsert(job);
    feed.upsert(later);
    TransferModel model(&feed);
    model.setClock([] { return Now; });
    // The same local date as Now (10:02 UTC + 35 min stays on 1 March in every zone but the
    // few at UTC+13:25 or more), in the user's locale.
    const QDateTime local = job.expectedStart.toLocalTime();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    QString detail = model.data(model.index(0, TransferModel::ProgressColumn)).toString();
    if (local.date() == Now.toLocalTime().date())
        QCOMPARE(detail, QStringLiteral("Queued #1 · expected to start about %1").arg(time));
    QVERIFY2(detail.contains(time), qPrintable(detail));
    // The narrow column's short form keeps the time.
    const QStringList shorter = model.detailTexts(*model.jobAt(0));
    QVERIFY2(shorter.contains(QStringLiteral("Queued · about %1").arg(time)),
             qPrintable(shorter.join(u'|')));
    // The tooltip says why it waits and how the time was estimated.
    const QString tip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Daily limit of 30 exports reached")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Expected to start about %1: estimated with about 5 "
                                         "minutes per export")
                              .arg(time)),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("daily export limit to free up")), qPrintable(tip));
    // Said once: the state line under the name leaves the wait to the lines that explain it.
    QVERIFY2(!tip.contains(QStringLiteral("· expected to start")), qPrintable(tip));
    // A start on the next day says so.
    detail = model.data(model.index(1, TransferModel::ProgressColumn)).toString();
    QVERIFY2(detail.startsWith(QStringLiteral("Queued #2 · expected to start about tomorrow ")),
             qPrintable(detail));
    const QString laterTip = model.data(model.index(1, 0), Qt::ToolTipRole).toString();
    QVERIFY2(!laterTip.contains(QStringLiteral("daily export limit")), qPrintable(laterTip));
    // Once it runs, the estimate is gone.
    job.state = JobState::Starting;
    job.expectedStart = {};
    feed.upsert(job);
    model.flush();
    detail = model.data(model.index(0, TransferModel::ProgressColumn)).toString();
    QVERIFY2(!detail.contains(QStringLiteral("expected")), qPrintable(detail));
}

void TestTransferModel::doneShowsCompleteness()
{
    StaticJobFeed feed;
    JobInfo job = makeJob(QStringLiteral("d"), JobState::Done, QStringLiteral("Deals"));
    job.files = {JobFile{QStringLiteral("/tmp/out/deals.csv"), 4096}};
    job.recordCount = 12345;
    job.completeness = Completeness{12300, 12345, -1, {}};
    feed.upsert(job);
    TransferModel model(&feed);
    const QString detail = model.data(model.index(0, TransferModel::ProgressColumn)).toString();
    const QString said = QStringLiteral("HubSpot reported %1; the files hold %2")
                             .arg(QLocale().toString(12345), QLocale().toString(12300));
    QVERIFY2(detail.startsWith(QStringLiteral("deals.csv · ")) && detail.endsWith(said),
             qPrintable(detail));
    // The tooltip says it once, on its own line.
    const QString tip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
    QCOMPARE(tip.count(said), 1);
    QVERIFY2(tip.contains(QStringLiteral("Check: ") + said), qPrintable(tip));
    // A narrow column keeps the file without the check.
    const QStringList texts = model.detailTexts(*model.jobAt(0));
    QVERIFY2(texts.size() >= 2 && !texts.at(1).contains(said), qPrintable(texts.join(u'|')));
}

void TestTransferModel::elapsedUsesStateTimes()
{
    StaticJobFeed feed;
    JobInfo running = makeJob(QStringLiteral("r"), JobState::Processing);
    running.stateSince = Now.addSecs(-42);
    JobInfo done = makeJob(QStringLiteral("d"), JobState::Done);
    done.msInState = {{JobState::Queued, 100000},
                      {JobState::Pending, 30000},
                      {JobState::Processing, 45000},
                      {JobState::Downloading, 5000}};
    feed.upsert(running);
    feed.upsert(done);
    feed.upsert(makeJob(QStringLiteral("q"), JobState::Queued));
    TransferModel model(&feed);
    model.setClock([] { return Now; });
    QCOMPARE(model.data(model.index(0, TransferModel::ElapsedColumn)).toString(),
             QStringLiteral("0:42"));
    // Finished: the time HubSpot and the download took, not the local wait.
    QCOMPARE(model.data(model.index(1, TransferModel::ElapsedColumn)).toString(),
             QStringLiteral("1:20"));
    QCOMPARE(model.data(model.index(2, TransferModel::ElapsedColumn)).toString(),
             QStringLiteral("—"));
}

void TestTransferModel::rawValueRole()
{
    StaticJobFeed feed;
    JobInfo job = makeJob(QStringLiteral("r"), JobState::Downloading);
    job.bytesReceived = 250;
    job.bytesTotal = 1000;
    feed.upsert(job);
    TransferModel model(&feed);
    QCOMPARE(model.data(model.index(0, TransferModel::ProgressColumn), TransferModel::RawValueRole)
                 .toDouble(),
             0.25);
    QCOMPARE(
        model.data(model.index(0, TransferModel::StateColumn), TransferModel::RawValueRole).toInt(),
        int(JobState::Downloading));
    QCOMPARE(model.data(model.index(0, TransferModel::ObjectColumn), TransferModel::RawValueRole)
                 .toString(),
             QStringLiteral("CONTACT"));
}

void TestTransferModel::delegatePaintsEveryState()
{
    StaticJobFeed feed;
    int n = 0;
    for (JobState state : {JobState::Queued, JobState::Starting, JobState::Pending,
                           JobState::Processing, JobState::Downloading, JobState::Unpacking,
                           JobState::Done, JobState::Failed, JobState::Canceled}) {
        JobInfo job = makeJob(QString::number(n++), state);
        job.bytesTotal = 100;
        job.bytesReceived = 40;
        job.unpackTotal = 10;
        job.unpackDone = 5;
        feed.upsert(job);
    }
    TransferModel model(&feed);
    TransfersPanel panel(&model);
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QPixmap pixmap(panel.size());
    panel.render(&pixmap);
    QVERIFY(!pixmap.isNull());
    // Uniform rows, tall enough for a bar with text.
    QVERIFY(panel.view()->uniformRowHeights());
    QVERIFY(panel.view()->visualRect(model.index(4, TransferModel::ProgressColumn)).height() >=
            panel.fontMetrics().height() + 6);
}

void TestTransferModel::panelActionsFollowSelection()
{
    StaticJobFeed feed;
    feed.upsert(makeJob(QStringLiteral("q1"), JobState::Queued));
    JobInfo q2 = makeJob(QStringLiteral("q2"), JobState::Queued);
    q2.queuePosition = 2;
    feed.upsert(q2);
    JobInfo failed = makeJob(QStringLiteral("f"), JobState::Failed);
    failed.error.fix = FailureFix::OpenAccount;
    failed.error.message = QStringLiteral("Token refused: re-enter it in Accounts.");
    feed.upsert(failed);
    feed.upsert(makeJob(QStringLiteral("d"), JobState::Done));
    TransferModel model(&feed);
    TransfersPanel panel(&model);
    QSignalSpy cancel(&panel, &TransfersPanel::cancelRequested);
    QSignalSpy retry(&panel, &TransfersPanel::retryRequested);
    QSignalSpy remove(&panel, &TransfersPanel::removeRequested);
    QSignalSpy up(&panel, &TransfersPanel::moveUpRequested);
    QSignalSpy fix(&panel, &TransfersPanel::fixRequested);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    panel.selectJob(QStringLiteral("q2"));
    QVERIFY(panel.cancelAction()->isEnabled());
    QVERIFY(!panel.retryAction()->isEnabled());
    QVERIFY(!panel.removeAction()->isEnabled());
    QVERIFY(panel.moveUpAction()->isEnabled());
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(up.count(), 1);
    QCOMPARE(up.first().first().toString(), QStringLiteral("q2"));
    panel.cancelAction()->trigger();
    QCOMPARE(cancel.count(), 1);

    panel.selectJob(QStringLiteral("f"));
    QVERIFY(panel.retryAction()->isEnabled());
    QVERIFY(!panel.cancelAction()->isEnabled());
    QVERIFY(panel.fixAction()->isVisible());
    panel.fixAction()->trigger();
    QCOMPARE(fix.count(), 1);
    QCOMPARE(toString(fix.first().at(1).value<FailureFix>()), toString(FailureFix::OpenAccount));
    panel.retryAction()->trigger();
    QCOMPARE(retry.first().first().toStringList(), QStringList{QStringLiteral("f")});

    panel.selectJob(QStringLiteral("d"));
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(remove.count(), 1);
    QCOMPARE(remove.first().first().toStringList(), QStringList{QStringLiteral("d")});
}

QTEST_MAIN(TestTransferModel)
#include "tst_transfermodel.moc"
