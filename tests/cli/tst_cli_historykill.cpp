// kill -9 during the ingest of a run into the history, then `resume`: the vault holds the
// previous run or the complete new one, never a mix, and the next start finishes the ingest.
// Several kill points: right as the ingest starts, at fixed delays into it, and after the first
// progress line.

#include "clie2e.h"

#include <QJsonArray>
#include <QThread>

using namespace Qt::StringLiterals;

class TestCliHistoryKill : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    int m_seed = 1;

    static QJsonArray runsOf(const QStringList &common)
    {
        const CliRun runs =
            runCli(QStringList{u"runs"_s, u"--preset"_s, u"Big contacts"_s, u"--json"_s} + common);
        return QJsonDocument::fromJson(runs.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Enough rows that an ingest takes a while to kill into.
        QVERIFY(m_sandbox.start({u"--contacts"_s, u"40000"_s}));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void killDuringIngest_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("at the start") << u"keeping the run in the history"_s << 0;
        QTest::newRow("20 ms in") << u"keeping the run in the history"_s << 20;
        QTest::newRow("80 ms in") << u"keeping the run in the history"_s << 80;
        QTest::newRow("250 ms in") << u"keeping the run in the history"_s << 250;
        QTest::newRow("after 5000 rows") << u"history: 5000 rows"_s << 0;
        QTest::newRow("after 30000 rows") << u"history: 30000 rows"_s << 0;
    }

    void killDuringIngest()
    {
        QFETCH(QString, after);
        QFETCH(int, delayMs);
        QTemporaryDir tmp;
        const QStringList common{u"--state-dir"_s, tmp.filePath(u"state"_s), u"--api-base"_s,
                                 m_sandbox.base.toString()};
        const QJsonObject request{
            {u"exportType"_s, u"VIEW"_s},
            {u"exportName"_s, u"Big contacts"_s},
            {u"format"_s, u"CSV"_s},
            {u"objectType"_s, u"CONTACT"_s},
            {u"objectProperties"_s,
             QJsonArray{u"email"_s, u"firstname"_s, u"lastname"_s, u"lastmodifieddate"_s}},
        };
        QVERIFY(writeJson(tmp.filePath(u"r.json"_s), request));
        QCOMPARE(runCli({u"presets"_s, u"save"_s, u"Big contacts"_s, u"--request"_s,
                         tmp.filePath(u"r.json"_s), u"--history"_s, u"--state-dir"_s,
                         tmp.filePath(u"state"_s)})
                     .code,
                 0);
        const QStringList exportArgs =
            QStringList{u"export"_s, u"--preset"_s,          u"Big contacts"_s,
                        u"--out"_s,  tmp.filePath(u"out"_s), u"--poll-initial-ms"_s,
                        u"100"_s,    u"--poll-max-ms"_s,     u"300"_s} +
            common;
        const CliRun first = runCli(exportArgs, cliEnv(), 180000);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonArray baseline = runsOf(common);
        QCOMPARE(baseline.size(), 1);
        // The sandbox is shared by the rows of this test: each mutation leaves 5 more contacts.
        const int expectedRows = baseline.at(0).toObject().value(u"rows").toInt() + 10 - 5;
        const CliRun before = runCli(QStringList{u"snapshot"_s, u"--preset"_s, u"Big contacts"_s,
                                                 u"--out"_s, tmp.filePath(u"before.csv"_s)} +
                                     common);
        QVERIFY2(before.code == 0, qPrintable(before.err));

        const QJsonObject mutation = m_sandbox.admin("POST", u"/__sandbox/records/mutate"_s,
                                                     {{u"objectType"_s, u"CONTACT"_s},
                                                      {u"create"_s, 10},
                                                      {u"update"_s, 50},
                                                      {u"delete"_s, 5},
                                                      {u"seed"_s, m_seed++}});
        QCOMPARE(mutation.value(u"updated").toArray().size(), 50);

        QProcess cli;
        const QString err = startCliUntil(cli, exportArgs, after, 120000);
        QVERIFY2(err.contains(after), qPrintable(err));
        QThread::msleep(ulong(delayMs));
        const bool killed = cli.state() == QProcess::Running;
        cli.kill(); // SIGKILL
        cli.waitForFinished(10000);

        // Right after the kill: the previous run or the complete new one, never a mix.
        const QJsonArray afterKill = runsOf(common);
        QVERIFY(afterKill.size() == 1 || afterKill.size() == 2);
        const CliRun mid = runCli(QStringList{u"snapshot"_s, u"--preset"_s, u"Big contacts"_s,
                                              u"--out"_s, tmp.filePath(u"mid.csv"_s)} +
                                  common);
        QVERIFY2(mid.code == 0, qPrintable(mid.err));
        if (afterKill.size() == 1) {
            QCOMPARE(sha256Hex(tmp.filePath(u"mid.csv"_s)),
                     sha256Hex(tmp.filePath(u"before.csv"_s)));
        } else {
            const QJsonObject run = afterKill.at(1).toObject();
            QCOMPARE(run.value(u"changed").toInt(), 50);
            QCOMPARE(run.value(u"added").toInt(), 10);
            QCOMPARE(run.value(u"removed").toInt(), 5);
        }

        // The next start finishes the ingest.
        const CliRun resumed =
            runCli(QStringList{u"resume"_s} + common.mid(0, 2), cliEnv(), 180000);
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        const QJsonArray done = runsOf(common);
        QCOMPARE(done.size(), 2);
        const QJsonObject second = done.at(1).toObject();
        QCOMPARE(second.value(u"rows").toInt(), expectedRows);
        QCOMPARE(second.value(u"added").toInt(), 10);
        QCOMPARE(second.value(u"changed").toInt(), 50);
        QCOMPARE(second.value(u"removed").toInt(), 5);
        const CliRun final = runCli(QStringList{u"snapshot"_s, u"--preset"_s, u"Big contacts"_s,
                                                u"--out"_s, tmp.filePath(u"final.csv"_s)} +
                                    common);
        QVERIFY2(final.code == 0, qPrintable(final.err));
        QCOMPARE(csvRows(readFile(tmp.filePath(u"final.csv"_s))), expectedRows);
        qInfo("killed %s: %s; the vault then held %d run(s)", qPrintable(after),
              killed ? "during the run" : "after the process had ended", int(afterKill.size()));
    }
};

QTEST_GUILESS_MAIN(TestCliHistoryKill)
#include "tst_cli_historykill.moc"
