#include "progressdelegate.h"

#include "common/icons.h"
#include "transfermodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace es {
namespace {

constexpr int BarMargin = 3;

} // namespace

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for a progress bar with its text, so rows keep one uniform height.
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * BarMargin + 6));
    return size;
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto *model = qobject_cast<const TransferModel *>(index.model());
    if (index.column() != TransferModel::ProgressColumn || !model)
        return QStyledItemDelegate::paint(painter, option, index);
    const JobInfo *job = model->jobAt(index.row());
    if (!job)
        return QStyledItemDelegate::paint(painter, option, index);

    // Selection and hover background first, as any other cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // The full line is in the row's tooltip; the cell shows the longest form that fits.
    const QStringList texts = model->detailTexts(*job);
    switch (job->state) {
    case JobState::Downloading:
    case JobState::Unpacking:
        paintBar(painter, option, *job, texts);
        break;
    case JobState::Starting:
    case JobState::Pending:
    case JobState::Processing:
        paintBusy(painter, option, *job, texts);
        break;
    case JobState::Failed:
        paintText(painter, option, texts.first(), Icons::stateIcon(JobState::Failed), true);
        break;
    default:
        paintText(painter, option, fitText(painter->fontMetrics(), option.rect.width() - 8, texts),
                  {}, false);
        break;
    }
}

QString ProgressDelegate::fitText(const QFontMetrics &metrics, int width, const QStringList &texts)
{
    for (const QString &text : texts)
        if (metrics.horizontalAdvance(text) <= width)
            return text;
    return texts.isEmpty() ? QString()
                           : metrics.elidedText(texts.last(), Qt::ElideRight, std::max(0, width));
}

QString ProgressDelegate::barText(const QFontMetrics &metrics, int width, const JobInfo &job,
                                  const QStringList &details)
{
    const qint64 done = job.state == JobState::Downloading ? job.bytesReceived : job.unpackDone;
    const qint64 total = job.state == JobState::Downloading ? job.bytesTotal : job.unpackTotal;
    QStringList texts = details;
    if (total > 0) {
        const int percent = int(std::clamp<double>(100.0 * double(done) / double(total), 0, 100));
        const QString prefix = QStringLiteral("%1%").arg(percent);
        for (QString &text : texts)
            text = prefix + QStringLiteral(" · ") + text;
        texts.append(prefix); // the percentage alone, before anything is cut
    }
    return fitText(metrics, width, texts);
}

void ProgressDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option,
                                const JobInfo &job, const QStringList &texts) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // A slim bar first and the words beside it, as for the busy states: the text never runs
    // into or past the bar (whose groove a dark palette hardly shows), keeps full contrast, and
    // a narrow column drops the rate and the total before it cuts words.
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const int width = std::clamp(cell.width() / 4, 36, 120);
    const int height = std::min(10, std::max(6, cell.height() - 2 * BarMargin));
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.state = (option.state | QStyle::State_Horizontal) & ~QStyle::State_Selected;
    bar.direction = option.direction;
    bar.rect = QStyle::visualRect(
        option.direction, option.rect,
        QRect(cell.left(), cell.top() + (cell.height() - height) / 2, width, height));
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.textVisible = false;
    const qint64 done = job.state == JobState::Downloading ? job.bytesReceived : job.unpackDone;
    const qint64 total = job.state == JobState::Downloading ? job.bytesTotal : job.unpackTotal;
    bar.progress =
        total > 0 ? int(std::clamp<double>(1000.0 * double(done) / double(total), 0, 1000)) : 0;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    QStyleOptionViewItem beside = option;
    if (option.direction == Qt::RightToLeft)
        beside.rect.setRight(bar.rect.left() - 4);
    else
        beside.rect.setLeft(bar.rect.right() + 4);
    // paintText() leaves 4 px at each end; measured with the font the text is painted with.
    const int room = beside.rect.width() - 8;
    paintText(painter, beside, barText(painter->fontMetrics(), room, job, texts), {}, false);
}

void ProgressDelegate::paintBusy(QPainter *painter, const QStyleOptionViewItem &option,
                                 const JobInfo &job, const QStringList &texts) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // A short, slim busy bar first and the words beside it: the moving block never runs under
    // the text, so the text keeps full contrast in light and dark palettes.
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const int width = std::clamp(cell.width() / 5, 24, 56);
    const int height = std::min(10, std::max(6, cell.height() - 2 * BarMargin));
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.state = (option.state | QStyle::State_Horizontal) & ~QStyle::State_Selected;
    bar.direction = option.direction;
    bar.rect = QStyle::visualRect(
        option.direction, option.rect,
        QRect(cell.left(), cell.top() + (cell.height() - height) / 2, width, height));
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = 0;
    bar.textVisible = false;
    style->drawControl(QStyle::CE_ProgressBarGroove, &bar, painter, widget);

    // A block that slides back and forth with the model's once-a-second refresh: alive, but no
    // fake percentage.
    const QRect inner = bar.rect.adjusted(1, 1, -1, -1);
    const int block = std::max(6, inner.width() / 3);
    const int travel = std::max(1, inner.width() - block);
    const qint64 seconds =
        job.stateSince.isValid() ? job.stateSince.secsTo(QDateTime::currentDateTimeUtc()) : 0;
    const int steps = 6;
    const int phase = int(seconds % (qint64{2} * steps));
    const int step = phase < steps ? phase : 2 * steps - phase;
    const QRect chunk(inner.left() + travel * step / steps, inner.top(), block, inner.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Highlight));
    painter->drawRoundedRect(chunk, 2, 2);
    painter->restore();

    QStyleOptionViewItem beside = option;
    if (option.direction == Qt::RightToLeft)
        beside.rect.setRight(bar.rect.left() - 4);
    else
        beside.rect.setLeft(bar.rect.right() + 4);
    paintText(painter, beside, fitText(painter->fontMetrics(), beside.rect.width() - 8, texts), {},
              false);
}

void ProgressDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QString &text, const QIcon &icon, bool failure) const
{
    painter->save();
    QRect rect = option.rect.adjusted(4, 0, -4, 0);
    const bool selected = option.state & QStyle::State_Selected;
    if (!icon.isNull()) {
        const int size = option.decorationSize.isValid() ? option.decorationSize.height() : 16;
        const QRect iconRect(rect.left(), rect.top() + (rect.height() - size) / 2, size, size);
        icon.paint(painter, iconRect);
        rect.setLeft(iconRect.right() + 6);
    }
    QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (failure && !selected) {
        // A muted red that keeps enough contrast on light and dark bases.
        const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
        color = dark ? QColor(0xF0, 0x8A, 0x80) : QColor(0xA3, 0x2B, 0x22);
    }
    painter->setPen(color);
    const QString elided = option.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, elided);
    painter->restore();
}

} // namespace es
