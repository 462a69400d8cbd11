#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace es {

class DownloadsModel;
class DownloadsView;
class NoticeBar;
class PresetsModel;
class PresetsPanel;
class Settings;
class TransferModel;
class TransfersPanel;
class WelcomePanel;

// The main window: toolbar (New export, Run preset, account switcher, quota meter, sandbox
// badge), Presets on the left, Transfers above Downloads on the right, a status bar with the
// connection and the API rate limit. Thin on purpose: it shows what MainWindowController tells
// it and emits what the person asks for.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct AccountItem
    {
        QString id;
        QString name;
        bool sandbox = false;
        // Why its token failed last (HubSpot refused it, none stored); empty when fine.
        QString problem;
    };

    MainWindow(TransferModel *transfers, DownloadsModel *downloads, PresetsModel *presets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    TransfersPanel *transfersPanel() const { return m_transfers; }
    DownloadsView *downloadsView() const { return m_downloads; }
    PresetsPanel *presetsPanel() const { return m_presets; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    NoticeBar *noticeBar() const { return m_notice; }
    QComboBox *accountCombo() const { return m_accountCombo; }
    QLabel *quotaLabel() const { return m_quotaLabel; }
    QLabel *sandboxBadge() const { return m_sandboxBadge; }
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *rateLimitLabel() const { return m_rateLimit; }
    QAction *newExportAction() const { return m_newExport; }
    QAction *runPresetAction() const { return m_runPreset; }
    QAction *openDownloadsAction() const { return m_openDownloads; }
    QAction *savePropertyDefinitionsAction() const { return m_savePropertyDefinitions; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *quitAction() const { return m_quit; }
    QAction *guideAction() const { return m_guide; }

    // Asked when the window is closed (not on Quit): true hides it instead, and the app keeps
    // running (TrayKeeper, for scheduled presets).
    void setHideOnClose(std::function<bool()> hide) { m_hideOnClose = std::move(hide); }

    void setAccounts(const QList<AccountItem> &accounts, const QString &currentId);
    QString currentAccountId() const;
    void setSandboxActive(bool active);
    bool isSandboxActive() const { return m_sandboxActive; }
    // remaining < 0 hides the meter (no account). `slotsFree`: when each spent slot frees up
    // (QuotaPlanner::slotsFree), listed in the tooltip relative to `now`.
    void setQuota(int remaining, int limit, const QDateTime &nextSlot,
                  const QList<QDateTime> &slotsFree = {},
                  const QDateTime &now = QDateTime::currentDateTime());
    void setConnectionText(const QString &text, bool problem = false);
    void setRateLimitText(const QString &text, const QString &toolTip = {});
    void setActivityText(const QString &text);
    void showWelcome(bool welcome);
    bool isWelcomeShown() const;

    void saveLayout(Settings *settings) const;
    void restoreLayout(Settings *settings);

Q_SIGNALS:
    void newExportRequested();
    void runPresetRequested();
    void accountChosen(const QString &accountId);
    void manageAccountsRequested();
    void settingsRequested();
    void trySandboxRequested();
    void addAccountRequested();
    void importPresetsRequested();
    void propertyDefinitionsRequested();
    void openDownloadsFolderRequested();
    // The guide, at its first page.
    void helpRequested();
    void closing();
    // Closing hid the window (setHideOnClose()); the app runs on.
    void hiddenOnClose();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void createStatusBar();
    void updateTitle();
    void styleBadges();

    TransfersPanel *m_transfers;
    DownloadsView *m_downloads;
    PresetsPanel *m_presets;
    WelcomePanel *m_welcome;
    NoticeBar *m_notice;
    QStackedWidget *m_stack;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QComboBox *m_accountCombo = nullptr;
    QLabel *m_quotaLabel = nullptr;
    QProgressBar *m_quotaBar = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    QLabel *m_statusSandbox = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_rateLimit = nullptr;
    QLabel *m_activity = nullptr;
    QAction *m_newExport = nullptr;
    QAction *m_runPreset = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_sandboxAction = nullptr;
    QAction *m_importPresets = nullptr;
    QAction *m_savePropertyDefinitions = nullptr;
    QAction *m_openDownloads = nullptr;
    QAction *m_quit = nullptr;
    std::function<bool()> m_hideOnClose;
    bool m_quitting = false;
    QAction *m_about = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_accountLabelAction = nullptr;
    QAction *m_accountComboAction = nullptr;
    QAction *m_quotaAction = nullptr;
    bool m_sandboxActive = false;
    QToolBar *m_toolBar = nullptr;
    QString m_activityText;     // shown elided when the status bar is narrow, whole in the tooltip
    int m_wideToolBarWidth = 0; // with the words beside the icons and the quota in words
};

} // namespace es
