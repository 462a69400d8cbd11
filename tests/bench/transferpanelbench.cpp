// bench_transferpanel: the main window's two lists with 1,000 finished exports each.
//
//   bench_transferpanel [--rows N] [--rounds R]
//
// The Transfers panel (TransferModel over 1,000 finished jobs) and the Downloads view
// (DownloadsModel over a 1,000-entry History whose files exist on disk), each in its own
// top-level window of 1000x600: time to load (model + widget built), time from show() to the
// list's first paint, the cost of one wheel step (3 rows) and of one page of scrolling (each
// step repainted synchronously, over the whole list), and the process RSS they add. Rounds
// alternate which panel goes first; figures are medians. Not a test: it only prints figures.
//
// Then the Transfers panel with 1,000 running (downloading) jobs fed the way the ExportQueue feeds
// it (snapshots in a hash, jobs() copied and sorted by sequence): the thread CPU of one 500 ms
// publish (TransferModel::flush() and the repaint it causes) when every job reported progress,
// and when only the elapsed times moved. `--running-only` runs just this part (for callgrind).

#include "benchutil.h"
#include "common/placeholdertreeview.h"
#include "downloads/downloadsmodel.h"
#include "downloads/downloadsview.h"
#include "transfers/jobfeed.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QScrollBar>
#include <QTemporaryDir>
#include <memory>
#include <transfer/history.h>

using namespace es;
using bench::fixed;
using bench::median;
using bench::out;

