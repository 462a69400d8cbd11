#include "mainwindowcontroller.h"

#include "appcontext.h"
#include "common/desktop.h"
#include "common/noticebar.h"
#include "common/text.h"
#include "downloads/downloadsmodel.h"
#include "downloads/downloadsview.h"
#include "mainwindow.h"
#include "notifier.h"
#include "presets/presetscontroller.h"
#include "presets/presetsmodel.h"
#include "presets/presetspanel.h"
#include "settings/accountscontroller.h"
#include "settings/settingsdialog.h"
#include "transfers/queuejobfeed.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"
#include "welcomepanel.h"
#include "wizard/exportwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <hubspot/metadatacache.h>
#include <hubspot/sandboxprocess.h>
#include <model/validation.h>
#include <storage/networksetup.h>
#include <storage/presetstore.h>
#include <storage/settings.h>
#include <storage/tokenvault.h>
#include <transfer/exportqueue.h>
#include <transfer/history.h>
#include <transfer/quotaledger.h>

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
{
    m_notifier->setEnabled(context->settings()->notifications());
    m_window->restoreLayout(context->settings());
    m_downloadsModel->setEntries(context->history()->entries());

    connectWindow();
    connectTransfers();
    connectDownloads();

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

    connect(context->accounts(), &AccountStore::accountsChanged, this,
            &MainWindowController::refreshAccounts);
    connect(context, &AppContext::currentAccountChanged, this,
            &MainWindowController::refreshAccounts);
    connect(context, &AppContext::clientsChanged, this, &MainWindowController::refreshConnection);
    connect(context, &AppContext::rateLimitChanged, this,
            [this](const QString &accountId) { onRateLimit(accountId); });
    connect(context->quota(), &QuotaLedger::changed, this, &MainWindowController::refreshQuota);
    connect(context->queue(), &ExportQueue::quotaChanged, this,
            &MainWindowController::refreshQuota);
    connect(context, &AppContext::ready, this, &MainWindowController::onReady);
    connect(context, &AppContext::sandboxStarted, this, [this] {
        m_window->welcomePanel()->setBusy(false);
        m_window->welcomePanel()->setStatus({});
        if (m_sandboxStarting)
            showInformation(tr("The sandbox is running with made-up data. Start with New export "
                               "(Ctrl+N)."));
        m_sandboxStarting = false;
        refreshAccounts();
    });
    connect(context, &AppContext::sandboxFailed, this, [this](const QString &message) {
        m_sandboxStarting = false;
        m_window->welcomePanel()->setBusy(false);
        m_window->welcomePanel()->setStatus(message, true);
        showProblem(message);
        refreshConnection();
    });
    connect(context->settings(), &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String(SettingsKeys::Notifications))
            m_notifier->setEnabled(m_context->settings()->notifications());
    });

    // The quota window and "next slot" move with the clock.
    m_minuteTimer.setInterval(30000);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        refreshQuota();
        m_downloadsModel->refreshExistence();
    });
    m_minuteTimer.start();
    connect(m_transferModel, &QAbstractItemModel::dataChanged, this,
            &MainWindowController::refreshActivity);
    connect(m_transferModel, &QAbstractItemModel::rowsInserted, this,
            &MainWindowController::refreshActivity);
    connect(m_transferModel, &QAbstractItemModel::rowsRemoved, this,
            &MainWindowController::refreshActivity);

    refreshAccounts();
    if (context->isReady())
        onReady();
}

MainWindowController::~MainWindowController()
{
    delete m_wizard;
    delete m_window;
}

ExportWizard *MainWindowController::wizard() const
{
    return m_wizard;
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
    connect(m_window, &MainWindow::settingsRequested, this, &MainWindowController::openSettings);
    connect(m_window, &MainWindow::importPresetsRequested, m_window->presetsPanel()->importAction(),
            &QAction::trigger);
    connect(m_window, &MainWindow::trySandboxRequested, this, [this] {
        m_sandboxStarting = true;
        m_window->welcomePanel()->setBusy(true);
        m_window->welcomePanel()->setStatus(tr("Starting the sandbox…"));
        m_window->setConnectionText(tr("Starting the sandbox…"));
        m_context->startSandbox();
    });
    connect(m_window, &MainWindow::openDownloadsFolderRequested, this, [this] {
        const QString folder = m_context->settings()->downloadDir();
        QDir().mkpath(folder);
        if (!Desktop::openFolder(folder))
            showProblem(tr("No file manager opened %1. Open the folder yourself.").arg(folder));
    });
    connect(m_window, &MainWindow::closing, this, &MainWindowController::onClosing);
}

