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
// while; problems stay until closed or replaced. With floatOver() it lies over the bottom of an
// area instead of taking room in a layout: a notice that pushed the lists down moved the row
// under the pointer, so a double-click aimed at one download opened another.
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
    // Floats the bar over the bottom edge of `area` (its parent from then on), `margin` px in
    // from its sides and bottom, following the area's size and the text's height.
    void floatOver(QWidget *area, int margin);

    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_button; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QWidget *m_area = nullptr;
    int m_margin = 0;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_button;
    QToolButton *m_close;
    QTimer *m_timer;
    std::function<void()> m_action;
    QString m_text;
    Kind m_kind = Kind::Information;
};

} // namespace es
