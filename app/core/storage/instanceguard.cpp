#include "instanceguard.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace es {

namespace {

constexpr char AckLine[] = "ok\n";

QString resolvePath(const QString &name)
{
    if (name.contains(u'/'))
        return QDir::cleanPath(QFileInfo(name).absoluteFilePath());
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + u'/' + name;
}

} // namespace

InstanceGuard::InstanceGuard(const QString &name, QObject *parent)
    : QObject(parent)
    , m_path(resolvePath(name))
{}

InstanceGuard::~InstanceGuard()
{
    // Close the server (which removes its socket file) before the lock goes.
    if (m_server)
        m_server->close();
}

InstanceGuard::Role InstanceGuard::claim()
{
    if (m_claimed)
        return m_role;
    m_claimed = true;

    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        m_error = tr("Cannot create the folder %1, so a second start cannot be passed to this "
                     "window.")
                      .arg(QDir::toNativeSeparators(dir));
        return m_role = Role::Standalone;
    }

    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // A live instance keeps its lock however long it runs; only a dead process's lock is stale.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return m_role = Role::Secondary;
        m_error = tr("Cannot create the lock file %1, so a second start cannot be passed to this "
                     "window.")
                      .arg(QDir::toNativeSeparators(m_lock->fileName()));
        m_lock.reset();
        return m_role = Role::Standalone;
    }

    // Holding the lock means nobody else may listen here: a socket file left is from a crash.
    QLocalServer::removeServer(m_path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceGuard::acceptConnection);
    if (!m_server->listen(m_path)) {
        m_error = tr("Cannot listen on %1 (%2), so a second start cannot be passed to this "
                     "window.")
                      .arg(QDir::toNativeSeparators(m_path), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_lock->unlock();
        m_lock.reset();
        return m_role = Role::Standalone;
    }
    return m_role = Role::Primary;
}

void InstanceGuard::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its line must not hold a connection forever.
        QTimer::singleShot(ForwardTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxMessageBytes)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(MaxMessageBytes + 1);
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            if (message.value(u"type").toString() != u"activate" ||
                !message.value(u"arguments").isArray()) {
                qWarning("InstanceGuard: ignoring a message that is not an activation request");
                socket->abort();
                return;
            }
            QStringList arguments;
            const QJsonArray array = message.value(u"arguments").toArray();
            for (const auto &value : array)
                arguments << value.toString();
            socket->write(AckLine);
            socket->flush();
            socket->disconnectFromServer();
            emit activationRequested(arguments);
        });
    }
}

void InstanceGuard::forward(const QStringList &arguments)
{
    if (m_role != Role::Secondary || m_forwardSocket || m_forwardDone) {
        finishForward(false, tr("There is no other running instance to pass this start to."));
        return;
    }
    QJsonArray array;
    for (const QString &argument : arguments) {
        const QFileInfo file(argument);
        const bool isFile = !argument.startsWith(u'-') && !argument.isEmpty() && file.exists();
        array.append(isFile ? file.absoluteFilePath() : argument);
    }
    const QByteArray message =
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("activate")},
                                  {QStringLiteral("arguments"), array}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    if (message.size() > MaxMessageBytes) {
        finishForward(false, tr("The arguments are too long to pass to the running instance."));
        return;
    }

    const QString notAnswering =
        tr("Export Studio is already running but does not answer. Close it (or end it if it "
           "hangs) and start again.");
    auto *socket = new QLocalSocket(this);
    m_forwardSocket = socket;
    connect(socket, &QLocalSocket::connected, socket,
            [socket, message] { socket->write(message); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, notAnswering] {
        if (!socket->canReadLine())
            return;
        if (socket->readLine() == AckLine)
            finishForward(true, tr("The running instance was activated."));
        else
            finishForward(false, notAnswering);
    });
    connect(socket, &QLocalSocket::errorOccurred, this,
            [this, socket, notAnswering](QLocalSocket::LocalSocketError) {
                if (socket->canReadLine() && socket->readLine() == AckLine)
                    finishForward(true, tr("The running instance was activated."));
                else
                    finishForward(false, notAnswering);
            });
    connect(socket, &QLocalSocket::disconnected, this,
            [this, notAnswering] { finishForward(false, notAnswering); });
    QTimer::singleShot(ForwardTimeoutMs, this,
                       [this, notAnswering] { finishForward(false, notAnswering); });
    socket->connectToServer(m_path);
}

void InstanceGuard::finishForward(bool ok, const QString &message)
{
    if (m_forwardDone)
        return;
    m_forwardDone = true;
    if (m_forwardSocket) {
        m_forwardSocket->disconnect(this);
        m_forwardSocket->abort();
        m_forwardSocket->deleteLater();
    }
    // Queued so that callers always hear back from the event loop, never inside forward().
    QMetaObject::invokeMethod(
        this, [this, ok, message] { emit forwarded(ok, message); }, Qt::QueuedConnection);
}

} // namespace es
