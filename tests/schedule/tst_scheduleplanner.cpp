// The schedule planner on a fixed clock: which presets are due (a missed run once), the day's
// plan against one-at-a-time and the 30-per-rolling-24-hours limit, and whether a set fits.

#include "schedule/scheduleplanner.h"

#include <QTest>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

// 2026-12-07 is a Monday; local time, as schedules mean it.
QDateTime local(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
}

// `since`: when the schedule was set (slots count from the later of it and the last run).
ScheduledPreset preset(const QString &name, const QString &spec, const QDateTime &lastRun = {},
                       const QDateTime &since = {})
{
    QString error;
    Schedule s = Schedule::parse(spec, &error);
    Q_ASSERT(error.isEmpty());
    s.since = since;
    return {name.toLower(), name, s, lastRun};
}

QStringList names(const QList<ScheduledPreset> &list)
{
    QStringList result;
    for (const auto &p : list)
        result.append(p.name);
    return result;
}

} // namespace

class TestSchedulePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduledTakesOnlyPresetsWithASchedule()
    {
        Preset a;
        a.id = u"a"_s;
        a.name = u"Zeta"_s;
        a.schedule = Schedule::daily(QTime(7, 0));
        Preset b;
        b.id = u"b"_s;
        b.name = u"Plain"_s;
        Preset c;
        c.id = u"c"_s;
        c.name = u"alpha"_s;
        c.schedule = Schedule::everyHours(3);
        c.lastRun = local(7, 1, 0);
        const QList<ScheduledPreset> s = SchedulePlanner::scheduled({a, b, c});
        QCOMPARE(names(s), (QStringList{u"alpha"_s, u"Zeta"_s}));
        QCOMPARE(s.first().lastRun, local(7, 1, 0));
    }

    void dueNowOncePerPreset()
    {
        const QDateTime now = local(7, 9, 0);
        const QList<ScheduledPreset> presets{
            // Missed four daily slots while the machine was off: due, once.
            preset(u"Daily missed"_s, u"daily 07:30"_s, local(3, 7, 30)),
            // Ran after today's slot: not due.
            preset(u"Daily done"_s, u"daily 07:30"_s, local(7, 7, 40)),
            // Today's slot is later: not due.
            preset(u"Daily later"_s, u"daily 18:00"_s, local(6, 18, 0)),
            // Never ran, set this morning: not due before its first slot (Tuesday).
            preset(u"Fresh"_s, u"weekly tue 07:30"_s, {}, local(7, 8, 0)),
            // Never ran, set yesterday: today's 08:30 slot is its first, due.
            preset(u"Set Sunday"_s, u"daily 08:30"_s, {}, local(6, 12, 0)),
            // Six hours passed: due.
            preset(u"Hours"_s, u"every 6h"_s, local(7, 2, 0)),
            // Monday's slot passed since the last run (last Thursday): due.
            preset(u"Weekly"_s, u"weekly mon,thu 08:00"_s, local(3, 8, 0)),
        };
        const QList<ScheduledPreset> due = SchedulePlanner::due(presets, now);
        // The longest waiting first, by the slot each answers (today 07:30; 08:00 and 08:00 in
        // the given order; 08:30).
        QCOMPARE(names(due),
                 (QStringList{u"Daily missed"_s, u"Hours"_s, u"Weekly"_s, u"Set Sunday"_s}));
    }

    void dayPlanRespectsOneAtATime()
    {
        const QDateTime now = local(7, 6, 0);
        const QList<ScheduledPreset> presets{
            preset(u"A"_s, u"daily 07:30"_s, local(6, 7, 30)),
            preset(u"B"_s, u"daily 07:30"_s, local(6, 7, 30)),
            preset(u"C"_s, u"daily 07:35"_s, local(6, 7, 35)),
        };
        SchedulePlanner::Options options;
        options.expectedRunMinutes = 10;
        const QList<PlannedRun> plan = SchedulePlanner::dayPlan(presets, {}, now, options);
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan.at(0).name, u"A"_s);
        QCOMPARE(plan.at(0).expectedStart, local(7, 7, 30));
        QCOMPARE(plan.at(0).delay, PlannedRun::Delay::None);
        QCOMPARE(plan.at(1).name, u"B"_s);
        QCOMPARE(plan.at(1).expectedStart, local(7, 7, 40));
        QCOMPARE(plan.at(1).delay, PlannedRun::Delay::Busy);
        QCOMPARE(plan.at(2).name, u"C"_s);
        QCOMPARE(plan.at(2).slot, local(7, 7, 35));
        QCOMPARE(plan.at(2).expectedStart, local(7, 7, 50));
    }

    void dayPlanCoversTheNext24Hours()
    {
        const QDateTime now = local(7, 0, 0);
        const QList<PlannedRun> plan =
            SchedulePlanner::dayPlan({preset(u"Hours"_s, u"every 6h"_s, local(6, 22, 0))}, {}, now);
        QCOMPARE(plan.size(), 4); // 04:00, 10:00, 16:00, 22:00; the next is after the day
        QCOMPARE(plan.first().expectedStart, local(7, 4, 0));
        QCOMPARE(plan.last().expectedStart, local(7, 22, 0));
        // A due run is planned now, and its missed slot is said.
        const QList<PlannedRun> late = SchedulePlanner::dayPlan(
            {preset(u"Late"_s, u"daily 07:30"_s, local(1, 7, 30))}, {}, local(7, 12, 0));
        QCOMPARE(late.size(), 2); // now for the missed slots, once; then tomorrow's
        QCOMPARE(late.first().slot, local(7, 7, 30));
        QCOMPARE(late.first().expectedStart, local(7, 12, 0));
        QCOMPARE(late.last().expectedStart, local(8, 7, 30));
    }

    void dayPlanWaitsForTheQuota()
    {
        const QDateTime now = local(7, 12, 0);
        // 29 exports were started in the last 24 hours; the oldest at 13:00 yesterday leaves
        // the window at 13:00 today.
        QList<QDateTime> spent;
        for (int i = 0; i < 29; ++i)
            spent.append(local(6, 13, 0).addSecs(i * 60));
        const QList<ScheduledPreset> presets{
            preset(u"A"_s, u"daily 12:10"_s, local(6, 12, 10)),
            preset(u"B"_s, u"daily 12:20"_s, local(6, 12, 20)),
        };
        const QList<PlannedRun> plan = SchedulePlanner::dayPlan(presets, spent, now);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).expectedStart, local(7, 12, 10)); // the 30th slot is free
        QCOMPARE(plan.at(0).delay, PlannedRun::Delay::None);
        QCOMPARE(plan.at(1).expectedStart, local(7, 13, 0)); // waits for the oldest to leave
        QCOMPARE(plan.at(1).delay, PlannedRun::Delay::Quota);
    }

    void dayPlanNeverExceedsTheLimitInAnyWindow()
    {
        const QDateTime now = local(7, 0, 0);
        QList<ScheduledPreset> presets;
        for (int i = 0; i < 3; ++i)
            presets.append(preset(u"P%1"_s.arg(i), u"every 2h"_s, local(6, 23, 0)));
        const QList<PlannedRun> plan = SchedulePlanner::dayPlan(presets, {}, now);
        QCOMPARE(plan.size(), 30); // 36 asked for, 30 allowed
        for (int i = 1; i < plan.size(); ++i)
            QVERIFY(plan.at(i).expectedStart >= plan.at(i - 1).expectedStart.addSecs(600));
    }

    void fitSaysHowManyExportsASetNeeds()
    {
        QList<ScheduledPreset> presets{preset(u"A"_s, u"every 1h"_s),
                                       preset(u"B"_s, u"every 2h"_s)};
        SchedulePlanner::Fit fit = SchedulePlanner::fit(presets);
        QVERIFY(!fit.fits());
        QCOMPARE(fit.needed, 36);
        QCOMPARE(fit.message(), u"These schedules need 36 exports a day; HubSpot allows 30."_s);

        presets = {preset(u"A"_s, u"every 1h"_s), preset(u"B"_s, u"daily 07:00"_s),
                   preset(u"C"_s, u"weekly mon,tue,wed 09:00"_s), preset(u"D"_s, u"every 8h"_s)};
        fit = SchedulePlanner::fit(presets);
        QCOMPARE(fit.needed, 29);
        QVERIFY(fit.fits());
        QVERIFY(fit.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchedulePlanner)
#include "tst_scheduleplanner.moc"
