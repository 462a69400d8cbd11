// The parts MainWindowController wires together, each on its own: Settings' values at once, the
// Settings controller (values to Settings, the proxy password to the vault through NetworkSetup),
// the job notifier's notices, the status bar's texts, the export launcher and the wizard's owner.
#include "common/noticebar.h"
#include "downloads/downloadsmodel.h"
#include "downloads/historyfeed.h"
#include "main/appcontext.h"
#include "main/exportlauncher.h"
#include "main/jobnotifier.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"
#include "main/notifier.h"
#include "main/statuspresenter.h"
#include "main/wizardcontroller.h"
#include "settings/settingscontroller.h"
#include "settings/settingsdialog.h"
#include "transfers/jobfeed.h"
#include "transfers/transfermodel.h"
#include "wizard/exportwizard.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <hubspot/ratelimiter.h>
#include <model/preset.h>
#include <storage/accountstore.h>
#include <storage/networksetup.h>
#include <storage/paths.h>
#include <storage/presetstore.h>
#include <storage/settings.h>
#include <storage/tokenvault.h>
#include <transfer/exportqueue.h>
#include <transfer/history.h>

using namespace es;

namespace {

Settings::Values someValues()
{
    Settings::Values v;
    v.downloadDir = QStringLiteral("/tmp/exports-elsewhere");
    v.autoUnzip = false;
    v.keepZip = true;
    v.notifications = false;
    v.keepInTray = true;
    v.uiLanguage = QStringLiteral("fr");
    v.maxFilterGroups = 5;
    v.maxFiltersPerGroup = 7;
    v.proxyMode = Settings::ProxyMode::Manual;
    v.proxyHost = QStringLiteral("proxy.corp.example");
    v.proxyPort = 3128;
    v.proxyUser = QStringLiteral("alice");
    return v;
}

JobInfo job(const QString &id, JobState state)
{
    JobInfo info;
    info.id = id;
    info.state = state;
    info.request.exportName = QStringLiteral("Weekly customers");
    return info;
}

Preset contactsPreset()
{
    Preset preset;
    preset.name = QStringLiteral("Weekly customers");
    preset.request.exportName = QStringLiteral("Weekly customers");
    preset.request.objectType = QStringLiteral("CONTACT");
    preset.request.format = FileFormat::Csv;
    preset.request.objectProperties = {QStringLiteral("email")};
    return preset;
}

} // namespace

class TestMainWindowParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsValuesLoadAndApply();
    void settingsControllerKeepsThePasswordInTheVault();
    void jobNotifierSaysWhatEndedAndOffersTheFix();
    void jobNotifierCountsWhatCarriesOn();
    void rateLimitLine();
    void connectionAndActivity();
    void exportLauncherChecksBeforeQueueing();
    void wizardControllerOpensFreshOrFromAPreset();
    void historyFeedWaitsForTheFirstPaint();
    void historyFeedWithoutAPaint();
    void downloadsListTheHistoryOnceLoaded();

private:
    QString writeHistory(int count);

    std::unique_ptr<QTemporaryDir> m_state;
};

void TestMainWindowParts::init()
{
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_state->isValid());
    Paths::setStateDirOverride(m_state->path());
}

void TestMainWindowParts::cleanup()
{
    Paths::setStateDirOverride({});
}

void TestMainWindowParts::settingsValuesLoadAndApply()
{
    Settings settings(m_state->filePath(QStringLiteral("settings.ini")));
    const Settings::Values defaults = settings.load();
    QVERIFY(defaults.autoUnzip);
    QCOMPARE(defaults.proxyMode, Settings::ProxyMode::System);
    QCOMPARE(defaults.maxFilterGroups, 3);

    QSignalSpy changed(&settings, &Settings::changed);
    const Settings::Values values = someValues();
    settings.apply(values);
    QCOMPARE(settings.load(), values);
    QCOMPARE(changed.size(), 12); // every key changed once
    QVERIFY(settings.sync());

    // Applying the same values again announces nothing; one change announces one key.
    changed.clear();
    settings.apply(values);
    QCOMPARE(changed.size(), 0);
    Settings::Values other = values;
    other.proxyPort = 8080;
    settings.apply(other);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QLatin1String(SettingsKeys::ProxyPort));

    // What was written is what a fresh Settings reads.
    QVERIFY(settings.sync());
    Settings again(settings.filePath());
    QCOMPARE(again.load(), other);
}

