#pragma once

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace es {

class MainWindow;
class Settings;

// "Keep running in the tray when the window is closed": while the setting is on and the desktop
// has a system tray, closing the main window hides it behind a tray icon, so the app (and its
// scheduled presets) runs on; the icon shows the window again, its menu quits. Without a tray,
// or with the setting off, closing quits as before.
class TrayKeeper : public QObject
{
    Q_OBJECT

public:
    TrayKeeper(MainWindow *window, Settings *settings, QObject *parent = nullptr);
    ~TrayKeeper() override;

    // Tests and the screenshot run say whether a tray exists (default:
    // QSystemTrayIcon::isSystemTrayAvailable()), and what quitting does (default:
    // QCoreApplication::quit()).
    void setTrayAvailability(std::function<bool()> available);
    void setQuit(std::function<void()> quit) { m_quit = std::move(quit); }

    bool trayAvailable() const;
    // The setting is on and a tray exists: closing hides the window.
    bool isActive() const;
    QSystemTrayIcon *icon() const { return m_icon; }
    QAction *showAction() const { return m_show; }
    QAction *quitAction() const { return m_quitAction; }

    // Follows the setting (Settings::changed calls it too).
    void refresh();

private:
    void showWindow();
    void onHidden();

    MainWindow *m_window;
    Settings *m_settings;
    std::function<bool()> m_available;
    std::function<void()> m_quit;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_show = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_told = false; // the first hide says where the app went, later ones do not
};

} // namespace es
