#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace es {

// "Loading properties…" with an indeterminate bar, or an inline error with a Retry button.
// Sits on a page instead of a modal dialog, so the rest of the page stays usable.
class BusyNote : public QWidget
{
    Q_OBJECT

public:
    explicit BusyNote(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    void showError(const QString &text);
    void clear();

    bool isBusy() const { return m_busy; }
    bool hasError() const { return m_error; }
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_text;
    QPushButton *m_retry;
    bool m_busy = false;
    bool m_error = false;
};

} // namespace es
