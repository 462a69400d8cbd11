#include "uiscreens.h"

#include "common/noticebar.h"
#include "common/placeholdertreeview.h"
#include "count/counttext.h"
#include "count/recordcounter.h"
#include "downloads/downloadsmodel.h"
#include "fakehubspot.h"
#include "filters/checkablecombo.h"
#include "filters/filterbuilder.h"
#include "filters/filtergroupbox.h"
#include "filters/filterrow.h"
#include "filters/propertycombo.h"
#include "filters/valueeditors.h"
#include "help/helpwindow.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/metadatacache.h"
#include "main/mainwindow.h"
#include "pickers/busynote.h"
#include "pickers/listinfomodel.h"
#include "pickers/listpicker.h"
#include "pickers/propertypicker.h"
#include "pickers/propertytreemodel.h"
#include "presets/presetsmodel.h"
#include "presets/presetspanel.h"
#include "sampledata.h"
#include "settings/accountsdialog.h"
#include "settings/settingsdialog.h"
#include "transfers/jobfeed.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"
#include "wizard/exportwizard.h"
#include "wizard/savepresetdialog.h"
#include "wizard/wizardpages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <storage/accountstore.h>
#include <storage/keychaintokenvault.h>
#include <storage/paths.h>
#include <storage/tokenvault.h>

namespace es::screens {
namespace {

bool g_problems = false; // forEachScreen(…, States::WithProblems) is running

QString tr(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

void settle()
{
    QCoreApplication::processEvents();
    QTest::qWait(30);
}

void show(QWidget *window)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    settle();
}

// Shows `text` as `widget`'s tooltip at `local` and returns the tooltip's window (Qt's
// QTipLabel, a top-level of its own), or nullptr after a QTest failure.
QWidget *showToolTip(QWidget *widget, const QString &text, const QPoint &local)
{
    QToolTip::showText(widget->mapToGlobal(local), text, widget, {}, 60'000);
    settle();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && top->inherits("QTipLabel"))
            return top;
    }
    QTest::qFail("no tooltip window was shown", __FILE__, __LINE__);
    return nullptr;
}

void mainWindow(const Visitor &visit)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTemporaryDir downloads;
    StaticJobFeed feed;
    for (const JobInfo &job : sample::transfers(now, downloads.path()))
        feed.upsert(job);
    TransferModel transfers(&feed);
    DownloadsModel files;
    files.setEntries(sample::downloads(now, downloads.path()));
    PresetsModel presets;
    presets.setPresets(sample::presets(now));
    {
        MainWindow window(&transfers, &files, &presets);
        window.setAccounts(
            {{QStringLiteral("acme"), QStringLiteral("Acme Inc."), false, {}},
             {QStringLiteral("sb"), tr("es::AppContext", "Sandbox"), true, {}},
             {QStringLiteral("beta"), QStringLiteral("Beta GmbH"), false,
              tr("es::AccountsController",
                 "HubSpot refused this token (%1): copy the private app's token again in "
                 "HubSpot (Settings › Integrations › Private apps) and paste it here.")
                  .arg(u"INVALID_AUTHENTICATION")}},
            QStringLiteral("sb"));
        window.setSandboxActive(true);
        window.showWelcome(false);
        window.setQuota(12, 30, {}, sample::quotaSlotsFree(now), now);
        window.setConnectionText(
            tr("es::StatusPresenter", "Sandbox running at %1").arg(u"127.0.0.1:41234"));
        window.setActivityText(tr("es::StatusPresenter",
                                  "%1 running, %2 queued · if you quit, they carry on the next "
                                  "time you start Export Studio")
                                   .arg(2)
                                   .arg(1));
        window.noticeBar()->showNotice(
            NoticeBar::Kind::Information,
            tr("es::MainWindowController", "Deleted the preset “%1”.").arg(u"Old contacts"),
            tr("es::MainWindowController", "&Undo"), [] {}, 0);
        show(&window);
        if (QTest::currentTestFailed())
            return;
        window.presetsPanel()->selectPreset(QStringLiteral("p1"));
        window.transfersPanel()->selectJob(QStringLiteral("j4"));
        transfers.flush();
        settle();
        visit(QStringLiteral("main-window"), &window);
        // The quota meter's tooltip: when each spent slot frees up.
        if (QWidget *tip =
                showToolTip(window.quotaLabel(), window.quotaLabel()->toolTip(), QPoint(8, 4))) {
            visit(QStringLiteral("quota-tooltip"), tip);
        }
        if (QTest::currentTestFailed())
            return;
        // A queued export's tooltip: when it is expected to start, and why.
        const int queuedRow = transfers.rowOf(QStringLiteral("j3"));
        QTreeView *view = window.transfersPanel()->view();
        const QRect rowRect = view->visualRect(transfers.index(queuedRow, 0));
        if (QWidget *tip = showToolTip(
                view->viewport(), transfers.index(queuedRow, 0).data(Qt::ToolTipRole).toString(),
                rowRect.center())) {
            visit(QStringLiteral("queued-job-tooltip"), tip);
        }
        if (QTest::currentTestFailed())
            return;
        // A finished export's tooltip: the completeness check of its files.
        const int doneRow = transfers.rowOf(QStringLiteral("j5"));
        if (QWidget *tip = showToolTip(view->viewport(),
                                       transfers.index(doneRow, 0).data(Qt::ToolTipRole).toString(),
                                       view->visualRect(transfers.index(doneRow, 0)).center())) {
            visit(QStringLiteral("done-job-tooltip"), tip);
        }
        QToolTip::hideText();
        if (QTest::currentTestFailed())
            return;
        // A small screen: the lists keep their room, no horizontal scroll bar on Transfers.
        window.noticeBar()->clear();
        window.resize(800, 560);
        settle();
        visit(QStringLiteral("main-window-small"), &window);
    }
    {
        StaticJobFeed emptyFeed;
        TransferModel none(&emptyFeed);
        DownloadsModel noFiles;
        PresetsModel noPresets;
        MainWindow window(&none, &noFiles, &noPresets);
        window.setAccounts({}, {});
        window.showWelcome(true);
        window.setConnectionText(tr("es::StatusPresenter", "No account yet"));
        show(&window);
        if (QTest::currentTestFailed())
            return;
        visit(QStringLiteral("welcome"), &window);
    }
}

