#pragma once

#include "model/preset.h"
#include "schedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace es {

// A preset as the planner sees it: its schedule and when it last ran.
struct ScheduledPreset
{
    QString presetId;
    QString name;
    Schedule schedule;
    QDateTime lastRun; // invalid: never ran
};

// One run of the day's plan.
struct PlannedRun
{
    enum class Delay
    {
        None,  // starts at its slot
        Busy,  // waits for the run before it (one export at a time)
        Quota, // waits for a free slot of the daily export limit
    };
    QString presetId;
    QString name;
    QDateTime slot;          // when the schedule asks for it (a missed slot: when it was missed)
    QDateTime expectedStart; // when it is expected to start
    Delay delay = Delay::None;
};

// Plans scheduled presets against HubSpot's rules: one export at a time per account and 30
// starts in any rolling 24 hours. Pure functions of their inputs (`now` included), so the tests
// use a fixed clock.
namespace SchedulePlanner {

struct Options
{
    int dailyLimit = 30;
    // How long one run is expected to take, for the one-at-a-time rule (exports of a few
    // thousand records take minutes at HubSpot).
    int expectedRunMinutes = 10;
    int horizonHours = 24;
};

// The presets that have a schedule, sorted by name.
QList<ScheduledPreset> scheduled(const QList<Preset> &presets);

// The presets due at `now`, the longest-waiting first. A preset that missed several slots (the
// machine was off) is in it once; one that never ran is due at its first slot after its
// schedule was set (Schedule::since), not at once.
QList<ScheduledPreset> due(const QList<ScheduledPreset> &presets, const QDateTime &now);

// The runs of the next `horizonHours` from `now`, in start order. `spentStarts` are the
// account's export starts of the last 24 hours (QuotaLedger::startsInWindow()).
QList<PlannedRun> dayPlan(const QList<ScheduledPreset> &presets,
                          const QList<QDateTime> &spentStarts, const QDateTime &now,
                          const Options &options = {});

struct Fit
{
    int needed = 0;  // exports a day the schedules ask for at most
    int allowed = 0; // the daily limit
    bool fits() const { return needed <= allowed; }
    // "These schedules need 36 exports a day; HubSpot allows 30." (empty when it fits)
    QString message() const;
};
Fit fit(const QList<Schedule> &schedules, int dailyLimit = 30);
Fit fit(const QList<ScheduledPreset> &presets, int dailyLimit = 30);

} // namespace SchedulePlanner
} // namespace es
