#include "mainwindowcontroller.h"

#include "appcontext.h"
#include "common/desktop.h"
#include "common/noticebar.h"
#include "downloads/downloadsmodel.h"
#include "downloads/downloadsview.h"
#include "downloads/historyfeed.h"
#include "exportlauncher.h"
#include "jobnotifier.h"
#include "mainwindow.h"
#include "notifier.h"
#include "presets/presetscontroller.h"
#include "presets/presetsmodel.h"
#include "presets/presetspanel.h"
#include "properties/propertydefinitionssaver.h"
#include "schedule/schedulecontroller.h"
#include "schedule/traykeeper.h"
#include "secondarywindows.h"
#include "settings/accountscontroller.h"
#include "settings/settingscontroller.h"
#include "statuspresenter.h"
#include "transfers/queuejobfeed.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"
#include "wizard/exportwizard.h"
#include "wizardcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <engine/engine.h>
#include <hubspot/metadatacache.h>
#include <schedule/schedulerunner.h>
#include <storage/paths.h>
#include <storage/presetstore.h>
#include <storage/settings.h>
#include <transfer/exportqueue.h>
#include <transfer/history.h>

namespace es {

MainWindowController::MainWindowController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_feed(new QueueJobFeed(context->queue(), this))
    , m_transferModel(new TransferModel(m_feed, this))
    , m_downloadsModel(new DownloadsModel(this))
    , m_presetsModel(new PresetsModel(this))
    , m_window(new MainWindow(m_transferModel, m_downloadsModel, m_presetsModel))
    , m_presetsController(new PresetsController(context->presets(), m_window->presetsPanel(), this))
    , m_accountsController(new AccountsController(context, this))
    , m_notifier(new Notifier(this))
    , m_jobNotifier(new JobNotifier(m_notifier, m_window->noticeBar(), this))
    , m_status(new StatusPresenter(context, m_transferModel, m_window, this))
    , m_launcher(new ExportLauncher(context, this))
    , m_settingsController(
          new SettingsController(context->settings(), context->networkSetup(), this))
    , m_windows(new SecondaryWindows(context, m_window, this))
    , m_wizards(new WizardController(context, m_launcher, m_window, this))
    , m_definitions(new PropertyDefinitionsSaver(context, this))
    , m_schedules(new ScheduleController(
          context->presets(), context->quota(), [context] { return context->currentAccountId(); },
          30, this))
    , m_runner(new ScheduleRunner(context->presets(), context->engine(), this))
    , m_tray(new TrayKeeper(m_window, context->settings(), this))
{
    m_notifier->setEnabled(context->settings()->notifications());
    m_window->restoreLayout(context->settings());

    connectWindow();
    connectTransfers();
    connectDownloads();
    connectSchedules();

    connect(m_window->presetsPanel(), &PresetsPanel::historyRequested, m_windows,
            &SecondaryWindows::showHistory);
    connect(m_windows, &SecondaryWindows::problem, this, &MainWindowController::showProblem);
    connect(m_presetsController, &PresetsController::runRequested, this,
            [this](const QString &id) { runPreset(id); });
    connect(m_presetsController, &PresetsController::editRequested, this,
            [this](const QString &id) { openWizard(id); });
    connect(m_presetsController, &PresetsController::removed, this, [this](const QString &name) {
        m_window->noticeBar()->showNotice(
            NoticeBar::Kind::Information, tr("Deleted the preset “%1”.").arg(name), tr("&Undo"),
            [this] { m_presetsController->undoRemove(); }, 20000);
    });
    connect(m_presetsController, &PresetsController::information, this,
            &MainWindowController::showInformation);
    connect(m_presetsController, &PresetsController::problem, this,
            &MainWindowController::showProblem);

    connect(context, &AppContext::tokenProblemChanged, this,
            &MainWindowController::refreshAccounts);
    connect(context->accounts(), &AccountStore::accountsChanged, this,
            &MainWindowController::refreshAccounts);
    connect(context, &AppContext::currentAccountChanged, this,
            &MainWindowController::refreshAccounts);
    const auto onReady = [this] {
        refreshAccounts();
        m_jobNotifier->restored(m_context->queue()->jobs(), m_context->queue()->restoreProblems());
    };
    connect(context, &AppContext::ready, this, onReady);
    connect(context, &AppContext::sandboxStarted, this, &MainWindowController::refreshAccounts);
    connect(context->settings(), &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String(SettingsKeys::Notifications))
            m_notifier->setEnabled(m_context->settings()->notifications());
    });

    // The quota window and "next slot" move with the clock.
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        m_status->refreshQuota();
        m_downloadsModel->refreshExistence();
    });
    m_minuteTimer.start(30000);
    connect(m_jobNotifier, &JobNotifier::fixRequested, this, &MainWindowController::fix);
    connect(m_launcher, &ExportLauncher::started, this, [this](const QString &jobId) {
        m_transferModel->flush();
        m_window->transfersPanel()->selectJob(jobId);
    });
    connect(m_launcher, &ExportLauncher::problem, this, &MainWindowController::showProblem);
    connect(m_launcher, &ExportLauncher::information, this, &MainWindowController::showInformation);
    connect(m_settingsController, &SettingsController::applied, m_wizards,
            &WizardController::refreshLimits);
    connect(m_wizards, &WizardController::guideRequested, m_windows, &SecondaryWindows::showGuide);
    connect(m_wizards, &WizardController::propertyDefinitionsRequested, this,
            [this](const QString &accountId, const QString &objectType) {
                m_definitions->save(m_wizards->wizard(), accountId, objectType);
            });
    connect(m_window, &MainWindow::propertyDefinitionsRequested, this,
            [this] { m_definitions->chooseAndSave(m_window); });
    connect(m_definitions, &PropertyDefinitionsSaver::information, this,
            &MainWindowController::showInformation);
    connect(m_definitions, &PropertyDefinitionsSaver::problem, this,
            &MainWindowController::showProblem);
    connect(m_wizards, &WizardController::presetSaved, this,
            [this](const QString &id, const QString &message) {
                m_window->presetsPanel()->selectPreset(id);
                showInformation(message);
            });
    connect(m_settingsController, &SettingsController::information, this,
            &MainWindowController::showInformation);
    connect(m_settingsController, &SettingsController::problem, this,
            &MainWindowController::showProblem);

    refreshAccounts();
    if (context->isReady())
        onReady();
}