// False (after a failure) when Next is disabled.
bool next(ExportWizard &wizard)
{
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    if (!button->isEnabled()) {
        QTest::qFail(
            qPrintable(QStringLiteral("Next is disabled on page %1").arg(wizard.currentId())),
            __FILE__, __LINE__);
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
    return true;
}

// A QVERIFY2 for the builders (void functions that the caller checks with currentTestFailed).
bool check(bool condition, const QString &what)
{
    return QTest::qVerify(condition, "screen state", qPrintable(what), __FILE__, __LINE__);
}

void viewWizard(const Visitor &visit)
{
    FakeHubSpot nam;
    ClientConfig config;
    config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.apiVersion = ApiVersion::V3; // the fake serves v3 paths
    config.token = QStringLiteral("pat-screens");
    HubSpotClient client(&nam, config);
    MetadataCache cache(&client);
    ExportWizard wizard(&cache);
    wizard.setAccounts(
        {{QStringLiteral("acme"), QStringLiteral("Acme Inc. (portal 1234567)"), false},
         {QStringLiteral("sandbox"), tr("es::AppContext", "Sandbox"), true}},
        QStringLiteral("acme"));
    ExportOptions options;
    options.downloadDir = QDir::homePath() + QStringLiteral("/Downloads/HubSpot exports");
    wizard.setOptions(options);
    show(&wizard);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard.sourcePage()->objectCombo()->findData(QStringLiteral("2-1234")) >= 0, 5000);
    visit(QStringLiteral("wizard-1-source"), &wizard);

    if (!next(wizard))
        return;
    FilterBuilder *builder = wizard.filtersPage()->builder();
    QTRY_VERIFY_WITH_TIMEOUT(!builder->properties().isEmpty(), 5000);
    QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
    FilterGroupBox *group = builder->group(0);
    group->row(0)->chooseProperty(QStringLiteral("lifecyclestage"));
    group->row(0)->valueEditor()->listCombo()->toggleRow(1);
    QTest::mouseClick(group->addButton(), Qt::LeftButton);
    group->row(1)->chooseProperty(QStringLiteral("country"));
    QTest::keyClicks(group->row(1)->valueEditor()->lowEditor()->editor(),
                     QStringLiteral("Germany"));
    QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
    FilterRow *dates = builder->group(1)->row(0);
    dates->chooseProperty(QStringLiteral("closedate"));
    dates->chooseOperator(FilterOperator::Between);
    qobject_cast<QDateEdit *>(dates->valueEditor()->lowEditor()->editor())
        ->setDate(QDate(2026, 1, 1));
    qobject_cast<QDateEdit *>(dates->valueEditor()->highEditor()->editor())
        ->setDate(QDate(2026, 6, 30));
    // The count of the whole export and of each group, once the debounced searches answered.
    QTRY_COMPARE_WITH_TIMEOUT(int(wizard.counter()->state().status), int(CountState::Status::Ready),
                              5000);
    settle();
    if (!check(!builder->group(1)->countLabel()->isHidden() &&
                   !wizard.filtersPage()->countLabel()->isHidden(),
               QStringLiteral("the filters page shows no count")))
        return;
    visit(QStringLiteral("wizard-2-filters"), &wizard);
    {
        // While counting: a changed value is counted again once the typing stopped (a long
        // debounce holds the page in that state for the picture).
        wizard.counter()->setDebounceMs(60'000);
        QTest::keyClicks(group->row(1)->valueEditor()->lowEditor()->editor(), QStringLiteral("y"));
        settle();
        if (!check(wizard.counter()->state().status == CountState::Status::Counting,
                   QStringLiteral("the filters page is not counting after an edit")))
            return;
        visit(QStringLiteral("wizard-2-filters-counting"), &wizard);
        QTest::keyClick(group->row(1)->valueEditor()->lowEditor()->editor(), Qt::Key_Backspace);
        wizard.counter()->setDebounceMs(400); // RecordCounter's own
        QTRY_COMPARE_WITH_TIMEOUT(int(wizard.counter()->state().status),
                                  int(CountState::Status::Ready), 5000);
        settle();
    }
    if (g_problems) {
        // An unfinished row: it says nothing while new; Next shows why and stays on the page.
        QTest::mouseClick(builder->group(1)->addButton(), Qt::LeftButton);
        settle();
        FilterRow *unfinished = builder->group(1)->row(1);
        const int page = wizard.currentId();
        if (!check(unfinished->issue().isEmpty(),
                   QStringLiteral("a new row shows a problem before it was left")))
            return;
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        settle();
        if (!check(!unfinished->issue().isEmpty(), QStringLiteral("the unfinished row names no "
                                                                  "problem after Next")) ||
            !check(wizard.currentId() == page,
                   QStringLiteral("Next left the page with an unfinished row")))
            return;
        visit(QStringLiteral("wizard-2-filters-problem"), &wizard);
        QTest::mouseClick(unfinished->removeButton(), Qt::LeftButton);
        settle();
    }

    if (!next(wizard))
        return;
    PropertyPicker *picker = wizard.columnsPage()->picker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->treeModel()->propertyCount() > 0, 5000);
    picker->treeModel()->setData(picker->treeModel()->indexOf(QStringLiteral("annualrevenue")),
                                 Qt::Checked, Qt::CheckStateRole);
    picker->treeView()->setCurrentIndex(picker->treeView()->model()->index(0, 0));
    settle();
    visit(QStringLiteral("wizard-3-columns"), &wizard);
    if (g_problems) {
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("date"));
        settle();
        visit(QStringLiteral("wizard-3-columns-search"), &wizard);
        picker->searchEdit()->clear();
        settle();
    }

    if (!next(wizard))
        return;
    OutputPage *output = wizard.outputPage();
    QTest::mouseClick(output->formatButton(int(FileFormat::Xlsx)), Qt::LeftButton);
    for (int row = 0; row < output->associationsModel()->rowCount(); ++row) {
        QStandardItem *item = output->associationsModel()->item(row);
        if (item->data(Qt::UserRole).toString() == u"COMPANY")
            item->setCheckState(Qt::Checked);
    }
    settle();
    visit(QStringLiteral("wizard-4-output"), &wizard);

    if (!next(wizard))
        return;
    QTRY_COMPARE_WITH_TIMEOUT(int(wizard.counter()->state().status), int(CountState::Status::Ready),
                              5000);
    settle();
    visit(QStringLiteral("wizard-5-review"), &wizard);

    QTest::mouseClick(wizard.button(QWizard::CustomButton1), Qt::LeftButton);
    settle();
    SavePresetDialog *save = wizard.savePresetDialog();
    QVERIFY(save && save->isVisible());
    visit(QStringLiteral("save-preset"), save);
    save->reject();
}

