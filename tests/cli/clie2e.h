#pragma once

// End-to-end helpers: the real hubspot-sandbox (through SandboxRunner) and export-studio-cli runs.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>
#include <sandboxrunner.h>

// tests/support's SandboxRunner with the small data set these tests want, plus the sandbox's
// admin API.
class Sandbox
{
public:
    bool start(const QStringList &extra = {})
    {
        const bool started =
            m_runner.start(QStringList{QStringLiteral("--clock-speed"), QStringLiteral("100"),
                                       QStringLiteral("--contacts"), QStringLiteral("60"),
                                       QStringLiteral("--companies"), QStringLiteral("20"),
                                       QStringLiteral("--deals"), QStringLiteral("20"),
                                       QStringLiteral("--tickets"), QStringLiteral("10")} +
                           extra);
        if (!started)
            qWarning("%s", qPrintable(m_runner.errorString()));
        base = m_runner.apiBase();
        return started;
    }

    void stop() { m_runner.stop(); }

    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return m_runner.admin(verb, path, body);
    }

    QJsonObject stats() { return admin("GET", QStringLiteral("/__sandbox/stats")); }
    QJsonObject exportInfo(const QString &id)
    {
        return admin("GET", QStringLiteral("/__sandbox/exports/") + id);
    }

    QUrl base;

private:
    es::test::SandboxRunner m_runner{QStringLiteral(ES_SANDBOX_BIN)};
};

struct CliRun
{
    int code = -1;
    QString out;
    QString err;

    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

inline QProcessEnvironment cliEnv(const QString &token = QStringLiteral("sandbox-token"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), token);
    env.remove(QStringLiteral("EXPORT_STUDIO_VERBOSE"));
    return env;
}

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = cliEnv(),
                     int timeoutMs = 60000, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ES_CLI_BIN), args);
    p.waitForStarted(5000);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    CliRun run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        run.err = QStringLiteral("TIMEOUT\n");
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err += QString::fromUtf8(p.readAllStandardError());
    return run;
}

// Starts export-studio-cli and reads its stderr until `marker` shows (or `timeoutMs` passed);
// returns what it printed so far. The caller kills or interrupts `cli`.
inline QString startCliUntil(QProcess &cli, const QStringList &args, const QString &marker,
                             int timeoutMs = 20000)
{
    cli.setProcessEnvironment(cliEnv());
    cli.start(QStringLiteral(ES_CLI_BIN), args);
    QString err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(marker) && timer.elapsed() < timeoutMs) {
        cli.waitForReadyRead(100);
        err += QString::fromUtf8(cli.readAllStandardError());
    }
    return err;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray sha256Hex(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

inline bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(object).toJson()) > 0;
}

// Data rows of a CSV (quoted fields may hold newlines), header excluded.
inline int csvRows(const QByteArray &csv)
{
    int rows = 0;
    bool quoted = false;
    bool any = false;
    for (char c : csv) {
        if (c == '"')
            quoted = !quoted;
        if (c == '\n' && !quoted) {
            if (any)
                ++rows;
            any = false;
        } else if (c != '\r') {
            any = true;
        }
    }
    if (any)
        ++rows;
    return rows - 1;
}

// Every entry below `dir`, relative, hidden ones included.
inline QStringList treeOf(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(dir).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}
