#include "presetdelegate.h"

#include "presetsmodel.h"

#include <QApplication>
#include <QPainter>

namespace es {
namespace {
constexpr int Padding = 6;
}

QSize PresetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics &fm = option.fontMetrics;
    return {200, 2 * fm.height() + 2 * Padding + 2};
}

void PresetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QRect area = opt.rect.adjusted(Padding + 2, Padding, -Padding, -Padding);
    const int lineHeight = opt.fontMetrics.height();

    painter->save();
    QFont nameFont = opt.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(area.left(), area.top(), area.width(), lineHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

    painter->setFont(opt.font);
    QColor secondary =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(secondary);
    const QString line = tr("%1 · %2").arg(index.data(PresetsModel::SummaryRole).toString(),
                                           index.data(PresetsModel::LastRunTextRole).toString());
    const QRect lineRect(area.left(), area.top() + lineHeight + 2, area.width(), lineHeight);
    painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(line, Qt::ElideRight, lineRect.width()));
    painter->restore();
}

void PresetDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    const int lineHeight = option.fontMetrics.height() + 6;
    editor->setGeometry(option.rect.left() + 2, option.rect.top() + 2, option.rect.width() - 4,
                        lineHeight);
}

} // namespace es
