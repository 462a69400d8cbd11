#include "previewsource.h"

#include "rowcursor.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace es {

namespace {
// The workers post what they found this often, and the first batch early, so the view gets
// rows to show (and a growing count) while a million rows are still being read.
constexpr qint64 PostEveryMs = 100;
constexpr qint64 FirstBatchRows = 2000;

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

// `lowerNeedle` is ASCII and lower case; UTF-8 bytes of other characters never equal an ASCII
// byte, so a byte search finds exactly the places a character search would.
bool containsAscii(const QByteArray &haystack, const QByteArray &lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    const qsizetype last = haystack.size() - n;
    const char *h = haystack.constData();
    const char *needle = lowerNeedle.constData();
    for (qsizetype i = 0; i <= last; ++i) {
        qsizetype j = 0;
        while (j < n && asciiLower(h[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

QStringList toStrings(const QList<QByteArray> &cells)
{
    QStringList row;
    row.reserve(cells.size());
    for (const QByteArray &cell : cells)
        row << QString::fromUtf8(cell);
    return row;
}
} // namespace

// Where every Stride-th row starts: written by the counter, read by the page reader.
struct PreviewSource::Checkpoints
{
    QMutex mutex;
    QList<qint64> positions;

    qint64 at(qint64 index)
    {
        const QMutexLocker lock(&mutex);
        return index < positions.size() ? positions.at(index) : -1;
    }
};

struct PreviewSource::PageQueue
{
    struct Request
    {
        quint64 ticket = 0;
        QList<qint64> rows;
    };
    QMutex mutex;
    QWaitCondition wake;
    QList<Request> requests; // newest last
};

PreviewSource::PreviewSource(QObject *parent)
    : QObject(parent)
{}

PreviewSource::~PreviewSource()
{
    stopAll();
}

void PreviewSource::stop(Worker &worker)
{
    if (!worker.thread)
        return;
    worker.cancel->store(true);
    if (&worker == &m_pageReader && m_pages) {
        const QMutexLocker lock(&m_pages->mutex);
        m_pages->wake.wakeAll();
    }
    worker.thread->wait();
    delete worker.thread;
    worker.thread = nullptr;
    worker.cancel.reset();
}

void PreviewSource::stopAll()
{
    stop(m_filter);
    stop(m_pageReader);
    stop(m_counter);
}

void PreviewSource::start(const QStringList &header, CursorFactory factory)
{
    stopAll();
    m_factory = std::move(factory);
    m_header = header;
    m_rows = 0;
    m_counted = false;
    m_filterText.clear();
    m_matches.clear();
    m_filterDone = true;
    ++m_filterGeneration;
    m_checkpoints = std::make_shared<Checkpoints>();
    m_pages = std::make_shared<PageQueue>();
    startCounting();
    startPageReader();
}

void PreviewSource::startCounting()
{
    m_counter.cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_counter.cancel;
    const auto checkpoints = m_checkpoints;
    const CursorFactory factory = m_factory;
    m_counter.thread = QThread::create([this, cancel, checkpoints, factory] {
        QString error;
        const std::unique_ptr<RowCursor> cursor = factory(&error);
        if (!cursor) {
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT problem(error); });
            return;
        }
        qint64 rows = 0;
        qint64 posted = 0;
        QElapsedTimer sincePost;
        sincePost.start();
        const auto post = [&](bool done) {
            QMetaObject::invokeMethod(this, [this, rows, done] { onCounted(rows, done); });
            posted = rows;
            sincePost.restart();
        };
        for (;;) {
            if (cancel->load())
                return;
            const qint64 position = rows % Stride == 0 ? cursor->position() : -1;
            if (!cursor->skip())
                break;
            if (position >= 0) {
                const QMutexLocker lock(&checkpoints->mutex);
                checkpoints->positions << position;
            }
            ++rows;
            if ((posted == 0 && rows == FirstBatchRows) ||
                (rows % 1024 == 0 && sincePost.elapsed() >= PostEveryMs))
                post(false);
        }
        if (!cursor->error().isEmpty()) {
            const QString message = cursor->error();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT problem(message); });
        }
        post(true);
    });
    m_counter.thread->start(QThread::LowPriority);
}

void PreviewSource::onCounted(qint64 rows, bool done)
{
    m_rows = rows;
    m_counted = done;
    Q_EMIT rowsCounted(rows, done);
}

void PreviewSource::requestRows(quint64 ticket, const QList<qint64> &rows)
{
    if (!m_pages)
        return;
    QList<quint64> dropped;
    {
        const QMutexLocker lock(&m_pages->mutex);
        m_pages->requests.append({ticket, rows});
        while (m_pages->requests.size() > MaxQueued)
            dropped << m_pages->requests.takeFirst().ticket;
        m_pages->wake.wakeAll();
    }
    for (const quint64 old : std::as_const(dropped))
        Q_EMIT rowsDropped(old);
}

void PreviewSource::dropRequests()
{
    if (!m_pages)
        return;
    const QMutexLocker lock(&m_pages->mutex);
    m_pages->requests.clear();
}

void PreviewSource::startPageReader()
{
    m_pageReader.cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_pageReader.cancel;
    const auto checkpoints = m_checkpoints;
    const auto pages = m_pages;
    const CursorFactory factory = m_factory;
    m_pageReader.thread = QThread::create([this, cancel, checkpoints, pages, factory] {
        std::unique_ptr<RowCursor> cursor;
        qint64 cursorRow = 0; // the data row cursor->next() returns
        QList<QByteArray> cells;
        for (;;) {
            PageQueue::Request request;
            {
                QMutexLocker lock(&pages->mutex);
                while (!cancel->load() && pages->requests.isEmpty())
                    pages->wake.wait(&pages->mutex);
                if (cancel->load())
                    return;
                request = pages->requests.takeLast(); // what the view shows now comes first
            }
            QList<QStringList> out;
            out.reserve(request.rows.size());
            QString error;
            for (const qint64 row : std::as_const(request.rows)) {
                if (!cursor) {
                    cursor = factory(&error);
                    cursorRow = 0;
                    if (!cursor)
                        break;
                }
                const bool nearAhead = row >= cursorRow && row - cursorRow < Stride;
                if (!nearAhead) {
                    const qint64 checkpoint = row / Stride;
                    const qint64 position = checkpoints->at(checkpoint);
                    if (position >= 0) {
                        if (!cursor->seek(position)) {
                            error = cursor->error();
                            cursor.reset();
                            break;
                        }
                        cursorRow = checkpoint * Stride;
                    } else if (row < cursorRow) {
                        cursor = factory(&error); // no way back but from the top
                        cursorRow = 0;
                        if (!cursor)
                            break;
                    }
                }
                bool ok = true;
                while (ok && cursorRow < row) {
                    if (cancel->load())
                        return;
                    ok = cursor->skip();
                    cursorRow += ok ? 1 : 0;
                }
                if (ok && cursor->next(cells)) {
                    ++cursorRow;
                    out << toStrings(cells);
                    continue;
                }
                // The end of the table (a row asked for before a filter knew the count) or a
                // problem: either way the cursor starts anew for the next request.
                error = cursor->error();
                cursor.reset();
                break;
            }
            const quint64 ticket = request.ticket;
            QMetaObject::invokeMethod(
                this, [this, ticket, out, error] { Q_EMIT rowsRead(ticket, out, error); });
        }
    });
    m_pageReader.thread->start();
}

void PreviewSource::setFilter(int column, const QString &text)
{
    stop(m_filter);
    ++m_filterGeneration;
    m_filterText = text;
    m_matches.clear();
    m_filterDone = text.isEmpty();
    Q_EMIT filterChanged();
    if (text.isEmpty()) {
        Q_EMIT matchesFound(0, true);
        return;
    }
    m_filter.cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_filter.cancel;
    const CursorFactory factory = m_factory;
    const quint64 generation = m_filterGeneration;
    const bool ascii = [&] {
        for (const QChar c : text)
            if (c.unicode() >= 0x80)
                return false;
        return true;
    }();
    const QByteArray asciiNeedle = text.toLower().toLatin1();
    m_filter.thread = QThread::create([=, this] {
        QString error;
        const std::unique_ptr<RowCursor> cursor = factory ? factory(&error) : nullptr;
        if (!cursor) {
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT problem(error); });
            return;
        }
        const auto matches = [&](const QByteArray &cell) {
            return ascii ? containsAscii(cell, asciiNeedle)
                         : QString::fromUtf8(cell).contains(text, Qt::CaseInsensitive);
        };
        QList<qint64> found;
        QList<QByteArray> cells;
        QElapsedTimer sincePost;
        sincePost.start();
        const auto post = [&](bool done) {
            QMetaObject::invokeMethod(
                this, [this, found, done, generation] { onMatches(found, done, generation); });
            found.clear();
            sincePost.restart();
        };
        for (qint64 row = 0;; ++row) {
            if (cancel->load())
                return;
            if (!cursor->next(cells))
                break;
            bool hit = false;
            if (column >= 0) {
                hit = column < cells.size() && matches(cells.at(column));
            } else {
                for (const QByteArray &cell : std::as_const(cells))
                    if ((hit = matches(cell)))
                        break;
            }
            if (hit)
                found << row;
            if (row % 1024 == 0 && sincePost.elapsed() >= PostEveryMs)
                post(false);
        }
        if (!cursor->error().isEmpty()) {
            const QString message = cursor->error();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT problem(message); });
        }
        post(true);
    });
    m_filter.thread->start(QThread::LowPriority);
}

void PreviewSource::onMatches(const QList<qint64> &found, bool done, quint64 generation)
{
    if (generation != m_filterGeneration)
        return; // posted by a filter that was replaced before its result arrived
    m_matches += found;
    m_filterDone = done;
    Q_EMIT matchesFound(m_matches.size(), done);
}

} // namespace es
