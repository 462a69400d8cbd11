#pragma once

#include <QPalette>
#include <QSet>
#include <QString>
#include <functional>

class QWidget;

namespace es::screens {

// Every window of the desktop application in a realistic state, built one after another with
// the translators installed at the time of the call: the main window (work area and welcome),
// each wizard page (filter rows, list picker, property picker included), Save as preset, the
// settings and the accounts dialogs. `visit` gets a short name ("wizard-2-filters") and the
// shown top-level window at its default size; the window lives only during the call.
// Returns false (after a QTest failure) if a screen could not be brought into its state.
using Visitor = std::function<void(const QString &name, QWidget *window)>;

enum class States
{
    Normal,
    // Also the states that show a problem (their names end in "-problem" or "-error"): an
    // unfinished filter row, properties that failed to load, a keychain that cannot be used and
    // a token HubSpot refused, a proxy without its password; and the property search. Each is
    // checked to show its problem before `visit` sees it.
    WithProblems,
};
bool forEachScreen(const Visitor &visit, States states = States::Normal);

// Texts the screens show that are not interface text: the made-up HubSpot metadata (property
// labels, options, lists, custom objects), account and preset names, file names.
QSet<QString> dataTexts();

// A desktop's dark theme, for the screenshots in dark colours.
QPalette darkPalette();

// Saves `window` as <dir>/<name>.png; the path, or empty (after a QTest failure) when it could
// not be written.
QString saveScreenshot(QWidget *window, const QString &dir, const QString &name);

// ${build}/screenshots/<sub>, created; "-x11" is appended under the real X11 platform (the
// xvfb-run runs) so its pictures sit beside the offscreen ones.
QString screenshotDir(const QString &sub = {});

} // namespace es::screens
