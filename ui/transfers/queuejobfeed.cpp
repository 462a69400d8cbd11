#include "queuejobfeed.h"

#include <transfer/exportqueue.h>

namespace es {

QueueJobFeed::QueueJobFeed(ExportQueue *queue, QObject *parent)
    : JobFeed(parent)
    , m_queue(queue)
{
    connect(queue, &ExportQueue::jobAdded, this, &JobFeed::jobAdded);
    connect(queue, &ExportQueue::jobChanged, this, &JobFeed::jobChanged);
    connect(queue, &ExportQueue::jobRemoved, this, &JobFeed::jobRemoved);
}

QList<JobInfo> QueueJobFeed::jobs() const
{
    return m_queue ? m_queue->jobs() : QList<JobInfo>();
}

std::optional<JobInfo> QueueJobFeed::job(const QString &jobId) const
{
    return m_queue ? m_queue->job(jobId) : std::nullopt;
}

} // namespace es
