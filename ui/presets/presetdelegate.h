#pragma once

#include <QStyledItemDelegate>

namespace es {

// Two lines per preset: the name, then "Contacts · View · CSV · last run yesterday" in the
// placeholder colour; three when the list is too narrow for that line in this language (the
// last run then gets its own line instead of being cut off). Editing (F2) edits the name only.
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

private:
    // Whether the details need two lines in a list `width` pixels wide.
    static bool wraps(const QStyleOptionViewItem &option, const QModelIndex &index, int width);
};

} // namespace es
