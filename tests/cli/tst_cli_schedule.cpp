// Scheduled presets end to end against the real hubspot-sandbox: `presets save --schedule`
// (and its usage errors), `run-due` running exactly the due presets once (history presets into
// the vault), a second run-due running nothing, and `schedule install-timer|remove-timer`
// writing units systemd accepts.

#include "clie2e.h"

#include <QJsonArray>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

class TestCliSchedule : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    QTemporaryDir m_tmp;

    QStringList state() const { return {u"--state-dir"_s, m_tmp.filePath(u"state"_s)}; }
    QStringList target() const
    {
        return state() + QStringList{u"--api-base"_s, m_sandbox.base.toString()};
    }
    QStringList poll() const
    {
        return {u"--out"_s, m_tmp.filePath(u"out"_s), u"--poll-initial-ms"_s,
                u"100"_s,   u"--poll-max-ms"_s,       u"300"_s};
    }

    CliRun save(const QString &name, const QStringList &extra)
    {
        return runCli(QStringList{u"presets"_s, u"save"_s, name, u"--request"_s,
                                  m_tmp.filePath(u"r.json"_s)} +
                      extra + state());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_sandbox.start());
        const QJsonObject request{{u"exportType"_s, u"VIEW"_s},
                                  {u"exportName"_s, u"Scheduled contacts"_s},
                                  {u"format"_s, u"CSV"_s},
                                  {u"language"_s, u"EN"_s},
                                  {u"objectType"_s, u"CONTACT"_s},
                                  {u"objectProperties"_s, QJsonArray{u"email"_s, u"firstname"_s}}};
        QVERIFY(writeJson(m_tmp.filePath(u"r.json"_s), request));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void badSpecIsAUsageError()
    {
        const CliRun bad = save(u"Bad"_s, {u"--schedule"_s, u"hourly"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"“hourly” is not a schedule"_s), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(u"daily HH:MM"_s) && bad.err.contains(u"every N h"_s) &&
                     bad.err.contains(u"weekly mon,thu HH:MM"_s),
                 qPrintable(bad.err));
        // Nothing was saved.
        const CliRun list = runCli(QStringList{u"presets"_s, u"list"_s} + state());
        QVERIFY(!list.out.contains(u"Bad"_s));
    }

    void tooManyExportsADayAreRefused()
    {
        const CliRun hourly = save(u"Hourly"_s, {u"--schedule"_s, u"every 1h"_s});
        QVERIFY2(hourly.code == 0, qPrintable(hourly.err));
        const CliRun more = save(u"Two-hourly"_s, {u"--schedule"_s, u"every 2h"_s});
        QCOMPARE(more.code, 2);
        QVERIFY2(more.err.contains(u"These schedules need 36 exports a day; HubSpot allows 30."_s),
                 qPrintable(more.err));
        // Taking the schedule off makes room; the preset itself stays.
        const CliRun off = save(u"Hourly"_s, {u"--schedule"_s, u"none"_s});
        QVERIFY2(off.code == 0, qPrintable(off.err));
        const CliRun show = runCli(QStringList{u"presets"_s, u"show"_s, u"Hourly"_s} + state());
        QVERIFY(!show.out.contains(u"\"schedule\""_s));
        QVERIFY(runCli(QStringList{u"presets"_s, u"delete"_s, u"Hourly"_s} + state()).code == 0);
    }

    // Moves back when the named preset's schedule was set, as if it had been set `secs` ago.
    bool backdateSchedule(const QString &name, qint64 secs)
    {
        QDir dir(m_tmp.filePath(u"state/presets"_s));
        for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
            QJsonObject preset = QJsonDocument::fromJson(readFile(dir.filePath(file))).object();
            if (preset.value(u"name"_s).toString() != name)
                continue;
            QJsonObject schedule = preset.value(u"schedule"_s).toObject();
            const QDateTime since =
                QDateTime::fromString(schedule.value(u"since"_s).toString(), Qt::ISODate);
            if (!since.isValid())
                return false;
            schedule.insert(u"since"_s, since.addSecs(-secs).toString(Qt::ISODate));
            preset.insert(u"schedule"_s, schedule);
            return writeJson(dir.filePath(file), preset);
        }
        return false;
    }

    void runDueRunsEachDuePresetOnce()
    {
        // Daily at midnight, never run. A history preset, so the run must reach the vault.
        CliRun saved = save(u"Morning"_s, {u"--schedule"_s, u"daily 00:00"_s, u"--history"_s});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        const CliRun show = runCli(QStringList{u"presets"_s, u"show"_s, u"Morning"_s} + state());
        QVERIFY2(show.out.contains(u"\"daily\""_s), qPrintable(show.out));
        // Not due: every 6 hours, and it ran by hand just now.
        saved = save(u"Six-hourly"_s, {u"--schedule"_s, u"every 6h"_s});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        const CliRun manual =
            runCli(QStringList{u"export"_s, u"--preset"_s, u"Six-hourly"_s} + poll() + target());
        QVERIFY2(manual.code == 0, qPrintable(manual.err));
        // Unscheduled: never run by run-due.
        saved = save(u"Plain"_s, {});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));

        // A schedule set just now waits for its first slot (tomorrow's midnight): nothing is
        // due, though Morning never ran.
        const CliRun fresh =
            runCli(QStringList{u"run-due"_s, u"--json"_s} + poll() + target(), cliEnv(), 120000);
        QVERIFY2(fresh.code == 0, qPrintable(fresh.err));
        QCOMPARE(QJsonDocument::fromJson(fresh.out.toUtf8()).array().size(), 0);

        // Set a day ago: today's midnight slot has passed since, so it is due.
        QVERIFY(backdateSchedule(u"Morning"_s, 24 * 3600));
        const int startsBefore = m_sandbox.stats().value(u"exportsStarted"_s).toInt(-1);
        const CliRun first =
            runCli(QStringList{u"run-due"_s, u"--json"_s} + poll() + target(), cliEnv(), 120000);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonArray ran = QJsonDocument::fromJson(first.out.toUtf8()).array();
        QCOMPARE(ran.size(), 1);
        const QJsonObject run = ran.first().toObject();
        QCOMPARE(run.value(u"preset"_s).toString(), u"Morning"_s);
        QCOMPARE(run.value(u"state"_s).toString(), u"done"_s);
        QVERIFY(!run.value(u"jobId"_s).toString().isEmpty());
        QVERIFY(run.value(u"recordCount"_s).toInt() > 0);
        if (startsBefore >= 0)
            QCOMPARE(m_sandbox.stats().value(u"exportsStarted"_s).toInt(), startsBefore + 1);

        // The run is in the history, as `export --preset` would have put it.
        const CliRun runs =
            runCli(QStringList{u"runs"_s, u"--preset"_s, u"Morning"_s, u"--json"_s} + target());
        QVERIFY2(runs.code == 0, qPrintable(runs.err));
        QCOMPARE(QJsonDocument::fromJson(runs.out.toUtf8()).array().size(), 1);

        // At once again: nothing is due.
        const CliRun second =
            runCli(QStringList{u"run-due"_s, u"--json"_s} + poll() + target(), cliEnv(), 120000);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).array().size(), 0);
        QVERIFY2(second.err.contains(u"Nothing is due."_s), qPrintable(second.err));
        const CliRun plain = runCli(QStringList{u"run-due"_s} + poll() + target());
        QCOMPARE(plain.code, 0);
        QVERIFY(plain.out.isEmpty());
    }

    void timerUnitsInstallVerifyAndRemove()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QProcessEnvironment env = cliEnv();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        const CliRun install =
            runCli(QStringList{u"schedule"_s, u"install-timer"_s} + state(), env);
        QVERIFY2(install.code == 0, qPrintable(install.err));
        const QString units = config.filePath(u"systemd/user"_s);
        const QString service = units + u"/export-studio-run-due.service"_s;
        const QString timer = units + u"/export-studio-run-due.timer"_s;
        QCOMPARE(install.lines(), (QStringList{service, timer}));
        const QString serviceText = QString::fromUtf8(readFile(service));
        QVERIFY2(serviceText.contains(u"ExecStart=\""_s +
                                      QFileInfo(QStringLiteral(ES_CLI_BIN)).canonicalFilePath() +
                                      u"\" run-due"_s),
                 qPrintable(serviceText));
        QVERIFY(serviceText.contains(u"EXPORT_STUDIO_STATE_DIR="_s + m_tmp.filePath(u"state"_s)));
        const QString timerText = QString::fromUtf8(readFile(timer));
        QVERIFY(timerText.contains(u"OnCalendar=*:0/15\n"_s));
        QVERIFY(timerText.contains(u"Persistent=true\n"_s));
        QVERIFY(
            QFileInfo(units + u"/timers.target.wants/export-studio-run-due.timer"_s).isSymLink());

        const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
        if (!analyze.isEmpty()) {
            // The user manager's runtime folder: a private one, so no session is needed (and
            // none is touched).
            QTemporaryDir runtime;
            QVERIFY(runtime.isValid());
            QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner);
            QProcessEnvironment verifyEnv = env;
            verifyEnv.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
            QProcess verify;
            verify.setProcessEnvironment(verifyEnv);
            verify.start(analyze, {u"--user"_s, u"verify"_s, service, timer});
            QVERIFY(verify.waitForFinished(60000));
            const QString said =
                QString::fromUtf8(verify.readAllStandardError() + verify.readAllStandardOutput());
            QVERIFY2(verify.exitStatus() == QProcess::NormalExit && verify.exitCode() == 0,
                     qPrintable(said));
            // verify exits 0 on some warnings: none may name our units.
            QVERIFY2(!said.contains(u"export-studio-run-due"_s), qPrintable(said));
        }

        const CliRun remove = runCli(QStringList{u"schedule"_s, u"remove-timer"_s} + state(), env);
        QVERIFY2(remove.code == 0, qPrintable(remove.err));
        QVERIFY(!QFileInfo::exists(service));
        QVERIFY(!QFileInfo::exists(timer));
        QVERIFY(
            !QFileInfo(units + u"/timers.target.wants/export-studio-run-due.timer"_s).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
