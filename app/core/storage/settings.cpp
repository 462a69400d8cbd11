#include "settings.h"

#include "paths.h"

#include <QDir>
#include <QFileInfo>

namespace es {

namespace {

QString defaultIniPath()
{
    return Paths::stateDir() + QStringLiteral("/settings.ini");
}

} // namespace

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(iniPath.isEmpty() ? defaultIniPath() : iniPath, QSettings::IniFormat)
{}

Settings::~Settings()
{
    m_settings.sync();
}

QString Settings::filePath() const
{
    return m_settings.fileName();
}

QVariant Settings::value(const char *key, const QVariant &fallback) const
{
    return m_settings.value(QLatin1String(key), fallback);
}

void Settings::setValue(const QString &key, const QVariant &newValue)
{
    // A token must never reach a plain-text file, whatever a caller does.
    if (key.contains(u"token", Qt::CaseInsensitive)) {
        qWarning("Settings: refusing to store the key %s: tokens belong in the keychain",
                 qPrintable(key));
        return;
    }
    if (m_settings.contains(key) && m_settings.value(key) == newValue)
        return;
    m_settings.setValue(key, newValue);
    emit changed(key);
}

QString Settings::downloadDir() const
{
    const QString dir = value(SettingsKeys::DownloadDir, QString()).toString();
    return dir.isEmpty() ? Paths::defaultDownloadDir() : dir;
}

void Settings::setDownloadDir(const QString &dir)
{
    setValue(QLatin1String(SettingsKeys::DownloadDir),
             dir.isEmpty() ? QString() : QDir::cleanPath(dir));
}

bool Settings::autoUnzip() const
{
    return value(SettingsKeys::AutoUnzip, true).toBool();
}

void Settings::setAutoUnzip(bool on)
{
    setValue(QLatin1String(SettingsKeys::AutoUnzip), on);
}

bool Settings::keepZip() const
{
    return value(SettingsKeys::KeepZip, false).toBool();
}

void Settings::setKeepZip(bool on)
{
    setValue(QLatin1String(SettingsKeys::KeepZip), on);
}

bool Settings::notifications() const
{
    return value(SettingsKeys::Notifications, true).toBool();
}

void Settings::setNotifications(bool on)
{
    setValue(QLatin1String(SettingsKeys::Notifications), on);
}

bool Settings::keepInTray() const
{
    return value(SettingsKeys::KeepInTray, false).toBool();
}

void Settings::setKeepInTray(bool on)
{
    setValue(QLatin1String(SettingsKeys::KeepInTray), on);
}

Settings::Values Settings::load() const
{
    Values v;
    v.downloadDir = downloadDir();
    v.autoUnzip = autoUnzip();
    v.keepZip = keepZip();
    v.notifications = notifications();
    v.keepInTray = keepInTray();
    v.uiLanguage = uiLanguage();
    v.maxFilterGroups = maxFilterGroups();
    v.maxFiltersPerGroup = maxFiltersPerGroup();
    v.proxyMode = proxyMode();
    v.proxyHost = proxyHost();
    v.proxyPort = proxyPort();
    v.proxyUser = proxyUser();
    return v;
}

void Settings::apply(const Values &v)
{
    setDownloadDir(v.downloadDir);
    setAutoUnzip(v.autoUnzip);
    setKeepZip(v.keepZip);
    setNotifications(v.notifications);
    setKeepInTray(v.keepInTray);
    setUiLanguage(v.uiLanguage);
    setMaxFilterGroups(v.maxFilterGroups);
    setMaxFiltersPerGroup(v.maxFiltersPerGroup);
    setProxyMode(v.proxyMode);
    setProxyHost(v.proxyHost);
    setProxyPort(v.proxyPort);
    setProxyUser(v.proxyUser);
}

QString Settings::uiLanguage() const
{
    return value(SettingsKeys::UiLanguage, QString()).toString();
}

void Settings::setUiLanguage(const QString &language)
{
    setValue(QLatin1String(SettingsKeys::UiLanguage), language.trimmed());
}

int Settings::maxFilterGroups() const
{
    return qBound(1, value(SettingsKeys::MaxFilterGroups, 3).toInt(), 100);
}

void Settings::setMaxFilterGroups(int groups)
{
    setValue(QLatin1String(SettingsKeys::MaxFilterGroups), qBound(1, groups, 100));
}

int Settings::maxFiltersPerGroup() const
{
    return qBound(1, value(SettingsKeys::MaxFiltersPerGroup, 3).toInt(), 100);
}

void Settings::setMaxFiltersPerGroup(int filters)
{
    setValue(QLatin1String(SettingsKeys::MaxFiltersPerGroup), qBound(1, filters, 100));
}

ValidationLimits Settings::validationLimits() const
{
    ValidationLimits limits;
    limits.maxFilterGroups = maxFilterGroups();
    limits.maxFiltersPerGroup = maxFiltersPerGroup();
    return limits;
}

int Settings::pollIntervalCapSeconds() const
{
    return qBound(5, value(SettingsKeys::PollIntervalCap, DefaultPollIntervalCapSeconds).toInt(),
                  3600);
}

void Settings::setPollIntervalCapSeconds(int seconds)
{
    setValue(QLatin1String(SettingsKeys::PollIntervalCap), qBound(5, seconds, 3600));
}

Settings::ProxyMode Settings::proxyMode() const
{
    const QString mode = value(SettingsKeys::ProxyMode, QString()).toString();
    if (mode == u"none")
        return ProxyMode::None;
    if (mode == u"manual")
        return ProxyMode::Manual;
    return ProxyMode::System;
}

void Settings::setProxyMode(ProxyMode mode)
{
    const QString text = mode == ProxyMode::None     ? QStringLiteral("none")
                         : mode == ProxyMode::Manual ? QStringLiteral("manual")
                                                     : QStringLiteral("system");
    setValue(QLatin1String(SettingsKeys::ProxyMode), text);
}

QString Settings::proxyHost() const
{
    return value(SettingsKeys::ProxyHost, QString()).toString();
}

void Settings::setProxyHost(const QString &host)
{
    setValue(QLatin1String(SettingsKeys::ProxyHost), host.trimmed());
}

int Settings::proxyPort() const
{
    const int port = value(SettingsKeys::ProxyPort, 0).toInt();
    return port > 0 && port <= 65535 ? port : 0;
}

void Settings::setProxyPort(int port)
{
    setValue(QLatin1String(SettingsKeys::ProxyPort), port > 0 && port <= 65535 ? port : 0);
}

QString Settings::proxyUser() const
{
    return value(SettingsKeys::ProxyUser, QString()).toString();
}

void Settings::setProxyUser(const QString &user)
{
    setValue(QLatin1String(SettingsKeys::ProxyUser), user.trimmed());
}

QByteArray Settings::windowState(const QString &name) const
{
    return m_settings.value(QLatin1String(SettingsKeys::WindowStatePrefix) + name).toByteArray();
}

void Settings::setWindowState(const QString &name, const QByteArray &state)
{
    setValue(QLatin1String(SettingsKeys::WindowStatePrefix) + name, state);
}

bool Settings::sync(QString *error)
{
    const QString dir = QFileInfo(m_settings.fileName()).absolutePath();
    QString reason;
    if (!Paths::ensureDir(dir, &reason)) {
        if (error)
            *error = tr("Cannot save the settings: %1").arg(reason);
        return false;
    }
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot save the settings to %1. Check that you may write "
                        "there and that the disk is not full.")
                         .arg(QDir::toNativeSeparators(m_settings.fileName()));
        return false;
    }
    return true;
}

} // namespace es
