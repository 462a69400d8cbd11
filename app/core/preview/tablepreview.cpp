#include "tablepreview.h"

#include "vault/csvtablereader.h"
#include "vault/tablereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>

namespace es {

namespace {
struct PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(es::TablePreview)
};

// The workers post what they found this often, and the first batch early, so the view gets
// rows to show (and a growing count) while a million-row file is still being read.
constexpr qint64 PostEveryMs = 100;
constexpr qint64 FirstBatchRows = 2000;

QString fromUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

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
} // namespace

TablePreview::TablePreview(QObject *parent)
    : QObject(parent)
{}

TablePreview::~TablePreview()
{
    stop(m_filter);
    stop(m_counter);
}

void TablePreview::stop(Worker &worker)
{
    if (!worker.thread)
        return;
    worker.cancel->store(true);
    worker.thread->wait();
    delete worker.thread;
    worker.thread = nullptr;
    worker.cancel.reset();
}

bool TablePreview::open(const QString &path, QString *error)
{
    stop(m_filter);
    stop(m_counter);
    m_path = path;
    m_reader = TableReader::open(path, error);
    if (!m_reader)
        return false;
    m_csv = dynamic_cast<CsvTableReader *>(m_reader.get()) != nullptr;
    QList<QByteArray> cells;
    if (!m_reader->next(cells)) {
        *error = m_reader->error().isEmpty()
                     ? PreviewText::tr("%1 is empty: it has not even a header row.")
                           .arg(QDir::toNativeSeparators(path))
                     : m_reader->error();
        m_reader.reset();
        return false;
    }
    m_header.clear();
    for (const QByteArray &cell : std::as_const(cells))
        m_header << fromUtf8(cell);
    m_readerRow = 0;
    m_rows = 0;
    m_counted = false;
    m_offsets.clear();
    startCounting();
    return true;
}

void TablePreview::startCounting()
{
    m_counter.cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_counter.cancel;
    const QString path = m_path;
    m_counter.thread = QThread::create([this, cancel, path] {
        QString error;
        const auto reader = TableReader::open(path, &error);
        QList<QByteArray> cells;
        if (!reader || !reader->next(cells)) {
            const QString message = reader ? reader->error() : error;
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT problem(message); });
            return;
        }
        auto *csv = dynamic_cast<CsvTableReader *>(reader.get());
        QList<qint64> offsets;
        qint64 rows = 0;
        qint64 posted = 0;
        QElapsedTimer sincePost;
        sincePost.start();
        const auto post = [&](bool done) {
            QMetaObject::invokeMethod(
                this, [this, rows, offsets, done] { onCounted(rows, offsets, done); });
            offsets.clear();
            posted = rows;
            sincePost.restart();
        };
        for (;;) {
            if (cancel->load())
                return;
            const qint64 offset = csv ? csv->offset() : 0;
            if (!reader->next(cells))
                break;
            if (csv && rows % Stride == 0)
                offsets << offset;
            ++rows;
            if ((posted == 0 && rows == FirstBatchRows) ||
                (rows % 1024 == 0 && sincePost.elapsed() >= PostEveryMs))
                post(false);
        }
        if (!reader->error().isEmpty()) {
            const QString message = reader->error();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT problem(message); });
        }
        post(true);
    });
    m_counter.thread->start(QThread::LowPriority);
}

void TablePreview::onCounted(qint64 rows, const QList<qint64> &offsets, bool done)
{
    m_offsets += offsets;
    m_rows = rows;
    m_counted = done;
    Q_EMIT rowsCounted(rows, done);
}

bool TablePreview::ensureReader(QString *error)
{
    if (m_reader && m_reader->error().isEmpty())
        return true;
    m_reader = TableReader::open(m_path, error);
    if (!m_reader)
        return false;
    QList<QByteArray> header;
    m_reader->next(header);
    m_readerRow = 0;
    if (!m_reader->error().isEmpty()) {
        *error = m_reader->error();
        m_reader.reset();
        return false;
    }
    return true;
}

QList<QStringList> TablePreview::readRows(qint64 first, int count, QString *error)
{
    QList<QStringList> out;
    if (!ensureReader(error))
        return out;
    const bool nearAhead = first >= m_readerRow && first - m_readerRow < Stride;
    if (!nearAhead) {
        const qint64 checkpoint = first / Stride;
        if (m_csv && checkpoint < m_offsets.size()) {
            auto *csv = static_cast<CsvTableReader *>(m_reader.get());
            if (!csv->seek(m_offsets.at(checkpoint))) {
                *error = csv->error();
                return out;
            }
            m_readerRow = checkpoint * Stride;
        } else if (first < m_readerRow) {
            m_reader.reset(); // XLSX, XLS: back to the top
            if (!ensureReader(error))
                return out;
        }
    }
    QList<QByteArray> cells;
    while (m_readerRow < first) {
        if (!m_reader->next(cells)) {
            *error = m_reader->error();
            return out;
        }
        ++m_readerRow;
    }
    out.reserve(count);
    while (out.size() < count) {
        if (!m_reader->next(cells)) {
            *error = m_reader->error();
            break;
        }
        ++m_readerRow;
        QStringList row;
        row.reserve(cells.size());
        for (const QByteArray &cell : std::as_const(cells))
            row << fromUtf8(cell);
        out << row;
    }
    return out;
}

void TablePreview::setFilter(int column, const QString &text)
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
    const QString path = m_path;
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
        const auto reader = TableReader::open(path, &error);
        QList<QByteArray> cells;
        if (!reader || !reader->next(cells)) {
            const QString message = reader ? reader->error() : error;
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT problem(message); });
            return;
        }
        const auto matches = [&](const QByteArray &cell) {
            return ascii ? containsAscii(cell, asciiNeedle)
                         : QString::fromUtf8(cell).contains(text, Qt::CaseInsensitive);
        };
        QList<qint64> found;
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
            if (!reader->next(cells))
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
        if (!reader->error().isEmpty()) {
            const QString message = reader->error();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT problem(message); });
        }
        post(true);
    });
    m_filter.thread->start(QThread::LowPriority);
}

void TablePreview::onMatches(const QList<qint64> &found, bool done, quint64 generation)
{
    if (generation != m_filterGeneration)
        return; // posted by a filter that was replaced before its result arrived
    m_matches += found;
    m_filterDone = done;
    Q_EMIT matchesFound(m_matches.size(), done);
}

} // namespace es
