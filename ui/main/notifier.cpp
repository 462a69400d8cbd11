#include "notifier.h"

#include "common/icons.h"

#include <QSystemTrayIcon>

namespace es {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::icon(Icons::Id::AppIcon), this);
        m_tray->setToolTip(tr("Export Studio"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_onClick)
                m_onClick();
        });
    }
}

Notifier::~Notifier() = default;

bool Notifier::isAvailable() const
{
    return m_tray && QSystemTrayIcon::supportsMessages();
}

bool Notifier::notify(const QString &title, const QString &text, bool problem,
                      std::function<void()> onClick)
{
    m_lastTitle = title;
    m_lastText = text;
    if (!m_enabled || !isAvailable())
        return false;
    m_onClick = std::move(onClick);
    m_tray->show();
    m_tray->showMessage(title, text,
                        problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    return true;
}

} // namespace es
