#include "schedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace es {

namespace {

struct ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(es::Schedule)
};

// The wire names of the weekdays (files and the CLI are not translated).
const char *const dayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int dayFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        const QString shortName = QString::fromLatin1(dayNames[i]);
        // "mon", "monday", "Mon": the English names, short or long.
        if (n == shortName || n == QLocale::c().dayName(i + 1, QLocale::LongFormat).toLower())
            return i + 1;
    }
    return 0;
}

QTime timeFrom(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

QDateTime slotAt(const QDate &date, QTime time)
{
    // Local time: a slot in a skipped DST hour moves forward, as the clock on the wall does.
    return QDateTime(date, time);
}

} // namespace

Schedule Schedule::everyHours(int hours)
{
    Schedule s;
    s.kind = Kind::EveryHours;
    s.hours = hours;
    return s;
}

Schedule Schedule::daily(QTime time)
{
    Schedule s;
    s.kind = Kind::Daily;
    s.at = QTime(time.hour(), time.minute());
    return s;
}

Schedule Schedule::weekly(QList<int> days, QTime time)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    Schedule s;
    s.kind = Kind::Weekly;
    s.days = days;
    s.at = QTime(time.hour(), time.minute());
    return s;
}

QString Schedule::acceptedForms()
{
    return ScheduleText::tr("Accepted forms: “every N h” (N from 1 to %1), “daily HH:MM”, "
                            "“weekly mon,thu HH:MM” (days mon, tue, wed, thu, fri, sat, sun) "
                            "and “none”.")
        .arg(MaxHours);
}

Schedule Schedule::parse(const QString &spec, QString *error)
{
    const QString text = spec.simplified().toLower();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why + u' ' + acceptedForms();
        return Schedule{};
    };
    if (error)
        error->clear();
    if (text == u"none" || text == u"off")
        return {};
    static const QRegularExpression every(QStringLiteral("^every ([0-9]+) ?(h|hour|hours)$"));
    if (const QRegularExpressionMatch m = every.match(text); m.hasMatch()) {
        bool ok = false;
        const int hours = m.captured(1).toInt(&ok);
        if (!ok || hours < 1 || hours > MaxHours)
            return fail(ScheduleText::tr("“%1”: the hours must be a whole number from 1 to %2.")
                            .arg(spec)
                            .arg(MaxHours));
        return everyHours(hours);
    }
    const QStringList words = text.split(u' ');
    if (words.size() == 2 && words.at(0) == u"daily") {
        const QTime time = timeFrom(words.at(1));
        if (!time.isValid())
            return fail(ScheduleText::tr("“%1”: the time must be HH:MM, from 00:00 to 23:59.")
                            .arg(words.at(1)));
        return daily(time);
    }
    if (words.size() == 3 && words.at(0) == u"weekly") {
        QList<int> days;
        for (const QString &name : words.at(1).split(u',', Qt::SkipEmptyParts)) {
            const int day = dayFromName(name);
            if (day == 0)
                return fail(ScheduleText::tr("“%1” is not a weekday.").arg(name));
            days.append(day);
        }
        if (days.isEmpty())
            return fail(ScheduleText::tr("“%1”: name at least one weekday.").arg(spec));
        const QTime time = timeFrom(words.at(2));
        if (!time.isValid())
            return fail(ScheduleText::tr("“%1”: the time must be HH:MM, from 00:00 to 23:59.")
                            .arg(words.at(2)));
        return weekly(days, time);
    }
    return fail(ScheduleText::tr("“%1” is not a schedule.").arg(spec));
}

QString Schedule::toSpec() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::EveryHours:
        return QStringLiteral("every %1h").arg(hours);
    case Kind::Daily:
        return QStringLiteral("daily ") + at.toString(QStringLiteral("HH:mm"));
    case Kind::Weekly: {
        QStringList names;
        for (int day : days)
            names.append(QString::fromLatin1(dayNames[day - 1]));
        return QStringLiteral("weekly %1 %2")
            .arg(names.join(u','), at.toString(QStringLiteral("HH:mm")));
    }
    }
    return {};
}

QString Schedule::describe() const
{
    const QLocale locale;
    const QString time = locale.toString(at, QLocale::ShortFormat);
    switch (kind) {
    case Kind::None:
        return ScheduleText::tr("Not scheduled");
    case Kind::EveryHours:
        return ScheduleText::tr("Every %n hour(s)", nullptr, hours);
    case Kind::Daily:
        return ScheduleText::tr("Daily at %1").arg(time);
    case Kind::Weekly: {
        QStringList names;
        for (int day : days)
            names.append(locale.dayName(day, QLocale::ShortFormat));
        return ScheduleText::tr("Weekly on %1 at %2", "weekdays, time")
            .arg(locale.createSeparatedList(names), time);
    }
    }
    return {};
}

