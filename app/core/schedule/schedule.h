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

    static constexpr int MaxHours = 168;

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const Schedule &) const = default;

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
    // True when a run is due at `now` given the last run's start (invalid: never run). A preset
    // that never ran is due at once; one whose slots passed while the machine was off is due
    // once, however many slots it missed.
    bool isDue(const QDateTime &lastRun, const QDateTime &now) const;
    // The most runs it can start in any 24 hours (every 5 hours: 5; daily, weekly: 1).
    int runsPerDay() const;

    QJsonObject toJson() const;
    // Unset with `error` set when the object is not a schedule this version understands.
    static Schedule fromJson(const QJsonObject &object, QString *error);

    static QString acceptedForms();
};

} // namespace es
