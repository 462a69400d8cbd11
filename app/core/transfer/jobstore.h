#pragma once

#include "jobinfo.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace es {

// Persists jobs, one JSON file per job ("<dir>/<jobId>.json", written with QSaveFile), so a
// process killed at any moment finds every job as it was last announced: the queue saves a
// change before it emits it. One file per job keeps writes small and lets the desktop app and
// the CLI share a state folder without rewriting each other's jobs.
class JobStore : public QObject
{
    Q_OBJECT

public:
    // `dir` empty: in memory only (tests).
    explicit JobStore(const QString &dir, QObject *parent = nullptr);

    QString dir() const { return m_dir; }
    bool isPersistent() const { return !m_dir.isEmpty(); }

    // Writes the job atomically; false (and lastError()) when the disk refused.
    bool save(const JobInfo &job);
    bool remove(const QString &jobId);
    // Every readable job, in no particular order. Damaged files are skipped and named in
    // `problems` (they are renamed to "*.damaged" so they stop coming back).
    QList<JobInfo> loadAll(QStringList *problems = nullptr);
    std::optional<JobInfo> load(const QString &jobId);

    QString lastError() const { return m_lastError; }

    // A new local job id: sortable by creation time, unique across processes.
    static QString newJobId();

    // Where the cross-process lock named `key` lives ("<dir>/locks/<name>.lock"; the folder is
    // created), so that the desktop app and the CLI on one state folder never run the same job,
    // or two exports of one account, at once. Empty when the store is in memory: no locking.
    QString lockPathFor(const QString &key) const;

private:
    QString pathFor(const QString &jobId) const;

    QString m_dir;
    QHash<QString, JobInfo> m_memory; // used when there is no dir
    QString m_lastError;
};

} // namespace es
