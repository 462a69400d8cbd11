#include "jobstate_printer.h"
#include "transfer/quotaledger.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace Qt::StringLiterals;

class TestQuotaLedger : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

private Q_SLOTS:
    void countsWithinRollingWindow()
    {
        QuotaLedger ledger({}, 3);
        QCOMPARE(ledger.remaining(u"a"_s, t0), 3);
        QVERIFY(!ledger.nextSlot(u"a"_s, t0).isValid());
        ledger.recordStart(u"a"_s, t0);
        ledger.recordStart(u"a"_s, t0.addSecs(3600));
        ledger.recordStart(u"a"_s, t0.addSecs(7200));
        QCOMPARE(ledger.used(u"a"_s, t0.addSecs(7200)), 3);
        QCOMPARE(ledger.remaining(u"a"_s, t0.addSecs(7200)), 0);
        // The oldest start leaves the window 24 h after it happened.
        QCOMPARE(ledger.nextSlot(u"a"_s, t0.addSecs(7200)), t0.addSecs(24 * 3600));
        QCOMPARE(ledger.remaining(u"a"_s, t0.addSecs(24 * 3600 - 1)), 0);
        QCOMPARE(ledger.remaining(u"a"_s, t0.addSecs(24 * 3600)), 1);
        QVERIFY(!ledger.nextSlot(u"a"_s, t0.addSecs(24 * 3600)).isValid());
    }

    void accountsAreIndependent()
    {
        QuotaLedger ledger({}, 1);
        ledger.recordStart(u"a"_s, t0);
        QCOMPARE(ledger.remaining(u"a"_s, t0), 0);
        QCOMPARE(ledger.remaining(u"b"_s, t0), 1);
    }

    void exhaustedTrustsHubSpot()
    {
        QuotaLedger ledger({}, 30);
        QSignalSpy spy(&ledger, &QuotaLedger::changed);
        ledger.recordStart(u"a"_s, t0);
        ledger.markExhausted(u"a"_s, t0.addSecs(600));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(ledger.remaining(u"a"_s, t0.addSecs(1)), 0);
        QCOMPARE(ledger.nextSlot(u"a"_s, t0.addSecs(1)), t0.addSecs(600));
        QCOMPARE(ledger.remaining(u"a"_s, t0.addSecs(600)), 29);
    }

    void nextSlotIsLatestOfBothReasons()
    {
        QuotaLedger ledger({}, 1);
        ledger.recordStart(u"a"_s, t0);
        ledger.markExhausted(u"a"_s, t0.addSecs(60));
        // The counted start blocks longer than HubSpot's hint.
        QCOMPARE(ledger.nextSlot(u"a"_s, t0.addSecs(10)), t0.addSecs(24 * 3600));
    }

    void persistsAndIsSharedBetweenInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state/quota.json"_s);
        {
            QuotaLedger ledger(path, 2);
            ledger.recordStart(u"a"_s, t0);
            QVERIFY(QFile::exists(path));
        }
        QuotaLedger first(path, 2);
        QCOMPARE(first.used(u"a"_s, t0.addSecs(5)), 1);
        QuotaLedger second(path, 2);
        second.recordStart(u"a"_s, t0.addSecs(10));
        // `first` sees what `second` (another process, in real life) wrote.
        QTest::qWait(5);
        first.reload();
        QCOMPARE(first.used(u"a"_s, t0.addSecs(20)), 2);
        QCOMPARE(first.remaining(u"a"_s, t0.addSecs(20)), 0);
        // Recording through a stale instance merges rather than overwrites.
        QuotaLedger third(path, 5);
        third.recordStart(u"b"_s, t0.addSecs(30));
        QuotaLedger check(path, 5);
        QCOMPARE(check.used(u"a"_s, t0.addSecs(40)), 2);
        QCOMPARE(check.used(u"b"_s, t0.addSecs(40)), 1);
    }

    void damagedFileDoesNotBlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"quota.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        QuotaLedger ledger(path, 30);
        QCOMPARE(ledger.remaining(u"a"_s, t0), 30);
        QVERIFY(!ledger.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuotaLedger)
#include "tst_quotaledger.moc"
