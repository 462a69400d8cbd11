// Renders the main window with finished, running, queued and failed transfers, presets and
// downloads (light and dark palettes), the welcome panel and the dialogs into
// ${build}/screenshots/ so a person can look at them. CTest runs it twice: offscreen, and under
// xvfb-run with the real X11 platform when xvfb-run is installed.
#include "common/noticebar.h"
#include "common/placeholdertreeview.h"
#include "downloads/downloadsmodel.h"
#include "downloads/downloadsview.h"
#include "main/mainwindow.h"
#include "presets/presetsmodel.h"
#include "presets/presetspanel.h"
#include "sampledata.h"
#include "settings/accountsdialog.h"
#include "settings/settingsdialog.h"
#include "transfers/jobfeed.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <storage/accountstore.h>
#include <storage/paths.h>
#include <storage/tokenvault.h>

using namespace es;

class TestMainScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void welcome();
    void dialogs();

private:
    QString save(QWidget *widget, const QString &name);
    static QPalette darkPalette();

    QTemporaryDir m_state;
    QString m_outDir;
    QPalette m_light;
};

void TestMainScreens::initTestCase()
{
    QVERIFY(m_state.isValid());
    Paths::setStateDirOverride(m_state.path());
    m_outDir = QStringLiteral(ES_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
    m_light = QApplication::palette();
}

QPalette TestMainScreens::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
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

QString TestMainScreens::save(QWidget *widget, const QString &name)
{
    // The xvfb run uses the real X11 platform; keep its pictures beside the offscreen ones.
    const QString suffix = QGuiApplication::platformName() == QLatin1String("xcb")
                               ? QStringLiteral("-x11")
                               : QString();
    QString path = m_outDir + QLatin1Char('/') + name + suffix + QStringLiteral(".png");
    const QPixmap pixmap = widget->grab();
    if (!pixmap.save(path))
        return {};
    return path;
}

void TestMainScreens::mainWindow_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestMainScreens::mainWindow()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : m_light);
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

    MainWindow window(&transfers, &files, &presets);
    window.setAccounts({{QStringLiteral("acme"), QStringLiteral("Acme Inc."), false},
                        {QStringLiteral("sb"), QStringLiteral("Sandbox"), true}},
                       QStringLiteral("sb"));
    window.setSandboxActive(true);
    window.showWelcome(false);
    window.setQuota(12, 30, now.addSecs(1500));
    window.setConnectionText(QStringLiteral("Sandbox running at 127.0.0.1:41234"));
    window.setRateLimitText(QStringLiteral("API 97/100 per 10 s"));
    window.setActivityText(QStringLiteral("2 running, 1 queued · if you quit, they carry on the "
                                          "next time you start Export Studio"));
    window.noticeBar()->showNotice(
        NoticeBar::Kind::Information, QStringLiteral("Deleted the preset “Old contacts”."),
        QStringLiteral("&Undo"), [] {}, 0);
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.presetsPanel()->selectPreset(QStringLiteral("p1"));
    window.transfersPanel()->selectJob(QStringLiteral("j4"));
    transfers.flush();
    QTest::qWait(50);

    QCOMPARE(window.windowTitle(), QStringLiteral("Export Studio — Sandbox"));
    QVERIFY(window.sandboxBadge()->isVisible());
    QVERIFY(window.quotaLabel()->text().startsWith(QStringLiteral("12 of 30 exports left today")));
    // Nothing important is cut off at the default size.
    QTreeView *view = window.transfersPanel()->view();
    QVERIFY(view->columnWidth(TransferModel::StateColumn) >=
            view->fontMetrics().horizontalAdvance(QStringLiteral("Waiting at HubSpot")) + 24);

    const QString path =
        save(&window, dark ? QStringLiteral("main-window-dark") : QStringLiteral("main-window"));
    QVERIFY(!path.isEmpty());
    qInfo("saved %s", qPrintable(path));
    QApplication::setPalette(m_light);
}

void TestMainScreens::welcome()
{
    StaticJobFeed feed;
    TransferModel transfers(&feed);
    DownloadsModel files;
    PresetsModel presets;
    MainWindow window(&transfers, &files, &presets);
    window.setAccounts({}, {});
    window.showWelcome(true);
    window.setConnectionText(QStringLiteral("No account yet"));
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Export Studio"));
    QVERIFY(window.isWelcomeShown());
    QVERIFY(!save(&window, QStringLiteral("welcome")).isEmpty());
}

void TestMainScreens::dialogs()
{
    MemoryTokenVault vault;
    AccountStore accounts(&vault, m_state.filePath(QStringLiteral("accounts.json")));
    Account acme;
    acme.name = QStringLiteral("Acme Inc.");
    accounts.save(acme);
    AccountsDialog dialog(&accounts);
    dialog.setVaultState(false, {});
    dialog.setTestResult(false, QStringLiteral("HubSpot accepted the token, but it lacks the "
                                               "crm.export scope."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!save(&dialog, QStringLiteral("accounts-dialog")).isEmpty());

    SettingsValues values;
    values.downloadDir = QStringLiteral("/home/user/Downloads");
    SettingsDialog settings(values);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QVERIFY(!save(&settings, QStringLiteral("settings-dialog")).isEmpty());

    // The Network section with a manual proxy whose password the keychain does not have.
    values.proxyMode = Settings::ProxyMode::Manual;
    values.proxyHost = QStringLiteral("proxy.corp.example");
    values.proxyPort = 3128;
    values.proxyUser = QStringLiteral("alice");
    values.proxyPassword = QString();
    SettingsDialog proxy(values);
    proxy.setNetworkProblem(QStringLiteral("No password is saved for the proxy user \"alice\". "
                                           "Enter it in the network settings."));
    proxy.show();
    QVERIFY(QTest::qWaitForWindowExposed(&proxy));
    QVERIFY(proxy.networkProblemLabel()->isVisible());
    QVERIFY(!save(&proxy, QStringLiteral("settings-dialog-proxy")).isEmpty());
}

QTEST_MAIN(TestMainScreens)
#include "tst_mainscreens.moc"
