#pragma once

#include <QObject>
#include <QRunnable>
#include <QString>
#include <QStringList>
#include <atomic>

class QThreadPool;

namespace es {

struct UnpackLimits
{
    qint64 maxTotalBytes = qint64(20) * 1024 * 1024 * 1024; // uncompressed, all entries
    double maxRatio = 200.0;                     // uncompressed : compressed, per entry ...
    qint64 ratioThreshold = qint64{1024} * 1024; // ... once the entry is bigger than this
    int maxEntries = 10000;
};

struct UnpackOptions
{
    QString zipPath;
    QString destDir;       // files land here under their sanitised names, never overwriting
    bool keepZip = true;   // false: the zip is deleted after a successful unpack
    bool syncFiles = true; // fsync each file before it is moved to its final name
    UnpackLimits limits;
    // Optional placement journal. Each final path is written (and synced) before the file is
    // moved there, and "complete" after the last one, so a caller killed between the moves and
    // recording the result can tell its own files from the user's (readPlacementJournal()).
    QString journalPath;
};

struct PlacementJournal
{
    QStringList placed; // final paths this unpack claimed, in order
    bool complete = false;
};
PlacementJournal readPlacementJournal(const QString &path);

enum class UnpackError
{
    None,
    NotAnArchive, // cannot open or read the zip's directory
    UnsafeEntry,  // path outside the folder, symlink, device, reserved or empty name, encrypted
    TooLarge,     // size, ratio or entry-count cap hit (zip bomb), header or actual bytes
    Corrupt,      // CRC mismatch or broken compressed data
    Disk,         // cannot write (disk full, permissions)
    Canceled,
};

struct UnpackResult
{
    UnpackError error = UnpackError::None;
    QString errorString; // a sentence for people, naming the entry and the reason
    QString entryName;   // the offending entry, if any
    QStringList files;   // absolute final paths, in archive order (success only)
    qint64 bytes = 0;    // uncompressed bytes written
    bool zipRemoved = false;

    bool ok() const { return error == UnpackError::None; }
};

// Unzips one export archive off the calling thread. Every entry is validated from the central
// directory before a single byte is written; actual inflated bytes are counted while
// extracting (a lying header is still stopped). Entries go to a private staging folder
// "<dest>/.export-studio-staging-XXXXXX" under neutral names and are moved to their final,
// sanitised names only when all of them passed their CRC. Any failure removes the staging
// folder and every file already moved, so nothing is left at a final path.
//
// Directory structure inside the archive is flattened (export archives are flat); clashing
// names get numbered ("a.csv", "a (2).csv").
//
// Usage: auto *u = new Unpacker(opts); connect(...finished...); u->start(pool);
// The object is not auto-deleted: delete it (deleteLater) after finished().
class Unpacker : public QObject, public QRunnable
{
    Q_OBJECT
public:
    explicit Unpacker(const UnpackOptions &options, QObject *parent = nullptr);

    // Queues run() on `pool` (QThreadPool::globalInstance() if null).
    void start(QThreadPool *pool = nullptr);
    // Thread-safe; the run stops at the next chunk and reports Canceled.
    void requestCancel() { m_cancel.store(true, std::memory_order_relaxed); }
    bool isCancelRequested() const { return m_cancel.load(std::memory_order_relaxed); }

    void run() override;

    // The same work, synchronously on the calling thread (for tools and tests).
    UnpackResult unpackNow();

    static QString stagingPrefix() { return QStringLiteral(".export-studio-staging-"); }
    // Removes staging folders a killed process left in `destDir`; returns how many.
    static int removeStaleStaging(const QString &destDir);

Q_SIGNALS:
    void started();
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const es::UnpackResult &result);

private:
    UnpackOptions m_options;
    std::atomic<bool> m_cancel{false};
};

QString unpackErrorName(UnpackError error);

} // namespace es

Q_DECLARE_METATYPE(es::UnpackResult)
