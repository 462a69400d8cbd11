#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QSystemTrayIcon;

namespace es {

// Desktop notifications through the system tray when the desktop has one. Clicking a message
// runs the action given with it (e.g. open the download folder).
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    bool isAvailable() const;
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Returns whether a desktop notification was shown.
    bool notify(const QString &title, const QString &text, bool problem,
                std::function<void()> onClick = {});

    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

private:
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    QString m_lastTitle;
    QString m_lastText;
    std::function<void()> m_onClick;
};

} // namespace es
