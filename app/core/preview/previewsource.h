#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace es {

class RowCursor;

// A table opened for looking at, never loaded whole: the header comes with opening, everything
// else from worker threads, each with its own RowCursor. One counts the rows and remembers where
// every Stride-th row starts (a CSV byte offset, a vault record id), one reads the pages the view
// asks for (requestRows(), answered by rowsRead()): a page far down starts at the remembered
// position before it instead of at the top. A table that cannot be entered in the middle
// (XLSX, XLS) is read forward from where the last page ended, or from the top for a jump back:
// seconds on a big sheet, hence off the GUI thread. A filter scans in a third worker.
//
// The subclasses say what is read (a downloaded file, a preset's table in the vault) through
// start(); this class lives in the GUI thread and the workers only post results to it.
class PreviewSource : public QObject
{
    Q_OBJECT

public:
    static constexpr int Stride = 128;
    // Page requests waiting beyond this many are dropped, oldest first (the view has moved on).
    static constexpr int MaxQueued = 8;

    ~PreviewSource() override; // stops and joins the workers

    // What the preview shows, for a window title: a file name, a preset and run.
    virtual QString title() const = 0;

    QStringList header() const { return m_header; }

    // Data rows counted so far (every one of them can be read); final once isCounted().
    qint64 rowCount() const { return m_rows; }
    bool isCounted() const { return m_counted; }

    // Asks for the cells of `rows` (data rows, 0-based, ascending); rowsRead() answers with the
    // same `ticket`, or rowsDropped() when newer requests pushed this one out. Newest first.
    void requestRows(quint64 ticket, const QList<qint64> &rows);
    // Forgets the requests still waiting (their answers would be for rows no longer shown).
    void dropRequests();

    // Rows whose cell in `column` (-1: any column) contains `text`, case-insensitively. An empty
    // text clears the filter. Matches arrive through matchesFound().
    void setFilter(int column, const QString &text);
    bool isFiltered() const { return !m_filterText.isEmpty(); }
    bool isFilterDone() const { return m_filterDone; }
    const QList<qint64> &matches() const { return m_matches; }

Q_SIGNALS:
    // The filter was set or cleared: the rows to show start again (no matches yet).
    void filterChanged();
    void rowsCounted(qint64 rows, bool done);
    // `total` matches so far; the new ones were appended to matches().
    void matchesFound(qint64 total, bool done);
    // The cells of the rows asked for with `ticket` (fewer at the end of the table), or an
    // error (a sentence for people) with those read before it.
    void rowsRead(quint64 ticket, const QList<QStringList> &rows, const QString &error);
    void rowsDropped(quint64 ticket);
    // A worker could not read on (a sentence for people).
    void problem(const QString &message);

protected:
    explicit PreviewSource(QObject *parent = nullptr);

    // Makes a cursor at the first data row, in whatever thread calls it (so it must not refer
    // to the source); nullptr with `*error` when the table cannot be read.
    using CursorFactory = std::function<std::unique_ptr<RowCursor>(QString *error)>;
    // Shows `header` and starts the workers over `factory`'s cursors (stopping earlier ones).
    void start(const QStringList &header, CursorFactory factory);

private:
    struct Worker
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    struct Checkpoints;
    struct PageQueue;
    void stop(Worker &worker);
    void stopAll();
    void startCounting();
    void startPageReader();
    void onCounted(qint64 rows, bool done);
    void onMatches(const QList<qint64> &found, bool done, quint64 generation);

    CursorFactory m_factory;
    QStringList m_header;
    qint64 m_rows = 0;
    bool m_counted = false;
    std::shared_ptr<Checkpoints> m_checkpoints;
    Worker m_counter;

    std::shared_ptr<PageQueue> m_pages;
    Worker m_pageReader;

    Worker m_filter;
    quint64 m_filterGeneration = 0;
    QString m_filterText;
    QList<qint64> m_matches;
    bool m_filterDone = true;
};

} // namespace es
