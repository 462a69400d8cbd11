#include "networksetup.h"

#include "tokenvault.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTimer>

namespace es {

ProxyFactory::ProxyFactory(Settings::ProxyMode mode, const QNetworkProxy &manualProxy,
                           bool bypassLoopback)
    : m_mode(mode)
    , m_manualProxy(manualProxy)
    , m_bypassLoopback(bypassLoopback)
{}

bool ProxyFactory::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name == u"localhost" || name.endsWith(u".localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    if (address.isLoopback())
        return true;
    // ::ffff:127.x.y.z is loopback too, whatever QHostAddress::isLoopback() thinks of it.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && (v4 >> 24) == 127;
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.url().isValid() ? query.url().host() : query.peerHostName();
    if (m_bypassLoopback && isLoopbackHost(host))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};

    switch (m_mode) {
    case Settings::ProxyMode::System: {
        QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        if (proxies.isEmpty())
            proxies << QNetworkProxy(QNetworkProxy::NoProxy);
        return proxies;
    }
    case Settings::ProxyMode::Manual:
        if (m_manualProxy.type() == QNetworkProxy::HttpProxy)
            return {m_manualProxy};
        break;
    case Settings::ProxyMode::None:
        break;
    }
    return {QNetworkProxy(QNetworkProxy::NoProxy)};
}

NetworkSetup::NetworkSetup(QNetworkAccessManager *manager, Settings *settings, TokenVault *vault,
                           QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_settings(settings)
    , m_vault(vault)
{
    Q_ASSERT(manager && settings);
    connect(settings, &Settings::changed, this, [this](const QString &key) {
        if (key.startsWith(u"network/"))
            apply();
    });
    apply();
}

void NetworkSetup::setBypassLoopback(bool on)
{
    if (m_bypassLoopback == on)
        return;
    m_bypassLoopback = on;
    apply();
}

void NetworkSetup::apply()
{
    if (!m_manager || !m_settings)
        return;
    const quint64 generation = ++m_generation;
    m_problem.clear();
    m_manualProxy = QNetworkProxy(QNetworkProxy::NoProxy);

    const bool manual = m_settings->proxyMode() == Settings::ProxyMode::Manual;
    const QString user = m_settings->proxyUser();
    if (manual) {
        const QString host = m_settings->proxyHost();
        const int port = m_settings->proxyPort();
        if (host.isEmpty() || port == 0) {
            m_problem = tr("The manual proxy needs a host and a port. Enter both in the network "
                           "settings, or choose the system proxy.");
        } else {
            // The user joins only with its password: a user with an empty password earns a
            // flat refusal, while no credentials earn 407 and QNAM's proxyAuthenticationRequired.
            m_manualProxy = QNetworkProxy(QNetworkProxy::HttpProxy, host, quint16(port));
        }
    }
    install();

    if (!manual || user.isEmpty() || m_manualProxy.type() != QNetworkProxy::HttpProxy)
        return;
    if (!m_vault) {
        m_problem = tr("The proxy password cannot be read here: the proxy is used without it.");
        emit applied();
        return;
    }
    m_vault->readToken(
        proxyPasswordKey(), this, [this, generation, user](const TokenResult &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                m_manualProxy.setUser(user);
                m_manualProxy.setPassword(result.token);
                install();
            } else if (result.status == TokenResult::Status::NotFound) {
                m_problem = tr("No password is saved for the proxy user \"%1\". Enter it in the "
                               "network settings.")
                                .arg(user);
                emit applied();
            } else {
                m_problem = tr("The proxy password could not be read: %1").arg(result.message);
                emit applied();
            }
        });
}

void NetworkSetup::readProxyPassword(QObject *context,
                                     std::function<void(const TokenResult &)> done) const
{
    if (m_vault)
        m_vault->readToken(proxyPasswordKey(), context, std::move(done));
}

void NetworkSetup::storeProxyPassword(const QString &password, QObject *context,
                                      std::function<void(const TokenResult &)> done)
{
    const auto stored = [this, done = std::move(done)](const TokenResult &result) {
        if (done)
            done(result);
        apply();
    };
    if (!m_vault) {
        TokenResult result;
        result.message = tr("There is no keychain to keep it in.");
        QTimer::singleShot(0, context, [stored, result] { stored(result); });
    } else if (password.isEmpty()) {
        m_vault->deleteToken(proxyPasswordKey(), context, stored);
    } else {
        m_vault->writeToken(proxyPasswordKey(), password, context, stored);
    }
}

void NetworkSetup::install()
{
    if (!m_manager || !m_settings)
        return;
    // The manager owns the factory and deletes the one it replaces; each request asks afresh.
    m_manager->setProxyFactory(
        new ProxyFactory(m_settings->proxyMode(), m_manualProxy, m_bypassLoopback));
    emit applied();
}

} // namespace es
