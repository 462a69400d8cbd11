#pragma once

// Small helpers shared by the benchmark drivers in tests/bench (programs that print figures, not
// tests). Blocking calls are fine here: these are drivers, not library code.

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QString>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <time.h>

namespace bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One row of run-benchmarks.sh's closing table: "@summary<TAB>what<TAB>result<TAB>goal".
inline void summary(const QString &what, const QString &result, const QString &goal = {})
{
    out() << "@summary\t" << what << '\t' << result << '\t'
          << (goal.isEmpty() ? QStringLiteral("-") : goal) << Qt::endl;
}

// Child processes a driver started (the sandbox): die() stops them, as std::exit() runs no
// destructors. A driver removes a child it has stopped itself.
inline QList<QProcess *> &childrenToStop()
{
    static QList<QProcess *> children;
    return children;
}

// "<program>: <why>", then the children are stopped and the driver exits with 1.
[[noreturn]] inline void die(const QString &why)
{
    out() << QCoreApplication::applicationName() << ": " << why << Qt::endl;
    for (QProcess *child : std::as_const(childrenToStop())) {
        child->kill();
        child->waitForFinished(5000);
    }
    std::exit(1);
}

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

// CPU time of the calling thread in ms: what a step cost, whatever else the machine is doing
// (a wall clock on a loaded machine mostly measures the scheduler's time slices).
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

inline QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// A "Key:   123 kB" field of /proc/PID/status or /proc/PID/smaps_rollup, in KiB (-1: absent).
inline qint64 procKiB(qint64 pid, const char *file, const QByteArray &key)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file))
                    : QStringLiteral("/proc/self/%1").arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 rssKiB(qint64 pid = 0)
{
    return procKiB(pid, "status", "VmRSS");
}
inline qint64 peakRssKiB(qint64 pid = 0)
{
    return procKiB(pid, "status", "VmHWM");
}
inline qint64 pssKiB(qint64 pid = 0)
{
    return procKiB(pid, "smaps_rollup", "Pss");
}

// "1.23 0.98 0.75": the 1, 5 and 15 minute load averages, to print beside the figures.
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

inline QString mib(qint64 kib)
{
    return fixed(kib / 1024.0, 1) + QStringLiteral(" MiB");
}

// Blocking JSON calls to the sandbox, for the drivers. `fail` is called (and must not return)
// on a non-2xx answer.
class Http
{
public:
    explicit Http(std::function<void(const QString &)> fail)
        : m_fail(std::move(fail))
    {}

    QJsonDocument call(const QByteArray &verb, const QUrl &url, const QJsonDocument &body = {},
                       bool auth = true)
    {
        QNetworkRequest request(url);
        if (auth)
            request.setRawHeader("Authorization", "Bearer sandbox-token");
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            m_nam.sendCustomRequest(request, verb, body.isNull() ? QByteArray() : body.toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        if (status / 100 != 2)
            m_fail(QStringLiteral("%1 %2 answered %3: %4")
                       .arg(QString::fromLatin1(verb), url.path())
                       .arg(status)
                       .arg(QString::fromUtf8(data.left(300))));
        return QJsonDocument::fromJson(data);
    }

private:
    QNetworkAccessManager m_nam;
    std::function<void(const QString &)> m_fail;
};

// Starts hubspot-sandbox with `--port 0` and `args`, its stderr in <work>/sandbox.log, stopped by
// die(); waits up to `timeoutMs` for the address it listens on (a large dataset takes a while).
inline QUrl startSandbox(QProcess &sandbox, const QString &binary, const QStringList &args,
                         const QString &work, int timeoutMs)
{
    childrenToStop() << &sandbox;
    sandbox.setStandardErrorFile(work + QStringLiteral("/sandbox.log"));
    sandbox.start(binary, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
    QUrl api;
    while (api.isEmpty()) {
        if (!sandbox.waitForReadyRead(timeoutMs) && sandbox.state() != QProcess::Running)
            die(QStringLiteral("the sandbox did not start; see %1/sandbox.log").arg(work));
        while (sandbox.canReadLine()) {
            const QByteArray line = sandbox.readLine().trimmed();
            if (line.startsWith("listening on "))
                api = QUrl(QString::fromLatin1(line.mid(13)));
        }
    }
    return api;
}

// `api` with another path.
inline QUrl at(const QUrl &api, const QString &path)
{
    QUrl url = api;
    url.setPath(path);
    return url;
}

// The sandbox's contact properties, as GET /crm/v3/properties/contacts lists them.
inline QJsonArray contactProperties(Http &http, const QUrl &api)
{
    return http.call("GET", at(api, QStringLiteral("/crm/v3/properties/contacts")))
        .object()
        .value(QStringLiteral("results"))
        .toArray();
}

} // namespace bench