ExportWizard *MainWindowController::wizard() const
{
    return m_wizards->wizard();
}

MainWindowController::~MainWindowController()
{
    delete m_wizards; // the wizard first: it is a child of the window
    delete m_window;
}

void MainWindowController::connectWindow()
{
    connect(m_window, &MainWindow::newExportRequested, this, [this] { openWizard(); });
    connect(m_window, &MainWindow::runPresetRequested, this, [this] {
        const QString id = m_window->presetsPanel()->currentPresetId();
        if (id.isEmpty()) {
            showInformation(tr("Select a preset on the left first, then run it (or double-click "
                               "it)."));
            m_window->presetsPanel()->view()->setFocus();
            return;
        }
        runPreset(id);
    });
    connect(m_window, &MainWindow::accountChosen, this,
            [this](const QString &id) { m_context->setCurrentAccount(id); });
    connect(m_window, &MainWindow::manageAccountsRequested, this,
            [this] { m_accountsController->open(m_window, m_context->currentAccountId()); });
    connect(m_window, &MainWindow::addAccountRequested, this,
            [this] { m_accountsController->open(m_window, {}, true); });
    connect(m_window, &MainWindow::settingsRequested, this,
            [this] { m_settingsController->open(m_window); });
    connect(m_window, &MainWindow::helpRequested, this,
            [this] { m_windows->showGuide(QStringLiteral("first-export")); });
    connect(m_window, &MainWindow::importPresetsRequested, m_window->presetsPanel()->importAction(),
            &QAction::trigger);
    connect(m_window, &MainWindow::trySandboxRequested, this, [this] {
        m_status->sandboxStarting();
        m_context->startSandbox();
    });
    connect(m_window, &MainWindow::openDownloadsFolderRequested, this,
            [this] { openFolder(m_context->settings()->downloadDir()); });
    connect(m_window, &MainWindow::closing, this, &MainWindowController::onClosing);
}

void MainWindowController::connectTransfers()
{
    TransfersPanel *panel = m_window->transfersPanel();
    ExportQueue *queue = m_context->queue();
    // The panel asks for a selection at once; the queue takes one job at a time.
    const auto each = [queue](void (ExportQueue::*op)(const QString &)) {
        return [queue, op](const QStringList &ids) {
            for (const QString &id : ids)
                (queue->*op)(id);
        };
    };
    connect(panel, &TransfersPanel::cancelRequested, queue, each(&ExportQueue::cancel));
    connect(panel, &TransfersPanel::retryRequested, queue, each(&ExportQueue::retry));
    connect(panel, &TransfersPanel::removeRequested, queue, each(&ExportQueue::remove));
    connect(panel, &TransfersPanel::moveUpRequested, queue, &ExportQueue::moveUp);
    connect(panel, &TransfersPanel::moveDownRequested, queue, &ExportQueue::moveDown);
    connect(panel, &TransfersPanel::fixRequested, this, &MainWindowController::fix);
    connect(panel, &TransfersPanel::openFolderRequested, this, &MainWindowController::openFolder);
    connect(queue, &ExportQueue::jobFinished, this, &MainWindowController::onJobFinished);
}

void MainWindowController::connectDownloads()
{
    DownloadsView *view = m_window->downloadsView();
    new HistoryFeed(m_context->history(), m_downloadsModel, m_window, this);
    connect(view, &DownloadsView::runAgainRequested, m_launcher, &ExportLauncher::runAgain);
    connect(view, &DownloadsView::problem, this, &MainWindowController::showProblem);
    connect(view, &DownloadsView::previewRequested, m_windows, &SecondaryWindows::preview);
}

