#include "presetdelegate.h"

#include "presetsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace es {
namespace {
constexpr int Padding = 6;

QString details(const QModelIndex &index)
{
    //: The second line of a preset: %1 the export in short ("Contacts · View · CSV"), %2 when it
    //: last ran
    return PresetDelegate::tr("%1 · %2").arg(index.data(PresetsModel::SummaryRole).toString(),
                                             index.data(PresetsModel::LastRunTextRole).toString());
}

} // namespace

bool PresetDelegate::wraps(const QStyleOptionViewItem &option, const QModelIndex &index, int width)
{
    return option.fontMetrics.horizontalAdvance(details(index)) > width - 2 * Padding - 2;
}

QSize PresetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics &fm = option.fontMetrics;
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int lines = view && wraps(option, index, view->viewport()->width()) ? 3 : 2;
    return {200, lines * fm.height() + 2 * Padding + 2 * (lines - 1)};
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
    QStringList lines{details(index)};
    if (wraps(opt, index, opt.rect.width()))
        lines = QStringList{index.data(PresetsModel::SummaryRole).toString(),
                            index.data(PresetsModel::LastRunTextRole).toString()};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRect lineRect(area.left(), area.top() + int(i + 1) * (lineHeight + 2), area.width(),
                             lineHeight);
        painter->drawText(
            lineRect, Qt::AlignLeft | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(lines.at(i), Qt::ElideRight, lineRect.width()));
    }
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
