#pragma once

#include "jobfeed.h"

#include <QPointer>

namespace es {

class ExportQueue;

// The ExportQueue as the transfer panel's JobFeed.
class QueueJobFeed final : public JobFeed
{
    Q_OBJECT

public:
    explicit QueueJobFeed(ExportQueue *queue, QObject *parent = nullptr);

    QList<JobInfo> jobs() const override;
    std::optional<JobInfo> job(const QString &jobId) const override;

private:
    QPointer<ExportQueue> m_queue;
};

} // namespace es
