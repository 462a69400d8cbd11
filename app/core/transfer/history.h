#pragma once

#include "jobinfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace es {

// One finished export as the Downloads view lists it: what it was, when it ended, how it ended
// and which files it left in the download folder.
struct HistoryEntry
{
    QString jobId;
    QString exportName;
    QString accountId;
    QString presetId;
    QDateTime finishedAt;
    JobState state = JobState::Done; // Done, Failed or Canceled
    QList<JobFile> files;
    QString taskId;       // HubSpot's export id, for support questions
    QString errorMessage; // why it failed, when it did
    qint64 recordCount = -1;

    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject &object);
    static HistoryEntry fromJob(const JobInfo &job);

    bool operator==(const HistoryEntry &) const = default;
};

// Every finished export, newest first, persisted as one JSON file written atomically (QSaveFile)
// so a crash never loses the list. The queue adds an entry when a job finishes; the Downloads
// view lists them and may forget entries (the files stay on disk).
class History : public QObject
{
    Q_OBJECT

public:
    // `filePath` empty: in memory only (tests). The file is read at once.
    explicit History(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    // Newest first.
    QList<HistoryEntry> entries() const { return m_entries; }
    std::optional<HistoryEntry> entry(const QString &jobId) const;

    // Adds or replaces (same jobId) the entry and saves.
    void add(const HistoryEntry &entry);
    void remove(const QString &jobId);
    void clear();

    // Keeps at most this many entries (oldest dropped); 0 = no limit.
    void setMaxEntries(int max);

    // Re-reads the file (another process, such as the CLI, may have added entries).
    void reload();

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void entryAdded(const QString &jobId);
    void entryRemoved(const QString &jobId);
    void changed();

private:
    bool load();
    bool save();
    void trim();

    QString m_filePath;
    QList<HistoryEntry> m_entries;
    int m_maxEntries = 0;
    QString m_lastError;
};

} // namespace es
