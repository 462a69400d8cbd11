#include "tablesink.h"

#include <QFile>

namespace sandbox {
namespace {

class CsvSink final : public TableSink
{
public:
    bool open(const QString &path, const QString &, QString *error) override
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("Cannot write %1: %2").arg(path, m_file.errorString());
            return false;
        }
        m_buffer.reserve(kFlushAt + 4096);
        return true;
    }

    void writeRow(const QList<Cell> &cells) override
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendField(cells[i].text);
        }
        m_buffer.append("\r\n", 2);
        if (m_buffer.size() >= kFlushAt)
            flush();
    }

    bool finish(QString *error) override
    {
        flush();
        m_file.close();
        if (m_failed || m_file.error() != QFileDevice::NoError) {
            *error = QStringLiteral("Writing %1 failed: %2")
                         .arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        return true;
    }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;

    void appendField(const QString &text)
    {
        bool quote = false;
        for (QChar c : text) {
            if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_buffer.append(text.toUtf8());
            return;
        }
        m_buffer.append('"');
        QString escaped = text;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        m_buffer.append(escaped.toUtf8());
        m_buffer.append('"');
    }

    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        if (m_file.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }

    QFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace

std::unique_ptr<TableSink> makeCsvSink()
{
    return std::make_unique<CsvSink>();
}

} // namespace sandbox