void TestMainWindowParts::settingsControllerKeepsThePasswordInTheVault()
{
    QNetworkAccessManager nam;
    Settings settings(m_state->filePath(QStringLiteral("settings.ini")));
    MemoryTokenVault vault;
    NetworkSetup network(&nam, &settings, &vault);
    SettingsController controller(&settings, &network);
    QSignalSpy applied(&controller, &SettingsController::applied);
    QSignalSpy information(&controller, &SettingsController::information);
    QSignalSpy problem(&controller, &SettingsController::problem);

    SettingsValues values;
    static_cast<Settings::Values &>(values) = someValues();
    values.proxyPassword = QStringLiteral("pr0xy-s3cret");
    controller.apply(values);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(settings.load(), someValues());
    QTRY_COMPARE(vault.token(NetworkSetup::proxyPasswordKey()), QStringLiteral("pr0xy-s3cret"));
    QTRY_COMPARE(network.manualProxy().password(), QStringLiteral("pr0xy-s3cret"));
    // The memory vault keeps it for this run only, and says so.
    QTRY_COMPARE(information.size(), 1);
    QVERIFY(information.first().first().toString().contains(QStringLiteral("only until")));
    QCOMPARE(problem.size(), 0);

    // The dialog opens with the saved password once the vault answered.
    QWidget parent;
    SettingsDialog *dialog = controller.open(&parent);
    QVERIFY(dialog);
    QCOMPARE(dialog->values().proxyHost, QStringLiteral("proxy.corp.example"));
    QTRY_COMPARE(dialog->values().proxyPassword,
                 std::optional<QString>(QStringLiteral("pr0xy-s3cret")));
    dialog->reject();

    // No password given: the vault is left alone. An empty one removes it.
    values.proxyPassword.reset();
    controller.apply(values);
    QCOMPARE(vault.token(NetworkSetup::proxyPasswordKey()), QStringLiteral("pr0xy-s3cret"));
    values.proxyPassword = QString();
    controller.apply(values);
    QTRY_VERIFY(vault.token(NetworkSetup::proxyPasswordKey()).isEmpty());
    QTRY_VERIFY(network.manualProxy().password().isEmpty());
    QCOMPARE(problem.size(), 0);
}

void TestMainWindowParts::jobNotifierSaysWhatEndedAndOffersTheFix()
{
    Notifier notifier;
    notifier.setEnabled(false); // no desktop notifications: the window says it
    NoticeBar bar;
    JobNotifier jobs(&notifier, &bar);
    QSignalSpy fix(&jobs, &JobNotifier::fixRequested);

    JobInfo done = job(QStringLiteral("j1"), JobState::Done);
    done.files = {{QStringLiteral("/tmp/exports/customers.csv"), 2048}};
    jobs.finished(done);
    QCOMPARE(bar.kind(), NoticeBar::Kind::Information);
    QVERIFY2(bar.text().startsWith(QStringLiteral("Export “Weekly customers” finished. Saved "
                                                  "customers.csv (")),
             qPrintable(bar.text()));
    QCOMPARE(bar.actionButton()->text(), QStringLiteral("Open &folder"));
    QCOMPARE(notifier.lastTitle(), QStringLiteral("Export “Weekly customers” finished"));

    JobInfo failed = job(QStringLiteral("j2"), JobState::Failed);
    failed.error.message = QStringLiteral("HubSpot refused the token.");
    failed.error.fix = FailureFix::OpenAccount;
    jobs.finished(failed);
    QCOMPARE(bar.kind(), NoticeBar::Kind::Problem);
    QCOMPARE(bar.text(),
             QStringLiteral("Export “Weekly customers” failed: HubSpot refused the token."));
    QCOMPARE(bar.actionButton()->text(), QStringLiteral("Open &Accounts…"));
    bar.actionButton()->click();
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().at(0).toString(), QStringLiteral("j2"));
    QCOMPARE(int(fix.first().at(1).value<FailureFix>()), int(FailureFix::OpenAccount));

    // A failure with no fix offered has no button; a running job says nothing.
    failed.error.fix = FailureFix::None;
    failed.error.message.clear();
    jobs.finished(failed);
    QCOMPARE(bar.text(), QStringLiteral("Export “Weekly customers” failed: See Transfers for "
                                        "details."));
    QVERIFY(bar.actionButton()->isHidden());
    jobs.finished(job(QStringLiteral("j3"), JobState::Downloading));
    QCOMPARE(bar.text(), QStringLiteral("Export “Weekly customers” failed: See Transfers for "
                                        "details."));

    jobs.closingWithUnfinished();
    QCOMPARE(notifier.lastTitle(), QStringLiteral("Exports continue next time"));
}

