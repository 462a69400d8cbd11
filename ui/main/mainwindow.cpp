#include "mainwindow.h"

#include "common/icons.h"
#include "common/noticebar.h"
#include "common/shortcuts.h"
#include "common/text.h"
#include "downloads/downloadsview.h"
#include "plan/plantext.h"
#include "presets/presetspanel.h"
#include "transfers/transferspanel.h"
#include "welcomepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <storage/settings.h>
#include <transfer/jobinfo.h>

namespace es {
namespace {
const QString GeometryKey = QStringLiteral("mainGeometry");
const QString StateKey = QStringLiteral("mainState");
const QString MainSplitterKey = QStringLiteral("mainSplitter");
const QString RightSplitterKey = QStringLiteral("rightSplitter");
const QString TransfersHeaderKey = QStringLiteral("transfersHeader");
const QString DownloadsHeaderKey = QStringLiteral("downloadsHeader");
} // namespace

MainWindow::MainWindow(TransferModel *transfers, DownloadsModel *downloads, PresetsModel *presets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_transfers(new TransfersPanel(transfers))
    , m_downloads(new DownloadsView(downloads))
    , m_presets(new PresetsPanel(presets))
    , m_welcome(new WelcomePanel)
    , m_notice(new NoticeBar)
    , m_stack(new QStackedWidget)
    , m_mainSplitter(new QSplitter(Qt::Horizontal))
    , m_rightSplitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::Id::AppIcon));

    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_transfers);
    m_rightSplitter->addWidget(m_downloads);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_presets);
    m_mainSplitter->addWidget(m_rightSplitter);
    // A narrower window takes from the Presets pane as well (1 : 3), not only from the lists;
    // each pane folds away when its handle is dragged to the edge, except the lists as a whole.
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setCollapsible(0, true);
    m_mainSplitter->setCollapsible(1, false);
    m_rightSplitter->setChildrenCollapsible(true);
    m_mainSplitter->setSizes({300, 800});
    m_rightSplitter->setSizes({330, 220});

    auto *workArea = new QWidget;
    auto *workLayout = new QVBoxLayout(workArea);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_mainSplitter, 1);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(workArea);

    // The notice floats over the bottom of the work area instead of taking a band above it: a
    // band that came and went moved the rows under the pointer.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(8, 8, 8, 4);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_notice->floatOver(central, 8);

    createActions();
    createToolBar();
    createMenus();
    createStatusBar();

    connect(m_welcome, &WelcomePanel::trySandboxRequested, this, &MainWindow::trySandboxRequested);
    connect(m_welcome, &WelcomePanel::addAccountRequested, this, &MainWindow::addAccountRequested);
    connect(m_accountCombo, &QComboBox::activated, this, [this](int index) {
        m_accountCombo->setToolTip(m_accountCombo->itemData(index, Qt::ToolTipRole).toString());
        Q_EMIT accountChosen(m_accountCombo->itemData(index).toString());
    });

    setTabOrder(m_presets, m_transfers);
    setTabOrder(m_transfers, m_downloads);
    resize(1100, 700);
    setQuota(-1, 0, {});
    setSandboxActive(false);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newExport = new QAction(Icons::icon(Icons::Id::NewExport), tr("&New export…"), this);
    m_newExport->setShortcut(QKeySequence::New);
    m_newExport->setToolTip(tr("Choose what to export, step by step (Ctrl+N)"));
    m_newExport->setObjectName(QStringLiteral("newExportAction"));
    connect(m_newExport, &QAction::triggered, this, &MainWindow::newExportRequested);

    m_runPreset = new QAction(Icons::icon(Icons::Id::RunPreset), tr("&Run preset"), this);
    m_runPreset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runPreset->setToolTip(tr("Run the preset selected on the left on the current account "
                               "(Ctrl+Shift+R)"));
    m_runPreset->setObjectName(QStringLiteral("runPresetAction"));
    connect(m_runPreset, &QAction::triggered, this, &MainWindow::runPresetRequested);

    m_accountsAction = new QAction(Icons::icon(Icons::Id::Accounts), tr("&Accounts…"), this);
    m_accountsAction->setToolTip(tr("Add accounts, change tokens, test connections"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::manageAccountsRequested);

    m_settingsAction = new QAction(Icons::icon(Icons::Id::Settings), tr("&Settings…"), this);
    m_settingsAction->setShortcuts(
        Shortcuts::standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_sandboxAction =
        new QAction(Icons::icon(Icons::Id::Sandbox), tr("Use the built-in &sandbox"), this);
    connect(m_sandboxAction, &QAction::triggered, this, &MainWindow::trySandboxRequested);

    m_importPresets = new QAction(Icons::icon(Icons::Id::Import), tr("&Import presets…"), this);
    connect(m_importPresets, &QAction::triggered, this, &MainWindow::importPresetsRequested);
    m_savePropertyDefinitions = new QAction(tr("Save property &definitions…"), this);
    m_savePropertyDefinitions->setStatusTip(
        tr("Save an object's property definitions as a CSV or Excel file (no export is spent)"));
    connect(m_savePropertyDefinitions, &QAction::triggered, this,
            &MainWindow::propertyDefinitionsRequested);

    m_openDownloads =
        new QAction(Icons::icon(Icons::Id::OpenFolder), tr("Open &downloads folder"), this);
    m_openDownloads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_openDownloads->setToolTip(tr("Show the folder exports are saved to in the file manager"));
    m_openDownloads->setObjectName(QStringLiteral("openDownloadsAction"));
    connect(m_openDownloads, &QAction::triggered, this, &MainWindow::openDownloadsFolderRequested);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcuts(
        Shortcuts::standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] {
        // Quit means quit, also when closing the window only hides it.
        m_quitting = true;
        close();
        m_quitting = false;
    });

    for (QAction *action : {m_newExport, m_runPreset, m_openDownloads, m_settingsAction})
        Shortcuts::showInToolTip(action);

    m_guide = new QAction(style()->standardIcon(QStyle::SP_DialogHelpButton),
                          tr("Export Studio &guide"), this);
    m_guide->setObjectName(QStringLiteral("guideAction"));
    m_guide->setShortcuts(
        Shortcuts::standardOr(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    m_guide->setToolTip(tr("A short guide: first export, filters, presets, lists, limits, where "
                           "files go, troubleshooting"));
    connect(m_guide, &QAction::triggered, this, &MainWindow::helpRequested);

    m_about = new QAction(tr("&About Export Studio"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Export Studio"),
                           tr("<b>Export Studio %1</b><br>Exports HubSpot CRM records through "
                              "HubSpot's CRM Exports API.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createToolBar()
{
    auto *toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_newExport);
    toolBar->addAction(m_runPreset);
    toolBar->addSeparator();

    auto *accountLabel = new QLabel(tr("Acc&ount:"));
    accountLabel->setContentsMargins(4, 0, 4, 0);
    m_accountCombo = new QComboBox;
    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));
    m_accountCombo->setAccessibleName(tr("Current account"));
    // Grows with longer account names; short ones leave the toolbar room for the quota meter.
    m_accountCombo->setMinimumContentsLength(12);
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    accountLabel->setBuddy(m_accountCombo);
    m_accountLabelAction = toolBar->addWidget(accountLabel);
    m_accountComboAction = toolBar->addWidget(m_accountCombo);

    m_sandboxBadge = new QLabel;
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setText(tr("SANDBOX · test data"));
    m_sandboxBadge->setToolTip(tr("You are working on the built-in sandbox: made-up records on "
                                  "this computer, not a real HubSpot portal."));
    m_sandboxBadge->setAccessibleName(tr("Sandbox mode"));
    auto *badgeHolder = new QWidget;
    auto *badgeLayout = new QHBoxLayout(badgeHolder);
    badgeLayout->setContentsMargins(8, 0, 8, 0);
    badgeLayout->addWidget(m_sandboxBadge);
    toolBar->addWidget(badgeHolder);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    auto *quota = new QWidget;
    auto *quotaLayout = new QHBoxLayout(quota);
    quotaLayout->setContentsMargins(8, 0, 8, 0);
    quotaLayout->setSpacing(8);
    m_quotaBar = new QProgressBar;
    m_quotaBar->setObjectName(QStringLiteral("quotaBar"));
    m_quotaBar->setTextVisible(false);
    m_quotaBar->setFixedWidth(60);
    m_quotaBar->setMaximumHeight(12);
    m_quotaBar->setAccessibleName(tr("Exports left today"));
    m_quotaLabel = new QLabel;
    m_quotaLabel->setObjectName(QStringLiteral("quotaLabel"));
    quotaLayout->addWidget(m_quotaBar);
    quotaLayout->addWidget(m_quotaLabel);
    m_quotaAction = toolBar->addWidget(quota);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newExport);
    file->addAction(m_runPreset);
    file->addSeparator();
    file->addAction(m_importPresets);
    file->addAction(m_savePropertyDefinitions);
    file->addSeparator();
    file->addAction(m_quit);

    // The panels' actions act on their selection. Cancel, Retry and the downloads filter work
    // from anywhere in the window; the others stay with their panel (Delete means something
    // else in each list), and the menus show every key.
    QMenu *transfers = menuBar()->addMenu(tr("T&ransfers"));
    for (QAction *action : {m_transfers->cancelAction(), m_transfers->retryAction()})
        action->setShortcutContext(Qt::WindowShortcut);
    transfers->addAction(m_transfers->cancelAction());
    transfers->addAction(m_transfers->retryAction());
    transfers->addSeparator();
    transfers->addAction(m_transfers->moveUpAction());
    transfers->addAction(m_transfers->moveDownAction());
    transfers->addSeparator();
    transfers->addAction(m_transfers->openFolderAction());
    transfers->addAction(m_transfers->removeAction());
    QMenu *downloads = menuBar()->addMenu(tr("&Downloads"));
    m_downloads->findAction()->setShortcutContext(Qt::WindowShortcut);
    downloads->addAction(m_downloads->findAction());
    downloads->addAction(m_openDownloads);
    downloads->addSeparator();
    downloads->addAction(m_downloads->openAction());
    downloads->addAction(m_downloads->openFolderAction());
    downloads->addAction(m_downloads->copyPathAction());
    downloads->addAction(m_downloads->runAgainAction());
    downloads->addSeparator();
    downloads->addAction(m_downloads->deleteAction());
    QMenu *accounts = menuBar()->addMenu(tr("A&ccounts"));
    accounts->addAction(m_accountsAction);
    accounts->addAction(m_sandboxAction);
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guide);
    help->addSeparator();
    help->addAction(m_about);
}

void MainWindow::createStatusBar()
{
    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_rateLimit = new QLabel;
    m_rateLimit->setObjectName(QStringLiteral("rateLimitLabel"));
    m_activity = new QLabel;
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_statusSandbox = new QLabel(tr("Sandbox"));
    m_statusSandbox->setObjectName(QStringLiteral("statusSandboxBadge"));
    m_statusSandbox->setAccessibleName(tr("Sandbox mode"));
    for (QLabel *label : {m_connection, m_rateLimit, m_activity})
        label->setContentsMargins(4, 0, 12, 0);
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_rateLimit);
    // The activity line takes the room the status bar has left and is cut to it (whole in its
    // tooltip), instead of asking for its full width in a small window.
    m_activity->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_activity->installEventFilter(this);
    statusBar()->addWidget(m_activity, 1);
    statusBar()->addPermanentWidget(m_statusSandbox);
    styleBadges();
}

