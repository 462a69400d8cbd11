#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>
#include <transfer/jobinfo.h>

namespace es {

class JobFeed;

// The transfer list: one row per job, in the queue's display order, keyed by the stable job id
// with an O(1) id → row lookup. Progress arrives many times a second; the model only collects
// which jobs changed and publishes them on a timer (one dataChanged per contiguous range, over
// the columns that show something new, as KGet's transfer model does), and while jobs run the
// same timer refreshes their elapsed time.
class TransferModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ObjectColumn,
        StateColumn,
        ElapsedColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value of the column (ms, bytes, enum …)
        JobIdRole,
        StateRole,   // int(JobState)
        FailureRole, // int(FailureFix) of a failed job, int(FailureFix::None) otherwise
    };

    explicit TransferModel(JobFeed *feed, QObject *parent = nullptr);
    ~TransferModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString &jobId) const { return m_rowOf.value(jobId, -1); }
    QString jobId(int row) const;
    // The snapshot behind a row; nullptr when out of range. Valid until the next change.
    const JobInfo *jobAt(int row) const;
    QList<JobInfo> jobsAt(const QModelIndexList &indexes) const;

    // Publishing period (default 500 ms).
    void setFlushInterval(int ms);
    int flushInterval() const { return m_timer.interval(); }
    // Publishes pending changes now (tests, and before a screenshot).
    void flush();
    // The clock elapsed times are measured against; tests freeze it.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;

    // How long the job has been in its current state (running) or took (finished); -1: none.
    qint64 elapsedMs(const JobInfo &job) const;
    // One line for the Progress/Details column: bytes and rate, the queue position, the failure.
    QString detailText(const JobInfo &job) const;
    // The same line and shorter forms of it, longest first, for a narrow column: without the
    // rate, then only the bytes so far; the record count alone; the queue place alone.
    // detailText() is the first.
    QStringList detailTexts(const JobInfo &job) const;
    QString toolTip(const JobInfo &job) const;

private:
    void onAdded(const QString &jobId);
    void onChanged(const QString &jobId);
    void onRemoved(const QString &jobId);
    void reload();
    void reindex(int from = 0);
    void applyOrder(const QStringList &ids);
    void scheduleFlush();
    void emitRows(QList<int> rows, int firstColumn, int lastColumn);

    QPointer<JobFeed> m_feed;
    QList<JobInfo> m_jobs;
    QStringList m_ids; // of m_jobs; shares the feed's list while the order stays the same
    QHash<QString, int> m_rowOf;
    QSet<QString> m_dirty;
    QTimer m_timer;
    std::function<QDateTime()> m_now;
};

} // namespace es
