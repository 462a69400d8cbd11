#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <transfer/jobinfo.h>

namespace es {

// What the transfer panel reads: job snapshots in display order plus change signals. The real
// source is the ExportQueue (QueueJobFeed); StaticJobFeed holds plain JobInfo values so the model,
// the delegate and the screenshots work without a running engine.
class JobFeed : public QObject
{
    Q_OBJECT

public:
    explicit JobFeed(QObject *parent = nullptr);

    // In display order: by JobInfo::sequence (the queue's order) unless jobIds() is overridden.
    virtual QList<JobInfo> jobs() const = 0;
    virtual std::optional<JobInfo> job(const QString &jobId) const = 0;
    // The ids in display order. The transfer model asks at every publish, so this default keeps
    // them by sequence in an index that re-reads only the jobs announced since the last call
    // (the queue's jobs() copies and sorts every job); feeds with another order override it.
    virtual QStringList jobIds() const;

Q_SIGNALS:
    void jobAdded(const QString &jobId);
    void jobChanged(const QString &jobId);
    void jobRemoved(const QString &jobId);

private:
    mutable QStringList m_order; // by sequence, once m_indexed
    mutable QHash<QString, qint64> m_sequenceOf;
    mutable QSet<QString> m_unchecked; // announced since the last jobIds()
    mutable bool m_indexed = false;
};

class StaticJobFeed final : public JobFeed
{
    Q_OBJECT

public:
    using JobFeed::JobFeed;

    QList<JobInfo> jobs() const override { return m_jobs; }
    std::optional<JobInfo> job(const QString &jobId) const override;
    QStringList jobIds() const override;

    // Adds the job (at the end) or replaces the one with the same id.
    void upsert(const JobInfo &job);
    void remove(const QString &jobId);
    // Moves a job to another position in the display order; announced as a change.
    void move(const QString &jobId, int position);

private:
    int indexOf(const QString &jobId) const;

    QList<JobInfo> m_jobs;
};

} // namespace es
