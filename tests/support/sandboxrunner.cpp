#include "sandboxrunner.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace es::test {

SandboxRunner::SandboxRunner(const QString &binary)
    : m_binary(binary)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

SandboxRunner::~SandboxRunner()
{
    stop();
}

bool SandboxRunner::start(const QStringList &extraArguments, int timeoutMs)
{
    if (m_binary.isEmpty() || !QFileInfo(m_binary).isExecutable()) {
        m_error = QStringLiteral("hubspot-sandbox not found at \"%1\"").arg(m_binary);
        return false;
    }
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
    arguments += extraArguments;
    m_process.start(m_binary, arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("hubspot-sandbox did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression pattern(
        QStringLiteral(R"(^listening on (http://127\.0\.0\.1:\d+)\s*$)"));
    QDeadlineTimer deadline(timeoutMs);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            line = m_process.readLine();
            break;
        }
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_firstLine = QString::fromUtf8(line).trimmed();
    const auto match = pattern.match(QString::fromUtf8(line));
    if (!match.hasMatch()) {
        m_error =
            QStringLiteral("hubspot-sandbox printed \"%1\" instead of its address; stderr: %2")
                .arg(QString::fromUtf8(line).trimmed(), standardError());
        stop();
        return false;
    }
    m_apiBase = QUrl(match.captured(1));
    return true;
}

void SandboxRunner::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QJsonObject SandboxRunner::admin(const QByteArray &verb, const QString &path,
                                 const QJsonObject &body, int timeoutMs)
{
    QNetworkRequest request(m_apiBase.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        verb == "GET" ? m_adminNam.get(request)
                      : m_adminNam.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
    if (!reply->isFinished()) {
        // Test code: a local loop keeps this usable from any test without Qt Test.
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QJsonObject answer =
        reply->isFinished() ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
    reply->abort();
    reply->deleteLater();
    return answer;
}

QString SandboxRunner::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

} // namespace es::test