void TestMainWindowParts::jobNotifierCountsWhatCarriesOn()
{
    Notifier notifier;
    NoticeBar bar;
    JobNotifier jobs(&notifier, &bar);
    jobs.restored({job(QStringLiteral("a"), JobState::Done)}, {});
    QVERIFY(bar.text().isEmpty());
    jobs.restored({job(QStringLiteral("a"), JobState::Done),
                   job(QStringLiteral("b"), JobState::Processing),
                   job(QStringLiteral("c"), JobState::Queued)},
                  {});
    QCOMPARE(bar.text(), QStringLiteral("Picked up 2 exports from last time where they left off."));
    jobs.restored({job(QStringLiteral("b"), JobState::Processing)},
                  {QStringLiteral("A job file is damaged."), QStringLiteral("Another one too.")});
    QCOMPARE(bar.kind(), NoticeBar::Kind::Problem);
    QCOMPARE(bar.text(), QStringLiteral("A job file is damaged. Another one too."));
}

void TestMainWindowParts::rateLimitLine()
{
    QCOMPARE(StatusPresenter::rateLimitLine(RateLimitState{}), StatusPresenter::Line{});
    RateLimitState state;
    state.max = 100;
    state.remaining = 97;
    state.intervalMs = 10000;
    StatusPresenter::Line line = StatusPresenter::rateLimitLine(state);
    QCOMPARE(line.text, QStringLiteral("API 97/100 per 10 s"));
    QVERIFY(line.toolTip.contains(QStringLiteral("10-second window")));
    QVERIFY(!line.toolTip.contains(QStringLiteral("Today")));
    state.queued = 4;
    QCOMPARE(StatusPresenter::rateLimitLine(state).text,
             QStringLiteral("API 97/100 per 10 s · 4 waiting"));
    state.blockedForMs = 2500; // a pause outranks the waiting requests
    state.remaining = -3;
    state.dailyMax = 500000;
    state.dailyRemaining = 499000;
    line = StatusPresenter::rateLimitLine(state);
    QCOMPARE(line.text, QStringLiteral("API 0/100 per 10 s · paused 3 s"));
    QVERIFY(line.toolTip.contains(QStringLiteral("Today:")));
}

void TestMainWindowParts::connectionAndActivity()
{
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    StaticJobFeed feed;
    TransferModel model(&feed);
    StatusPresenter status(&context, &model, nullptr);

    QCOMPARE(status.connectionLine(), StatusPresenter::Line{QStringLiteral("No account yet")});
    Account account;
    account.name = QStringLiteral("Acme");
    account.apiBase = QStringLiteral("https://api.hubapi.com");
    const QString id = context.accounts()->save(account);
    QVERIFY(!id.isEmpty());
    context.setCurrentAccount(id);
    QCOMPARE(status.connectionLine().text, QStringLiteral("Reading the token of Acme…"));
    context.start(); // reads the tokens: none for Acme
    QTRY_VERIFY(context.isReady());
    const StatusPresenter::Line line = status.connectionLine();
    QCOMPARE(line.text, QStringLiteral("No token for Acme: add it in Accounts"));
    QVERIFY(line.problem);

    QCOMPARE(status.activityText(), QString());
    feed.upsert(job(QStringLiteral("a"), JobState::Downloading));
    feed.upsert(job(QStringLiteral("b"), JobState::Queued));
    feed.upsert(job(QStringLiteral("c"), JobState::Queued));
    feed.upsert(job(QStringLiteral("d"), JobState::Done));
    QVERIFY(status.activityText().startsWith(QStringLiteral("1 running, 2 queued · ")));
}

