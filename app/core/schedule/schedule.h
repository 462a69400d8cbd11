#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace es {

// When a preset runs by itself: every N hours, daily at a time, or weekly on chosen weekdays at
// a time. Times are the machine's local time (what people mean by "07:30"). Part of the preset
// file, so it lives beside the request model (exportstudio_model), not in the engine.
struct Schedule
{
    enum class Kind
    {
        None,
        EveryHours,
        Daily,
        Weekly
    };

    Kind kind = Kind::None;
    int hours = 0;   // EveryHours: 1..168
    QTime at;        // Daily, Weekly: minutes precision
    QList<int> days; // Weekly: Qt::DayOfWeek values (1 = Monday), sorted, unique
    // When the schedule was set (UTC). Slots count from then or from the last run, whichever is
    // later: a preset that never ran is not due at once but at its first slot after this
    // (PresetStore::save() sets it when the rule changes).
    QDateTime since;

    static constexpr int MaxHours = 168;

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const Schedule &) const = default;
    // The same rule (kind, hours, time, days), whenever it was set.
    bool sameRule(const Schedule &other) const;

    static Schedule everyHours(int hours);
    static Schedule daily(QTime at);
    static Schedule weekly(QList<int> days, QTime at);

    // "every 6h", "daily 07:30", "weekly mon,thu 07:30" (also "none"). On failure returns an
    // unset schedule and says why in `error`, naming the accepted forms.
    static Schedule parse(const QString &spec, QString *error);
    // The form parse() reads ("none" when unset).
    QString toSpec() const;
    // For people, in their language: "Every 6 hours", "Daily at 07:30", "Mondays and Thursdays
    // at 07:30"-like text.
    QString describe() const;

    // The latest slot at or before `now` (daily, weekly; invalid for every-N-hours and unset).
    QDateTime previousSlot(const QDateTime &now) const;
    // The first slot strictly after `after` (for every-N-hours: `after` + N hours).
    QDateTime nextSlot(const QDateTime &after) const;
    // What slots count from: the later of the last run's start and `since` (invalid when
    // neither is known).
    QDateTime anchor(const QDateTime &lastRun) const;
    // True when a run is due at `now` given the last run's start (invalid: never run). A preset
    // is due when a slot passed after its anchor: one that never ran waits for its first slot
    // after `since`; one whose slots passed while the machine was off is due once, however
    // many slots it missed. Without an anchor it is never due.
    bool isDue(const QDateTime &lastRun, const QDateTime &now) const;
    // When it runs next: `now` when due, else its next slot (invalid when unset or no anchor).
    QDateTime nextRun(const QDateTime &lastRun, const QDateTime &now) const;
    // The most runs it can start in any 24 hours (every 5 hours: 5; daily, weekly: 1).
    int runsPerDay() const;

    QJsonObject toJson() const;
    // Unset with `error` set when the object is not a schedule this version understands.
    static Schedule fromJson(const QJsonObject &object, QString *error);

    static QString acceptedForms();

private:
    static Schedule ruleFromJson(const QJsonObject &object, QString *error);
};

} // namespace es
