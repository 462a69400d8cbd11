#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace es {

class DownloadsModel;
class History;

// Fills the Downloads list from the history and keeps it in step. A long history is read only
// once the main window has painted for the first time (History::loadInBackground(), on a pool
// thread), so a thousand finished exports do not hold up the first window; a window that never
// paints (started minimized, a test that never shows it) gets its list after FallbackMs anyway.
class HistoryFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int FallbackMs = 1000;

    // `window` is watched for its first paint, not owned.
    HistoryFeed(History *history, DownloadsModel *model, QWidget *window,
                QObject *parent = nullptr);
    HistoryFeed(History *history, DownloadsModel *model, QWidget *window, int fallbackMs,
                QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();

    History *m_history;
    DownloadsModel *m_model;
    QPointer<QWidget> m_window;
    QTimer m_fallback;
};

} // namespace es