void MainWindow::styleBadges()
{
    // Amber with dark text in both palettes: loud on purpose, and always spelled out in words.
    const QString style = QStringLiteral(
        "QLabel { background: #f0b429; color: #2b2000; border-radius: 4px; padding: 2px 8px; "
        "font-weight: bold; }");
    m_sandboxBadge->setStyleSheet(style);
    m_statusSandbox->setStyleSheet(style);
}

void MainWindow::setAccounts(const QList<AccountItem> &accounts, const QString &currentId)
{
    const QSignalBlocker blocker(m_accountCombo);
    m_accountCombo->clear();
    for (const AccountItem &account : accounts) {
        const QString label = Text::accountName(account.name, account.sandbox);
        // Every entry has an icon, so the names line up; a failed token shows before a run does.
        const QIcon icon = !account.problem.isEmpty() ? Icons::stateIcon(JobState::Failed)
                           : account.sandbox          ? Icons::icon(Icons::Id::Sandbox)
                                                      : Icons::icon(Icons::Id::Accounts);
        m_accountCombo->addItem(icon, label, account.id);
        const int row = m_accountCombo->count() - 1;
        if (!account.problem.isEmpty()) {
            //: Tooltip of an account in the switcher: %1 why its token failed
            const QString tip = tr("The token of this account failed: %1").arg(account.problem);
            m_accountCombo->setItemData(row, tip, Qt::ToolTipRole);
            //: Read by screen readers after the account's name
            m_accountCombo->setItemData(row, tr("%1, token failed").arg(label),
                                        Qt::AccessibleTextRole);
        }
    }
    const int index = m_accountCombo->findData(currentId);
    m_accountCombo->setCurrentIndex(index);
    m_accountCombo->setToolTip(
        index >= 0 ? m_accountCombo->itemData(index, Qt::ToolTipRole).toString() : QString());
    m_accountCombo->setEnabled(!accounts.isEmpty());
    m_accountLabelAction->setVisible(!accounts.isEmpty());
    m_accountComboAction->setVisible(!accounts.isEmpty());
    updateTitle();
}

