#pragma once

#include <QMap>
#include <QString>

class QWidget;

namespace es::screens {

// Every text a window shows a person or a screen reader: its title, labels, buttons, menus and
// their actions, tooltips, header labels, placeholder texts, combo items, group titles and
// accessible names and descriptions. Keys are the texts (mnemonic '&' removed, rich text as
// plain text), values say where one of them was found.
QMap<QString, QString> visibleTexts(QWidget *window);

} // namespace es::screens
