// Renders the main window (light and dark palettes), the welcome panel and the dialogs, their
// problem states included, into ${build}/screenshots/ so a person can look at them. The windows
// come from es::screens (tests/support/ui), which checks that each problem state shows its
// problem before the picture is taken; this test checks what the main window must show. CTest
// runs it twice: offscreen, and under xvfb-run with the real X11 platform when xvfb-run is
// installed. wizard-screens does the same for the export wizard.
#include "common/placeholdertreeview.h"
#include "main/mainwindow.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"
#include "uiscreens.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <storage/paths.h>

using namespace es;

class TestMainScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windows_data();
    void windows();

private:
    static void checkMainWindow(QWidget *window);

    QTemporaryDir m_state;
    QString m_dir;
};

void TestMainScreens::initTestCase()
{
    QVERIFY(m_state.isValid());
    Paths::setStateDirOverride(m_state.path());
    m_dir = screens::screenshotDir();
}

void TestMainScreens::checkMainWindow(QWidget *window)
{
    auto *main = qobject_cast<MainWindow *>(window);
    QVERIFY(main);
    QCOMPARE(main->windowTitle(), QStringLiteral("Export Studio — Sandbox"));
    QVERIFY(main->sandboxBadge()->isVisible());
    QVERIFY(main->quotaLabel()->text().startsWith(QStringLiteral("12 of 30 exports left today")));
    // Nothing important is cut off at the default size.
    QTreeView *view = main->transfersPanel()->view();
    QVERIFY(view->columnWidth(TransferModel::StateColumn) >=
            view->fontMetrics().horizontalAdvance(QStringLiteral("Waiting at HubSpot")) + 24);
}

void TestMainScreens::windows_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestMainScreens::windows()
{
    QFETCH(bool, dark);
    const QPalette light = QApplication::palette();
    if (dark)
        QApplication::setPalette(screens::darkPalette());
    QStringList saved;
    const bool built = screens::forEachScreen(
        [&](const QString &name, QWidget *window) {
            if (name.startsWith(u"wizard") || name == u"save-preset")
                return; // wizard-screens' part
            if (name == u"main-window") {
                checkMainWindow(window);
            } else if (name == u"quota-tooltip") {
                // When each of the 18 spent slots frees up, per day (today, tomorrow).
                const QString tip = qobject_cast<QLabel *>(window)->text();
                QVERIFY2(tip.contains(QStringLiteral("up today at")) ||
                             tip.contains(QStringLiteral("up tomorrow")),
                         qPrintable(tip));
            } else if (name == u"queued-job-tooltip") {
                const QString tip = qobject_cast<QLabel *>(window)->text();
                QVERIFY2(tip.contains(QStringLiteral("Expected to start about")), qPrintable(tip));
            } else if (name == u"done-job-tooltip") {
                // The completeness check of the finished export's files.
                const QString tip = qobject_cast<QLabel *>(window)->text();
                QVERIFY2(tip.contains(QStringLiteral("9,216 records, as HubSpot reported")),
                         qPrintable(tip));
            } else if (name == u"welcome") {
                QCOMPARE(window->windowTitle(), QStringLiteral("Export Studio"));
                QVERIFY(qobject_cast<MainWindow *>(window)->isWelcomeShown());
            }
            if (QTest::currentTestFailed())
                return;
            const QString path = screens::saveScreenshot(
                window, m_dir, dark ? name + QStringLiteral("-dark") : name);
            if (!path.isEmpty())
                saved << name;
        },
        screens::States::WithProblems);
    QApplication::setPalette(light);
    QVERIFY(built);
    QCOMPARE(
        saved,
        QStringList({QStringLiteral("main-window"), QStringLiteral("quota-tooltip"),
                     QStringLiteral("queued-job-tooltip"), QStringLiteral("done-job-tooltip"),
                     QStringLiteral("main-window-small"), QStringLiteral("welcome"),
                     QStringLiteral("accounts-dialog"), QStringLiteral("accounts-dialog-busy"),
                     QStringLiteral("help-first-export"), QStringLiteral("help-troubleshooting"),
                     QStringLiteral("accounts-dialog-problem"), QStringLiteral("settings-dialog"),
                     QStringLiteral("settings-dialog-problem")}));
    qInfo("saved %lld pictures in %s", qint64(saved.size()), qPrintable(m_dir));
}

QTEST_MAIN(TestMainScreens)
#include "tst_mainscreens.moc"