QString MainWindow::currentAccountId() const
{
    return m_accountCombo->currentData().toString();
}

void MainWindow::setSandboxActive(bool active)
{
    m_sandboxActive = active;
    m_sandboxBadge->parentWidget()->setVisible(active);
    m_sandboxBadge->setVisible(active);
    m_statusSandbox->setVisible(active);
    updateTitle();
}

void MainWindow::setQuota(int remaining, int limit, const QDateTime &nextSlot,
                          const QList<QDateTime> &slotsFree, const QDateTime &now)
{
    if (remaining < 0 || limit <= 0) {
        m_quotaAction->setVisible(false);
        return;
    }
    m_quotaAction->setVisible(true);
    m_quotaBar->setRange(0, limit);
    m_quotaBar->setValue(remaining);
    // The next slot matters in the toolbar only once none is left; the tooltip always has it.
    //: The daily quota in the toolbar: %1 exports left of %2 per 24 hours
    QString text = tr("%1 of %2 exports left today").arg(remaining).arg(limit);
    if (nextSlot.isValid() && remaining == 0)
        //: Appended to the quota: %1 when the next export slot frees up (a date or time)
        text += tr(" · next slot %1").arg(Text::when(nextSlot));
    m_quotaLabel->setText(text);
    QString tip = tr("HubSpot allows %1 exports per account in any 24 hours. Exports "
                     "beyond that wait in the queue until a slot frees up.")
                      .arg(limit);
    if (nextSlot.isValid())
        tip += QLatin1Char('\n') + tr("The next slot frees up at %1.").arg(Text::when(nextSlot));
    const QStringList freeing = PlanText::slotsFreeing(slotsFree, now);
    if (!freeing.isEmpty())
        tip += QLatin1Char('\n') + freeing.join(QLatin1Char('\n'));
    m_quotaLabel->setToolTip(tip);
    m_quotaBar->setToolTip(tip);
    m_quotaBar->setAccessibleDescription(text);
}

