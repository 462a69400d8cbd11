#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace es::test {

// Debian's tinyproxy as a child process on a free loopback port, with its own config and log in a
// temporary folder (foreground, never a daemon). The log tells which requests passed through.
class TinyproxyRunner
{
public:
    TinyproxyRunner();
    ~TinyproxyRunner();
    TinyproxyRunner(const TinyproxyRunner &) = delete;
    TinyproxyRunner &operator=(const TinyproxyRunner &) = delete;

    // With a user, the proxy demands Basic authentication (answers 407 without it).
    bool start(const QString &user = QString(), const QString &password = QString());
    void stop();

    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString log() const;
    // How many requests the proxy logged whose request line contains `needle`.
    int requestCount(const QString &needle) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace es::test
