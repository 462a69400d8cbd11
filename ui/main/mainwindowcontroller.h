#pragma once

#include <QObject>
#include <QTimer>

namespace es {

class AccountsController;
class AppContext;
class SecondaryWindows;
class DownloadsModel;
class ExportWizard;
class MainWindow;
class ExportLauncher;
class JobNotifier;
class Notifier;
class PresetsController;
class PresetsModel;
class PropertyDefinitionsSaver;
class ScheduleController;
class ScheduleRunner;
class TrayKeeper;
class SettingsController;
class StatusPresenter;
class QueueJobFeed;
class TransferModel;
class WizardController;
enum class FailureFix;

// Wires the main window to the core services: panels' requests go to the ExportQueue and the
// PresetStore, the core's state comes back as the account switcher, the quota meter, the
// sandbox badge, the rate-limit line, notifications and notes. MainWindow itself stays a view.
class MainWindowController : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowController(AppContext *context, QObject *parent = nullptr);
    ~MainWindowController() override;

    MainWindow *window() const { return m_window; }
    AppContext *context() const { return m_context; }
    TransferModel *transferModel() const { return m_transferModel; }
    DownloadsModel *downloadsModel() const { return m_downloadsModel; }
    PresetsModel *presetsModel() const { return m_presetsModel; }
    PresetsController *presetsController() const { return m_presetsController; }
    AccountsController *accountsController() const { return m_accountsController; }
    Notifier *notifier() const { return m_notifier; }
    JobNotifier *jobNotifier() const { return m_jobNotifier; }
    StatusPresenter *statusPresenter() const { return m_status; }
    SettingsController *settingsController() const { return m_settingsController; }
    ExportLauncher *launcher() const { return m_launcher; }
    PropertyDefinitionsSaver *definitionsSaver() const { return m_definitions; }
    ScheduleController *scheduleController() const { return m_schedules; }
    ScheduleRunner *scheduleRunner() const { return m_runner; }
    TrayKeeper *trayKeeper() const { return m_tray; }
    ExportWizard *wizard() const;

    // Runs a preset on the current account with the default download options; returns the
    // job id (empty, with a note, when it cannot run).
    bool runPreset(const QString &presetId);
    // Opens the export wizard, empty or filled in from a preset.
    ExportWizard *openWizard(const QString &presetId = {});
    // Imports the preset files among `paths` (others are ignored) and opens the last one in the
    // wizard: preset files given on the command line.
    void openPresetFiles(const QStringList &paths);
    // Another launch asked this instance to take over (InstanceGuard::activationRequested):
    // brings the window to the front and opens the preset files it named.
    void activate(const QStringList &arguments);

private:
    void connectWindow();
    void connectTransfers();
    void connectDownloads();
    void connectSchedules();
    void refreshAccounts();
    void onJobFinished(const QString &jobId);
    void fix(const QString &jobId, FailureFix fix);
    void onClosing();
    void openFolder(const QString &folder);
    void showProblem(const QString &text);
    void showInformation(const QString &text);

    AppContext *m_context;
    QueueJobFeed *m_feed;
    TransferModel *m_transferModel;
    DownloadsModel *m_downloadsModel;
    PresetsModel *m_presetsModel;
    MainWindow *m_window;
    PresetsController *m_presetsController;
    AccountsController *m_accountsController;
    Notifier *m_notifier;
    JobNotifier *m_jobNotifier;
    StatusPresenter *m_status;
    ExportLauncher *m_launcher;
    SettingsController *m_settingsController;
    SecondaryWindows *m_windows;
    WizardController *m_wizards;
    PropertyDefinitionsSaver *m_definitions;
    ScheduleController *m_schedules;
    ScheduleRunner *m_runner;
    TrayKeeper *m_tray;
    QTimer m_minuteTimer;
};

} // namespace es