void TestMainWindowParts::exportLauncherChecksBeforeQueueing()
{
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    ExportLauncher launcher(&context);
    QSignalSpy problem(&launcher, &ExportLauncher::problem);
    QSignalSpy started(&launcher, &ExportLauncher::started);

    QVERIFY(!launcher.runPreset(QStringLiteral("no-such-preset")));
    QCOMPARE(problem.takeFirst().first().toString(),
             QStringLiteral("That preset no longer exists."));
    const QString presetId = context.presets()->save(contactsPreset());
    QVERIFY(!presetId.isEmpty());
    QVERIFY(!launcher.runPreset(presetId));
    QVERIFY(problem.takeFirst().first().toString().startsWith(QStringLiteral("Add an account")));

    Account account;
    account.name = QStringLiteral("Acme");
    const QString accountId = context.accounts()->save(account);
    context.setCurrentAccount(accountId);
    Preset broken = contactsPreset();
    broken.name = QStringLiteral("No columns");
    broken.request.objectProperties.clear();
    const QString brokenId = context.presets()->save(broken);
    QVERIFY(!launcher.runPreset(brokenId));
    QVERIFY(problem.takeFirst().first().toString().startsWith(
        QStringLiteral("The preset “No columns” cannot run: ")));
    QCOMPARE(started.size(), 0);

    QVERIFY(launcher.runPreset(presetId));
    QTRY_COMPARE(started.size(), 1);
    const QString jobId = started.first().first().toString();
    QVERIFY(!jobId.isEmpty());
    const std::optional<JobInfo> queued = context.queue()->job(jobId);
    QVERIFY(queued);
    QCOMPARE(queued->accountId, accountId);
    QCOMPARE(queued->presetId, presetId);
    QVERIFY(context.presets()->find(presetId)->lastRun.isValid());

    launcher.runAgain(QStringLiteral("forgotten-job"));
    QVERIFY(problem.takeFirst().first().toString().contains(QStringLiteral("no longer known")));

    // Saving from the wizard: the edited preset's name updates it, another name adds one.
    const QString same = launcher.savePreset(presetId, QStringLiteral("Weekly customers"),
                                             QStringLiteral("changed"), contactsPreset().request);
    QCOMPARE(same, presetId);
    QCOMPARE(context.presets()->find(presetId)->description, QStringLiteral("changed"));
    const QString added = launcher.savePreset(presetId, QStringLiteral("Monthly customers"), {},
                                              contactsPreset().request);
    QVERIFY(!added.isEmpty() && added != presetId);
    QCOMPARE(problem.size(), 0);
}

// The wizard's owner: a preset opens filled in and is what Start marks as run and Save updates; a
// new export starts empty and Save makes a new preset.
void TestMainWindowParts::wizardControllerOpensFreshOrFromAPreset()
{
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    ExportLauncher launcher(&context);
    QWidget window;
    WizardController wizards(&context, &launcher, &window);
    QSignalSpy saved(&wizards, &WizardController::presetSaved);
    QSignalSpy problem(&launcher, &ExportLauncher::problem);
    Account account;
    account.name = QStringLiteral("Acme");
    const QString accountId = context.accounts()->save(account);
    context.setCurrentAccount(accountId);
    const QString presetId = context.presets()->save(contactsPreset());
    QVERIFY(!presetId.isEmpty());

    QCOMPARE(wizards.wizard(), nullptr); // made on first use
    ExportWizard *wizard = wizards.open(presetId);
    QVERIFY(wizard && wizard->isVisible());
    QCOMPARE(wizard->model().presetName, QStringLiteral("Weekly customers"));
    QCOMPARE(wizards.editingPresetId(), presetId);

    Q_EMIT wizard->startRequested(accountId, contactsPreset().request, context.defaultOptions());
    const QList<JobInfo> jobs = context.queue()->jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().presetId, presetId);
    QVERIFY(context.presets()->find(presetId)->lastRun.isValid());

    Q_EMIT wizard->savePresetRequested(QStringLiteral("Weekly customers"), QStringLiteral("edited"),
                                       contactsPreset().request);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).toString(), presetId); // the edited preset, not a copy
    QCOMPARE(saved.first().at(1).toString(),
             QStringLiteral("Saved the preset “Weekly customers”. Double-click it in Presets to "
                            "run it again."));
    QCOMPARE(context.presets()->find(presetId)->description, QStringLiteral("edited"));

    QCOMPARE(wizards.open(), wizard); // kept between exports
    QVERIFY(wizard->model().presetName.isEmpty());
    QVERIFY(wizards.editingPresetId().isEmpty());
    Q_EMIT wizard->savePresetRequested(QStringLiteral("Monthly customers"), {},
                                       contactsPreset().request);
    QCOMPARE(saved.size(), 2);
    const QString added = saved.last().at(0).toString();
    QVERIFY(!added.isEmpty() && added != presetId);
    QCOMPARE(wizards.editingPresetId(), added); // a second Save updates the new preset
    QCOMPARE(context.presets()->list().size(), 2);
    QCOMPARE(problem.size(), 0);
}

