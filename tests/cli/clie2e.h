#pragma once

// End-to-end helpers: the real hubspot-sandbox as a child process and export-studio-cli runs.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

class Sandbox
{
public:
    ~Sandbox() { stop(); }

    bool start(const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral(ES_SANDBOX_BIN));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--clock-speed"), QStringLiteral("100"),
                                           QStringLiteral("--contacts"), QStringLiteral("60"),
                                           QStringLiteral("--companies"), QStringLiteral("20"),
                                           QStringLiteral("--deals"), QStringLiteral("20"),
                                           QStringLiteral("--tickets"), QStringLiteral("10")} +
                               extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 15000) {
            m_process.waitForReadyRead(200);
            line += m_process.readAllStandardOutput();
        }
        const QByteArray first = line.left(line.indexOf('\n')).trimmed();
        if (!first.startsWith("listening on "))
            return false;
        base = QUrl(QString::fromLatin1(first.mid(13)));
        return base.port() > 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(1000);
        }
    }

    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply =
            verb == "GET" ? m_nam.get(request)
                          : m_nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    QJsonObject stats() { return admin("GET", QStringLiteral("/__sandbox/stats")); }
    QJsonObject exportInfo(const QString &id)
    {
        return admin("GET", QStringLiteral("/__sandbox/exports/") + id);
    }

    QUrl base;

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
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
