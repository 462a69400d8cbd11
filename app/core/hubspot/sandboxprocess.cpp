#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace es {
namespace {
const QString ExecutableName = QStringLiteral("hubspot-sandbox");
}

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
    , m_program(findProgram())
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(15000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            fail(tr("The built-in sandbox did not start within %1 seconds. Try again; if it "
                    "keeps failing, run hubspot-sandbox in a terminal to see why.")
                     .arg(m_timeout.interval() / 1000));
    });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        // QProcess's destructor kills the child and reaps it (a SIGTERM first, so it may end
        // cleanly); m_dataDir goes after it, with whatever the sandbox wrote.
        m_process->terminate();
        delete m_process;
    }
}

QStringList SandboxProcess::candidatePaths()
{
    QStringList paths;
    const QString fromEnv = qEnvironmentVariable("EXPORT_STUDIO_SANDBOX");
    if (!fromEnv.isEmpty())
        paths << fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        paths << appDir + QLatin1Char('/') + ExecutableName;
        // Build tree: app/desktop/export-studio and app/sandbox/server/hubspot-sandbox; tests
        // live in tests/<area>/<name>.
        paths << appDir + QStringLiteral("/../sandbox/server/") + ExecutableName;
        paths << appDir + QStringLiteral("/../../app/sandbox/server/") + ExecutableName;
        paths << appDir + QStringLiteral("/../../../app/sandbox/server/") + ExecutableName;
        paths << appDir + QStringLiteral("/../libexec/export-studio/") + ExecutableName;
        paths << appDir + QStringLiteral("/../lib/export-studio/") + ExecutableName;
    }
    return paths;
}

QString SandboxProcess::findProgram()
{
    for (const QString &path : candidatePaths()) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return QStandardPaths::findExecutable(ExecutableName);
}

qint64 SandboxProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SandboxProcess::start()
{
    if (m_state != State::NotRunning)
        return;
    m_error.clear();
    m_stderr.clear();
    m_stdout.clear();
    m_apiBase = QUrl();
    if (m_externalApiBase.isValid()) {
        m_state = State::Starting;
        QTimer::singleShot(0, this, [this] {
            if (m_state != State::Starting || !m_externalApiBase.isValid())
                return;
            m_apiBase = m_externalApiBase;
            m_state = State::Running;
            Q_EMIT started(m_apiBase);
        });
        return;
    }
    if (m_program.isEmpty() || !QFileInfo(m_program).isExecutable()) {
        // Report from the event loop so callers may connect after start().
        QTimer::singleShot(0, this, [this] {
            fail(tr("The built-in sandbox (hubspot-sandbox) was not found. Reinstall Export "
                    "Studio, or set EXPORT_STUDIO_SANDBOX to the program's path."));
        });
        m_state = State::Starting;
        return;
    }
    m_dataDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                QStringLiteral("/export-studio-sandbox-XXXXXX"));
    QStringList dataArguments;
    if (m_dataDir->isValid())
        dataArguments << QStringLiteral("--data-dir") << m_dataDir->path();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                            dataArguments + m_extraArguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // The sandbox must not outlive the app, even when the app crashes.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError());
        if (m_stderr.size() > 4000)
            m_stderr = m_stderr.right(4000);
    });
    connect(m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxProcess::onError);
    m_state = State::Starting;
    m_stopping = false;
    m_timeout.start();
    m_process->start();
}

void SandboxProcess::onReadyRead()
{
    if (!m_process)
        return;
    if (m_state != State::Starting) {
        m_process->readAllStandardOutput(); // later lines are informational
        return;
    }
    m_stdout += m_process->readAllStandardOutput();
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QString first = QString::fromUtf8(m_stdout.left(newline)).trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))/?$"));
    const QRegularExpressionMatch match = pattern.match(first);
    if (!match.hasMatch()) {
        fail(tr("The built-in sandbox answered something unexpected (“%1”). Reinstall Export "
                "Studio; the sandbox and the app must come from the same version.")
                 .arg(first.left(200)));
        return;
    }
    m_timeout.stop();
    m_apiBase = QUrl(match.captured(1));
    m_state = State::Running;
    Q_EMIT started(m_apiBase);
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const State was = m_state;
    m_state = State::NotRunning;
    m_timeout.stop();
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (m_stopping) {
        m_stopping = false;
        Q_EMIT stopped();
        return;
    }
    if (was == State::Starting) {
        QString why = diagnostics().section(QLatin1Char('\n'), -3);
        if (why.isEmpty())
            why =
                status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
        m_error = tr("The built-in sandbox stopped while starting (%1). Try again, or run "
                     "hubspot-sandbox in a terminal to see why.")
                      .arg(why);
        Q_EMIT failed(m_error);
    } else if (was == State::Running) {
        m_error = tr("The built-in sandbox stopped unexpectedly. Choose the sandbox account "
                     "again to restart it.");
        Q_EMIT stopped();
    }
}

void SandboxProcess::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(tr("The built-in sandbox could not be started (%1). Check that %2 exists and may "
                "be run.")
                 .arg(m_process ? m_process->errorString() : QString(), m_program));
}

void SandboxProcess::fail(const QString &message)
{
    m_error = message;
    m_timeout.stop();
    m_state = State::NotRunning;
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        // Reaped when the QProcess goes; deleteLater keeps us out of its signal emission.
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
        m_process = nullptr;
    }
    Q_EMIT failed(message);
}

void SandboxProcess::stop()
{
    if (!m_process) {
        m_state = State::NotRunning;
        return;
    }
    m_stopping = true;
    m_timeout.stop();
    m_process->terminate();
    QProcess *process = m_process;
    QTimer::singleShot(3000, process, [process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}

} // namespace es
