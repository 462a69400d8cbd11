#include "checkablecombo.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStandardItemModel>
#include <QStylePainter>

namespace es {

CheckableCombo::CheckableCombo(QWidget *parent)
    : QComboBox(parent)
    , m_items(new QStandardItemModel(this))
{
    setModel(m_items);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setMaxVisibleItems(14);
    view()->viewport()->installEventFilter(this);
    view()->installEventFilter(this);
}

void CheckableCombo::setOptions(const QList<PropertyOption> &options)
{
    m_items->clear();
    for (const PropertyOption &option : options) {
        auto *item = new QStandardItem(option.label.isEmpty() ? option.value : option.label);
        item->setData(option.value, Qt::UserRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setData(Qt::Unchecked, Qt::CheckStateRole);
        if (!option.description.isEmpty())
            item->setToolTip(option.description);
        m_items->appendRow(item);
    }
    syncChecks();
}

void CheckableCombo::setCheckedValues(const QStringList &values)
{
    m_values = values;
    syncChecks();
}

QString CheckableCombo::summary() const
{
    if (m_values.isEmpty())
        return tr("Choose values…");
    QStringList labels;
    for (const QString &value : m_values) {
        const QModelIndexList found =
            m_items->match(m_items->index(0, 0), Qt::UserRole, value, 1, Qt::MatchExactly);
        labels.append(found.isEmpty() ? value : found.first().data(Qt::DisplayRole).toString());
    }
    return labels.join(tr(", "));
}

void CheckableCombo::toggleRow(int row)
{
    QStandardItem *item = m_items->item(row);
    if (!item)
        return;
    const QString value = item->data(Qt::UserRole).toString();
    if (m_values.contains(value))
        m_values.removeAll(value);
    else
        m_values.append(value);
    syncChecks();
    update();
    setToolTip(summary());
    Q_EMIT checkedValuesEdited(m_values);
}

bool CheckableCombo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = view()->indexAt(mouse->position().toPoint());
        if (index.isValid())
            toggleRow(index.row());
        return true; // keep the popup open for the next choice
    }
    if (watched == view() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            toggleRow(view()->currentIndex().row());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            hidePopup();
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void CheckableCombo::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.currentText = summary();
    option.currentIcon = {};
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    const QRect text =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, text.width());
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void CheckableCombo::syncChecks()
{
    // Values the options do not know (an old preset, a renamed option) stay visible and checked.
    for (const QString &value : std::as_const(m_values)) {
        if (m_items->match(m_items->index(0, 0), Qt::UserRole, value, 1, Qt::MatchExactly)
                .isEmpty()) {
            auto *item = new QStandardItem(value);
            item->setData(value, Qt::UserRole);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            m_items->appendRow(item);
        }
    }
    for (int row = 0; row < m_items->rowCount(); ++row) {
        QStandardItem *item = m_items->item(row);
        item->setData(m_values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked,
                      Qt::CheckStateRole);
    }
    setToolTip(summary());
    update();
}

} // namespace es