namespace {

// Notes when the watched viewport has been painted.
class PaintWatch : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

struct Figures
{
    QList<double> loadMs;
    QList<double> firstPaintMs;
    QList<double> wheelMs; // wall clock
    QList<double> wheelCpuMs;
    QList<double> wheelMaxMs;
    QList<double> pageMs;
    QList<double> pageCpuMs;
    QList<double> rssKiB;
};

const QDateTime Base(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

// Every 17th a failure, unless `allDone` (the Downloads view lists files, so every entry has one).
JobInfo finishedJob(int i, const QString &folder, bool allDone = false)
{
    JobInfo job;
    job.id = QStringLiteral("job-%1").arg(i, 5, 10, QLatin1Char('0'));
    job.accountId = QStringLiteral("acct");
    job.request.exportName = QStringLiteral("Weekly customers %1").arg(i);
    job.request.objectType = i % 3 ? QStringLiteral("CONTACT") : QStringLiteral("DEAL");
    job.state = i % 17 == 0 && !allDone ? JobState::Failed : JobState::Done;
    job.taskId = QString::number(1000000 + i);
    job.created = Base.addSecs(i * 600);
    job.stateSince = job.created.addSecs(95);
    job.finishedAt = job.stateSince;
    job.msInState = {{JobState::Pending, 4000},
                     {JobState::Processing, 60000},
                     {JobState::Downloading, 20000},
                     {JobState::Unpacking, 3000}};
    job.recordCount = 1000 + i;
    job.bytesReceived = job.bytesTotal = 250000 + i * 10;
    if (job.state == JobState::Done)
        job.files = {{folder + QStringLiteral("/customers-%1.csv").arg(i), job.bytesTotal}};
    else
        job.error.message = QStringLiteral("HubSpot refused the export: the token has expired.");
    return job;
}

// One pass over the whole list: a wheel step (3 rows) at a time, then a page at a time; each
// step repainted synchronously, as a scroll is.
void scrollCosts(QAbstractItemView *view, Figures &f)
{
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> steps;
    QList<double> stepsCpu;
    QElapsedTimer t;
    bar->setValue(0);
    for (int v = 0; v <= bar->maximum(); v += 3) {
        t.start();
        const double cpu0 = bench::threadCpuMs();
        bar->setValue(v);
        view->viewport()->repaint();
        stepsCpu << bench::threadCpuMs() - cpu0;
        steps << t.nsecsElapsed() / 1e6;
    }
    f.wheelMs << median(steps);
    f.wheelCpuMs << median(stepsCpu);
    f.wheelMaxMs << *std::max_element(stepsCpu.cbegin(), stepsCpu.cend());
    QList<double> pages;
    QList<double> pagesCpu;
    bar->setValue(0);
    for (int v = 0; v <= bar->maximum(); v += qMax(1, bar->pageStep())) {
        t.start();
        const double cpu0 = bench::threadCpuMs();
        bar->setValue(v);
        view->viewport()->repaint();
        pagesCpu << bench::threadCpuMs() - cpu0;
        pages << t.nsecsElapsed() / 1e6;
    }
    f.pageMs << median(pages);
    f.pageCpuMs << median(pagesCpu);
}

// show() → first paint of the list's viewport, then scrolling; `w` is a built top-level widget.
void paintAndScroll(QWidget *w, QAbstractItemView *view, QElapsedTimer &clock, Figures &f)
{
    PaintWatch watch;
    view->viewport()->installEventFilter(&watch);
    clock.start();
    w->resize(1000, 600);
    w->show();
    while (!watch.painted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (clock.elapsed() > 10000) {
            out() << "bench_transferpanel: the list was not painted within 10 s" << Qt::endl;
            std::exit(1);
        }
    }
    f.firstPaintMs << clock.nsecsElapsed() / 1e6;
    view->viewport()->removeEventFilter(&watch);
    scrollCosts(view, f);
}

void runTransfers(int rows, const QString &folder, Figures &f)
{
    const qint64 rss0 = bench::rssKiB();
    QList<JobInfo> jobs;
    for (int i = 0; i < rows; ++i)
        jobs << finishedJob(i, folder);
    QElapsedTimer clock;
    clock.start();
    StaticJobFeed feed;
    for (const JobInfo &job : std::as_const(jobs))
        feed.upsert(job);
    TransferModel model(&feed);
    model.setClock([] { return Base.addDays(30); });
    auto panel = std::make_unique<TransfersPanel>(&model);
    f.loadMs << clock.nsecsElapsed() / 1e6;
    if (model.rowCount() != rows) {
        out() << "bench_transferpanel: the model has " << model.rowCount() << " rows" << Qt::endl;
        std::exit(1);
    }
    paintAndScroll(panel.get(), panel->view(), clock, f);
    f.rssKiB << double(bench::rssKiB() - rss0);
}

void runDownloads(int rows, const QString &historyFile, Figures &f)
{
    const qint64 rss0 = bench::rssKiB();
    QElapsedTimer clock;
    clock.start();
    History history(historyFile); // read from disk, as the app does at start
    DownloadsModel model;
    model.setEntries(history.entries());
    auto view = std::make_unique<DownloadsView>(&model);
    f.loadMs << clock.nsecsElapsed() / 1e6;
    if (model.rowCount() != rows) {
        out() << "bench_transferpanel: the downloads model has " << model.rowCount() << " rows"
              << Qt::endl;
        std::exit(1);
    }
    paintAndScroll(view.get(), view->view(), clock, f);
    f.rssKiB << double(bench::rssKiB() - rss0);
}

// Stores snapshots the way the ExportQueue does (a hash; jobs() copied and sorted by sequence)
// and leaves jobIds() to JobFeed, as QueueJobFeed does.
class QueueShapedFeed final : public JobFeed
{
public:
    QList<JobInfo> jobs() const override
    {
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

private:
    QHash<QString, JobInfo> m_jobs;
};

JobInfo runningJob(int i, const QString &folder)
{
    JobInfo job = finishedJob(i, folder, true);
    job.state = JobState::Downloading;
    job.sequence = i;
    job.stateSince = Base;
    job.finishedAt = {};
    job.files.clear();
    job.msInState.remove(JobState::Unpacking);
    job.bytesReceived = 1000 * i;
    job.bytesTotal = 50'000'000;
    job.bytesPerSecond = 250'000;
    return job;
}

struct RunningFigures
{
    QList<double> announceCpuMs; // 1,000 jobChanged signals (the feed's side)
    QList<double> progressTickCpuMs;
    QList<double> elapsedTickCpuMs;
};

// One publish: the model's flush and the repaint it causes (the update requests it posted).
// Not inlined, so that `valgrind --tool=callgrind --toggle-collect='*publish*'` counts just this.
Q_NEVER_INLINE void publish(TransferModel &model, QWidget *w)
{
    model.flush();
    QCoreApplication::sendPostedEvents(w, QEvent::UpdateRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateLater);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

void runRunning(int rows, int ticks, const QString &folder, RunningFigures &f)
{
    QueueShapedFeed feed;
    QList<JobInfo> jobs;
    for (int i = 0; i < rows; ++i) {
        jobs << runningJob(i, folder);
        feed.upsert(jobs.last());
    }
    QDateTime now = Base.addSecs(60);
    TransferModel model(&feed);
    model.setClock([&now] { return now; });
    model.setFlushInterval(24 * 3600 * 1000); // published below, by hand
    TransfersPanel panel(&model);
    PaintWatch watch;
    panel.view()->viewport()->installEventFilter(&watch);
    panel.resize(1000, 600);
    panel.show();
    QElapsedTimer clock;
    clock.start();
    while (!watch.painted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (clock.elapsed() > 10000) {
            out() << "bench_transferpanel: the list was not painted within 10 s" << Qt::endl;
            std::exit(1);
        }
    }
    panel.view()->viewport()->removeEventFilter(&watch);
    publish(model, &panel);
    for (int tick = 0; tick < ticks; ++tick) {
        now = now.addMSecs(500);
        double cpu0 = bench::threadCpuMs();
        for (JobInfo &job : jobs) {
            job.bytesReceived += 125'000;
            feed.upsert(job);
        }
        f.announceCpuMs << bench::threadCpuMs() - cpu0;
        cpu0 = bench::threadCpuMs();
        publish(model, &panel);
        f.progressTickCpuMs << bench::threadCpuMs() - cpu0;

        now = now.addMSecs(500);
        cpu0 = bench::threadCpuMs();
        publish(model, &panel);
        f.elapsedTickCpuMs << bench::threadCpuMs() - cpu0;
    }
}

void print(const QString &name, const Figures &f)
{
    out() << name << ": load " << fixed(median(f.loadMs), 1) << " ms, show -> first paint "
          << fixed(median(f.firstPaintMs), 1) << " ms; CPU per wheel step (3 rows) "
          << fixed(median(f.wheelCpuMs), 2) << " ms (worst " << fixed(median(f.wheelMaxMs), 2)
          << "), per page " << fixed(median(f.pageCpuMs), 2) << " ms (wall "
          << fixed(median(f.wheelMs), 2) << " / " << fixed(median(f.pageMs), 2) << " ms), RSS +"
          << bench::mib(qint64(median(f.rssKiB))) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The transfer lists with many rows."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Finished exports in each list."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds (alternating order)."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("running-only"),
                      QStringLiteral("Only the running jobs' publishing (for callgrind).")});
    parser.addOption({QStringLiteral("ticks"), QStringLiteral("Publishes measured per round."),
                      QStringLiteral("T"), QStringLiteral("20")});
    parser.process(app);
    const int rows = qMax(1, parser.value(QStringLiteral("rows")).toInt());
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const int ticks = qMax(1, parser.value(QStringLiteral("ticks")).toInt());
    const bool runningOnly = parser.isSet(QStringLiteral("running-only"));

    // Real files, so the Downloads view's existence checks hit the disk as they do in use.
    QTemporaryDir tmp;
    const QString folder = tmp.path() + QStringLiteral("/Downloads");
    QDir().mkpath(folder);
    const QString historyFile = tmp.path() + QStringLiteral("/history.json");
    if (!runningOnly) {
        History history(historyFile);
        QList<HistoryEntry> entries;
        for (int i = 0; i < rows; ++i) {
            const JobInfo job = finishedJob(i, folder, true);
            for (const JobFile &file : job.files) {
                QFile f(file.path);
                if (!f.open(QIODevice::WriteOnly))
                    return 1;
            }
            history.add(HistoryEntry::fromJob(job));
        }
    }
    out() << "platform " << QGuiApplication::platformName() << ", " << rows << " rows, " << rounds
          << " rounds; process RSS at start " << bench::mib(bench::rssKiB()) << Qt::endl;

    RunningFigures running;
    RunningFigures warmRunning; // style, fonts and caches, not measured
    runRunning(rows, 2, folder, warmRunning);
    for (int round = 0; round < rounds; ++round)
        runRunning(rows, ticks, folder, running);
    out() << "Transfers panel, " << rows << " running jobs: CPU per publish (flush + repaint) "
          << fixed(median(running.progressTickCpuMs), 2) << " ms when all reported progress, "
          << fixed(median(running.elapsedTickCpuMs), 2)
          << " ms when only elapsed times moved; announcing the progress "
          << fixed(median(running.announceCpuMs), 2) << " ms" << Qt::endl;
    bench::summary(QStringLiteral("Transfers panel, %1 running: publish with progress / elapsed "
                                  "only")
                       .arg(rows),
                   QStringLiteral("%1 ms / %2 ms CPU")
                       .arg(fixed(median(running.progressTickCpuMs), 2),
                            fixed(median(running.elapsedTickCpuMs), 2)));
    if (runningOnly)
        return 0;

    // A warm-up of each, so the first round does not pay for the style and fonts alone.
    Figures warm;
    runTransfers(rows, folder, warm);
    runDownloads(rows, historyFile, warm);

    Figures transfers;
    Figures downloads;
    for (int round = 0; round < rounds; ++round) {
        if (round % 2) {
            runDownloads(rows, historyFile, downloads);
            runTransfers(rows, folder, transfers);
        } else {
            runTransfers(rows, folder, transfers);
            runDownloads(rows, historyFile, downloads);
        }
    }
    print(QStringLiteral("Transfers panel, %1 finished jobs").arg(rows), transfers);
    print(QStringLiteral("Downloads view, %1 history entries").arg(rows), downloads);
    out() << "(RSS +: what building, showing and scrolling the panel added, measured after a "
             "warm-up; the process RSS is now "
          << bench::mib(bench::rssKiB()) << ")" << Qt::endl;

    const auto row = [&](const QString &name, const Figures &f) {
        bench::summary(QStringLiteral("%1, %2 rows: load / first paint").arg(name).arg(rows),
                       QStringLiteral("%1 ms / %2 ms")
                           .arg(fixed(median(f.loadMs)), fixed(median(f.firstPaintMs))));
        bench::summary(QStringLiteral("%1, %2 rows: scroll step (3 rows) / page; RSS added")
                           .arg(name)
                           .arg(rows),
                       QStringLiteral("%1 ms / %2 ms CPU; %3")
                           .arg(fixed(median(f.wheelCpuMs), 2), fixed(median(f.pageCpuMs), 2),
                                bench::mib(qint64(median(f.rssKiB)))));
    };
    row(QStringLiteral("Transfers panel"), transfers);
    row(QStringLiteral("Downloads view"), downloads);
    return 0;
}
