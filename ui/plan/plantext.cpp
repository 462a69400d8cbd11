#include "plantext.h"

#include <QLocale>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace es {

namespace {

// Days from `now`'s local date to `when`'s.
qint64 dayOffset(const QDateTime &when, const QDateTime &now)
{
    return now.toLocalTime().date().daysTo(when.toLocalTime().date());
}

QString clock(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

// The times of one day, a repeated minute said once with its count: "14:05 (2)".
QString timeList(const QList<QDateTime> &times)
{
    QStringList parts;
    qsizetype i = 0;
    while (i < times.size()) {
        const QString text = clock(times.at(i));
        qsizetype same = 1;
        while (i + same < times.size() && clock(times.at(i + same)) == text)
            ++same;
        //: A time at which several quota slots free up together: %1 the time, %2 how many
        parts << (same > 1 ? PlanText::tr("%1 (%2)").arg(text).arg(same) : text);
        i += same;
    }
    return QLocale().createSeparatedList(parts);
}

} // namespace

QString PlanText::time(const QDateTime &when, const QDateTime &now)
{
    const qint64 days = dayOffset(when, now);
    if (days == 0)
        return clock(when);
    if (days == 1)
        //: A time tomorrow: %1 the time of day ("09:10")
        return tr("tomorrow %1").arg(clock(when));
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString PlanText::expectedStart(const QDateTime &when, const QDateTime &now)
{
    //: A queued export's state: %1 a time ("14:05", "tomorrow 09:10")
    return tr("expected to start about %1").arg(time(when, now));
}

QStringList PlanText::slotsFreeing(const QList<QDateTime> &frees, const QDateTime &now)
{
    // Per local day, earliest first.
    QMap<qint64, QList<QDateTime>> byDay;
    for (const QDateTime &free : frees)
        byDay[dayOffset(free, now)].append(free);
    QStringList lines;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        QList<QDateTime> times = it.value();
        std::sort(times.begin(), times.end());
        const int count = int(times.size());
        const QString day = it.key() == 0   ? tr("today", "slots free up")
                            : it.key() == 1 ? tr("tomorrow", "slots free up")
                                            : QLocale().toString(times.first().toLocalTime().date(),
                                                                 QLocale::ShortFormat);
        QSet<QString> minutes;
        for (const QDateTime &t : std::as_const(times))
            minutes.insert(clock(t));
        if (minutes.size() <= 6) {
            //: Quota tooltip: %n how many spent slots, %1 "today"/"tomorrow"/a date, %2 the
            //: times ("14:05, 14:20 and 14:35")
            lines << tr("%n slot(s) free up %1 at %2", nullptr, count).arg(day, timeList(times));
            continue;
        }
        // Many distinct times: one line per hour reads better than thirty times.
        lines << tr("%n slot(s) free up %1:", nullptr, count).arg(day);
        QMap<int, int> perHour;
        for (const QDateTime &t : std::as_const(times))
            ++perHour[t.toLocalTime().time().hour()];
        for (auto hour = perHour.cbegin(); hour != perHour.cend(); ++hour) {
            const QString from = QLocale().toString(QTime(hour.key(), 0), QLocale::ShortFormat);
            const QString to =
                QLocale().toString(QTime((hour.key() + 1) % 24, 0), QLocale::ShortFormat);
            const int inHour = hour.value();
            //: Quota tooltip, one hour: %n how many slots free up in it, %1 and %2 its start and
            //: end
            lines << QStringLiteral("  ") +
                         tr("%n between %1 and %2", nullptr, inHour).arg(from, to);
        }
    }
    return lines;
}

QString PlanText::queuedNotice(const QString &exportName, const QDateTime &expected,
                               const QDateTime &now)
{
    if (dayOffset(expected, now) > 0)
        //: %1 the export's name, %2 a day and time ("tomorrow 09:10")
        return tr("“%1” is queued: the daily limit of exports is used up, so it cannot start "
                  "today. It is expected to start %2.")
            .arg(exportName, time(expected, now));
    //: %1 the export's name, %2 a time ("14:05")
    return tr("“%1” is queued until an export slot frees up: expected to start about %2.")
        .arg(exportName, time(expected, now));
}

} // namespace es
