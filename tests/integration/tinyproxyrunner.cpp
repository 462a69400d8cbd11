#include "tinyproxyrunner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace es::test {

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

TinyproxyRunner::TinyproxyRunner()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

TinyproxyRunner::~TinyproxyRunner()
{
    stop();
}

bool TinyproxyRunner::start(const QString &user, const QString &password)
{
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
    if (binary.isEmpty()) {
        m_error = QStringLiteral("tinyproxy is not installed (Debian package tinyproxy-bin; run "
                                 "packaging/install-deps.sh)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    // The port is free when probed but may be taken before tinyproxy binds it: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = QStringLiteral("cannot write the tinyproxy config");
            return false;
        }
        QString text = QStringLiteral("Port %1\n"
                                      "Listen 127.0.0.1\n"
                                      "Timeout 20\n"
                                      "MaxClients 20\n"
                                      "Allow 127.0.0.1\n"
                                      "LogLevel Connect\n"
                                      "LogFile \"%2\"\n")
                           .arg(m_port)
                           .arg(m_dir.filePath(QStringLiteral("tinyproxy.log")));
        if (!user.isEmpty())
            text += QStringLiteral("BasicAuth %1 %2\n").arg(user, password);
        config.write(text.toUtf8());
        config.close();

        m_process.start(binary, {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
        if (!m_process.waitForStarted(5000)) {
            m_error = QStringLiteral("tinyproxy did not start: ") + m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        m_error = QStringLiteral("tinyproxy did not listen on port %1: %2 %3")
                      .arg(m_port)
                      .arg(QString::fromUtf8(m_process.readAll()), log());
        stop();
    }
    return false;
}

void TinyproxyRunner::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString TinyproxyRunner::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

int TinyproxyRunner::requestCount(const QString &needle) const
{
    int count = 0;
    const QStringList lines = log().split(u'\n');
    for (const QString &line : lines) {
        if (line.contains(u"Request (file descriptor") && line.contains(needle))
            ++count;
    }
    return count;
}

} // namespace es::test
