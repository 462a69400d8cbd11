#pragma once

#include <QDialog>
#include <optional>
#include <storage/settings.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace es {

// What the dialog edits: the Settings values and the proxy password, which the vault keeps.
struct SettingsValues : Settings::Values
{
    // Belongs in the TokenVault, never in Settings. nullopt: leave the saved password alone
    // (the dialog never saw it and nobody typed one); "" removes it.
    std::optional<QString> proxyPassword;

    bool operator==(const SettingsValues &) const = default;
};

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const SettingsValues &values, QWidget *parent = nullptr);

    SettingsValues values() const;

    QLineEdit *downloadDirEdit() const { return m_folder; }
    QCheckBox *autoUnzipBox() const { return m_unzip; }
    QCheckBox *keepZipBox() const { return m_keepZip; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *proxyModeCombo() const { return m_proxyMode; }
    QLineEdit *proxyHostEdit() const { return m_proxyHost; }
    QSpinBox *proxyPortBox() const { return m_proxyPort; }
    QLineEdit *proxyUserEdit() const { return m_proxyUser; }
    QLineEdit *proxyPasswordEdit() const { return m_proxyPassword; }
    QLabel *networkProblemLabel() const { return m_networkProblem; }
    QPushButton *timerButton() const { return m_timerButton; }
    QLabel *timerLabel() const { return m_timerLabel; }
    QCheckBox *keepInTrayBox() const { return m_keepInTray; }
    QLabel *trayNoteLabel() const { return m_trayNote; }

    // The saved proxy password once the vault has answered; ignored when someone already typed
    // one. Until then values() leaves the saved password alone.
    void setSavedProxyPassword(const QString &password);
    // Why the proxy in use is not the one configured (NetworkSetup::problem()), "" when fine.
    void setNetworkProblem(const QString &problem);
    // Whether the systemd timer that runs due presets with the app closed is installed.
    void setTimerInstalled(bool installed);
    // Without a system tray the "keep running in the tray" option is off limits, and says why.
    void setTrayAvailable(bool available);

Q_SIGNALS:
    void applyRequested(const es::SettingsValues &values);
    // Install (true) or remove the systemd user timer for scheduled presets.
    void timerRequested(bool install);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateNetworkFields();

    QLineEdit *m_folder;
    QCheckBox *m_unzip;
    QCheckBox *m_keepZip;
    QCheckBox *m_notifications;
    QComboBox *m_language;
    QSpinBox *m_groups;
    QSpinBox *m_filters;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QLabel *m_networkProblem;
    QLabel *m_timerLabel;
    QPushButton *m_timerButton;
    QCheckBox *m_keepInTray;
    QLabel *m_trayNote;
    bool m_timerInstalled = false;
    QString m_problemText;
    bool m_passwordKnown = false; // the field holds the saved password or a typed one
    bool m_networkEdited = false;
};

} // namespace es
Q_DECLARE_METATYPE(es::SettingsValues)
