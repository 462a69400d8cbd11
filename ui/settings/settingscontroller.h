#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace es {

class NetworkSetup;
class Settings;
class SettingsDialog;
struct SettingsValues;

// Carries out what the Settings dialog asks: fills it from Settings (the proxy password from the
// vault, through NetworkSetup, once it answers) and writes what it gives back, the password to the
// vault and never to the settings file.
class SettingsController : public QObject
{
    Q_OBJECT

public:
    SettingsController(Settings *settings, NetworkSetup *network, QObject *parent = nullptr);

    // Opens the dialog (deleted on close).
    SettingsDialog *open(QWidget *parent);
    SettingsDialog *dialog() const;
    // Writes the values: Settings at once, the proxy password when the dialog has one.
    void apply(const SettingsValues &values);
    // Installs or removes the systemd user timer that runs due presets (SystemdTimer).
    void setTimer(bool install);
    // Whether the desktop has a system tray (tests say; default: QSystemTrayIcon's answer).
    void setTrayAvailability(std::function<bool()> available)
    {
        m_trayAvailable = std::move(available);
    }

Q_SIGNALS:
    // The settings were written (not necessarily the proxy password yet).
    void applied();
    // Something the person should read: notes and failures with what to do.
    void information(const QString &message);
    void problem(const QString &message);

private:
    Settings *m_settings;
    NetworkSetup *m_network;
    QPointer<SettingsDialog> m_dialog;
    std::function<bool()> m_trayAvailable;
};

} // namespace es
