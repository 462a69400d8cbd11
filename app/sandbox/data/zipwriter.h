#pragma once

// Internal: reproducible zip archives with minizip (fixed entry times and attributes, so the same
// input gives the same bytes).

#include <QByteArray>
#include <QString>

namespace sandbox {

class ZipWriter
{
public:
    ZipWriter() = default;
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open(const QString &path);
    // Deflates the file at `sourcePath` into an entry called `name`.
    bool addFile(const QString &name, const QString &sourcePath);
    bool addData(const QString &name, const QByteArray &data, quint32 unixMode = 0100644);
    // An entry whose bytes are already raw-deflated (for the bomb), with its real size and CRC.
    bool addRawDeflated(const QString &name, const QByteArray &deflated, quint64 size, quint32 crc);
    bool close();
    QString errorString() const { return m_error; }

    // 2024-01-01 00:00, the DOS time written into every entry.
    static constexpr int kYear = 2024;

private:
    bool begin(const QString &name, quint32 unixMode, bool raw, bool zip64);
    void *m_zip = nullptr;
    QString m_error;
};

} // namespace sandbox