void MainWindowController::connectTransfers()
{
    TransfersPanel *panel = m_window->transfersPanel();
    ExportQueue *queue = m_context->queue();
    connect(panel, &TransfersPanel::cancelRequested, queue, [queue](const QStringList &ids) {
        for (const QString &id : ids)
            queue->cancel(id);
    });
    connect(panel, &TransfersPanel::retryRequested, queue, [queue](const QStringList &ids) {
        for (const QString &id : ids)
            queue->retry(id);
    });
    connect(panel, &TransfersPanel::removeRequested, queue, [queue](const QStringList &ids) {
        for (const QString &id : ids)
            queue->remove(id);
    });
    connect(panel, &TransfersPanel::moveUpRequested, queue, &ExportQueue::moveUp);
    connect(panel, &TransfersPanel::moveDownRequested, queue, &ExportQueue::moveDown);
    connect(panel, &TransfersPanel::fixRequested, this, &MainWindowController::fix);
    connect(panel, &TransfersPanel::openFolderRequested, this, [this](const QString &folder) {
        if (!Desktop::openFolder(folder))
            showProblem(tr("No file manager opened %1. Open the folder yourself.").arg(folder));
    });
    connect(queue, &ExportQueue::jobFinished, this, &MainWindowController::onJobFinished);
}

void MainWindowController::connectDownloads()
{
    DownloadsView *view = m_window->downloadsView();
    connect(m_context->history(), &History::changed, this,
            [this] { m_downloadsModel->setEntries(m_context->history()->entries()); });
    connect(view, &DownloadsView::runAgainRequested, this, &MainWindowController::runAgain);
    connect(view, &DownloadsView::problem, this, &MainWindowController::showProblem);
}

void MainWindowController::onReady()
{
    refreshAccounts();
    int resumed = 0;
    for (const JobInfo &job : m_context->queue()->jobs()) {
        if (!isFinished(job.state))
            ++resumed;
    }
    if (resumed > 0)
        showInformation(
            resumed == 1
                ? tr("Picked up 1 export from last time where it left off.")
                : tr("Picked up %1 exports from last time where they left off.").arg(resumed));
    const QStringList problems = m_context->queue()->restoreProblems();
    if (!problems.isEmpty())
        showProblem(problems.join(QLatin1Char(' ')));
}

void MainWindowController::refreshAccounts()
{
    QList<MainWindow::AccountItem> items;
    for (const Account &account : m_context->accounts()->accounts())
        items.append({account.id, account.name, account.isSandbox});
    const QString current = m_context->currentAccountId();
    m_window->setAccounts(items, current);
    m_window->setSandboxActive(m_context->isSandboxAccount(current));
    m_window->showWelcome(items.isEmpty());
    refreshQuota();
    refreshConnection();
    onRateLimit(current);
    if (m_wizard) {
        QList<WizardAccount> accounts;
        for (const auto &item : std::as_const(items))
            accounts.append({item.id, item.name, item.sandbox});
        m_wizard->setAccounts(accounts, current);
    }
}

void MainWindowController::refreshQuota()
{
    const QString current = m_context->currentAccountId();
    if (current.isEmpty()) {
        m_window->setQuota(-1, 0, {});
        return;
    }
    QuotaLedger *quota = m_context->quota();
    m_window->setQuota(quota->remaining(current), quota->dailyLimit(), quota->nextSlot(current));
}

void MainWindowController::refreshConnection()
{
    const std::optional<Account> account = m_context->currentAccount();
    if (!account) {
        m_window->setConnectionText(tr("No account yet"));
        return;
    }
    if (account->isSandbox) {
        SandboxProcess *sandbox = m_context->sandbox();
        if (sandbox->isRunning())
            m_window->setConnectionText(
                tr("Sandbox running at %1").arg(sandbox->apiBase().authority()));
        else if (sandbox->state() == SandboxProcess::State::Starting)
            m_window->setConnectionText(tr("Starting the sandbox…"));
        else
            m_window->setConnectionText(tr("Sandbox stopped: choose it again to restart it"), true);
        return;
    }
    if (!m_context->isReady()) {
        m_window->setConnectionText(tr("Reading the token of %1…").arg(account->name));
        return;
    }
    if (!m_context->hasToken(account->id)) {
        m_window->setConnectionText(tr("No token for %1: add it in Accounts").arg(account->name),
                                    true);
        return;
    }
    m_window->setConnectionText(tr("%1 · %2").arg(account->name, QUrl(account->apiBase).host()));
}

