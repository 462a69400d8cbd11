#include "etagverifier.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <cctype>

// The Downloader's category: these lines belong to the same download's story.
Q_LOGGING_CATEGORY(lcEtagVerifier, "es.transfer.download")

namespace es {

namespace {
constexpr qint64 ReadBytes = qint64{256} * 1024;
}

QByteArray EtagVerifier::hexDigestFromEtag(const QByteArray &etag, int hexDigits)
{
    QByteArray value = etag.trimmed();
    if (value.startsWith("W/"))
        return {};
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    if (value.size() != hexDigits)
        return {};
    for (const char c : std::as_const(value)) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    }
    return value.toLower();
}

void EtagVerifier::reset()
{
    m_sha256.reset();
    m_md5.reset();
    m_hashedBytes = 0;
    m_md5Active = false;
}

void EtagVerifier::useEtag(const QByteArray &etag)
{
    if (md5FromEtag(etag).isEmpty())
        m_md5Active = false;
    else if (!m_md5Active && m_hashedBytes == 0)
        m_md5Active = true;
}

void EtagVerifier::addData(QByteArrayView bytes)
{
    m_sha256.addData(bytes);
    if (m_md5Active)
        m_md5.addData(bytes);
    m_hashedBytes += bytes.size();
}

bool EtagVerifier::addFrom(QIODevice &in, qint64 upTo, qint64 maxBytes)
{
    QByteArray buffer(ReadBytes, Qt::Uninitialized);
    qint64 read = 0;
    while (read < maxBytes && m_hashedBytes < upTo) {
        const qint64 n = in.read(buffer.data(), qMin<qint64>(buffer.size(), upTo - m_hashedBytes));
        if (n <= 0)
            return false;
        addData(QByteArrayView(buffer.constData(), n));
        read += n;
    }
    return true;
}

EtagVerifier::Check EtagVerifier::check(const QByteArray &etag, qint64 size)
{
    // A strong ETag that is the content's SHA-256 (64 hex digits, as the sandbox sends and some
    // object stores do) proves the bytes, not just their count: a server that cut the body but
    // sent a matching Content-Length is caught here rather than saving a short file.
    const QByteArray sha256 = sha256FromEtag(etag);
    if (!sha256.isEmpty() && sha256 != sha256Hex())
        return Check::Sha256Mismatch;
    const QByteArray md5 = md5FromEtag(etag);
    if (!md5.isEmpty() && m_md5Active && m_hashedBytes == size && md5 != m_md5.result().toHex()) {
        // Not every 32-hex ETag is the content's MD5 (S3 objects encrypted with SSE-KMS or
        // SSE-C have other ones). A cut body differs from one attempt to the next; the same
        // bytes twice mean the ETag is no digest, and the file is kept.
        const QByteArray sha = sha256Hex();
        if (sha != m_md5MismatchSha256) {
            m_md5MismatchSha256 = sha;
            return Check::Md5Mismatch;
        }
        qCInfo(lcEtagVerifier) << "the same bytes arrived twice under an ETag that is not their "
                                  "MD5 (an encrypted object store); kept";
    }
    if (!md5.isEmpty() && !m_md5Active)
        qCInfo(lcEtagVerifier) << "MD5 ETag not checked: the kept part was not hashed for it";
    return Check::Passed;
}

} // namespace es