QDateTime Schedule::previousSlot(const QDateTime &now) const
{
    if (kind != Kind::Daily && kind != Kind::Weekly)
        return {};
    const QDate today = now.toLocalTime().date();
    for (int back = 0; back <= 8; ++back) {
        const QDate date = today.addDays(-back);
        if (kind == Kind::Weekly && !days.contains(date.dayOfWeek()))
            continue;
        QDateTime slot = slotAt(date, at);
        if (slot <= now)
            return slot;
    }
    return {};
}

QDateTime Schedule::nextSlot(const QDateTime &after) const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::EveryHours:
        return after.addSecs(qint64(hours) * 3600);
    case Kind::Daily:
    case Kind::Weekly:
        break;
    }
    const QDate today = after.toLocalTime().date();
    for (int ahead = 0; ahead <= 8; ++ahead) {
        const QDate date = today.addDays(ahead);
        if (kind == Kind::Weekly && !days.contains(date.dayOfWeek()))
            continue;
        QDateTime slot = slotAt(date, at);
        if (slot > after)
            return slot;
    }
    return {};
}

bool Schedule::sameRule(const Schedule &other) const
{
    return kind == other.kind && hours == other.hours && at == other.at && days == other.days;
}

QDateTime Schedule::anchor(const QDateTime &lastRun) const
{
    if (!lastRun.isValid())
        return since;
    if (!since.isValid())
        return lastRun;
    return std::max(lastRun, since);
}

bool Schedule::isDue(const QDateTime &lastRun, const QDateTime &now) const
{
    const QDateTime from = anchor(lastRun);
    if (!from.isValid())
        return false;
    switch (kind) {
    case Kind::None:
        return false;
    case Kind::EveryHours:
        return now >= from.addSecs(qint64(hours) * 3600);
    case Kind::Daily:
    case Kind::Weekly: {
        // One run covers every slot since the last run: missed slots never pile up.
        const QDateTime slot = previousSlot(now);
        return slot.isValid() && slot > from;
    }
    }
    return false;
}

QDateTime Schedule::nextRun(const QDateTime &lastRun, const QDateTime &now) const
{
    const QDateTime from = anchor(lastRun);
    if (!isSet() || !from.isValid())
        return {};
    if (isDue(lastRun, now))
        return now;
    return kind == Kind::EveryHours ? nextSlot(from) : nextSlot(now);
}

int Schedule::runsPerDay() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::EveryHours:
        return (24 + hours - 1) / hours;
    case Kind::Daily:
    case Kind::Weekly:
        return 1;
    }
    return 0;
}

QJsonObject Schedule::toJson() const
{
    QJsonObject object;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::EveryHours:
        object = {{QStringLiteral("kind"), QStringLiteral("everyHours")},
                  {QStringLiteral("hours"), hours}};
        break;
    case Kind::Daily:
        object = {{QStringLiteral("kind"), QStringLiteral("daily")},
                  {QStringLiteral("at"), at.toString(QStringLiteral("HH:mm"))}};
        break;
    case Kind::Weekly: {
        QJsonArray names;
        for (int day : days)
            names.append(QString::fromLatin1(dayNames[day - 1]));
        object = {{QStringLiteral("kind"), QStringLiteral("weekly")},
                  {QStringLiteral("days"), names},
                  {QStringLiteral("at"), at.toString(QStringLiteral("HH:mm"))}};
        break;
    }
    }
    if (since.isValid())
        object.insert(QStringLiteral("since"), since.toUTC().toString(Qt::ISODate));
    return object;
}

Schedule Schedule::fromJson(const QJsonObject &object, QString *error)
{
    Schedule rule = ruleFromJson(object, error);
    if (rule.isSet())
        rule.since = QDateTime::fromString(object.value(u"since").toString(), Qt::ISODate);
    return rule;
}

Schedule Schedule::ruleFromJson(const QJsonObject &object, QString *error)
{
    const QString kind = object.value(u"kind").toString();
    const auto fail = [&] {
        if (error)
            *error = ScheduleText::tr("The schedule is not one this version understands; the "
                                      "preset runs only when started. Set the schedule again.");
        return Schedule{};
    };
    if (kind == u"everyHours") {
        const int hours = object.value(u"hours").toInt(0);
        if (hours < 1 || hours > MaxHours)
            return fail();
        return everyHours(hours);
    }
    const QTime time = timeFrom(object.value(u"at").toString());
    if (kind == u"daily" && time.isValid())
        return daily(time);
    if (kind == u"weekly" && time.isValid()) {
        QList<int> days;
        for (const auto &v : object.value(u"days").toArray()) {
            const int day = dayFromName(v.toString());
            if (day == 0)
                return fail();
            days.append(day);
        }
        if (days.isEmpty())
            return fail();
        return weekly(days, time);
    }
    return fail();
}

} // namespace es
