#include "csvtablereader.h"

#include <QCoreApplication>
#include <QDir>

namespace es {

namespace {
constexpr qint64 BlockSize = 1 << 20;

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(es::CsvTableReader)
};

enum class State
{
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted, // a quote inside a quoted field: closing, or the first of a pair
    AfterCr,
};
} // namespace

CsvTableReader::CsvTableReader(const QString &path)
    : TableReader(path)
    , m_file(path)
{}

bool CsvTableReader::openFile(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = CsvText::tr("Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    fill();
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    return m_error.isEmpty();
}

bool CsvTableReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(BlockSize);
    const qint64 got = m_file.read(m_buffer.data(), BlockSize);
    m_pos = 0;
    if (got < 0) {
        m_buffer.clear();
        m_eof = true;
        return fail(CsvText::tr("Reading %1 failed: %2")
                        .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    }
    m_buffer.resize(got);
    if (got == 0)
        m_eof = true;
    return got > 0;
}

bool CsvTableReader::seek(qint64 offset)
{
    m_error.clear();
    m_eof = false;
    m_buffer.clear();
    m_pos = 0;
    if (!m_file.seek(offset))
        return fail(CsvText::tr("Reading %1 failed: %2")
                        .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    return true;
}

bool CsvTableReader::next(QList<QByteArray> &cells)
{
    if (!m_error.isEmpty())
        return false;
    qsizetype count = 0;
    QByteArray *out = nullptr;
    const auto newCell = [&] {
        if (count >= cells.size())
            cells.resize(count + 1);
        out = &cells[count++];
        out->resize(0);
    };
    State state = State::FieldStart;
    bool any = false; // the row has a byte: an empty last line is no row
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!m_error.isEmpty())
                return false;
            if (!any)
                return false;
            if (state == State::FieldStart)
                newCell();
            cells.resize(count);
            return true;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (m_pos < size) {
            const char c = data[m_pos];
            switch (state) {
            case State::FieldStart:
                newCell();
                any = true;
                if (c == '"') {
                    state = State::Quoted;
                    ++m_pos;
                } else {
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted: {
                qsizetype j = m_pos;
                while (j < size && data[j] != ',' && data[j] != '\n' && data[j] != '\r')
                    ++j;
                out->append(data + m_pos, j - m_pos);
                m_pos = j;
                if (j >= size)
                    break;
                ++m_pos;
                if (data[j] == ',') {
                    state = State::FieldStart;
                } else if (data[j] == '\n') {
                    cells.resize(count);
                    return true;
                } else {
                    state = State::AfterCr;
                }
                break;
            }
            case State::Quoted: {
                const void *quote = memchr(data + m_pos, '"', size_t(size - m_pos));
                const qsizetype j = quote ? static_cast<const char *>(quote) - data : size;
                out->append(data + m_pos, j - m_pos);
                m_pos = j;
                if (j < size) {
                    ++m_pos;
                    state = State::QuoteInQuoted;
                }
                break;
            }
            case State::QuoteInQuoted:
                if (c == '"') {
                    out->append('"');
                    ++m_pos;
                    state = State::Quoted;
                } else {
                    state = State::Unquoted; // text after the closing quote joins the field
                }
                break;
            case State::AfterCr:
                if (c == '\n')
                    ++m_pos;
                cells.resize(count);
                return true;
            }
        }
    }
}

} // namespace es
