#include "zipwriter.h"

#include <QFile>
#include <minizip/zip.h>
#include <zlib.h>

namespace sandbox {

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(static_cast<zipFile>(m_zip), nullptr);
}

bool ZipWriter::open(const QString &path)
{
    m_zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!m_zip)
        m_error = QStringLiteral("Cannot create the zip file %1.").arg(path);
    return m_zip != nullptr;
}

bool ZipWriter::begin(const QString &name, quint32 unixMode, bool raw, bool zip64)
{
    zip_fileinfo info{};
    info.tmz_date.tm_year = kYear;
    info.tmz_date.tm_mon = 0;
    info.tmz_date.tm_mday = 1;
    info.dosDate = 0;
    info.external_fa = uLong(unixMode) << 16;
    // Version made by: Unix (3), spec 2.0, so readers honour the Unix mode bits. Fastest
    // deflate level: a million-row CSV zips in seconds, and the size matters little locally.
    const int rc = zipOpenNewFileInZip4_64(
        static_cast<zipFile>(m_zip), name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
        nullptr, Z_DEFLATED, Z_BEST_SPEED, raw ? 1 : 0, -MAX_WBITS, DEF_MEM_LEVEL,
        Z_DEFAULT_STRATEGY, nullptr, 0, (3 << 8) | 20, 1 << 11 /* UTF-8 names */, zip64 ? 1 : 0);
    if (rc != ZIP_OK)
        m_error =
            QStringLiteral("Cannot add %1 to the zip file (minizip error %2).").arg(name).arg(rc);
    return rc == ZIP_OK;
}

bool ZipWriter::addFile(const QString &name, const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("Cannot read %1: %2").arg(sourcePath, source.errorString());
        return false;
    }
    if (!begin(name, 0100644, false, source.size() >= 0xFFFFFFFFLL))
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    bool ok = true;
    while (ok) {
        const qint64 n = source.read(chunk.data(), chunk.size());
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        ok = zipWriteInFileInZip(static_cast<zipFile>(m_zip), chunk.constData(), unsigned(n)) ==
             ZIP_OK;
    }
    ok = zipCloseFileInZip(static_cast<zipFile>(m_zip)) == ZIP_OK && ok;
    if (!ok)
        m_error = QStringLiteral("Writing %1 into the zip file failed.").arg(name);
    return ok;
}

bool ZipWriter::addData(const QString &name, const QByteArray &data, quint32 unixMode)
{
    if (!begin(name, unixMode, false, false))
        return false;
    bool ok = data.isEmpty() || zipWriteInFileInZip(static_cast<zipFile>(m_zip), data.constData(),
                                                    unsigned(data.size())) == ZIP_OK;
    ok = zipCloseFileInZip(static_cast<zipFile>(m_zip)) == ZIP_OK && ok;
    if (!ok)
        m_error = QStringLiteral("Writing %1 into the zip file failed.").arg(name);
    return ok;
}

bool ZipWriter::addRawDeflated(const QString &name, const QByteArray &deflated, quint64 size,
                               quint32 crc)
{
    if (!begin(name, 0100644, true, false))
        return false;
    bool ok = zipWriteInFileInZip(static_cast<zipFile>(m_zip), deflated.constData(),
                                  unsigned(deflated.size())) == ZIP_OK;
    ok = zipCloseFileInZipRaw64(static_cast<zipFile>(m_zip), size, crc) == ZIP_OK && ok;
    return ok;
}

bool ZipWriter::close()
{
    if (!m_zip)
        return false;
    const int rc = zipClose(static_cast<zipFile>(m_zip), nullptr);
    m_zip = nullptr;
    if (rc != ZIP_OK)
        m_error = QStringLiteral("Finishing the zip file failed (minizip error %1).").arg(rc);
    return rc == ZIP_OK;
}

} // namespace sandbox
