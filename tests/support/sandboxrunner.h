#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace es::test {

// Runs hubspot-sandbox as a child process for end-to-end tests: `--port 0`, waits for the first
// stdout line "listening on http://127.0.0.1:PORT" and exposes the API address. The process is
// stopped (terminate, then kill) when the object dies. Stderr is kept for failure messages.
class SandboxRunner
{
public:
    explicit SandboxRunner(const QString &binary);
    ~SandboxRunner();
    SandboxRunner(const SandboxRunner &) = delete;
    SandboxRunner &operator=(const SandboxRunner &) = delete;

    // Extra arguments follow "--port 0" (e.g. "--clock-speed", "600", "--fault", RULE).
    bool start(const QStringList &extraArguments = {}, int timeoutMs = 15000);
    void stop();

    QUrl apiBase() const { return m_apiBase; }
    QString firstLine() const { return m_firstLine; } // as printed, trimmed
    QString token() const { return QStringLiteral("sandbox-token"); }
    QString errorString() const { return m_error; }
    QString standardError(); // what the sandbox printed on stderr so far
    QProcess &process() { return m_process; }
    // The sandbox's admin API (/__sandbox/...): the JSON answer, empty when there is none within
    // `timeoutMs`. Runs the event loop while it waits.
    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                      int timeoutMs = 10000);

private:
    QString m_binary;
    QProcess m_process;
    QUrl m_apiBase;
    QString m_firstLine;
    QString m_error;
    QByteArray m_stderr;
    QNetworkAccessManager m_adminNam;
};

} // namespace es::test
