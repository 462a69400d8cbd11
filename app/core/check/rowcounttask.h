#pragma once

#include "rowcounter.h"

#include <QObject>
#include <QRunnable>
#include <QStringList>
#include <atomic>

class QThreadPool;

namespace es {

// RowCounter::countFiles on a pool thread, like the Unpacker: created without a parent, it
// reports through a queued finished() and may outlive its job (which then cancels it and lets it
// delete itself).
class RowCountTask : public QObject, public QRunnable
{
    Q_OBJECT

public:
    explicit RowCountTask(const QStringList &paths);

    void start(QThreadPool *pool = nullptr);
    void requestCancel() { m_cancel.store(true); }
    void run() override;

Q_SIGNALS:
    // `rows` −1 with `error` when a file could not be read.
    void finished(qint64 rows, const QString &error);

private:
    QStringList m_paths;
    std::atomic_bool m_cancel{false};
};

} // namespace es
