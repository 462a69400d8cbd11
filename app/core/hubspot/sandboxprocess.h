#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <memory>

class QTemporaryDir;

namespace es {

// The built-in sandbox (hubspot-sandbox) as a child process: started on a free port, ready once
// it printed "listening on http://127.0.0.1:PORT", stopped when this object goes (or the parent
// process dies, on Linux). Everything is signal-driven; nothing here waits.
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotRunning,
        Starting,
        Running
    };

    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Where hubspot-sandbox is looked for: $EXPORT_STUDIO_SANDBOX, next to the application,
    // the build tree (app/sandbox/server), ../libexec/export-studio, then PATH. Empty: not found.
    static QString findProgram();
    static QStringList candidatePaths();

    // Defaults to findProgram().
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    // Extra command-line options (e.g. "--clock-speed", "10").
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setStartTimeout(int ms) { m_timeout.setInterval(ms); }
    // A hubspot-sandbox someone started themselves (a known port, faults, another clock) instead
    // of a child: start() reports it running at that address from the event loop; nothing is
    // spawned or stopped, so its exports outlive this process. An empty URL: the child again.
    void setExternalApiBase(const QUrl &apiBase) { m_externalApiBase = apiBase; }
    QUrl externalApiBase() const { return m_externalApiBase; }

    void start();
    // Asks the sandbox to quit (SIGTERM), and kills it if it is still there after 3 s.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QUrl apiBase() const { return m_apiBase; }
    static QString token() { return QStringLiteral("sandbox-token"); }
    qint64 processId() const;
    QString errorString() const { return m_error; }
    // The last lines the sandbox wrote to stderr, for error messages.
    QString diagnostics() const { return m_stderr.trimmed(); }

Q_SIGNALS:
    void started(const QUrl &apiBase);
    void failed(const QString &message);
    // The sandbox ended while it was supposed to run (it crashed or was killed).
    void stopped();

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    // The sandbox's export files live here and go with this object, even when the process had
    // to be killed before it could clean up after itself.
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QTimer m_timeout;
    QString m_program;
    QStringList m_extraArguments;
    State m_state = State::NotRunning;
    QUrl m_apiBase;
    QUrl m_externalApiBase;
    QByteArray m_stdout;
    QString m_stderr;
    QString m_error;
    bool m_stopping = false;
};

} // namespace es
