#include "propertycombo.h"

#include "pickers/itemroles.h"
#include "pickers/labelnamedelegate.h"
#include "propertylistmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSignalBlocker>

namespace es {

namespace {

// Matches on "label name" but shows and inserts only the label.
class LabelCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(Qt::DisplayRole).toString();
    }
};

} // namespace

PropertyCombo::PropertyCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Computing the width from 5,000 labels is wasted work; the layout decides.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setMaxVisibleItems(16);
    setItemDelegate(new LabelNameDelegate(this));
    if (auto *list = qobject_cast<QListView *>(view()))
        list->setUniformItemSizes(true);
    lineEdit()->setPlaceholderText(tr("Type to search properties"));

    connect(this, &QComboBox::activated, this, [this](int row) {
        if (m_model && row >= 0 && row < m_model->rowCount())
            choose(m_model->at(row).name);
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &PropertyCombo::commitText);
    lineEdit()->installEventFilter(this);
}

bool PropertyCombo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const int row = m_model ? m_model->rowOf(m_name) : -1;
            const QString shown = row >= 0 ? m_model->data(m_model->index(row)).toString() : m_name;
            // Enter after typing picks the property; it must not also press the dialog's
            // default button (the wizard's Next).
            if (lineEdit()->text() != shown) {
                commitText();
                return true;
            }
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void PropertyCombo::setPropertyModel(PropertyListModel *model)
{
    m_model = model;
    {
        const QSignalBlocker blocker(this);
        setModel(model);
    }
    auto *completer = new LabelCompleter(model, this);
    completer->setCompletionRole(ItemRoles::SearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    completer->popup()->setItemDelegate(new LabelNameDelegate(completer->popup()));
    if (auto *list = qobject_cast<QListView *>(completer->popup()))
        list->setUniformItemSizes(true);
    setCompleter(completer);
    connect(model, &QAbstractItemModel::modelReset, this, &PropertyCombo::refresh);
    refresh();
}

void PropertyCombo::setAllowNone(bool allow)
{
    m_allowNone = allow;
    lineEdit()->setClearButtonEnabled(allow);
}

void PropertyCombo::setPlaceholderText(const QString &text)
{
    lineEdit()->setPlaceholderText(text);
}

void PropertyCombo::setPropertyName(const QString &name)
{
    m_name = name;
    showCurrent();
}

void PropertyCombo::refresh()
{
    showCurrent();
    fitPopupWidth();
}

void PropertyCombo::fitPopupWidth()
{
    // Both lists (the combo's and the search's) are at least as wide as their longest entry,
    // label and internal name, so neither is cut off; never wider than most of the screen. Qt
    // sizes them to the box; a minimum width overrides that.
    if (!m_model)
        return;
    QAbstractItemView *list = view();
    const int content = list->sizeHintForColumn(0);
    int width = content + 2 * list->frameWidth() +
                list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list) + 8;
    if (const QScreen *screen = this->screen())
        width = std::min(width, screen->availableGeometry().width() * 9 / 10);
    list->setMinimumWidth(width);
    if (completer() && completer()->popup())
        completer()->popup()->setMinimumWidth(width);
}

void PropertyCombo::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // A half-typed search that matched nothing must not look like a choice.
    if (!completer() || !completer()->popup()->isVisible())
        commitText();
}

void PropertyCombo::choose(const QString &name)
{
    const bool different = name != m_name;
    m_name = name;
    showCurrent();
    if (different)
        Q_EMIT propertyChosen(name);
}

void PropertyCombo::commitText()
{
    const QString text = lineEdit()->text().trimmed();
    if (text.isEmpty()) {
        if (m_allowNone)
            choose(QString());
        else
            showCurrent();
        return;
    }
    if (m_model) {
        const int current = m_model->rowOf(m_name);
        if (current >= 0 && m_model->data(m_model->index(current)).toString() == text)
            return showCurrent();
        const QModelIndexList byLabel =
            m_model->match(m_model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchFixedString);
        if (!byLabel.isEmpty())
            return choose(byLabel.first().data(ItemRoles::NameRole).toString());
        if (m_model->rowOf(text) >= 0)
            return choose(text);
    }
    showCurrent();
}

void PropertyCombo::showCurrent()
{
    const QSignalBlocker blocker(this);
    const int row = m_model ? m_model->rowOf(m_name) : -1;
    setCurrentIndex(row);
    // An unknown name stays visible as typed so the user sees what the preset asked for.
    const QString text = row >= 0 ? m_model->data(m_model->index(row)).toString() : m_name;
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
    setToolTip(m_name.isEmpty() ? QString() : tr("Internal name: %1").arg(m_name));
}

} // namespace es
