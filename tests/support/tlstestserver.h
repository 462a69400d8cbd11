#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <functional>

namespace es::test {

// A test CA and two server certificates from it, made with the openssl command at test time
// (nothing secret is checked in): "good" for 127.0.0.1 and localhost, "wrong" for another host
// name. Files live in a temporary folder for the object's lifetime.
class TestCertificates
{
public:
    // False with `error` set when openssl is missing or fails.
    bool create(QString *error);

    QSslCertificate certificate(const QString &name) const; // "ca", "good", "wrong"
    QSslKey key(const QString &name) const;
    // Makes Qt's default TLS configuration trust the test CA (or not), on top of the system's.
    void trustCa(bool on) const;
    // Puts back the default configuration as it was before create().
    void restoreDefault() const;
    QString path() const { return m_dir.path(); }

private:
    bool openssl(const QStringList &args, QString *error);

    QTemporaryDir m_dir;
    QSslConfiguration m_originalDefault;
};

// A small HTTPS server on 127.0.0.1 for one request per connection: the responder picks the
// answer for each path; everything decrypted is recorded, so a test can tell that a token never
// went out.
class TlsTestServer : public QTcpServer
{
public:
    struct Response
    {
        QByteArray contentType = "text/csv";
        QByteArray body = csv();
    };
    using Responder = std::function<Response(const QByteArray &path)>;

    TlsTestServer(const QSslCertificate &certificate, const QSslKey &key, Responder responder = {});

    static QByteArray csv() { return QByteArrayLiteral("Record ID,Email\n1,ada@example.com\n"); }

    int connections = 0;
    int requests = 0; // complete requests read (so sent after a handshake)
    int handshakesFailed = 0;
    QByteArray received; // the plaintext of every request

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_config;
    Responder m_responder;
};

} // namespace es::test
