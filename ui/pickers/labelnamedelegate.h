#pragma once

#include <QStyledItemDelegate>

namespace es {

// Paints "Label  internal_name  [badge] [badge]": the label in the normal text colour, the
// internal name (ItemRoles::NameRole) in the palette's placeholder grey and the badges
// (ItemRoles::BadgesRole) as small outlined tags. Check boxes, icons and selection come from the
// style, so it works in lists, trees and combo popups alike.
class LabelNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace es
