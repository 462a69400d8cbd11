#include "labelnamedelegate.h"

#include "itemroles.h"

#include <QApplication>
#include <QPainter>

namespace es {

namespace {
constexpr int Gap = 8;
constexpr int BadgePadding = 4;

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}
} // namespace

void LabelNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    rect.adjust(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor greyColor = selected ? textColor : opt.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        greyColor.setAlphaF(0.75);

    painter->save();
    painter->setClipRect(opt.rect);

    // Badges first, right-aligned, so the text elides before them.
    const QStringList badges = index.data(ItemRoles::BadgesRole).toStringList();
    if (!badges.isEmpty()) {
        const QFont small = badgeFont(opt.font);
        const QFontMetrics fm(small);
        painter->setFont(small);
        int right = rect.right();
        for (qsizetype i = badges.size() - 1; i >= 0; --i) {
            const QString &badge = badges.at(i);
            const int width = fm.horizontalAdvance(badge) + 2 * BadgePadding;
            const int height = fm.height() + 2;
            QRect box(right - width, rect.center().y() - height / 2, width, height);
            if (box.left() < rect.left() + rect.width() / 2)
                break;
            painter->setPen(greyColor);
            painter->setBrush(Qt::NoBrush);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            painter->drawText(box, Qt::AlignCenter, badge);
            right = box.left() - BadgePadding;
        }
        rect.setRight(right - Gap);
    }

    painter->setFont(opt.font);
    const QFontMetrics fm(opt.font);
    const QString name = index.data(ItemRoles::NameRole).toString();
    const bool showName = !name.isEmpty() && name != label;
    // +2: elidedText() measures with fractional advances and elides text that exactly fits.
    const int labelWidth = fm.horizontalAdvance(label) + 2;
    const int nameWidth = showName ? fm.horizontalAdvance(name) + 2 : 0;
    int available = rect.width();
    // The label keeps at least 60 % when both do not fit; the name elides first.
    int labelRoom = labelWidth;
    if (showName && labelWidth + Gap + nameWidth > available)
        labelRoom = std::max(std::min(labelWidth, available * 6 / 10), available - Gap - nameWidth);
    labelRoom = std::min(labelRoom, available);
    painter->setPen(textColor);
    painter->drawText(QRect(rect.left(), rect.top(), labelRoom, rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(label, Qt::ElideRight, labelRoom));
    if (showName) {
        const int left = rect.left() + labelRoom + Gap;
        const int room = rect.right() - left;
        if (room > fm.horizontalAdvance(QStringLiteral("…")) * 3) {
            painter->setPen(greyColor);
            painter->drawText(QRect(left, rect.top(), room, rect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(name, Qt::ElideMiddle, room));
        }
    }
    painter->restore();
}

QSize LabelNameDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    const QString name = index.data(ItemRoles::NameRole).toString();
    if (!name.isEmpty())
        size.rwidth() += Gap + fm.horizontalAdvance(name);
    const QStringList badges = index.data(ItemRoles::BadgesRole).toStringList();
    if (!badges.isEmpty()) {
        const QFontMetrics small(badgeFont(option.font));
        for (const QString &badge : badges)
            size.rwidth() += small.horizontalAdvance(badge) + 3 * BadgePadding;
        size.rwidth() += Gap;
    }
    return size;
}

} // namespace es
