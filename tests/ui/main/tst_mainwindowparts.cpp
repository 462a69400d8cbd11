// The parts MainWindowController wires together, each on its own: Settings' values at once, the
// Settings controller (values to Settings, the proxy password to the vault through NetworkSetup),
// the job notifier's notices, the status bar's texts and the export launcher.
#include "common/noticebar.h"
#include "main/appcontext.h"
#include "main/exportlauncher.h"
#include "main/jobnotifier.h"
#include "main/notifier.h"
#include "main/statuspresenter.h"
#include "settings/settingscontroller.h"
#include "settings/settingsdialog.h"
#include "transfers/jobfeed.h"
#include "transfers/transfermodel.h"

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

using namespace es;

namespace {

Settings::Values someValues()
{
    Settings::Values v;
    v.downloadDir = QStringLiteral("/tmp/exports-elsewhere");
    v.autoUnzip = false;
    v.keepZip = true;
    v.notifications = false;
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

private:
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
    QCOMPARE(changed.size(), 11); // every key changed once
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

    QVERIFY(launcher.runPreset(QStringLiteral("no-such-preset")).isEmpty());
    QCOMPARE(problem.takeFirst().first().toString(),
             QStringLiteral("That preset no longer exists."));
    const QString presetId = context.presets()->save(contactsPreset());
    QVERIFY(!presetId.isEmpty());
    QVERIFY(launcher.runPreset(presetId).isEmpty());
    QVERIFY(problem.takeFirst().first().toString().startsWith(QStringLiteral("Add an account")));

    Account account;
    account.name = QStringLiteral("Acme");
    const QString accountId = context.accounts()->save(account);
    context.setCurrentAccount(accountId);
    Preset broken = contactsPreset();
    broken.name = QStringLiteral("No columns");
    broken.request.objectProperties.clear();
    const QString brokenId = context.presets()->save(broken);
    QVERIFY(launcher.runPreset(brokenId).isEmpty());
    QVERIFY(problem.takeFirst().first().toString().startsWith(
        QStringLiteral("The preset “No columns” cannot run: ")));
    QCOMPARE(started.size(), 0);

    const QString jobId = launcher.runPreset(presetId);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toString(), jobId);
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

QTEST_MAIN(TestMainWindowParts)
#include "tst_mainwindowparts.moc"
