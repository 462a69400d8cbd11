#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace es {

// First start, no account yet: what the app does, and two ways in. Part of the main window,
// not a modal box.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *sandboxButton() const { return m_sandbox; }
    QPushButton *addAccountButton() const { return m_addAccount; }
    // "Starting the sandbox…", or why it failed; empty hides the line.
    void setStatus(const QString &text, bool problem = false);
    void setBusy(bool busy);

Q_SIGNALS:
    void trySandboxRequested();
    void addAccountRequested();

private:
    QPushButton *m_sandbox;
    QPushButton *m_addAccount;
    QLabel *m_status;
};

} // namespace es
