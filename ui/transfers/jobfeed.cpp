#include "jobfeed.h"

#include <algorithm>

namespace es {

JobFeed::JobFeed(QObject *parent)
    : QObject(parent)
{
    // Connected before anyone else can be, so the index knows of a job before its listeners ask.
    const auto note = [this](const QString &jobId) { m_unchecked.insert(jobId); };
    connect(this, &JobFeed::jobAdded, this, note);
    connect(this, &JobFeed::jobChanged, this, note);
    connect(this, &JobFeed::jobRemoved, this, [this](const QString &jobId) {
        m_unchecked.remove(jobId);
        if (m_sequenceOf.remove(jobId))
            m_order.removeOne(jobId);
    });
}

QStringList JobFeed::jobIds() const
{
    if (!m_indexed) {
        const QList<JobInfo> all = jobs();
        m_order.clear();
        m_order.reserve(all.size());
        m_sequenceOf.clear();
        m_sequenceOf.reserve(all.size());
        for (const JobInfo &job : all) {
            m_order.append(job.id);
            m_sequenceOf.insert(job.id, job.sequence);
        }
        m_unchecked.clear();
        m_indexed = true;
        return m_order;
    }
    // m_order stays sorted: a job comes in (or moves) at its place, the rest stays put.
    const auto place = [this](const QString &id, qint64 sequence) {
        m_sequenceOf.insert(id, sequence);
        const auto at = std::upper_bound(m_order.begin(), m_order.end(), sequence,
                                         [this](qint64 value, const QString &other) {
                                             return value < m_sequenceOf.value(other);
                                         });
        m_order.insert(at, id);
    };
    for (const QString &id : std::exchange(m_unchecked, {})) {
        const std::optional<JobInfo> job = this->job(id);
        const auto known = m_sequenceOf.constFind(id);
        if (known != m_sequenceOf.cend() && job && *known == job->sequence)
            continue; // the usual case: progress, a new state
        if (known != m_sequenceOf.cend()) {
            m_sequenceOf.erase(known);
            m_order.removeOne(id);
        }
        if (job)
            place(id, job->sequence);
    }
    // Untouched when nothing moved, so callers can tell "same order" by the shared data alone.
    return m_order;
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