void listWizard(const Visitor &visit)
{
    FakeHubSpot nam;
    ClientConfig config;
    config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.apiVersion = ApiVersion::V3; // the fake serves v3 paths
    HubSpotClient client(&nam, config);
    MetadataCache cache(&client);
    ExportWizard wizard(&cache);
    wizard.setAccounts(
        {{QStringLiteral("acme"), QStringLiteral("Acme Inc. (portal 1234567)"), false}},
        QStringLiteral("acme"));
    ExportOptions options;
    options.downloadDir = QDir::homePath() + QStringLiteral("/Downloads");
    wizard.setOptions(options);
    show(&wizard);
    if (QTest::currentTestFailed())
        return;
    wizard.sourcePage()->listButton()->setChecked(true);
    if (!next(wizard))
        return;
    ListPicker *picker = wizard.listPage()->picker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowCount() > 0, 5000);
    picker->view()->setCurrentIndex(picker->view()->model()->index(1, 0));
    QTRY_COMPARE_WITH_TIMEOUT(int(wizard.counter()->state().status), int(CountState::Status::Ready),
                              5000);
    settle();
    visit(QStringLiteral("wizard-2-list"), &wizard);
    if (!g_problems)
        return;

    // The properties fail to load: the page says so, with a way to try again.
    nam.failing.insert(QStringLiteral("/crm/v3/properties/"));
    if (!next(wizard))
        return;
    BusyNote *note = wizard.columnsPage()->busyNote();
    QTRY_VERIFY_WITH_TIMEOUT(note->hasError(), 5000);
    settle();
    if (!check(note->isVisible() && note->retryButton()->isVisible(),
               QStringLiteral("the load error or its Retry button is hidden")) ||
        !check(note->text().contains(QStringLiteral("Not found in the fake portal")),
               QStringLiteral("the load error does not say why: ") + note->text()))
        return;
    visit(QStringLiteral("wizard-3-columns-error"), &wizard);
}

