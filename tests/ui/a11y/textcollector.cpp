#include "textcollector.h"

#include "common/placeholdertreeview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QWizard>

namespace es::screens {
namespace {

QString clean(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // "&&" is a literal ampersand, a single '&' marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text.trimmed();
}

QString where(const QWidget *w, const char *what)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(w->metaObject()->className());
    return name + QLatin1Char(' ') + QLatin1String(what);
}

void add(QMap<QString, QString> *texts, const QString &text, const QString &from)
{
    const QString c = clean(text);
    if (!c.isEmpty() && !texts->contains(c))
        texts->insert(c, from);
}

void addActions(QMap<QString, QString> *texts, const QList<QAction *> &actions, const QString &from)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        add(texts, action->text(), from + QStringLiteral(" action"));
        if (action->toolTip() != clean(action->text()))
            add(texts, action->toolTip(), from + QStringLiteral(" action tooltip"));
        if (QMenu *menu = action->menu())
            addActions(texts, menu->actions(),
                       from + QStringLiteral(" > ") + clean(action->text()));
    }
}

} // namespace

QMap<QString, QString> visibleTexts(QWidget *window)
{
    QMap<QString, QString> texts;
    add(&texts, window->windowTitle(), QStringLiteral("window title"));
    if (auto *wizard = qobject_cast<QWizard *>(window)) {
        if (QWizardPage *page = wizard->currentPage()) {
            add(&texts, page->title(), QStringLiteral("page title"));
            add(&texts, page->subTitle(), QStringLiteral("page subtitle"));
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible())
            continue;
        add(&texts, w->toolTip(), where(w, "tooltip"));
        add(&texts, w->accessibleName(), where(w, "accessible name"));
        add(&texts, w->accessibleDescription(), where(w, "accessible description"));
        if (auto *label = qobject_cast<QLabel *>(w))
            add(&texts, label->text(), where(w, "text"));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(&texts, button->text(), where(w, "text"));
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(&texts, edit->placeholderText(), where(w, "placeholder"));
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            add(&texts, plain->placeholderText(), where(w, "placeholder"));
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(&texts, group->title(), where(w, "title"));
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(&texts, combo->itemText(i), where(w, "item"));
            if (combo->lineEdit())
                add(&texts, combo->lineEdit()->placeholderText(), where(w, "placeholder"));
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(&texts, tabs->tabText(i), where(w, "tab"));
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            addActions(&texts, menuBar->actions(), QStringLiteral("menu"));
        }
        if (auto *view = qobject_cast<PlaceholderTreeView *>(w))
            add(&texts, view->placeholderText(), where(w, "placeholder"));
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                add(&texts, header->model()->headerData(i, header->orientation()).toString(),
                    where(w, "header"));
        }
        // Toolbar buttons and panels also carry actions (context menus show them).
        if (!qobject_cast<QMenu *>(w))
            addActions(&texts, w->actions(), where(w, ""));
    }
    return texts;
}

} // namespace es::screens
