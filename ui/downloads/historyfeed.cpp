#include "historyfeed.h"

#include "downloadsmodel.h"

#include <QEvent>
#include <QWidget>
#include <transfer/history.h>

namespace es {

HistoryFeed::HistoryFeed(History *history, DownloadsModel *model, QWidget *window, QObject *parent)
    : HistoryFeed(history, model, window, FallbackMs, parent)
{}

HistoryFeed::HistoryFeed(History *history, DownloadsModel *model, QWidget *window, int fallbackMs,
                         QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_model(model)
    , m_window(window)
{
    connect(history, &History::changed, this,
            [this] { m_model->setEntries(m_history->entries()); });
    if (history->isLoaded()) {
        m_model->setEntries(history->entries());
        return;
    }
    if (window)
        window->installEventFilter(this);
    m_fallback.setSingleShot(true);
    connect(&m_fallback, &QTimer::timeout, this, &HistoryFeed::load);
    m_fallback.start(fallbackMs);
}

bool HistoryFeed::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint) {
        m_window->removeEventFilter(this);
        // Queued: this paint is flushed to the screen before the list is filled.
        QMetaObject::invokeMethod(this, &HistoryFeed::load, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void HistoryFeed::load()
{
    m_fallback.stop();
    if (m_window)
        m_window->removeEventFilter(this);
    m_history->loadInBackground();
}

} // namespace es
