#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace es {

// The quota planner's times in words, in the user's locale (QLocale()): "14:05" today,
// "tomorrow 09:10", else a short date and time. Apart from the widgets, so tests can read them.
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(es::PlanText)

public:
    // "14:05", "tomorrow 09:10", "Tue 3 Mar 09:10" relative to `now`'s local date.
    static QString time(const QDateTime &when, const QDateTime &now);
    // "expected to start about 14:05" (a queued job's state text).
    static QString expectedStart(const QDateTime &when, const QDateTime &now);
    // The quota meter's tooltip lines on when the spent slots free up: "3 slots free up at
    // 14:05, 14:20, 14:35", one line per day; when many, grouped per hour ("4 slots free up
    // between 15:00 and 16:00"). Empty when nothing is spent.
    static QStringList slotsFreeing(const QList<QDateTime> &frees, const QDateTime &now);
    // The notice when a run is queued and waits for the quota: when it is expected to start.
    static QString queuedNotice(const QString &exportName, const QDateTime &expected,
                                const QDateTime &now);
};

} // namespace es
