// Screen readers and keyboards: every window of the desktop app (main window, welcome, each
// wizard page with its filter rows and pickers, Save as preset, settings, accounts) is built in a
// realistic state, and
//  - every visible control that takes keyboard focus has an accessible name (label buddy,
//    button text or an explicit name; an icon-only button without one fails);
//  - Tab walks through every enabled control and comes back to where it started (no trap);
//  - the main window's actions have shortcuts that do not collide and are shown in its menus.
#include "common/icons.h"
#include "common/placeholdertreeview.h"
#include "downloads/downloadsview.h"
#include "main/mainwindow.h"
#include "presets/presetspanel.h"
#include "transfers/transferspanel.h"
#include "uiscreens.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

using namespace es;

namespace {

QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char('#') + w->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text += QStringLiteral(" \"%1\"").arg(button->text());
    if (!w->toolTip().isEmpty())
        text += QStringLiteral(" tip \"%1\"").arg(w->toolTip().left(40));
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_")) {
            text += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    return text;
}

// What Tab can land on, as QWidget::focusNextPrevChild decides it.
bool takesTabFocus(const QWidget *w, const QWidget *window)
{
    return w->window() == window && w->isVisible() && w->isEnabled() &&
           (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

// The widget whose accessible interface speaks for `w`: the line edit inside a spin box, date
// edit or editable combo box is announced as that box (Qt reports the box's focus for it).
const QWidget *speaker(const QWidget *w)
{
    QWidget *parent = w->parentWidget();
    if (parent && parent->focusProxy() == w &&
        (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)))
        return parent;
    return w;
}

// A name someone gave: the accessible name, a label's buddy, or the group box around it. Qt
// would also name a combo box by its current item, which says what is chosen, not what for.
QString givenName(const QWidget *w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    if (const QWidget *parent = w->parentWidget()) {
        for (const QObject *child : parent->children())
            if (const auto *label = qobject_cast<const QLabel *>(child);
                label && label->buddy() == w)
                return label->text();
        if (const auto *group = qobject_cast<const QGroupBox *>(parent))
            return group->title();
    }
    return {};
}

QStringList unnamedControls(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisible() ||
            (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || w->focusProxy())
            continue;
        const QWidget *who = speaker(w);
        QAccessibleInterface *iface =
            QAccessible::queryAccessibleInterface(const_cast<QWidget *>(who));
        const QString name = qobject_cast<const QComboBox *>(who)
                                 ? givenName(who).trimmed()
                                 : (iface ? iface->text(QAccessible::Name).trimmed() : QString());
        if (name.isEmpty())
            problems << describe(who);
        // Rows a delegate paints (progress bars, two-line presets) still read as words.
        auto *view = qobject_cast<QAbstractItemView *>(w);
        QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
        if (!view || !table || !view->model() || view->model()->rowCount() == 0)
            continue;
        for (int column = 0; column < table->columnCount(); ++column) {
            if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isColumnHidden(column))
                continue;
            QAccessibleInterface *cell = table->cellAt(0, column);
            if (cell && cell->text(QAccessible::Name).trimmed().isEmpty())
                problems << QStringLiteral("%1: row 1, column %2").arg(describe(w)).arg(column + 1);
        }
    }
    return problems;
}

