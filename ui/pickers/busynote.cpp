#include "busynote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace es {

BusyNote::BusyNote(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_retry->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &BusyNote::retryRequested);
    clear();
}

void BusyNote::showBusy(const QString &text)
{
    m_busy = true;
    m_error = false;
    m_text->setText(text);
    m_text->setPalette(palette());
    m_bar->show();
    m_retry->hide();
    setAccessibleName(text);
    show();
}

void BusyNote::showError(const QString &text)
{
    m_busy = false;
    m_error = true;
    //: Loading failed: the warning sign, then what went wrong in words
    m_text->setText(tr("⚠ %1").arg(text));
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    m_text->setPalette(errorPalette);
    m_bar->hide();
    m_retry->show();
    setAccessibleName(text);
    show();
}

void BusyNote::clear()
{
    m_busy = false;
    m_error = false;
    m_text->clear();
    hide();
}

QString BusyNote::text() const
{
    return m_text->text();
}

} // namespace es
