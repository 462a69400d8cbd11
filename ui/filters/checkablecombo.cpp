#include "checkablecombo.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStylePainter>
#include <QVBoxLayout>

namespace es {

namespace {

QStandardItem *optionItem(const QString &label, const QString &value)
{
    auto *item = new QStandardItem(label);
    item->setData(value, Qt::UserRole);
    // Not ItemIsUserCheckable: the delegate would toggle on its own and a click on the check box
    // would count twice. The check box is still drawn from Qt::CheckStateRole.
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(Qt::Unchecked, Qt::CheckStateRole);
    return item;
}

} // namespace

CheckableCombo::CheckableCombo(QWidget *parent)
    : QComboBox(parent)
    , m_items(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_filter(new QLineEdit(m_popup))
    , m_view(new QListView(m_popup))
{
    setModel(m_items);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setMaxVisibleItems(14);

    m_proxy->setSourceModel(m_items);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAttribute(Qt::WA_WindowPropagation);
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the values"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Values"));
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    for (QObject *watched :
         {static_cast<QObject *>(m_popup), static_cast<QObject *>(m_filter),
          static_cast<QObject *>(m_view), static_cast<QObject *>(m_view->viewport())})
        watched->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
}

void CheckableCombo::setOptions(const QList<PropertyOption> &options)
{
    m_items->clear();
    for (const PropertyOption &option : options) {
        QStandardItem *item =
            optionItem(option.label.isEmpty() ? option.value : option.label, option.value);
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
    //: Between the chosen values shown in the closed box, e.g. "Lead, Customer"
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
    Q_EMIT checkedValuesEdited(m_values);
}

void CheckableCombo::toggleProxyRow(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        toggleRow(m_proxy->mapToSource(proxyIndex).row());
}

void CheckableCombo::showPopup()
{
    if (m_popup->isVisible() || m_items->rowCount() == 0)
        return;
    m_filter->clear();
    m_pressed = QPersistentModelIndex();
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    placePopup();
    m_popup->show();
    m_view->setFocus(Qt::PopupFocusReason);
}

void CheckableCombo::hidePopup()
{
    m_pressed = QPersistentModelIndex();
    m_popup->hide();
    update();
}

bool CheckableCombo::isPopupVisible() const
{
    return m_popup->isVisible();
}

void CheckableCombo::placePopup()
{
    // As wide as the longest option, never narrower than the box; tall enough for
    // maxVisibleItems() rows; below the box, or above it when the screen ends.
    const int rows = std::min(m_items->rowCount(), maxVisibleItems());
    const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height());
    const QMargins margins = m_popup->layout()->contentsMargins();
    const int frame = 2 * m_popup->frameWidth();
    const int listFrame = 2 * m_view->frameWidth();
    const int scrollBar =
        m_items->rowCount() > rows ? m_view->verticalScrollBar()->sizeHint().width() : 0;
    const int popupWidth = std::max(width(), m_view->sizeHintForColumn(0) + listFrame + scrollBar +
                                                 margins.left() + margins.right() + frame);
    const int height = m_filter->sizeHint().height() + m_popup->layout()->spacing() +
                       rows * rowHeight + listFrame + margins.top() + margins.bottom() + frame;
    QPoint at = mapToGlobal(QPoint(0, this->height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (at.y() + height > available.bottom() &&
            mapToGlobal(QPoint(0, 0)).y() - height >= available.top())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - height);
        at.setX(std::clamp(at.x(), available.left(),
                           std::max(available.left(), available.right() - popupWidth)));
    }
    m_popup->setGeometry(QRect(at, QSize(popupWidth, height)));
}

bool CheckableCombo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup && event->type() == QEvent::MouseButtonPress) {
        // A press outside closes the popup (QWidget does that for Qt::Popup). On the box itself
        // it only closes: replaying it to the box would open the list again at once.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (rect().contains(mapFromGlobal(mouse->globalPosition().toPoint())))
            m_popup->setAttribute(Qt::WA_NoMouseReplay);
        return false;
    }
    if (watched == m_popup && event->type() == QEvent::Hide) {
        m_popup->setAttribute(Qt::WA_NoMouseReplay, false);
        m_pressed = QPersistentModelIndex();
        return false;
    }
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick: {
            // A choice is a press and a release on the same item; the release of the click that
            // opened the list has no press here and chooses nothing.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton)
                return true;
            m_pressed = m_view->indexAt(mouse->position().toPoint());
            if (m_pressed.isValid())
                m_view->setCurrentIndex(m_pressed);
            return true;
        }
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
            if (mouse->button() == Qt::LeftButton && m_pressed.isValid() && index == m_pressed)
                toggleProxyRow(index);
            m_pressed = QPersistentModelIndex();
            return true;
        }
        case QEvent::MouseMove:
            // No drag selection; hovering still highlights.
            return static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton;
        default:
            return false;
        }
    }
    if ((watched == m_view || watched == m_filter) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            hidePopup();
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            hidePopup();
            setFocus(Qt::PopupFocusReason);
            focusNextPrevChild(key->key() == Qt::Key_Tab &&
                               !(key->modifiers() & Qt::ShiftModifier));
            return true;
        default:
            break;
        }
        if (watched == m_filter) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                m_view->setFocus(Qt::OtherFocusReason);
                QCoreApplication::sendEvent(m_view, event);
                return true;
            }
            return false;
        }
        // In the list: Space toggles, typing goes to the filter field.
        if (key->key() == Qt::Key_Space) {
            toggleProxyRow(m_view->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Backspace) {
            m_filter->backspace();
            return true;
        }
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_filter->insert(text);
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
                .isEmpty())
            m_items->appendRow(optionItem(value, value));
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
