#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace es {

// Plans an account's queue against HubSpot's two limits: one export at a time, and at most
// `dailyLimit` starts in any rolling 24 hours. Pure: the ledger's spent starts, the running
// export and the queue order go in, expected start times come out, so the same answer can be
// shown in the status bar, in Transfers and in a notice, and tested with a fixed clock.
//
// How long an export occupies HubSpot is not known in advance. The planner assumes a modest
// `typicalExport` (5 minutes: most exports of up to a few hundred thousand records are built in
// one to five) and, for an export already running longer than that, `minimumRemaining` more (one
// minute) — an estimate that errs early, so nobody waits for a time that has long passed. The
// queue plans again whenever the running export changes state, so the estimate follows it.
class QuotaPlanner
{
public:
    struct Options
    {
        qint64 typicalExportSecs = qint64(5) * 60;
        qint64 minimumRemainingSecs = 60;
    };

    struct Input
    {
        QDateTime now;
        int dailyLimit = 30;
        // Starts recorded in the ledger (any order; those outside the 24-hour window are ignored).
        QList<QDateTime> spentStarts;
        // HubSpot said the quota is used up until then (QuotaLedger::markExhausted); may be
        // invalid.
        QDateTime exhaustedUntil;
        // Since when the account's running export occupies HubSpot; unset when none does.
        std::optional<QDateTime> runningSince;
        // The account's queued jobs, first to start first.
        QStringList queuedIds;
    };

    struct Start
    {
        QString jobId;
        QDateTime expected; // UTC, rounded up to the minute
        // The start waits for a quota slot (not only for the exports ahead of it).
        bool waitsForQuota = false;

        bool operator==(const Start &) const = default;
    };

    struct Plan
    {
        // When each spent slot frees up (start + 24 h), earliest first, UTC.
        QList<QDateTime> slotsFree;
        // When the running export is expected to let the next one start; invalid when none runs.
        QDateTime runningDone;
        QList<Start> starts; // in queue order

        std::optional<Start> startOf(const QString &jobId) const;
    };

    static Plan plan(const Input &input, const Options &options);
    static Plan plan(const Input &input) { return plan(input, Options{}); }
    // The spent slots' free-up times alone (the quota meter), earliest first.
    static QList<QDateTime> slotsFree(const QList<QDateTime> &spentStarts, const QDateTime &now);
};

} // namespace es
