#pragma once

#include "settings.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace es {

class TokenVault;
struct TokenResult;

// The proxy decision for one request. System asks the desktop (on Linux: http_proxy,
// https_proxy, no_proxy, via libproxy where Qt uses it); None goes direct; Manual uses one HTTP
// proxy (CONNECT for https). Loopback targets (the sandbox) go direct unless bypassLoopback is
// off, which only tests that route a loopback server through a proxy want.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    ProxyFactory(Settings::ProxyMode mode, const QNetworkProxy &manualProxy, bool bypassLoopback);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // 127.0.0.0/8, ::1 (also IPv4-mapped), "localhost" and names under ".localhost".
    static bool isLoopbackHost(const QString &host);

private:
    Settings::ProxyMode m_mode;
    QNetworkProxy m_manualProxy;
    bool m_bypassLoopback;
};

// Keeps the process's QNetworkAccessManager on the proxy the settings choose, and follows the
// settings when they change. The manual proxy's password is never in the settings: it is read
// from the TokenVault under proxyPasswordKey() (write it there from the settings dialog).
class NetworkSetup : public QObject
{
    Q_OBJECT

public:
    NetworkSetup(QNetworkAccessManager *manager, Settings *settings, TokenVault *vault = nullptr,
                 QObject *parent = nullptr);

    static QString proxyPasswordKey() { return QStringLiteral("network-proxy-password"); }

    // The manual proxy's saved password, from the vault; `done` gets its answer (NotFound: none
    // saved), later and only while `context` lives. Without a vault it never answers.
    void readProxyPassword(QObject *context, std::function<void(const TokenResult &)> done) const;
    // Keeps `password` in the vault (an empty one removes it; it never goes near the settings
    // file), then gives `done` the vault's answer and sets the proxy up again with it.
    void storeProxyPassword(const QString &password, QObject *context,
                            std::function<void(const TokenResult &)> done);

    bool bypassLoopback() const { return m_bypassLoopback; }
    void setBypassLoopback(bool on); // default true; re-applies

    // Reads the settings and installs a new ProxyFactory on the manager. Called on construction
    // and whenever a network/* setting changes; call it after writing a new proxy password.
    void apply();

    // The manual proxy as installed (NoProxy when Manual is incomplete or another mode is on).
    QNetworkProxy manualProxy() const { return m_manualProxy; }
    // Why the manual proxy is not in use, or "" when all is well.
    QString problem() const { return m_problem; }

signals:
    // After every install (including the one that adds the password once the vault answered)
    // and whenever problem() changes.
    void applied();

private:
    void install();

    QPointer<QNetworkAccessManager> m_manager;
    QPointer<Settings> m_settings;
    QPointer<TokenVault> m_vault;
    bool m_bypassLoopback = true;
    QNetworkProxy m_manualProxy{QNetworkProxy::NoProxy};
    QString m_problem;
    quint64 m_generation = 0; // drops vault answers that an apply() has since overtaken
};

} // namespace es
