#include "shortcuts.h"

#include <QAction>

namespace es::Shortcuts {

void showInToolTip(QAction *action)
{
    const QKeySequence key = action->shortcut();
    if (key.isEmpty())
        return;
    const QString keyText = key.toString(QKeySequence::NativeText);
    const QString tip = action->toolTip();
    if (tip.contains(keyText))
        return;
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keyText));
}

QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

} // namespace es::Shortcuts
