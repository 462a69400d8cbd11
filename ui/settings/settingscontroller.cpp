#include "settingscontroller.h"

#include "settingsdialog.h"

#include <QSystemTrayIcon>
#include <schedule/systemdtimer.h>
#include <storage/networksetup.h>
#include <storage/settings.h>
#include <storage/tokenvault.h>

namespace es {

SettingsController::SettingsController(Settings *settings, NetworkSetup *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(network)
{}

SettingsDialog *SettingsController::dialog() const
{
    return m_dialog;
}

SettingsDialog *SettingsController::open(QWidget *parent)
{
    SettingsValues values;
    static_cast<Settings::Values &>(values) = m_settings->load();
    auto *dialog = new SettingsDialog(values, parent);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNetworkProblem(m_network->problem());
    connect(m_network, &NetworkSetup::applied, dialog,
            [dialog, this] { dialog->setNetworkProblem(m_network->problem()); });
    // The password comes from the keychain, later; the dialog opens at once without it.
    m_network->readProxyPassword(dialog, [dialog](const TokenResult &result) {
        if (result.ok())
            dialog->setSavedProxyPassword(result.token);
        else if (result.status == TokenResult::Status::NotFound)
            dialog->setSavedProxyPassword({});
    });
    connect(dialog, &SettingsDialog::applyRequested, this, &SettingsController::apply);
    dialog->setTrayAvailable(m_trayAvailable ? m_trayAvailable()
                                             : QSystemTrayIcon::isSystemTrayAvailable());
    dialog->setTimerInstalled(SystemdTimer().isInstalled());
    connect(dialog, &SettingsDialog::timerRequested, this, [this, dialog](bool install) {
        setTimer(install);
        dialog->setTrayAvailable(m_trayAvailable ? m_trayAvailable()
                                                 : QSystemTrayIcon::isSystemTrayAvailable());
        dialog->setTimerInstalled(SystemdTimer().isInstalled());
    });
    dialog->open();
    return dialog;
}

void SettingsController::setTimer(bool install)
{
    SystemdTimer timer;
    QString error;
    if (!install) {
        if (timer.remove(&error))
            Q_EMIT information(tr("The timer is removed: scheduled presets run only while "
                                  "Export Studio is open."));
        else
            Q_EMIT problem(error);
        return;
    }
    // The unit runs the CLI with the state folder this app uses (tests and portable setups
    // give another one).
    const QString stateDir = qEnvironmentVariableIsSet("EXPORT_STUDIO_STATE_DIR")
                                 ? qEnvironmentVariable("EXPORT_STUDIO_STATE_DIR")
                                 : QString();
    if (timer.install(SystemdTimer::findCli(), stateDir, &error))
        Q_EMIT information(tr("The timer is installed in %1. %2")
                               .arg(timer.unitDir(), SystemdTimer::activationHint()));
    else
        Q_EMIT problem(error);
}

void SettingsController::apply(const SettingsValues &values)
{
    m_settings->apply(values);
    QString error;
    if (!m_settings->sync(&error))
        Q_EMIT problem(error);
    Q_EMIT applied();

    if (!values.proxyPassword) {
        m_network->apply();
        return;
    }
    const bool removing = values.proxyPassword->isEmpty();
    m_network->storeProxyPassword(
        *values.proxyPassword, this, [this, removing](const TokenResult &result) {
            if (!result.ok() && result.status != TokenResult::Status::NotFound)
                Q_EMIT problem(tr("The proxy password could not be saved: %1").arg(result.message));
            else if (result.ok() && !removing && !result.persisted)
                Q_EMIT information(tr("No system keychain is available, so the proxy "
                                      "password is kept only until Export Studio "
                                      "quits."));
        });
}

} // namespace es
