#pragma once

#include <QList>
#include <QObject>
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
    using QObject::QObject;

    virtual QList<JobInfo> jobs() const = 0; // display order
    virtual std::optional<JobInfo> job(const QString &jobId) const = 0;
    virtual QStringList jobIds() const; // display order; override when cheaper than jobs()

Q_SIGNALS:
    void jobAdded(const QString &jobId);
    void jobChanged(const QString &jobId);
    void jobRemoved(const QString &jobId);
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
