#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace es {

// A message shown in place, inside the window, instead of a modal box: what happened, what to do,
// and at most one button that does it ("Undo", "Open Accounts…"). Information fades out after a
// while; problems stay until closed or replaced.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Problem
    };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(Kind kind, const QString &text, const QString &actionText = {},
                    std::function<void()> action = {}, int timeoutMs = -1);
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_button; }

private:
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_button;
    QToolButton *m_close;
    QTimer *m_timer;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
};

} // namespace es
