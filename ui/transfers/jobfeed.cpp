#include "jobfeed.h"

namespace es {

QStringList JobFeed::jobIds() const
{
    QStringList ids;
    const QList<JobInfo> all = jobs();
    ids.reserve(all.size());
    for (const JobInfo &job : all)
        ids.append(job.id);
    return ids;
}

int StaticJobFeed::indexOf(const QString &jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == jobId)
            return i;
    }
    return -1;
}

std::optional<JobInfo> StaticJobFeed::job(const QString &jobId) const
{
    const int i = indexOf(jobId);
    if (i < 0)
        return std::nullopt;
    return m_jobs.at(i);
}

QStringList StaticJobFeed::jobIds() const
{
    QStringList ids;
    ids.reserve(m_jobs.size());
    for (const JobInfo &job : m_jobs)
        ids.append(job.id);
    return ids;
}

void StaticJobFeed::upsert(const JobInfo &job)
{
    const int i = indexOf(job.id);
    if (i >= 0) {
        m_jobs[i] = job;
        Q_EMIT jobChanged(job.id);
    } else {
        m_jobs.append(job);
        Q_EMIT jobAdded(job.id);
    }
}

void StaticJobFeed::remove(const QString &jobId)
{
    const int i = indexOf(jobId);
    if (i < 0)
        return;
    m_jobs.removeAt(i);
    Q_EMIT jobRemoved(jobId);
}

void StaticJobFeed::move(const QString &jobId, int position)
{
    const int from = indexOf(jobId);
    if (from < 0 || position < 0 || position >= m_jobs.size() || position == from)
        return;
    m_jobs.move(from, position);
    Q_EMIT jobChanged(jobId);
}

} // namespace es