// Presses Tab from the first control until focus comes back; returns the problems.
QStringList tabProblems(QWidget *window, QList<QWidget *> *order = nullptr)
{
    QList<QWidget *> expected;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (takesTabFocus(w, window))
            expected << w;
    if (expected.isEmpty())
        return {QStringLiteral("nothing takes focus")};

    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("window not active")};
    QWidget *start = expected.first();
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return {QStringLiteral("could not focus %1").arg(describe(start))};

    QList<QWidget *> visited{start};
    bool cameBack = false;
    int stayed = 0;
    for (int i = 0; i < 4 * expected.size() + 10; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now->window() != window)
            return {QStringLiteral("Tab left the window from %1").arg(describe(before))};
        // A date edit takes Tab from one section to the next (day, month, year), then moves on.
        stayed = now == before ? stayed + 1 : 0;
        if (stayed > 3)
            return {QStringLiteral("Tab is trapped in %1").arg(describe(now))};
        if (now == start) {
            cameBack = true;
            break;
        }
        if (!visited.contains(now))
            visited << now;
    }
    if (order)
        *order = visited;
    QStringList problems;
    if (!cameBack)
        problems << QStringLiteral("Tab never came back to %1").arg(describe(start));
    for (QWidget *w : std::as_const(expected)) {
        if (visited.contains(w))
            continue;
        // Tab enters a group of radio buttons at its checked one; arrows move inside.
        const auto *radio = qobject_cast<QRadioButton *>(w);
        if (radio && !radio->isChecked() && radio->autoExclusive())
            continue;
        problems << QStringLiteral("Tab never reaches %1").arg(describe(w));
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QAccessible::setActive(true);
    }

    // The check itself: an icon-only button without a name must be caught.
    void checkCatchesUnnamedIconButton()
    {
        QDialog window;
        auto *layout = new QVBoxLayout(&window);
        auto *named = new QToolButton;
        named->setText(QStringLiteral("Add"));
        auto *iconOnly = new QToolButton;
        iconOnly->setObjectName(QStringLiteral("iconOnly"));
        iconOnly->setIcon(QApplication::style()->standardIcon(QStyle::SP_TrashIcon));
        iconOnly->setToolTip(QStringLiteral("Remove")); // a tooltip is not a name
        layout->addWidget(named);
        layout->addWidget(iconOnly);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList problems = unnamedControls(&window);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"iconOnly"), qPrintable(problems.first()));
        iconOnly->setAccessibleName(QStringLiteral("Remove"));
        QVERIFY(unnamedControls(&window).isEmpty());

        // A combo box is not named by its current item, nor a line edit by its placeholder.
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("unnamedCombo"));
        combo->addItems({QStringLiteral("CSV"), QStringLiteral("XLSX")});
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("unnamedEdit"));
        edit->setPlaceholderText(QStringLiteral("Search"));
        layout->addWidget(combo);
        layout->addWidget(edit);
        combo->show();
        edit->show();
        const QStringList more = unnamedControls(&window);
        QVERIFY2(more.size() == 2 && more.join(u' ').contains(u"unnamedCombo") &&
                     more.join(u' ').contains(u"unnamedEdit"),
                 qPrintable(more.join(u'\n')));
    }

    void everyControlIsNamed()
    {
        QStringList all;
        int screens = 0;
        int controls = 0;
        QVERIFY(screens::forEachScreen([&](const QString &name, QWidget *window) {
            ++screens;
            for (QWidget *w : window->findChildren<QWidget *>())
                controls += takesTabFocus(w, window);
            for (const QString &problem : unnamedControls(window))
                all << name + QStringLiteral(": ") + problem;
        }));
        qInfo("%d screens, %d focusable controls", screens, controls);
        QVERIFY(screens >= 10);
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
    }

    void tabReachesEveryControl()
    {
        QStringList all;
        QVERIFY(screens::forEachScreen([&](const QString &name, QWidget *window) {
            // A tooltip (Qt's QTipLabel) shows text for a control that has the focus itself.
            if (window->inherits("QTipLabel"))
                return;
            QList<QWidget *> order;
            for (const QString &problem : tabProblems(window, &order))
                all << name + QStringLiteral(": ") + problem;
            // The main window reads left to right, top to bottom: presets, transfers, downloads.
            if (auto *main = qobject_cast<MainWindow *>(window); main && name == u"main-window") {
                // Tab runs in a circle: read it from the presets list on.
                if (const qsizetype start = order.indexOf(main->presetsPanel()->view()); start > 0)
                    std::rotate(order.begin(), order.begin() + start, order.end());
                const qsizetype presets = order.indexOf(main->presetsPanel()->view());
                const qsizetype transfers = order.indexOf(main->transfersPanel()->view());
                const qsizetype filter = order.indexOf(main->downloadsView()->filterEdit());
                const qsizetype files = order.indexOf(main->downloadsView()->view());
                if (!(presets >= 0 && presets < transfers && transfers < filter && filter < files))
                    all << QStringLiteral("main-window: Tab order presets %1, transfers %2, "
                                          "downloads filter %3, files %4")
                               .arg(presets)
                               .arg(transfers)
                               .arg(filter)
                               .arg(files);
            }
        }));
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
    }

    void mainShortcutsExistAndDoNotCollide()
    {
        QStringList problems;
        QVERIFY(screens::forEachScreen([&](const QString &name, QWidget *window) {
            auto *main = qobject_cast<MainWindow *>(window);
            if (!main || name != u"main-window")
                return;
            // The main actions, each with a key that the menus show.
            const QList<QPair<const char *, QAction *>> required{
                {"new export", main->newExportAction()},
                {"run preset", main->runPresetAction()},
                {"cancel transfer", main->transfersPanel()->cancelAction()},
                {"open downloads folder", main->openDownloadsAction()},
                {"settings", main->settingsAction()},
                {"find/filter", main->downloadsView()->findAction()},
                {"quit", main->quitAction()},
            };
            QList<QAction *> inMenus;
            for (QAction *menuAction : main->menuBar()->actions())
                if (menuAction->menu())
                    inMenus += menuAction->menu()->actions();
            for (const auto &[what, action] : required) {
                if (action->shortcut().isEmpty())
                    problems << QStringLiteral("%1 has no shortcut").arg(QLatin1String(what));
                if (!inMenus.contains(action))
                    problems << QStringLiteral("%1 is in no menu").arg(QLatin1String(what));
            }
            // Cancel and find work wherever the focus is in the window.
            for (QAction *action :
                 {main->transfersPanel()->cancelAction(), main->downloadsView()->findAction()})
                if (action->shortcutContext() != Qt::WindowShortcut)
                    problems
                        << QStringLiteral("%1 only works inside its panel").arg(action->text());

            // No two actions answer the same key where both can be active at once.
            struct Bound
            {
                QAction *action;
                QList<QWidget *> scope; // empty: the whole window
            };
            QHash<QKeySequence, QList<Bound>> byKey;
            for (QAction *action : main->findChildren<QAction *>()) {
                if (action->shortcuts().isEmpty())
                    continue;
                Bound bound{action, {}};
                if (action->shortcutContext() == Qt::WidgetShortcut ||
                    action->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
                    for (QObject *object : action->associatedObjects())
                        if (auto *w = qobject_cast<QWidget *>(object); w && !w->isWindow())
                            bound.scope << w;
                }
                for (const QKeySequence &key : action->shortcuts())
                    byKey[key] << bound;
            }
            auto overlaps = [](const Bound &a, const Bound &b) {
                if (a.scope.isEmpty() || b.scope.isEmpty())
                    return true;
                for (QWidget *x : a.scope)
                    for (QWidget *y : b.scope)
                        if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                            return true;
                return false;
            };
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
                const QList<Bound> &bound = it.value();
                for (int i = 0; i < bound.size(); ++i)
                    for (int j = i + 1; j < bound.size(); ++j)
                        if (bound[i].action != bound[j].action && overlaps(bound[i], bound[j]))
                            problems << QStringLiteral("%1 is both \"%2\" and \"%3\"")
                                            .arg(it.key().toString(QKeySequence::NativeText),
                                                 bound[i].action->text(), bound[j].action->text());
            }
            // Toolbar buttons teach their key.
            for (QAction *action : {main->newExportAction(), main->runPresetAction(),
                                    main->transfersPanel()->cancelAction()}) {
                const QString key = action->shortcut().toString(QKeySequence::NativeText);
                if (!action->toolTip().contains(key))
                    problems << QStringLiteral("tooltip of %1 does not show %2")
                                    .arg(action->text(), key);
            }
        }));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // On a 2x screen every icon has a sharp 32-px pixmap for its 16-px place, not a blown-up one.
    void iconsAreSharpOnHiDpi()
    {
        for (int id = 0; id <= int(Icons::Id::AppIcon); ++id) {
            const QIcon icon = Icons::icon(Icons::Id(id));
            QVERIFY2(!icon.isNull(), qPrintable(QString::number(id)));
            const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            QCOMPARE(pixmap.size(), QSize(32, 32));
        }
    }

    // The keys do what they say, with the focus somewhere else in the window.
    void mainShortcutsWork()
    {
        QVERIFY(screens::forEachScreen([&](const QString &name, QWidget *window) {
            auto *main = qobject_cast<MainWindow *>(window);
            if (!main || name != u"main-window")
                return;
            main->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(main));
            main->presetsPanel()->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
            QCOMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(main->downloadsView()->filterEdit()));

            int newExport = 0, openDownloads = 0;
            QList<QStringList> canceled;
            connect(main, &MainWindow::newExportRequested, main, [&] { ++newExport; });
            connect(main, &MainWindow::openDownloadsFolderRequested, main,
                    [&] { ++openDownloads; });
            connect(main->transfersPanel(), &TransfersPanel::cancelRequested, main,
                    [&](const QStringList &ids) { canceled << ids; });
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(newExport, 1);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_D,
                            Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(openDownloads, 1);
            main->transfersPanel()->selectJob(QStringLiteral("j1")); // downloading
            main->presetsPanel()->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Period, Qt::ControlModifier);
            QCOMPARE(canceled, QList<QStringList>{{QStringLiteral("j1")}});
        }));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
