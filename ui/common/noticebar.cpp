#include "noticebar.h"

#include "icons.h"
#include "text.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <transfer/jobinfo.h>

namespace es {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Notice"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_button->setObjectName(QStringLiteral("noticeAction"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this note (Esc)"));
    m_close->setAccessibleName(tr("Close note"));
    m_timer->setSingleShot(true);

    connect(m_close, &QToolButton::clicked, this, &NoticeBar::clear);
    connect(m_timer, &QTimer::timeout, this, &NoticeBar::clear);
    connect(m_button, &QPushButton::clicked, this, [this] {
        auto action = m_action;
        clear();
        if (action)
            action();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    layout->addWidget(m_close);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text, const QString &actionText,
                           std::function<void()> action, int timeoutMs)
{
    m_kind = kind;
    m_text = text;
    // Rich text only so a correlation id or file name is never broken across lines.
    m_label->setText(Text::wrapKeepingIds(text));
    m_action = std::move(action);
    m_button->setText(actionText);
    m_button->setVisible(!actionText.isEmpty());
    const QIcon icon = kind == Kind::Problem
                           ? Icons::stateIcon(JobState::Failed)
                           : style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_icon->setPixmap(icon.pixmap(16, 16));
    QPalette pal = palette();
    const QColor base = QPalette().color(QPalette::Window);
    const QColor accent =
        kind == Kind::Problem ? QColor(0xC0, 0x50, 0x40) : QPalette().color(QPalette::Highlight);
    // A faint tint of the accent over the window colour: readable in light and dark palettes.
    QColor tint;
    tint.setRgbF(base.redF() * 0.85f + accent.redF() * 0.15f,
                 base.greenF() * 0.85f + accent.greenF() * 0.15f,
                 base.blueF() * 0.85f + accent.blueF() * 0.15f);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
    show();
    place();
    raise();
    if (timeoutMs < 0)
        timeoutMs = kind == Kind::Information && actionText.isEmpty() ? 10000 : 0;
    if (timeoutMs > 0)
        m_timer->start(timeoutMs);
    else
        m_timer->stop();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void NoticeBar::clear()
{
    m_timer->stop();
    m_action = {};
    hide();
}

void NoticeBar::floatOver(QWidget *area, int margin)
{
    m_area = area;
    m_margin = margin;
    setParent(area);
    area->installEventFilter(this);
    hide();
}

void NoticeBar::place()
{
    if (!m_area)
        return;
    const int width = std::max(0, m_area->width() - 2 * m_margin);
    // The label wraps: ask the layout how tall the bar is at this width.
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(m_margin, m_area->height() - height - m_margin, width, height);
}

bool NoticeBar::eventFilter(QObject *watched, QEvent *event)
{
    // Not isVisible(): a notice shown before its window is must follow the first layout too.
    if (watched == m_area && event->type() == QEvent::Resize && !isHidden())
        place();
    return QFrame::eventFilter(watched, event);
}

QString NoticeBar::text() const
{
    return m_text;
}

} // namespace es
