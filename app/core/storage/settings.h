#pragma once

#include "model/validation.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

namespace es {

// Every settings key, in one place. Nothing here may ever hold a token: tokens live in the
// keychain (TokenVault), see ARCHITECTURE.md "Secrets".
namespace SettingsKeys {
inline constexpr char DownloadDir[] = "downloads/folder";
inline constexpr char AutoUnzip[] = "downloads/autoUnzip";
inline constexpr char KeepZip[] = "downloads/keepZip";
inline constexpr char Notifications[] = "ui/notifications";
inline constexpr char UiLanguage[] = "ui/language";
inline constexpr char KeepInTray[] = "ui/keepInTray";
inline constexpr char MaxFilterGroups[] = "limits/maxFilterGroups";
inline constexpr char MaxFiltersPerGroup[] = "limits/maxFiltersPerGroup";
inline constexpr char PollIntervalCap[] = "polling/maxIntervalSeconds";
inline constexpr char ProxyMode[] = "network/proxyMode";
inline constexpr char ProxyHost[] = "network/proxyHost";
inline constexpr char ProxyPort[] = "network/proxyPort";
inline constexpr char ProxyUser[] = "network/proxyUser"; // the password lives in the TokenVault
inline constexpr char WindowStatePrefix[] = "window/";   // + name
} // namespace SettingsKeys

// Typed settings over an INI file (Paths::stateDir()/settings.ini unless a path is given, which
// is how tests point it at a temporary folder). Setters emit changed(key) when the value really
// changes; QSettings writes the file lazily, sync() forces it and reports failures.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class ProxyMode
    {
        System,
        None,
        Manual
    };
    Q_ENUM(ProxyMode)

    static constexpr int DefaultPollIntervalCapSeconds = 60;

    // The settings a person edits (the Settings dialog), all at once.
    struct Values
    {
        QString downloadDir;
        bool autoUnzip = true;
        bool keepZip = false;
        bool notifications = true;
        bool keepInTray = false; // closing the window hides it; scheduled presets keep running
        QString uiLanguage;      // "" = the system's
        int maxFilterGroups = 3;
        int maxFiltersPerGroup = 3;
        ProxyMode proxyMode = ProxyMode::System;
        QString proxyHost;
        int proxyPort = 0; // 0 = not set
        QString proxyUser;

        bool operator==(const Values &) const = default;
    };

    explicit Settings(const QString &iniPath = QString(), QObject *parent = nullptr);
    ~Settings() override;

    QString filePath() const;

    Values load() const;
    // Through the setters, so each key that really changes announces itself with changed().
    void apply(const Values &values);

    QString downloadDir() const; // default Paths::defaultDownloadDir()
    void setDownloadDir(const QString &dir);
    bool autoUnzip() const; // default true
    void setAutoUnzip(bool on);
    bool keepZip() const; // default false
    void setKeepZip(bool on);
    bool notifications() const; // default true
    void setNotifications(bool on);
    // Closing the window hides it in the system tray (scheduled presets keep running); only
    // where a tray exists. Default false.
    bool keepInTray() const;
    void setKeepInTray(bool on);
    QString uiLanguage() const; // "" = follow the system
    void setUiLanguage(const QString &language);

    // Filter limits of the builder and validate(); default 3 groups x 3 filters.
    int maxFilterGroups() const;
    void setMaxFilterGroups(int groups); // clamped to 1..100
    int maxFiltersPerGroup() const;
    void setMaxFiltersPerGroup(int filters); // clamped to 1..100
    ValidationLimits validationLimits() const;

    // Upper bound of the adaptive status-poll interval.
    int pollIntervalCapSeconds() const;
    void setPollIntervalCapSeconds(int seconds); // clamped to 5..3600

    ProxyMode proxyMode() const; // default System
    void setProxyMode(ProxyMode mode);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    int proxyPort() const; // 0 when unset
    void setProxyPort(int port);
    QString proxyUser() const; // "" = the manual proxy needs no sign-in
    void setProxyUser(const QString &user);

    // Opaque blobs from QMainWindow::saveState()/saveGeometry() and friends, by name.
    QByteArray windowState(const QString &name) const;
    void setWindowState(const QString &name, const QByteArray &state);

    // Writes pending changes; false with a message naming the file when that fails.
    bool sync(QString *error = nullptr);

signals:
    void changed(const QString &key);

private:
    QVariant value(const char *key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace es
