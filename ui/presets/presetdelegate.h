#pragma once

#include <QStyledItemDelegate>

namespace es {

// Two lines per preset: the name, then "Contacts · View · CSV · last run yesterday" in the
// placeholder colour. Editing (F2) edits the name only.
class PresetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace es