void MainWindowController::refreshAccounts()
{
    QList<MainWindow::AccountItem> items;
    for (const Account &account : m_context->accounts()->accounts()) {
        QString problem = m_context->tokenProblem(account.id);
        if (problem.isEmpty() && m_context->isReady() && !m_context->hasToken(account.id))
            problem = tr("no token is stored for it; add it in Accounts");
        items.append({account.id, account.name, account.isSandbox, problem});
    }
    const QString current = m_context->currentAccountId();
    m_window->setAccounts(items, current);
    m_window->setSandboxActive(m_context->isSandboxAccount(current));
    m_window->showWelcome(items.isEmpty());
    m_status->refresh();
    m_wizards->refreshAccounts();
}

bool MainWindowController::runPreset(const QString &presetId)
{
    return m_launcher->runPreset(presetId);
}

ExportWizard *MainWindowController::openWizard(const QString &presetId)
{
    return m_wizards->open(presetId);
}

void MainWindowController::openPresetFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!path.startsWith(u'-') && info.isFile())
            files << info.absoluteFilePath();
    }
    if (files.isEmpty())
        return;
    const QStringList ids = m_presetsController->importFiles(files);
    if (!ids.isEmpty())
        openWizard(ids.last());
}

void MainWindowController::activate(const QStringList &arguments)
{
    // Minimized comes back as it was before (maximized stays maximized); then to the front.
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    openPresetFiles(arguments);
}

void MainWindowController::fix(const QString &jobId, FailureFix fix)
{
    const std::optional<JobInfo> job = m_context->queue()->job(jobId);
    switch (fix) {
    case FailureFix::OpenAccount:
        m_accountsController->open(m_window, job ? job->accountId : QString());
        break;
    case FailureFix::OpenSettings:
        m_settingsController->open(m_window);
        break;
    case FailureFix::Retry:
        m_context->queue()->retry(jobId);
        break;
    case FailureFix::None: // the others are the user's to do: HubSpot's export log, the wizard
    case FailureFix::CheckHubSpot:
    case FailureFix::EditRequest:
        break;
    }
}

void MainWindowController::onJobFinished(const QString &jobId)
{
    const std::optional<JobInfo> job = m_context->queue()->job(jobId);
    if (!job)
        return;
    m_jobNotifier->finished(*job);
    // A run tells whether the account's token works: the switcher shows it for the next one.
    if (job->state == JobState::Failed && job->error.fix == FailureFix::OpenAccount)
        m_context->setTokenProblem(job->accountId, job->error.message);
    else if (job->state == JobState::Done)
        m_context->setTokenProblem(job->accountId, {});
    if (job->state == JobState::Done && !job->files.isEmpty()) {
        const QString path = job->files.first().path;
        QTimer::singleShot(0, this, [this, path] { m_window->downloadsView()->selectPath(path); });
    }
    m_status->refreshQuota();
}

void MainWindowController::connectSchedules()
{
    connect(m_window->presetsPanel(), &PresetsPanel::scheduleRequested, this,
            [this](const QString &id) { m_schedules->open(id, m_window); });
    connect(m_schedules, &ScheduleController::information, this,
            &MainWindowController::showInformation);
    connect(m_schedules, &ScheduleController::problem, this, &MainWindowController::showProblem);

    m_settingsController->setTrayAvailability([this] { return m_tray->trayAvailable(); });

    // Scheduled presets run on the current account, with the download options of any run.
    m_runner->setAccountProvider([this] { return m_context->currentAccountId(); });
    m_runner->setOptionsProvider([this] { return m_context->defaultOptions(); });
    m_runner->setLimitsProvider([this] { return m_context->settings()->validationLimits(); });
    connect(m_runner, &ScheduleRunner::runStarted, this,
            [this](const QString &, const QString &jobId, const QStringList &notes) {
                m_transferModel->flush();
                m_window->transfersPanel()->selectJob(jobId);
                if (!notes.isEmpty())
                    showInformation(notes.join(QLatin1Char(' ')));
            });
    connect(m_runner, &ScheduleRunner::runSkipped, this,
            [this](const QString &, const QString &reason) { showProblem(reason); });
    // Only once the restored queue and the tokens are known: a run never doubles a restored one.
    if (m_context->isReady())
        m_runner->start();
    else
        connect(m_context, &AppContext::ready, m_runner, &ScheduleRunner::start);
}

void MainWindowController::onClosing()
{
    m_window->saveLayout(m_context->settings());
    m_context->settings()->sync();
    if (m_context->queue()->hasUnfinishedJobs())
        m_jobNotifier->closingWithUnfinished();
}

void MainWindowController::openFolder(const QString &folder)
{
    QDir().mkpath(folder); // the downloads folder is made by the first export; shown before it
    if (!Desktop::openFolder(folder))
        showProblem(tr("No file manager opened %1. Open the folder yourself.").arg(folder));
}

void MainWindowController::showProblem(const QString &text)
{
    if (!text.isEmpty())
        m_window->noticeBar()->showNotice(NoticeBar::Kind::Problem, text);
}

void MainWindowController::showInformation(const QString &text)
{
    if (!text.isEmpty())
        m_window->noticeBar()->showNotice(NoticeBar::Kind::Information, text);
}

} // namespace es