void dialogs(const Visitor &visit)
{
    QTemporaryDir state;
    MemoryTokenVault vault;
    AccountStore accounts(&vault, state.filePath(QStringLiteral("accounts.json")));
    Account acme;
    acme.name = QStringLiteral("Acme Inc.");
    accounts.save(acme);
    Account sandbox;
    sandbox.name = tr("es::AppContext", "Sandbox");
    sandbox.isSandbox = true;
    sandbox.apiBase = QStringLiteral("http://127.0.0.1:41234");
    accounts.save(sandbox);
    {
        AccountsDialog dialog(&accounts);
        dialog.setVaultState(true, {});
        show(&dialog);
        if (QTest::currentTestFailed())
            return;
        visit(QStringLiteral("accounts-dialog"), &dialog);
    }
    {
        // Save tests a new token first: the busy row with its elapsed time and Cancel.
        AccountsDialog dialog(&accounts);
        dialog.setVaultState(true, {});
        dialog.startNewAccount();
        dialog.nameEdit()->setText(QStringLiteral("Acme Inc."));
        dialog.tokenEdit()->setText(QStringLiteral("pat-na1-0000"));
        dialog.setBusy(true, tr("es::AccountsController", "Checking the token with HubSpot…"));
        show(&dialog);
        if (QTest::currentTestFailed())
            return;
        visit(QStringLiteral("accounts-dialog-busy"), &dialog);
    }
    {
        HelpWindow window;
        show(&window);
        if (QTest::currentTestFailed())
            return;
        visit(QStringLiteral("help-first-export"), &window);
        window.showTopic(HelpTopics::Topic::Troubleshooting);
        settle();
        visit(QStringLiteral("help-troubleshooting"), &window);
    }
    if (g_problems) {
        AccountsDialog dialog(&accounts);
        // The keychain's prompt was declined: its own reason and what to do, said once.
        dialog.setVaultState(
            false, KeychainTokenVault::fallbackMessage({}, KeychainTokenVault::Problem::Declined));
        // HubSpot's refusal as the dialog words it, with a correlation id that must not break.
        const QString refused =
            tr("es::AccountsController", "%1 (HubSpot correlation id %2)")
                .arg(tr("es::AccountsController",
                        "HubSpot refused this token (%1): copy the private app's token again in "
                        "HubSpot (Settings › Integrations › Private apps) and paste it here.")
                         .arg(u"INVALID_AUTHENTICATION"),
                     u"9c1e4b2a-7f3d-4e58-b0a6-2d8c5f1e9a37");
        dialog.setTestResult(false, refused);
        show(&dialog);
        if (QTest::currentTestFailed())
            return;
        if (!check(dialog.vaultLabel()->isVisible() &&
                       dialog.vaultLabel()->text().contains(QStringLiteral("keychain")),
                   QStringLiteral("the keychain problem is not shown")) ||
            !check(dialog.testResultLabel()->isVisible() &&
                       dialog.testResultLabel()->text().contains(
                           u"9c1e4b2a-7f3d-4e58-b0a6-2d8c5f1e9a37"),
                   QStringLiteral("the refused token is not shown")))
            return;
        visit(QStringLiteral("accounts-dialog-problem"), &dialog);
    }
    {
        SettingsValues values;
        values.downloadDir = QStringLiteral("/home/user/Downloads");
        values.proxyMode = Settings::ProxyMode::Manual;
        values.proxyHost = QStringLiteral("proxy.corp.example");
        values.proxyPort = 3128;
        values.proxyUser = QStringLiteral("alice");
        SettingsDialog dialog(values);
        show(&dialog);
        if (QTest::currentTestFailed())
            return;
        visit(QStringLiteral("settings-dialog"), &dialog);
    }
    if (g_problems) {
        // A manual proxy whose password the keychain does not have.
        SettingsValues values;
        values.downloadDir = QStringLiteral("/home/user/Downloads");
        values.proxyMode = Settings::ProxyMode::Manual;
        values.proxyHost = QStringLiteral("proxy.corp.example");
        values.proxyPort = 3128;
        values.proxyUser = QStringLiteral("alice");
        SettingsDialog dialog(values);
        const QString problem =
            tr("es::NetworkSetup", "No password is saved for the proxy user \"%1\". Enter it in "
                                   "the network settings.")
                .arg(u"alice");
        dialog.setNetworkProblem(problem);
        show(&dialog);
        if (QTest::currentTestFailed())
            return;
        if (!check(dialog.networkProblemLabel()->isVisible() &&
                       dialog.networkProblemLabel()->text().contains(problem),
                   QStringLiteral("the proxy problem is not shown")))
            return;
        visit(QStringLiteral("settings-dialog-problem"), &dialog);
    }
}

