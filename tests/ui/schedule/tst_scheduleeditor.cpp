// The schedule editor with mouse and keys on its controls: a set of schedules that cannot fit in
// the daily limit is refused with the number of exports it needs, a weekly schedule is made by
// clicking days, a new schedule shows its first run (its next slot, not at once) and the day's
// plan. Its controller saves what OK gives (keeping when an unchanged rule was set) and refuses a
// set that stopped fitting. The Settings dialog's tray option, and closing the main window with
// it on: the window hides, the tray's Quit quits. Screenshots in English and German.

#include "common/translationloader.h"
#include "main/appcontext.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"
#include "presets/presetspanel.h"
#include "schedule/dayplanmodel.h"
#include "schedule/schedulecontroller.h"
#include "schedule/scheduleeditor.h"
#include "schedule/traykeeper.h"
#include "settings/settingscontroller.h"
#include "settings/settingsdialog.h"
#include "uiscreens.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <schedule/schedulerunner.h>
#include <storage/paths.h>
#include <storage/presetstore.h>
#include <storage/settings.h>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

// Local time (the tests run with TZ=Europe/Berlin). 2026-12-07 is a Monday.
QDateTime local(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
}

const QDateTime Now = local(7, 9, 0);

// Opens the combo's list with a click and clicks the item.
void chooseByMouse(QComboBox *combo, int index)
{
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    // The combo ignores a release that soon after opening (the opening click's own release).
    QTest::qWait(QApplication::doubleClickInterval() + 100);
    const QRect rect = view->visualRect(view->model()->index(index, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(combo->currentIndex(), index);
    QTRY_VERIFY(!view->isVisible());
}

// Types a number into the spin box, as a person replaces what is there.
void typeNumber(QSpinBox *spin, int value)
{
    QTest::mouseClick(spin, Qt::LeftButton);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

void clickOk(ScheduleEditor *editor)
{
    QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

ScheduledPreset scheduled(const QString &id, const QString &spec, const QDateTime &lastRun)
{
    QString error;
    Schedule s = Schedule::parse(spec, &error);
    s.since = local(1, 12, 0).toUTC();
    return {id, id, s, lastRun};
}

int rowsOf(const DayPlanModel *model, const QString &presetId)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, 0).data(DayPlanModel::PresetIdRole) == presetId ? 1 : 0;
    return count;
}

Preset contactsPreset(const QString &name)
{
    Preset preset;
    preset.name = name;
    preset.request.exportName = name;
    preset.request.objectType = u"CONTACT"_s;
    preset.request.objectProperties = {u"email"_s};
    return preset;
}

} // namespace

class TestScheduleEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_state;

    ScheduleEditor::Planning planning()
    {
        ScheduleEditor::Planning p;
        p.preset = {u"contacts"_s, u"Contacts"_s, Schedule{}, QDateTime()};
        // Hourly, last at 08:30: 24 exports a day already.
        p.others = {scheduled(u"hourly"_s, u"every 1h"_s, local(7, 8, 30))};
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<QTemporaryDir>();
        QVERIFY(m_state->isValid());
        Paths::setStateDirOverride(m_state->path());
    }

    void cleanup()
    {
        Paths::setStateDirOverride({});
        m_state.reset();
    }

    void refusesASetThatCannotFitAndSaysHowMany()
    {
        ScheduleEditor editor(planning(), nullptr, [] { return Now; });
        QSignalSpy chosen(&editor, &ScheduleEditor::scheduleChosen);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // Not scheduled yet: the plan holds the hourly preset's 24 runs.
        QVERIFY2(editor.fitLabel()->text().contains(u"24 of the 30"_s),
                 qPrintable(editor.fitLabel()->text()));
        QCOMPARE(rowsOf(editor.planModel(), u"hourly"_s), 24);
        QCOMPARE(rowsOf(editor.planModel(), u"contacts"_s), 0);
        QVERIFY(!editor.hoursSpin()->isVisible());

        chooseByMouse(editor.kindCombo(), 1); // every few hours
        QVERIFY(editor.hoursSpin()->isVisible());
        QVERIFY(!editor.timeEdit()->isVisible());
        typeNumber(editor.hoursSpin(), 2);
        // 24 + 12 exports a day: refused, with the number.
        QVERIFY(!editor.fits());
        QVERIFY2(editor.fitLabel()->text().contains(
                     u"These schedules need 36 exports a day; HubSpot allows 30."_s),
                 qPrintable(editor.fitLabel()->text()));
        QVERIFY(!editor.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        clickOk(&editor);
        QCOMPARE(chosen.size(), 0);
        QVERIFY(editor.isVisible());

        typeNumber(editor.hoursSpin(), 6);
        QVERIFY(editor.fits());
        QVERIFY(editor.fitLabel()->text().contains(u"28 of the 30"_s));
        // Never run, set now (09:00): first at 15:00, not at once; its runs are in the plan,
        // emphasised.
        QVERIFY2(editor.nextRunLabel()->text().startsWith(u"First run: 15:00"_s),
                 qPrintable(editor.nextRunLabel()->text()));
        // 15:00, 21:00, 03:00 and 09:00 (the 24 hours' last minute).
        QCOMPARE(rowsOf(editor.planModel(), u"contacts"_s), 4);
        for (int row = 0; row < editor.planModel()->rowCount(); ++row) {
            const QModelIndex index = editor.planModel()->index(row, 0);
            QCOMPARE(index.data(DayPlanModel::HighlightedRole).toBool(),
                     index.data(DayPlanModel::PresetIdRole) == u"contacts"_s);
        }
        QVERIFY(editor.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void weeklyByClickingDays()
    {
        ScheduleEditor editor(planning(), nullptr, [] { return Now; });
        QSignalSpy chosen(&editor, &ScheduleEditor::scheduleChosen);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        chooseByMouse(editor.kindCombo(), 3); // weekly
        QVERIFY(editor.dayButton(1)->isVisible());
        // No day yet: not allowed, and it says what to do.
        QVERIFY(!editor.fits());
        QCOMPARE(editor.fitLabel()->text(), u"Choose at least one day."_s);
        clickOk(&editor);
        QCOMPARE(chosen.size(), 0);

        QTest::mouseClick(editor.dayButton(Qt::Monday), Qt::LeftButton);
        QTest::mouseClick(editor.dayButton(Qt::Thursday), Qt::LeftButton);
        QVERIFY(editor.dayButton(Qt::Monday)->isChecked());
        editor.timeEdit()->setTime(QTime(7, 30));
        QVERIFY(editor.fits());
        // Monday's 07:30 passed before it was set: Thursday is the first.
        QVERIFY2(editor.nextRunLabel()->text().startsWith(u"First run: Thu 07:30"_s),
                 qPrintable(editor.nextRunLabel()->text()));
        clickOk(&editor);
        QCOMPARE(chosen.size(), 1);
        const Schedule s = chosen.first().first().value<Schedule>();
        QCOMPARE(s.toSpec(), u"weekly mon,thu 07:30"_s);
        QCOMPARE(s.since, Now.toUTC());
        QVERIFY(!editor.isVisible());
    }

    void controllerSavesWhatOkGivesAndRechecksTheLimit()
    {
        PresetStore store(m_state->filePath(u"presets"_s));
        const QString id = store.save(contactsPreset(u"Contacts"_s));
        QVERIFY(!id.isEmpty());
        ScheduleController controller(&store, nullptr, [] { return QString(); });
        QDateTime now = Now;
        controller.setClock([&now] { return now; });
        QSignalSpy information(&controller, &ScheduleController::information);

        ScheduleEditor *editor = controller.open(id, nullptr);
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(editor->windowTitle(), u"Schedule “Contacts”"_s);
        chooseByMouse(editor->kindCombo(), 2); // daily
        editor->timeEdit()->setTime(QTime(18, 0));
        QVERIFY2(editor->nextRunLabel()->text().startsWith(u"First run: 18:00"_s),
                 qPrintable(editor->nextRunLabel()->text()));
        clickOk(editor);
        QCOMPARE(store.find(id)->schedule.toSpec(), u"daily 18:00"_s);
        QCOMPARE(store.find(id)->schedule.since, Now.toUTC());
        QCOMPARE(information.size(), 1);
        QCOMPARE(information.first().first().toString(),
                 u"“Contacts” is scheduled: Daily at 18:00. Next run: 18:00."_s);

        // Opened again an hour later: it shows the schedule; OK unchanged keeps when it was set.
        now = local(7, 10, 0);
        editor = controller.open(id, nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(editor->kindCombo()->currentIndex(), 2);
        QCOMPARE(editor->timeEdit()->time(), QTime(18, 0));
        clickOk(editor);
        QCOMPARE(store.find(id)->schedule.since, Now.toUTC());

        // Another preset took most of the day meanwhile (the CLI): every 2 hours no longer fits.
        Preset hourly = contactsPreset(u"Hourly"_s);
        hourly.schedule = Schedule::everyHours(1);
        QVERIFY(!store.save(hourly).isEmpty());
        QSignalSpy problem(&controller, &ScheduleController::problem);
        QVERIFY(!controller.apply(id, Schedule::everyHours(2)));
        QCOMPARE(problem.size(), 1);
        QCOMPARE(problem.first().first().toString(),
                 u"These schedules need 36 exports a day; HubSpot allows 30."_s);
        QCOMPARE(store.find(id)->schedule.toSpec(), u"daily 18:00"_s);
    }

    void presetsContextActionOpensTheEditor()
    {
        QNetworkAccessManager nam;
        AppContext::Options options;
        options.memoryVault = true;
        AppContext context(&nam, options);
        const QString id = context.presets()->save(contactsPreset(u"Weekly customers"_s));
        MainWindowController controller(&context);
        controller.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(controller.window()));
        PresetsPanel *panel = controller.window()->presetsPanel();
        panel->selectPreset(id);
        QVERIFY(panel->scheduleAction()->isEnabled());
        panel->scheduleAction()->trigger();
        ScheduleEditor *editor = controller.scheduleController()->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(editor->windowTitle(), u"Schedule “Weekly customers”"_s);
        editor->reject();
        // The app runs scheduled presets once its context is ready, not before.
        QVERIFY(!controller.scheduleRunner()->isActive());
        context.start();
        QTRY_VERIFY(context.isReady());
        QTRY_VERIFY(controller.scheduleRunner()->isActive());
    }

    void trayOptionFollowsTheTray()
    {
        SettingsDialog dialog(SettingsValues{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setTrayAvailable(false);
        QVERIFY(!dialog.keepInTrayBox()->isEnabled());
        QVERIFY(dialog.trayNoteLabel()->isVisible());
        QVERIFY(dialog.trayNoteLabel()->text().contains(u"no system tray"_s));
        dialog.setTrayAvailable(true);
        QVERIFY(dialog.keepInTrayBox()->isEnabled());
        QVERIFY(!dialog.trayNoteLabel()->isVisible());
        QVERIFY(!dialog.values().keepInTray);
        QTest::mouseClick(dialog.keepInTrayBox(), Qt::LeftButton, {},
                          QPoint(8, dialog.keepInTrayBox()->height() / 2));
        QVERIFY(dialog.values().keepInTray);
    }

    void closingHidesInTheTrayAndQuitQuits()
    {
        QNetworkAccessManager nam;
        AppContext::Options options;
        options.memoryVault = true;
        AppContext context(&nam, options);
        MainWindowController controller(&context);
        TrayKeeper *tray = controller.trayKeeper();
        int quits = 0;
        tray->setQuit([&quits] { ++quits; });
        tray->setTrayAvailability([] { return true; });
        MainWindow *window = controller.window();
        QSignalSpy closing(window, &MainWindow::closing);
        QSignalSpy hidden(window, &MainWindow::hiddenOnClose);

        // Off: closing closes.
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!tray->isActive());
        window->close();
        QCOMPARE(closing.size(), 1);
        QCOMPARE(hidden.size(), 0);

        // On (through the Settings dialog, as a person does it): closing hides, the app runs on.
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        Q_EMIT window->settingsRequested();
        SettingsDialog *dialog = controller.settingsController()->dialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->keepInTrayBox()->isEnabled());
        QTest::mouseClick(dialog->keepInTrayBox(), Qt::LeftButton, {},
                          QPoint(8, dialog->keepInTrayBox()->height() / 2));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(context.settings()->keepInTray());
        QVERIFY(tray->isActive());
        QVERIFY(tray->icon() && tray->icon()->isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        window->close();
        QVERIFY(!window->isVisible());
        QCOMPARE(hidden.size(), 1);
        QCOMPARE(closing.size(), 1);
        QCOMPARE(quits, 0);
        // The tray brings it back; its Quit quits (through the window's Quit: layout saved).
        tray->showAction()->trigger();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        tray->quitAction()->trigger();
        QCOMPARE(closing.size(), 2);
        QCOMPARE(quits, 1);
        QVERIFY(!window->isVisible());
        context.settings()->setKeepInTray(false);
        QVERIFY(QApplication::quitOnLastWindowClosed());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << u"de"_s;
    }
    void screenshots()
    {
        QFETCH(QString, language);
        TranslationLoader loader;
        QCOMPARE(loader.install(language), language);
        const QString suffix = language.isEmpty() ? u"en"_s : language;
        const QString dir = screens::screenshotDir(u"schedule"_s);

        ScheduleEditor::Planning p;
        Schedule weekly = Schedule::weekly({Qt::Monday, Qt::Thursday}, QTime(7, 30));
        weekly.since = local(1, 12, 0).toUTC();
        p.preset = {u"contacts"_s, u"Weekly customers"_s, weekly, local(3, 7, 30)};
        p.others = {scheduled(u"deals"_s, u"every 4h"_s, local(7, 6, 0)),
                    scheduled(u"tickets"_s, u"daily 09:00"_s, local(6, 9, 0)),
                    scheduled(u"companies"_s, u"daily 18:00"_s, local(6, 18, 0))};
        p.others[0].name = u"Open deals"_s;
        p.others[1].name = u"Support tickets"_s;
        p.others[2].name = u"Companies"_s;
        p.spentStarts = {local(6, 12, 0).toUTC(), local(7, 8, 0).toUTC()};
        {
            ScheduleEditor editor(p, nullptr, [] { return Now; });
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QVERIFY(
                !screens::saveScreenshot(&editor, dir, u"schedule-editor-"_s + suffix).isEmpty());
            // The same set with this one every hour: refused.
            chooseByMouse(editor.kindCombo(), 1);
            typeNumber(editor.hoursSpin(), 1);
            QVERIFY(!editor.fits());
            // What the event loop does before the next paint: lay out without the hidden rows.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(!screens::saveScreenshot(&editor, dir, u"schedule-editor-refused-"_s + suffix)
                         .isEmpty());
        }
        {
            SettingsValues values;
            values.downloadDir = u"/home/user/Downloads"_s;
            values.keepInTray = true;
            SettingsDialog dialog(values);
            dialog.setTrayAvailable(true);
            dialog.setTimerInstalled(true);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!screens::saveScreenshot(&dialog, dir, u"settings-schedules-"_s + suffix)
                         .isEmpty());
        }
        {
            // As the controller opens it on a desktop without a tray.
            SettingsValues values;
            values.downloadDir = u"/home/user/Downloads"_s;
            SettingsDialog dialog(values);
            dialog.setTrayAvailable(false);
            dialog.setTimerInstalled(false);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QLabel *note = dialog.trayNoteLabel();
            QVERIFY2(note->height() >= note->heightForWidth(note->width()),
                     qPrintable(u"%1 %2 %3 %4"_s.arg(note->height())
                                    .arg(note->heightForWidth(note->width()))
                                    .arg(dialog.height())
                                    .arg(dialog.sizeHint().height())));
            QVERIFY(
                !screens::saveScreenshot(&dialog, dir, u"settings-notray-"_s + suffix).isEmpty());
        }
    }
};

QTEST_MAIN(TestScheduleEditor)
#include "tst_scheduleeditor.moc"
