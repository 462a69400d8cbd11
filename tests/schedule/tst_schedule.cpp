// The Schedule value: the CLI's spec forms, slots in local time, when a run is due (a missed run
// once, not once per missed slot), and the preset file round trip.

#include "model/preset.h"
#include "schedule/schedule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

// Local time, as the schedules mean it. 2026-12-07 is a Monday.
QDateTime local(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheAcceptedForms_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("hours") << u"every 6h"_s << u"every 6h"_s;
        QTest::newRow("hours spaced") << u"Every 12 hours"_s << u"every 12h"_s;
        QTest::newRow("daily") << u"daily 07:30"_s << u"daily 07:30"_s;
        QTest::newRow("daily short hour") << u"daily 7:05"_s << u"daily 07:05"_s;
        QTest::newRow("weekly") << u"weekly mon,thu 07:30"_s << u"weekly mon,thu 07:30"_s;
        QTest::newRow("weekly unordered long")
            << u"weekly Thursday,mon,thu 18:00"_s << u"weekly mon,thu 18:00"_s;
        QTest::newRow("none") << u"none"_s << u"none"_s;
    }
    void parsesTheAcceptedForms()
    {
        QFETCH(QString, spec);
        QFETCH(QString, normalized);
        QString error;
        const Schedule s = Schedule::parse(spec, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.toSpec(), normalized);
        QCOMPARE(Schedule::parse(s.toSpec(), &error), s);
    }

    void refusesBadSpecsNamingTheForms_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("named");
        QTest::newRow("zero hours") << u"every 0h"_s << u"from 1 to 168"_s;
        QTest::newRow("too many hours") << u"every 169h"_s << u"from 1 to 168"_s;
        QTest::newRow("bad time") << u"daily 25:00"_s << u"25:00"_s;
        QTest::newRow("bad day") << u"weekly mon,funday 07:30"_s << u"funday"_s;
        QTest::newRow("no time") << u"weekly mon"_s << u"weekly mon"_s;
        QTest::newRow("gibberish") << u"hourly"_s << u"hourly"_s;
    }
    void refusesBadSpecsNamingTheForms()
    {
        QFETCH(QString, spec);
        QFETCH(QString, named);
        QString error;
        const Schedule s = Schedule::parse(spec, &error);
        QVERIFY(!s.isSet());
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(error.contains(u"daily HH:MM"_s) && error.contains(u"every N h"_s) &&
                     error.contains(u"weekly mon,thu HH:MM"_s),
                 qPrintable(error));
    }

    void slotsAreLocalTimes()
    {
        const Schedule daily = Schedule::daily(QTime(7, 30));
        QCOMPARE(daily.previousSlot(local(7, 10, 0)), local(7, 7, 30));
        QCOMPARE(daily.previousSlot(local(7, 7, 0)), local(6, 7, 30));
        QCOMPARE(daily.nextSlot(local(7, 7, 30)), local(8, 7, 30));
        QCOMPARE(daily.nextSlot(local(7, 7, 29)), local(7, 7, 30));

        const Schedule weekly = Schedule::weekly({4, 1}, QTime(7, 30)); // Thursday, Monday
        QCOMPARE(weekly.days, (QList<int>{1, 4}));
        QCOMPARE(weekly.nextSlot(local(7, 8, 0)), local(10, 7, 30));  // Mon after → Thu
        QCOMPARE(weekly.nextSlot(local(10, 8, 0)), local(14, 7, 30)); // Thu after → Mon
        QCOMPARE(weekly.previousSlot(local(13, 12, 0)), local(10, 7, 30));

        const Schedule hours = Schedule::everyHours(6);
        QCOMPARE(hours.nextSlot(local(7, 1, 15)), local(7, 7, 15));
    }

    void dueOnceAfterMissedSlots()
    {
        const Schedule daily = Schedule::daily(QTime(7, 30));
        // Ran today after the slot: not due until tomorrow's slot.
        QVERIFY(!daily.isDue(local(7, 7, 31), local(7, 23, 0)));
        QVERIFY(daily.isDue(local(7, 7, 31), local(8, 7, 30)));
        // The machine was off for three days: due (once); after that one run, not due again
        // until the next slot, however many slots were missed.
        QVERIFY(daily.isDue(local(3, 7, 31), local(7, 9, 0)));
        QVERIFY(!daily.isDue(local(7, 9, 0), local(7, 9, 1)));
        QVERIFY(!daily.isDue(local(7, 9, 0), local(8, 7, 29)));

        const Schedule hours = Schedule::everyHours(6);
        QVERIFY(!hours.isDue(local(7, 1, 0), local(7, 6, 59)));
        QVERIFY(hours.isDue(local(7, 1, 0), local(7, 7, 0)));
        QVERIFY(hours.isDue(local(1, 1, 0), local(7, 7, 0)));
        QVERIFY(!hours.isDue(local(7, 7, 0), local(7, 7, 1)));

        QVERIFY(!Schedule().isDue(QDateTime(), local(7, 7, 0)));
    }

    void neverRunWaitsForTheFirstSlotAfterItWasSet()
    {
        // Set at 09:00 for 07:30: today's slot had passed, so not at once but tomorrow.
        Schedule daily = Schedule::daily(QTime(7, 30));
        daily.since = local(7, 9, 0);
        QVERIFY(!daily.isDue(QDateTime(), local(7, 9, 0)));
        QVERIFY(!daily.isDue(QDateTime(), local(8, 7, 29)));
        QVERIFY(daily.isDue(QDateTime(), local(8, 7, 30)));
        QCOMPARE(daily.nextRun(QDateTime(), local(7, 9, 0)), local(8, 7, 30));
        // Off for days after it was set: due once at the next opportunity.
        QVERIFY(daily.isDue(QDateTime(), local(11, 12, 0)));
        QCOMPARE(daily.nextRun(QDateTime(), local(11, 12, 0)), local(11, 12, 0));
        // A run by hand after it was set counts: the next slot after that run.
        QVERIFY(!daily.isDue(local(8, 8, 0), local(8, 9, 0)));
        // A run long before the schedule was set does not make it due at once.
        QVERIFY(!daily.isDue(local(1, 8, 0), local(7, 10, 0)));

        Schedule hours = Schedule::everyHours(6);
        hours.since = local(7, 9, 0);
        QVERIFY(!hours.isDue(QDateTime(), local(7, 14, 59)));
        QVERIFY(hours.isDue(QDateTime(), local(7, 15, 0)));
        QCOMPARE(hours.nextRun(QDateTime(), local(7, 10, 0)), local(7, 15, 0));

        // Neither a run nor a start: never due, no next run.
        QVERIFY(!Schedule::daily(QTime(7, 30)).isDue(QDateTime(), local(9, 9, 0)));
        QVERIFY(!Schedule::daily(QTime(7, 30)).nextRun(QDateTime(), local(9, 9, 0)).isValid());
    }

    void runsPerDay()
    {
        QCOMPARE(Schedule::everyHours(1).runsPerDay(), 24);
        QCOMPARE(Schedule::everyHours(5).runsPerDay(), 5);
        QCOMPARE(Schedule::everyHours(6).runsPerDay(), 4);
        QCOMPARE(Schedule::everyHours(48).runsPerDay(), 1);
        QCOMPARE(Schedule::daily(QTime(1, 0)).runsPerDay(), 1);
        QCOMPARE(Schedule::weekly({1, 2, 3}, QTime(1, 0)).runsPerDay(), 1);
    }

    void presetRoundTrip_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("none") << u"none"_s;
        QTest::newRow("hours") << u"every 6h"_s;
        QTest::newRow("daily") << u"daily 07:30"_s;
        QTest::newRow("weekly") << u"weekly mon,thu,sun 18:45"_s;
    }
    void presetRoundTrip()
    {
        QFETCH(QString, spec);
        Preset preset;
        preset.name = u"Scheduled"_s;
        preset.request.exportName = u"Scheduled"_s;
        preset.request.objectType = u"CONTACT"_s;
        preset.request.objectProperties = {u"email"_s};
        QString error;
        preset.schedule = Schedule::parse(spec, &error);
        QVERIFY(error.isEmpty());
        if (preset.schedule.isSet()) // when it was set travels with it (whole seconds, UTC)
            preset.schedule.since =
                QDateTime(QDate(2026, 12, 1), QTime(8, 15, 30), QTimeZone::utc());
        const QByteArray bytes = PresetCodec::toBytes(preset);
        QCOMPARE(bytes.contains("\"schedule\""), preset.schedule.isSet());
        const PresetCodec::DecodeResult decoded = PresetCodec::fromBytes(bytes);
        QVERIFY(decoded.ok());
        for (const ValidationIssue &issue : decoded.issues)
            QVERIFY2(issue.field != u"schedule"_s, qPrintable(issue.message));
        QCOMPARE(decoded.preset.schedule, preset.schedule);
    }

    void presetWithoutOrWithABadScheduleStillLoads()
    {
        const QByteArray old = R"({"schemaVersion": 1, "name": "Old",
            "request": {"exportType": "VIEW", "exportName": "Old", "format": "CSV",
                        "language": "EN", "objectType": "CONTACT",
                        "objectProperties": ["email"]}})";
        PresetCodec::DecodeResult decoded = PresetCodec::fromBytes(old);
        QVERIFY(decoded.ok());
        QVERIFY(!decoded.preset.schedule.isSet());

        QJsonObject object = QJsonDocument::fromJson(old).object();
        object.insert(u"schedule"_s, QJsonObject{{u"kind"_s, u"monthly"_s}});
        decoded = PresetCodec::fromBytes(QJsonDocument(object).toJson());
        QVERIFY(decoded.ok()); // a warning: the preset still opens, without a schedule
        QVERIFY(!decoded.preset.schedule.isSet());
        const auto scheduleIssues =
            std::count_if(decoded.issues.cbegin(), decoded.issues.cend(),
                          [](const ValidationIssue &i) { return i.field == u"schedule"_s; });
        QCOMPARE(int(scheduleIssues), 1);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
