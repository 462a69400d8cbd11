#include "rowcounttask.h"

#include <QThreadPool>

namespace es {

RowCountTask::RowCountTask(const QStringList &paths)
    : m_paths(paths)
{
    setAutoDelete(false); // a QObject: deleted through deleteLater by whoever listens
}

void RowCountTask::start(QThreadPool *pool)
{
    (pool ? pool : QThreadPool::globalInstance())->start(this);
}

void RowCountTask::run()
{
    const RowCounter::Result result = RowCounter::countFiles(m_paths, &m_cancel);
    Q_EMIT finished(result.rows, result.error);
}

} // namespace es
