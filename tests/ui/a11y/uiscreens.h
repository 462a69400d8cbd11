#pragma once

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
bool forEachScreen(const Visitor &visit);

// Texts the screens show that are not interface text: the made-up HubSpot metadata (property
// labels, options, lists, custom objects), account and preset names, file names.
QSet<QString> dataTexts();

} // namespace es::screens
