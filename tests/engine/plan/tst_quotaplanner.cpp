// QuotaPlanner with a fixed clock: quota free and spent, one export running, several queued.
#include "plan/quotaplanner.h"
#include "transfer/quotaledger.h"

#include <QTest>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QDateTime at(qint64 minutes)
{
    return t0.addSecs(minutes * 60);
}

QList<QDateTime> expected(const QuotaPlanner::Plan &plan)
{
    QList<QDateTime> times;
    for (const QuotaPlanner::Start &start : plan.starts)
        times.append(start.expected);
    return times;
}

QList<bool> waits(const QuotaPlanner::Plan &plan)
{
    QList<bool> result;
    for (const QuotaPlanner::Start &start : plan.starts)
        result.append(start.waitsForQuota);
    return result;
}

} // namespace

class TestQuotaPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotaFreeNothingRunning()
    {
        QuotaPlanner::Input input;
        input.now = t0;
        input.dailyLimit = 30;
        input.spentStarts = {at(-60), at(-23 * 60)};
        input.queuedIds = {u"a"_s, u"b"_s, u"c"_s};
        const QuotaPlanner::Plan plan = QuotaPlanner::plan(input);
        // The first starts now, each further one after a typical export (5 minutes) ahead of it.
        QCOMPARE(expected(plan), (QList<QDateTime>{at(0), at(5), at(10)}));
        QCOMPARE(waits(plan), (QList<bool>{false, false, false}));
        QVERIFY(!plan.runningDone.isValid());
        // Each spent slot frees 24 h after its start, earliest first.
        QCOMPARE(plan.slotsFree, (QList<QDateTime>{at(60), at(23 * 60)}));
        QCOMPARE(plan.startOf(u"b"_s)->expected, at(5));
        QVERIFY(!plan.startOf(u"x"_s));
    }

    void afterTheRunningExport()
    {
        QuotaPlanner::Input input;
        input.now = t0;
        input.runningSince = at(-2);
        input.spentStarts = {at(-2)};
        input.queuedIds = {u"a"_s, u"b"_s};
        const QuotaPlanner::Plan plan = QuotaPlanner::plan(input);
        // Running for 2 minutes of a typical 5: about 3 more.
        QCOMPARE(plan.runningDone, at(3));
        QCOMPARE(expected(plan), (QList<QDateTime>{at(3), at(8)}));
        QCOMPARE(waits(plan), (QList<bool>{false, false}));
    }

    void longRunningExportIsGivenAMinuteMore()
    {
        QuotaPlanner::Input input;
        input.now = t0;
        input.runningSince = at(-40);
        input.queuedIds = {u"a"_s};
        const QuotaPlanner::Plan plan = QuotaPlanner::plan(input);
        QCOMPARE(plan.runningDone, at(1));
        QCOMPARE(expected(plan), (QList<QDateTime>{at(1)}));
    }

    void quotaSpentWaitsForEachFreeSlot()
    {
        // Three a day; the running export's start is one of the three.
        QuotaPlanner::Input input;
        input.now = t0;
        input.dailyLimit = 3;
        input.spentStarts = {at(-2), at(-23 * 60 - 30), at(-10 * 60), at(-25 * 60)};
        input.runningSince = at(-2);
        input.queuedIds = {u"a"_s, u"b"_s, u"c"_s};
        const QuotaPlanner::Plan plan = QuotaPlanner::plan(input);
        // The start of 25 h ago no longer counts and frees nothing.
        QCOMPARE(plan.slotsFree, (QList<QDateTime>{at(30), at(14 * 60), at(24 * 60 - 2)}));
        // a: the running export is done at +3 min, but all three slots are taken until the
        // oldest frees at +30 min. b: then 3 again (10 h ago, the running one, a) until +14 h.
        // c: the running export's own slot, 24 h after it started.
        QCOMPARE(expected(plan), (QList<QDateTime>{at(30), at(14 * 60), at(24 * 60 - 2)}));
        QCOMPARE(waits(plan), (QList<bool>{true, true, true}));
    }

    void quotaSpentNothingRunning()
    {
        QuotaPlanner::Input input;
        input.now = t0;
        input.dailyLimit = 2;
        input.spentStarts = {at(-60), at(-30)};
        input.queuedIds = {u"a"_s, u"b"_s, u"c"_s};
        const QuotaPlanner::Plan plan = QuotaPlanner::plan(input);
        // Slots at 23 h and 23.5 h from now; the third waits for a's own slot.
        QCOMPARE(expected(plan), (QList<QDateTime>{at(23 * 60), at(23 * 60 + 30), at(47 * 60)}));
        QCOMPARE(waits(plan), (QList<bool>{true, true, true}));
    }

    void hubSpotSaidExhausted()
    {
        QuotaPlanner::Input input;
        input.now = t0;
        input.exhaustedUntil = at(10);
        input.queuedIds = {u"a"_s, u"b"_s};
        const QuotaPlanner::Plan plan = QuotaPlanner::plan(input);
        QCOMPARE(expected(plan), (QList<QDateTime>{at(10), at(15)}));
        QCOMPARE(waits(plan), (QList<bool>{true, false}));
    }

    void timesAreRoundedUpToTheMinute()
    {
        QuotaPlanner::Input input;
        input.now = t0.addSecs(-25); // 11:59:35
        input.queuedIds = {u"a"_s};
        QCOMPARE(expected(QuotaPlanner::plan(input)), (QList<QDateTime>{at(0)}));
    }

    void fromTheLedger()
    {
        QuotaLedger ledger({}, 2);
        ledger.recordStart(u"acct"_s, at(-30 * 60)); // outside the window
        ledger.recordStart(u"acct"_s, at(-120));
        ledger.recordStart(u"acct"_s, at(-60));
        QCOMPARE(ledger.startsInWindow(u"acct"_s, t0), (QList<QDateTime>{at(-120), at(-60)}));
        QCOMPARE(QuotaPlanner::slotsFree(ledger.startsInWindow(u"acct"_s, t0), t0),
                 (QList<QDateTime>{at(22 * 60), at(23 * 60)}));
        QVERIFY(!ledger.exhaustedUntil(u"acct"_s, t0).isValid());
        ledger.markExhausted(u"acct"_s, at(5));
        QCOMPARE(ledger.exhaustedUntil(u"acct"_s, t0), at(5));
        QVERIFY(!ledger.exhaustedUntil(u"acct"_s, at(5)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestQuotaPlanner)
#include "tst_quotaplanner.moc"
