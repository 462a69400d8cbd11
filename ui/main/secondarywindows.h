#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace es {

class AppContext;
class HelpWindow;

// Opens the windows beside the main one: the guide, the preview of a downloaded file, the
// history (runs and diffs) of a preset that keeps one and, from there, the preview of the
// preset's table after a run. Problems go out through problem() so the
// main window shows them like every other.
class SecondaryWindows : public QObject
{
    Q_OBJECT

public:
    SecondaryWindows(AppContext *context, QWidget *window, QObject *parent = nullptr);

    // One guide window, raised and turned to the topic when it is already open.
    void showGuide(const QString &topicId);
    void preview(const QString &path);
    void showHistory(const QString &presetId);

Q_SIGNALS:
    void problem(const QString &text);

private:
    void previewVaultTable(QWidget *parent, const QString &vaultPath, const QString &presetKey,
                           const QString &presetName, qint64 runId);

    AppContext *m_context;
    QWidget *m_window;
    QPointer<HelpWindow> m_guide;
};

} // namespace es
