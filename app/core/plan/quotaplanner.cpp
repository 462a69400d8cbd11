#include "quotaplanner.h"

#include <algorithm>

namespace es {

namespace {

constexpr qint64 windowSecs = qint64{24} * 60 * 60;

// "About 14:05" reads better than 14:04:37, and a rounded time does not move (and rewrite the
// job's file) on every status poll.
QDateTime ceilToMinute(const QDateTime &when)
{
    const qint64 ms = when.toMSecsSinceEpoch();
    const qint64 minute = 60'000;
    const qint64 rounded = (ms + minute - 1) / minute * minute;
    return QDateTime::fromMSecsSinceEpoch(rounded, Qt::UTC);
}

} // namespace

std::optional<QuotaPlanner::Start> QuotaPlanner::Plan::startOf(const QString &jobId) const
{
    for (const Start &start : starts) {
        if (start.jobId == jobId)
            return start;
    }
    return std::nullopt;
}

QList<QDateTime> QuotaPlanner::slotsFree(const QList<QDateTime> &spentStarts, const QDateTime &now)
{
    const QDateTime cutoff = now.addSecs(-windowSecs);
    QList<QDateTime> frees;
    for (const QDateTime &start : spentStarts) {
        // The ledger's own rule: a start counts while it is after now − 24 h.
        if (start > cutoff && start <= now)
            frees.append(start.addSecs(windowSecs).toUTC());
    }
    std::sort(frees.begin(), frees.end());
    return frees;
}

QuotaPlanner::Plan QuotaPlanner::plan(const Input &input, const Options &options)
{
    Plan result;
    const QDateTime now = input.now.toUTC();
    const int limit = std::max(1, input.dailyLimit);
    result.slotsFree = slotsFree(input.spentStarts, now);

    // Every start in the window, planned ones appended as they are placed (always later).
    QList<QDateTime> starts;
    for (const QDateTime &free : std::as_const(result.slotsFree))
        starts.append(free.addSecs(-windowSecs));

    QDateTime t = now;
    if (input.runningSince) {
        const QDateTime typicalEnd = input.runningSince->toUTC().addSecs(options.typicalExportSecs);
        const QDateTime soonest = now.addSecs(options.minimumRemainingSecs);
        result.runningDone = ceilToMinute(std::max(typicalEnd, soonest));
        t = result.runningDone;
    }
    for (const QString &id : input.queuedIds) {
        bool waited = false;
        if (input.exhaustedUntil.isValid() && input.exhaustedUntil.toUTC() > t) {
            t = input.exhaustedUntil.toUTC();
            waited = true;
        }
        // The starts still inside the window at t; the oldest of the surplus must leave it.
        const QDateTime cutoff = t.addSecs(-windowSecs);
        const auto firstInWindow =
            std::upper_bound(starts.cbegin(), starts.cend(), cutoff); // sorted: starts > cutoff
        const qsizetype inWindow = starts.cend() - firstInWindow;
        if (inWindow >= limit) {
            t = (*(firstInWindow + (inWindow - limit))).addSecs(windowSecs);
            waited = true;
        }
        const QDateTime expected = ceilToMinute(t);
        result.starts.append(Start{id, expected, waited});
        starts.append(t);
        t = t.addSecs(options.typicalExportSecs);
    }
    return result;
}

} // namespace es