void MainWindow::setConnectionText(const QString &text, bool problem)
{
    m_connection->setText(problem ? QStringLiteral("⚠ ") + text : text);
}

void MainWindow::setRateLimitText(const QString &text, const QString &toolTip)
{
    m_rateLimit->setText(text);
    m_rateLimit->setToolTip(toolTip);
    m_rateLimit->setVisible(!text.isEmpty());
}

void MainWindow::setActivityText(const QString &text)
{
    m_activityText = text;
    m_activity->setToolTip(text);
    const QMargins margins = m_activity->contentsMargins();
    m_activity->setText(m_activity->fontMetrics().elidedText(
        text, Qt::ElideRight, std::max(0, m_activity->width() - margins.left() - margins.right())));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_activity && event->type() == QEvent::Resize)
        setActivityText(m_activityText);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showWelcome(bool welcome)
{
    m_stack->setCurrentIndex(welcome ? 0 : 1);
    m_runPreset->setEnabled(!welcome);
    m_newExport->setEnabled(!welcome);
    if (welcome)
        m_welcome->sandboxButton()->setFocus();
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentIndex() == 0;
}

void MainWindow::updateTitle()
{
    const QString account = m_accountCombo ? m_accountCombo->currentText() : QString();
    if (m_sandboxActive)
        setWindowTitle(tr("Export Studio — Sandbox"));
    else if (!account.isEmpty())
        //: The window title: %1 the current HubSpot account's name
        setWindowTitle(tr("Export Studio — %1").arg(account));
    else
        setWindowTitle(tr("Export Studio"));
}

void MainWindow::saveLayout(Settings *settings) const
{
    settings->setWindowState(GeometryKey, saveGeometry());
    settings->setWindowState(StateKey, saveState());
    settings->setWindowState(MainSplitterKey, m_mainSplitter->saveState());
    settings->setWindowState(RightSplitterKey, m_rightSplitter->saveState());
    settings->setWindowState(TransfersHeaderKey, m_transfers->headerState());
    settings->setWindowState(DownloadsHeaderKey, m_downloads->headerState());
}

void MainWindow::restoreLayout(Settings *settings)
{
    const QByteArray geometry = settings->windowState(GeometryKey);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings->windowState(StateKey);
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray main = settings->windowState(MainSplitterKey);
    if (!main.isEmpty())
        m_mainSplitter->restoreState(main);
    const QByteArray right = settings->windowState(RightSplitterKey);
    if (!right.isEmpty())
        m_rightSplitter->restoreState(right);
    m_transfers->restoreHeaderState(settings->windowState(TransfersHeaderKey));
    m_downloads->restoreHeaderState(settings->windowState(DownloadsHeaderKey));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_hideOnClose && m_hideOnClose()) {
        event->ignore();
        hide();
        Q_EMIT hiddenOnClose();
        return;
    }
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A window too narrow for the toolbar's words shows its icons only and the quota as its bar
    // (words in the tooltips), instead of hiding the meter behind the toolbar's "»".
    const bool wide = m_toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon;
    if (wide)
        m_wideToolBarWidth = m_toolBar->sizeHint().width();
    const bool compact = width() < m_wideToolBarWidth;
    if (compact == !wide)
        return;
    m_toolBar->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    m_quotaLabel->setVisible(!compact);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleBadges();
    QMainWindow::changeEvent(event);
}

} // namespace es