void MainWindowController::onRateLimit(const QString &accountId)
{
    if (accountId != m_context->currentAccountId())
        return;
    const RateLimitState state = m_context->rateLimit(accountId);
    if (state.max < 0) {
        m_window->setRateLimitText({});
        return;
    }
    const int seconds = state.intervalMs > 0 ? state.intervalMs / 1000 : 10;
    QString text =
        tr("API %1/%2 per %3 s").arg(std::max(0, state.remaining)).arg(state.max).arg(seconds);
    if (state.blockedForMs > 0)
        text += tr(" · paused %1 s").arg((state.blockedForMs + 999) / 1000);
    else if (state.queued > 0)
        text += tr(" · %1 waiting").arg(state.queued);
    QString tip = tr("Requests HubSpot still allows in the current %1-second window. Export "
                     "Studio paces itself so it never runs over.")
                      .arg(seconds);
    if (state.dailyMax > 0)
        tip += QLatin1Char(' ') + tr("Today: %1 of %2 left.")
                                      .arg(QLocale().toString(state.dailyRemaining),
                                           QLocale().toString(state.dailyMax));
    m_window->setRateLimitText(text, tip);
}

void MainWindowController::refreshActivity()
{
    int running = 0;
    int queued = 0;
    for (int row = 0; row < m_transferModel->rowCount(); ++row) {
        const JobInfo *job = m_transferModel->jobAt(row);
        if (isActive(job->state))
            ++running;
        else if (job->state == JobState::Queued)
            ++queued;
    }
    if (running + queued == 0) {
        m_window->setActivityText({});
        return;
    }
    m_window->setActivityText(
        tr("%1 running, %2 queued · if you quit, they carry on the next time you start Export "
           "Studio")
            .arg(running)
            .arg(queued));
}

QString MainWindowController::runPreset(const QString &presetId)
{
    const std::optional<Preset> preset = m_context->presets()->find(presetId);
    if (!preset) {
        showProblem(tr("That preset no longer exists."));
        return {};
    }
    const QString account = m_context->currentAccountId();
    if (account.isEmpty()) {
        showProblem(tr("Add an account (or try the sandbox) before running a preset."));
        return {};
    }
    const QList<ValidationIssue> issues =
        validate(preset->request, m_context->settings()->validationLimits());
    if (hasErrors(issues)) {
        showProblem(tr("The preset “%1” cannot run: %2 Edit it to fix this.")
                        .arg(preset->name, describe(issues).join(QLatin1Char(' '))));
        return {};
    }
    QString jobId = m_context->queue()->enqueue(account, preset->request,
                                                m_context->defaultOptions(), presetId);
    m_context->presets()->markRun(presetId);
    m_transferModel->flush();
    m_window->transfersPanel()->selectJob(jobId);
    return jobId;
}

