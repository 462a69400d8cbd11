#pragma once

#include <QKeySequence>
#include <QList>

class QAction;

namespace es::Shortcuts {

// Appends the action's shortcut as this platform writes it ("Ctrl+N") to its tooltip, so a
// toolbar button teaches its key. Leaves a tooltip that already names the key alone.
void showInToolTip(QAction *action);

// The platform's keys for a standard action, or `fallback` where the platform has none (Qt has
// no Preferences key outside KDE and macOS).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback);

} // namespace es::Shortcuts
