#pragma once

#include "jobinfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

template<typename T>
class QFutureWatcher;

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
    Completeness completeness; // additive: the rows counted in the files (Done jobs)

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
    enum class Load
    {
        AtOnce,    // the constructor reads the file (the CLI, tests)
        OnRequest, // nothing is read until loadInBackground() or a change needs the file: the
                   // desktop app reads it after its first window is on screen
    };

    // `filePath` empty: in memory only (tests).
    explicit History(const QString &filePath, QObject *parent = nullptr);
    History(const QString &filePath, Load mode, QObject *parent = nullptr);
    ~History() override;

    // Reads and parses the file on a pool thread (a long history takes a while) and takes the
    // entries here: loaded(), then changed(). Nothing when already loaded or reading.
    void loadInBackground();

    QString filePath() const { return m_filePath; }
    // False until the file was read (Load::OnRequest): entries() is empty until loaded().
    bool isLoaded() const { return m_loaded; }
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

    // What one read of a history file found (no QObject: it is made on a pool thread too).
    struct FileContents
    {
        bool read = false; // false: no file, unreadable or damaged (then `damage` says why)
        QList<HistoryEntry> entries;
        QString damage;
    };
    static FileContents readFile(const QString &filePath);

Q_SIGNALS:
    // Once, when the entries first reflect the file (after a background read, or earlier when
    // add(), remove(), reload() or clear() needed the file first). changed() follows.
    void loaded();
    void entryAdded(const QString &jobId);
    void entryRemoved(const QString &jobId);
    void changed();

private:
    bool load();
    void apply(const FileContents &contents);
    void markLoaded();
    bool save();
    void trim();

    QString m_filePath;
    QList<HistoryEntry> m_entries;
    int m_maxEntries = 0;
    QString m_lastError;
    bool m_loaded = false;
    bool m_loadedAnnounced = false;
    QFutureWatcher<FileContents> *m_reading = nullptr;
};

} // namespace es