ExportWizard *MainWindowController::openWizard(const QString &presetId)
{
    if (!m_wizard) {
        m_wizard = new ExportWizard(m_context->metadata(), m_window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_wizard, &ExportWizard::startRequested, this,
                [this](const QString &accountId, const ExportRequest &request,
                       const ExportOptions &options) {
                    onStart(accountId, request, options, m_editingPresetId);
                });
        connect(m_wizard, &ExportWizard::savePresetRequested, this,
                &MainWindowController::savePreset);
        connect(m_wizard, &ExportWizard::accountChanged, this, [this](const QString &accountId) {
            m_context->metadata()->setClient(m_context->client(accountId));
        });
    }
    QList<WizardAccount> accounts;
    for (const Account &account : m_context->accounts()->accounts())
        accounts.append({account.id, account.name, account.isSandbox});
    m_wizard->setAccounts(accounts, m_context->currentAccountId());
    m_wizard->setLimits(m_context->settings()->validationLimits());
    m_wizard->setOptions(m_context->defaultOptions());
    m_editingPresetId.clear();
    if (!presetId.isEmpty()) {
        if (const std::optional<Preset> preset = m_context->presets()->find(presetId)) {
            m_editingPresetId = presetId;
            m_wizard->setRequest(preset->request, preset->name);
        }
    } else {
        m_wizard->restart();
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void MainWindowController::onStart(const QString &accountId, const ExportRequest &request,
                                   const ExportOptions &options, const QString &presetId)
{
    const QString account = accountId.isEmpty() ? m_context->currentAccountId() : accountId;
    const QString jobId = m_context->queue()->enqueue(account, request, options, presetId);
    if (!presetId.isEmpty())
        m_context->presets()->markRun(presetId);
    m_transferModel->flush();
    m_window->transfersPanel()->selectJob(jobId);
}

void MainWindowController::savePreset(const QString &name, const QString &description,
                                      const ExportRequest &request)
{
    Preset preset;
    // Saving under the name of the preset being edited updates it; another name makes a new one.
    if (!m_editingPresetId.isEmpty()) {
        if (const auto existing = m_context->presets()->find(m_editingPresetId);
            existing && existing->name == name)
            preset = *existing;
    }
    preset.name = name;
    preset.description = description;
    preset.request = request;
    const QString id = m_context->presets()->save(preset);
    if (id.isEmpty()) {
        showProblem(m_context->presets()->lastError());
        return;
    }
    m_editingPresetId = id;
    m_window->presetsPanel()->selectPreset(id);
    showInformation(tr("Saved the preset “%1”. Double-click it in Presets to run it again.")
                        .arg(m_context->presets()->find(id)->name));
}

void MainWindowController::importPresetFiles(const QStringList &paths)
{
    m_presetsController->importFiles(paths);
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

void MainWindowController::runAgain(const QString &jobId)
{
    std::optional<JobInfo> job = m_context->queue()->job(jobId);
    const std::optional<HistoryEntry> entry = m_context->history()->entry(jobId);
    if (!job && entry && !entry->presetId.isEmpty()) {
        if (const auto preset = m_context->presets()->find(entry->presetId)) {
            runPreset(preset->id);
            return;
        }
    }
    if (!job) {
        showProblem(tr("The settings of this export are no longer known (it was removed from "
                       "Transfers). Start it again with New export, or save exports you repeat "
                       "as presets."));
        return;
    }
    const QString account = m_context->accounts()->find(job->accountId)
                                ? job->accountId
                                : m_context->currentAccountId();
    onStart(account, job->request, job->options, job->presetId);
}

void MainWindowController::fix(const QString &jobId, FailureFix fix)
{
    switch (fix) {
    case FailureFix::OpenAccount: {
        const std::optional<JobInfo> job = m_context->queue()->job(jobId);
        m_accountsController->open(m_window, job ? job->accountId : QString());
        return;
    }
    case FailureFix::OpenSettings:
        openSettings();
        return;
    case FailureFix::Retry:
        m_context->queue()->retry(jobId);
        return;
    case FailureFix::None:
    case FailureFix::CheckHubSpot: // only the user can look at HubSpot's export log
    case FailureFix::EditRequest:  // the request is edited in the wizard, not from here
        return;
    }
}

void MainWindowController::openSettings()
{
    Settings *settings = m_context->settings();
    NetworkSetup *network = m_context->networkSetup();
    SettingsValues values;
    values.downloadDir = settings->downloadDir();
    values.autoUnzip = settings->autoUnzip();
    values.keepZip = settings->keepZip();
    values.notifications = settings->notifications();
    values.uiLanguage = settings->uiLanguage();
    values.maxFilterGroups = settings->maxFilterGroups();
    values.maxFiltersPerGroup = settings->maxFiltersPerGroup();
    values.proxyMode = settings->proxyMode();
    values.proxyHost = settings->proxyHost();
    values.proxyPort = settings->proxyPort();
    values.proxyUser = settings->proxyUser();
    auto *dialog = new SettingsDialog(values, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNetworkProblem(network->problem());
    connect(network, &NetworkSetup::applied, dialog,
            [dialog, network] { dialog->setNetworkProblem(network->problem()); });
    // The password comes from the keychain, later; the dialog opens at once without it.
    m_context->vault()->readToken(NetworkSetup::proxyPasswordKey(), dialog,
                                  [dialog](const TokenResult &result) {
                                      if (result.ok())
                                          dialog->setSavedProxyPassword(result.token);
                                      else if (result.status == TokenResult::Status::NotFound)
                                          dialog->setSavedProxyPassword({});
                                  });
    connect(dialog, &SettingsDialog::applyRequested, this, &MainWindowController::applySettings);
    dialog->open();
}

void MainWindowController::applySettings(const SettingsValues &v)
{
    Settings *s = m_context->settings();
    s->setDownloadDir(v.downloadDir);
    s->setAutoUnzip(v.autoUnzip);
    s->setKeepZip(v.keepZip);
    s->setNotifications(v.notifications);
    s->setUiLanguage(v.uiLanguage);
    s->setMaxFilterGroups(v.maxFilterGroups);
    s->setMaxFiltersPerGroup(v.maxFiltersPerGroup);
    s->setProxyMode(v.proxyMode);
    s->setProxyHost(v.proxyHost);
    s->setProxyPort(v.proxyPort);
    s->setProxyUser(v.proxyUser);
    QString error;
    if (!s->sync(&error))
        showProblem(error);
    if (m_wizard)
        m_wizard->setLimits(s->validationLimits());

    NetworkSetup *network = m_context->networkSetup();
    if (!v.proxyPassword) {
        network->apply();
        return;
    }
    // The password never goes near the settings file: the keychain keeps it, and the proxy is
    // set up again once it is there.
    const bool removing = v.proxyPassword->isEmpty();
    const auto stored = [this, network, removing](const TokenResult &result) {
        if (!result.ok() && result.status != TokenResult::Status::NotFound)
            showProblem(tr("The proxy password could not be saved: %1").arg(result.message));
        else if (result.ok() && !removing && !result.persisted)
            showInformation(tr("No system keychain is available, so the proxy password is kept "
                               "only until Export Studio quits."));
        network->apply();
    };
    if (removing)
        m_context->vault()->deleteToken(NetworkSetup::proxyPasswordKey(), this, stored);
    else
        m_context->vault()->writeToken(NetworkSetup::proxyPasswordKey(), *v.proxyPassword, this,
                                       stored);
}

void MainWindowController::onJobFinished(const QString &jobId)
{
    const std::optional<JobInfo> job = m_context->queue()->job(jobId);
    if (!job)
        return;
    const QString name = job->request.exportName;
    if (job->state == JobState::Done) {
        QString text;
        if (job->files.size() == 1)
            text = tr("Saved %1 (%2).")
                       .arg(QFileInfo(job->files.first().path).fileName(),
                            Text::size(job->files.first().size));
        else
            text = tr("Saved %1 files.").arg(job->files.size());
        const QString folder = job->files.isEmpty()
                                   ? job->options.downloadDir
                                   : QFileInfo(job->files.first().path).absolutePath();
        if (!m_notifier->notify(tr("Export “%1” finished").arg(name), text, false,
                                [folder] { Desktop::openFolder(folder); })) {
            m_window->noticeBar()->showNotice(
                NoticeBar::Kind::Information, tr("Export “%1” finished. %2").arg(name, text),
                tr("Open &folder"), [folder] { Desktop::openFolder(folder); }, 15000);
        }
        if (!job->files.isEmpty()) {
            const QString path = job->files.first().path;
            QTimer::singleShot(0, this,
                               [this, path] { m_window->downloadsView()->selectPath(path); });
        }
    } else if (job->state == JobState::Failed) {
        const QString text =
            job->error.message.isEmpty() ? tr("See Transfers for details.") : job->error.message;
        if (!m_notifier->notify(tr("Export “%1” failed").arg(name), text, true)) {
            // No desktop notifications: say it in the window, with the fix at hand.
            QString actionText;
            switch (job->error.fix) {
            case FailureFix::OpenAccount:
                actionText = tr("Open &Accounts…");
                break;
            case FailureFix::OpenSettings:
                actionText = tr("Open &Settings…");
                break;
            case FailureFix::Retry:
                actionText = tr("&Retry");
                break;
            case FailureFix::None:
            case FailureFix::CheckHubSpot:
            case FailureFix::EditRequest:
                break;
            }
            const FailureFix failureFix = job->error.fix;
            m_window->noticeBar()->showNotice(
                NoticeBar::Kind::Problem, tr("Export “%1” failed: %2").arg(name, text), actionText,
                actionText.isEmpty() ? std::function<void()>()
                                     : [this, jobId, failureFix] { fix(jobId, failureFix); });
        }
    }
    refreshQuota();
}

void MainWindowController::onClosing()
{
    m_window->saveLayout(m_context->settings());
    m_context->settings()->sync();
    if (m_context->queue()->hasUnfinishedJobs())
        m_notifier->notify(tr("Exports continue next time"),
                           tr("Export Studio closed with unfinished exports. They carry on where "
                              "they left off when you start it again."),
                           false);
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