void collectStrings(const QJsonValue &value, QSet<QString> *out)
{
    if (value.isString())
        out->insert(value.toString());
    else if (value.isArray())
        for (const auto &item : value.toArray())
            collectStrings(item, out);
    else if (value.isObject())
        for (const auto &item : value.toObject())
            collectStrings(item, out);
}

} // namespace

bool forEachScreen(const Visitor &visit, States states)
{
    g_problems = states == States::WithProblems;
    const auto reset = qScopeGuard([] { g_problems = false; });
    for (void (*screen)(const Visitor &) : {mainWindow, viewWizard, listWizard, dialogs}) {
        screen(visit);
        if (QTest::currentTestFailed())
            return false;
    }
    return true;
}

QSet<QString> dataTexts()
{
    QSet<QString> texts;
    collectStrings(FakeHubSpot::contactProperties(), &texts);
    collectStrings(FakeHubSpot::contactGroups(), &texts);
    collectStrings(FakeHubSpot::lists(), &texts);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Preset &preset : sample::presets(now))
        texts.insert(preset.name);
    for (const JobInfo &job : sample::transfers(now, QStringLiteral("/tmp")))
        texts.insert(job.request.exportName);
    texts += {QStringLiteral("Pets"),
              QStringLiteral("Pet"),
              QStringLiteral("Pet name"),
              QStringLiteral("Species"),
              QStringLiteral("Acme Inc."),
              QStringLiteral("Beta GmbH"),
              QStringLiteral("Old contacts"),
              QStringLiteral("Acme Inc. (portal 1234567)"),
              QStringLiteral("Germany"),
              QStringLiteral("alice"),
              QStringLiteral("proxy.corp.example"),
              QStringLiteral("3128"),
              QStringLiteral("/home/user/Downloads"),
              QDir::homePath() + QStringLiteral("/Downloads"),
              QDir::homePath() + QStringLiteral("/Downloads/HubSpot exports")};
    return texts;
}

QPalette darkPalette()
{
    // Button and window colours first: Qt derives the frame shades (light, mid, dark) from them,
    // as a desktop's dark theme does.
    QPalette p(QColor(0x35, 0x35, 0x39), QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x36));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9f));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x74));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x74));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x74));
    return p;
}

QString screenshotDir(const QString &sub)
{
    QString path = QStringLiteral(ES_BUILD_DIR "/screenshots");
    if (!sub.isEmpty())
        path += QLatin1Char('/') + sub;
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        path += QStringLiteral("-x11");
    QDir().mkpath(path);
    return path;
}

QString saveScreenshot(QWidget *window, const QString &dir, const QString &name)
{
    QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!QTest::qVerify(window->grab().save(path), "grab().save()", qPrintable(path), __FILE__,
                        __LINE__))
        return {};
    return path;
}

} // namespace es::screens
