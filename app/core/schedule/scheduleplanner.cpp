#include "scheduleplanner.h"

#include <QCoreApplication>
#include <algorithm>

namespace es::SchedulePlanner {

namespace {

struct PlannerText
{
    Q_DECLARE_TR_FUNCTIONS(es::SchedulePlanner)
};

constexpr qint64 windowSecs = qint64(24) * 3600;

// The slot a due preset answers (for people: "missed at 07:30").
QDateTime dueSlot(const ScheduledPreset &p, const QDateTime &now)
{
    const QDateTime from = p.schedule.anchor(p.lastRun);
    if (!from.isValid())
        return now;
    if (p.schedule.kind == Schedule::Kind::EveryHours)
        return p.schedule.nextSlot(from);
    const QDateTime slot = p.schedule.previousSlot(now);
    return slot.isValid() ? slot : now;
}

// The first moment at or after `from` when a start stays within the limit, given `starts`.
QDateTime firstFreeSlot(QList<QDateTime> starts, QDateTime from, int limit)
{
    std::sort(starts.begin(), starts.end());
    for (int guard = 0; guard < 1000; ++guard) {
        const QDateTime cutoff = from.addSecs(-windowSecs);
        QList<QDateTime> inWindow;
        for (const QDateTime &s : std::as_const(starts)) {
            if (s > cutoff && s <= from)
                inWindow.append(s);
        }
        if (inWindow.size() < limit)
            return from;
        // The oldest start leaves the window 24 hours after it began.
        from = inWindow.at(inWindow.size() - limit).addSecs(windowSecs);
    }
    return from;
}

} // namespace

QList<ScheduledPreset> scheduled(const QList<Preset> &presets)
{
    QList<ScheduledPreset> result;
    for (const Preset &p : presets) {
        if (p.schedule.isSet())
            result.append({p.id, p.name, p.schedule, p.lastRun});
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.presetId < b.presetId;
    });
    return result;
}

QList<ScheduledPreset> due(const QList<ScheduledPreset> &presets, const QDateTime &now)
{
    QList<std::pair<QDateTime, ScheduledPreset>> waiting;
    for (const ScheduledPreset &p : presets) {
        if (p.schedule.isDue(p.lastRun, now))
            waiting.append({dueSlot(p, now), p});
    }
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ScheduledPreset> result;
    for (const auto &w : std::as_const(waiting))
        result.append(w.second);
    return result;
}

QList<PlannedRun> dayPlan(const QList<ScheduledPreset> &presets,
                          const QList<QDateTime> &spentStarts, const QDateTime &now,
                          const Options &options)
{
    struct Candidate
    {
        const ScheduledPreset *preset;
        QDateTime slot;
    };
    QList<Candidate> candidates;
    for (const ScheduledPreset &p : presets) {
        if (!p.schedule.isSet())
            continue;
        const QDateTime slot =
            p.schedule.isDue(p.lastRun, now) ? dueSlot(p, now) : p.schedule.nextRun(p.lastRun, now);
        if (slot.isValid())
            candidates.append({&p, slot});
    }

    const QDateTime end = now.addSecs(qint64(options.horizonHours) * 3600);
    const qint64 runSecs = qint64(std::max(1, options.expectedRunMinutes)) * 60;
    QList<QDateTime> starts = spentStarts;
    QDateTime freeAt = now; // when the previous planned run is expected to be over
    QList<PlannedRun> plan;
    for (int guard = 0; guard < 100000 && !candidates.isEmpty(); ++guard) {
        // The earliest slot goes first; equal slots by name, so the plan is stable.
        const auto next = std::min_element(
            candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
                if (a.slot != b.slot)
                    return a.slot < b.slot;
                return a.preset->name.compare(b.preset->name, Qt::CaseInsensitive) < 0;
            });
        const QDateTime earliest = std::max(next->slot, now);
        if (earliest > end)
            break;
        const QDateTime afterBusy = std::max(earliest, freeAt);
        const QDateTime start = firstFreeSlot(starts, afterBusy, options.dailyLimit);
        if (start > end) {
            candidates.erase(next); // its next run falls after the day
            continue;
        }
        PlannedRun run;
        run.presetId = next->preset->presetId;
        run.name = next->preset->name;
        run.slot = next->slot;
        run.expectedStart = start;
        run.delay = start > afterBusy  ? PlannedRun::Delay::Quota
                    : start > earliest ? PlannedRun::Delay::Busy
                                       : PlannedRun::Delay::None;
        plan.append(run);
        starts.append(start);
        freeAt = start.addSecs(runSecs);
        // The slots that passed while it waited are covered by this run, as run-due does.
        next->slot = next->preset->schedule.nextSlot(next->preset->schedule.kind ==
                                                             Schedule::Kind::EveryHours
                                                         ? start
                                                         : std::max(start, next->slot));
        if (!next->slot.isValid())
            candidates.erase(next);
    }
    return plan;
}

QString Fit::message() const
{
    if (fits())
        return {};
    // Only said when more than the limit is needed: never one export, so no plural forms.
    return PlannerText::tr("These schedules need %1 exports a day; HubSpot allows %2.")
        .arg(needed)
        .arg(allowed);
}

Fit fit(const QList<Schedule> &schedules, int dailyLimit)
{
    Fit result;
    result.allowed = dailyLimit;
    for (const Schedule &s : schedules)
        result.needed += s.runsPerDay();
    return result;
}

Fit fit(const QList<ScheduledPreset> &presets, int dailyLimit)
{
    QList<Schedule> schedules;
    for (const ScheduledPreset &p : presets)
        schedules.append(p.schedule);
    return fit(schedules, dailyLimit);
}

} // namespace es::SchedulePlanner
