#include "traykeeper.h"

#include "common/icons.h"
#include "main/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <storage/settings.h>

namespace es {

TrayKeeper::TrayKeeper(MainWindow *window, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_quit([] { QCoreApplication::quit(); })
{
    m_menu = new QMenu(window);
    m_show = m_menu->addAction(tr("&Show Export Studio"));
    m_show->setObjectName(QStringLiteral("trayShowAction"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    connect(m_show, &QAction::triggered, this, &TrayKeeper::showWindow);
    // The window's own Quit, so its layout is saved and unfinished exports are noted.
    connect(m_quitAction, &QAction::triggered, m_window->quitAction(), &QAction::trigger);

    m_window->setHideOnClose([this] { return isActive(); });
    connect(m_window, &MainWindow::hiddenOnClose, this, &TrayKeeper::onHidden);
    // While the tray keeps the app, the last window closing does not end it: only a real close
    // (Quit) does.
    connect(m_window, &MainWindow::closing, this, [this] {
        if (isActive())
            m_quit();
    });
    connect(m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String(SettingsKeys::KeepInTray))
            refresh();
    });
    refresh();
}

TrayKeeper::~TrayKeeper()
{
    if (m_icon)
        m_icon->hide();
}

void TrayKeeper::setTrayAvailability(std::function<bool()> available)
{
    m_available = std::move(available);
    refresh();
}

bool TrayKeeper::trayAvailable() const
{
    return m_available ? m_available() : QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayKeeper::isActive() const
{
    return m_settings->keepInTray() && trayAvailable();
}

void TrayKeeper::refresh()
{
    const bool active = isActive();
    QApplication::setQuitOnLastWindowClosed(!active);
    if (!active) {
        if (m_icon)
            m_icon->hide();
        if (!m_window->isVisible() && m_icon) // the tray went away with the window hidden
            showWindow();
        return;
    }
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(Icons::icon(Icons::Id::AppIcon), this);
        m_icon->setToolTip(tr("Export Studio runs scheduled presets"));
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        showWindow();
                });
    }
    m_icon->show();
}

void TrayKeeper::showWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void TrayKeeper::onHidden()
{
    if (m_told || !m_icon)
        return;
    m_told = true;
    m_icon->showMessage(tr("Export Studio is still running"),
                        tr("Scheduled presets run while it is in the tray. Quit it from the "
                           "tray icon's menu."),
                        QSystemTrayIcon::Information, 8000);
}

} // namespace es
