#include "tlstestserver.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <memory>

namespace es::test {

bool TestCertificates::openssl(const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::create(QString *error)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        *error = QStringLiteral("the openssl command is missing (Debian package openssl, listed "
                                "in packaging/debian-packages.txt)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the certificates");
        return false;
    }
    m_originalDefault = QSslConfiguration::defaultConfiguration();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};
    if (!openssl(
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                            QStringLiteral("-out"), QStringLiteral("ca.pem"),
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Export Studio Test CA"), QStringLiteral("-addext"),
                            QStringLiteral("basicConstraints=critical,CA:TRUE"),
                            QStringLiteral("-addext"),
                            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            error))
        return false;
    // Two leaf certificates from the same CA: one for 127.0.0.1, one for another name.
    const QList<std::pair<QString, QString>> leaves{
        {QStringLiteral("good"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
        {QStringLiteral("wrong"), QStringLiteral("subjectAltName=DNS:wrong.example.test")}};
    for (const auto &[name, san] : leaves) {
        QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly)) {
            *error = ext.errorString();
            return false;
        }
        ext.write(san.toLatin1() + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        if (!openssl(QStringList{QStringLiteral("req")} + ec +
                         QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                     QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
                     error) ||
            !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                      QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                      QStringLiteral("2"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                      QStringLiteral("-extfile"), name + QStringLiteral(".ext")},
                     error))
            return false;
        if (certificate(name).isNull() || key(name).isNull()) {
            *error = QStringLiteral("the %1 certificate or key does not load").arg(name);
            return false;
        }
    }
    return true;
}

QSslCertificate TestCertificates::certificate(const QString &name) const
{
    return QSslCertificate::fromPath(m_dir.filePath(name + QStringLiteral(".pem"))).value(0);
}

QSslKey TestCertificates::key(const QString &name) const
{
    QFile f(m_dir.filePath(name + QStringLiteral(".key")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(&f, QSsl::Ec);
}

void TestCertificates::trustCa(bool on) const
{
    QSslConfiguration config = m_originalDefault;
    if (on)
        config.addCaCertificate(certificate(QStringLiteral("ca")));
    QSslConfiguration::setDefaultConfiguration(config);
}

void TestCertificates::restoreDefault() const
{
    QSslConfiguration::setDefaultConfiguration(m_originalDefault);
}

TlsTestServer::TlsTestServer(const QSslCertificate &certificate, const QSslKey &key,
                             Responder responder)
    : m_responder(std::move(responder))
{
    m_config = QSslConfiguration::defaultConfiguration();
    m_config.setLocalCertificate(certificate);
    m_config.setPrivateKey(key);
    m_config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
}

void TlsTestServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++connections;
    socket->setSslConfiguration(m_config);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        const QByteArray data = socket->readAll();
        received += data;
        *buffer += data;
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray path = buffer->left(end).split(' ').value(1);
        buffer->clear();
        ++requests;
        const Response response = m_responder ? m_responder(path) : Response();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + response.contentType +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                      "\r\nConnection: close\r\n\r\n" + response.body);
        socket->disconnectFromHost();
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError)
            ++handshakesFailed;
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

} // namespace es::test
