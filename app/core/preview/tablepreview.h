#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QThread;

namespace es {

class TableReader;

// A downloaded table (CSV, XLSX or XLS) opened for looking at, never loaded whole: the header and
// any page of rows are read on demand, while a worker thread counts the rows and, for CSV, notes
// the byte offset of every Stride-th row so that reading a page far down seeks instead of parsing
// the file from the top. XLSX and XLS cannot be entered in the middle (a deflated stream, a
// freexl handle), so their pages are read forward from the last position (reopened for a jump
// back). A filter scans the file in another worker and lists the matching rows.
//
// Lives in the GUI thread; the workers only post results back to it.
class TablePreview : public QObject
{
    Q_OBJECT

public:
    static constexpr int Stride = 128;

    explicit TablePreview(QObject *parent = nullptr);
    ~TablePreview() override; // stops and joins the workers

    // Reads the header and starts counting. False with `*error` (naming the file) when the file
    // is none of CSV, XLSX, XLS or cannot be read.
    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    QStringList header() const { return m_header; }

    // Data rows counted so far (every one of them can be read); final once isCounted().
    qint64 rowCount() const { return m_rows; }
    bool isCounted() const { return m_counted; }

    // `count` data rows from data row `first` (0-based), fewer at the end. Empty with `*error`
    // on a read problem.
    QList<QStringList> readRows(qint64 first, int count, QString *error);

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
    // A worker could not read on (a sentence for people).
    void problem(const QString &message);

private:
    struct Worker
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    void startCounting();
    void stop(Worker &worker);
    void onCounted(qint64 rows, const QList<qint64> &offsets, bool done);
    void onMatches(const QList<qint64> &found, bool done, quint64 generation);
    bool ensureReader(QString *error);

    QString m_path;
    bool m_csv = false;
    QStringList m_header;
    qint64 m_rows = 0;
    bool m_counted = false;
    QList<qint64> m_offsets; // CSV: byte offset of data row k * Stride
    Worker m_counter;

    // The GUI thread's own reader, and the data row its next() returns.
    std::unique_ptr<TableReader> m_reader;
    qint64 m_readerRow = 0;

    Worker m_filter;
    quint64 m_filterGeneration = 0;
    QString m_filterText;
    QList<qint64> m_matches;
    bool m_filterDone = true;
};

} // namespace es