// A history of `count` finished exports in the state folder, each with its file on disk.
QString TestMainWindowParts::writeHistory(int count)
{
    const QString downloads = m_state->filePath(QStringLiteral("downloads"));
    if (!QDir().mkpath(downloads))
        return {};
    History history(Paths::historyFile(m_state->path()));
    const QDateTime base(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        HistoryEntry e;
        e.jobId = QStringLiteral("job-%1").arg(i);
        e.exportName = QStringLiteral("Weekly customers %1").arg(i);
        e.finishedAt = base.addSecs(i * 600);
        const QString path = downloads + QStringLiteral("/customers-%1.csv").arg(i);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("email\n") < 0)
            return {};
        e.files = {{path, f.size()}};
        history.add(e);
    }
    return history.filePath();
}

// The Downloads list is filled after the window's first paint, not before; the history is read
// only then. (The fallback is an hour here, so only the paint can have started the read.)
void TestMainWindowParts::historyFeedWaitsForTheFirstPaint()
{
    const QString path = writeHistory(20);
    QVERIFY(!path.isEmpty());
    History history(path, History::Load::OnRequest);
    DownloadsModel model;
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("central"), &window));
    HistoryFeed feed(&history, &model, &window, 3600 * 1000);
    QSignalSpy loaded(&history, &History::loaded);
    QCoreApplication::processEvents();
    QVERIFY(!history.isLoaded());
    QCOMPARE(model.rowCount(), 0);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QTRY_COMPARE(model.rowCount(), 20);
    QCOMPARE(model.rowAt(0)->jobId, QStringLiteral("job-19")); // newest first

    // From then on the list follows the history.
    history.remove(QStringLiteral("job-19"));
    QCOMPARE(model.rowCount(), 19);
}

// A window that is never shown gets its list anyway, after the fallback.
void TestMainWindowParts::historyFeedWithoutAPaint()
{
    const QString path = writeHistory(3);
    QVERIFY(!path.isEmpty());
    History history(path, History::Load::OnRequest);
    DownloadsModel model;
    QMainWindow window;
    HistoryFeed feed(&history, &model, &window, 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 30000);
    QVERIFY(history.isLoaded());
}

// The app as it starts: the history is not read with the window, and the Downloads list shows
// it once History::loaded() came (tests wait for that signal, never assume it is synchronous).
void TestMainWindowParts::downloadsListTheHistoryOnceLoaded()
{
    QVERIFY(!writeHistory(12).isEmpty());
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    QVERIFY(!context.history()->isLoaded());
    MainWindowController controller(&context);
    QSignalSpy loaded(context.history(), &History::loaded);
    controller.window()->show();
    context.start();
    QVERIFY(loaded.wait(30000));
    QTRY_COMPARE(controller.downloadsModel()->rowCount(), 12);
    QCOMPARE(context.history()->entries().size(), 12);
}

QTEST_MAIN(TestMainWindowParts)
#include "tst_mainwindowparts.moc"
