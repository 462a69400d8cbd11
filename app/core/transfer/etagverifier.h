#pragma once

#include "digest.h"

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace es {

// Proves a download's bytes against its ETag when the ETag is a digest of the content, the way
// ownCloud's ValidateChecksumHeader checks a checksum header. It hashes every byte as it is
// written (SHA-256 always, for the ETag and the history; MD5 only while it can cover the whole
// file) so the check costs no second read of the file.
class EtagVerifier
{
public:
    enum class Check
    {
        Passed,         // the ETag matches, is no digest, or could not be checked
        Sha256Mismatch, // a SHA-256 ETag that the bytes do not match: download again
        Md5Mismatch,    // an MD5 ETag that these bytes, seen for the first time, do not match
    };

    // The lower-case hex digest in a strong ETag of exactly `hexDigits` hex digits ("\"<hex>\""),
    // or empty: weak ETags (W/), multipart S3 ETags ("<hex>-N") and other lengths are no digest.
    static QByteArray hexDigestFromEtag(const QByteArray &etag, int hexDigits);
    static QByteArray sha256FromEtag(const QByteArray &etag) { return hexDigestFromEtag(etag, 64); }
    // S3/CloudFront send the object's MD5 as the ETag of a single-part upload.
    static QByteArray md5FromEtag(const QByteArray &etag) { return hexDigestFromEtag(etag, 32); }

    // Forgets every byte hashed so far (the file starts again from byte 0).
    void reset();
    // The ETag the bytes will be checked against is now `etag`. MD5 costs time in the hot loop:
    // it is fed only when the ETag is one and the hash can cover the whole file (from byte 0, or
    // kept in step since then).
    void useEtag(const QByteArray &etag);
    void addData(QByteArrayView bytes);
    // Feeds `in` from where it stands until the hashes cover `upTo` bytes of the file or
    // `maxBytes` were read, whichever comes first (the caller lets the event loop run between
    // slices of a big file). False when `in` cannot be read.
    bool addFrom(QIODevice &in, qint64 upTo, qint64 maxBytes);

    // Bytes of the file, from byte 0, that the hashes cover.
    qint64 hashedBytes() const { return m_hashedBytes; }
    QByteArray sha256Hex() { return m_sha256.result().toHex(); }

    // Checks the `size` bytes hashed so far against `etag`.
    Check check(const QByteArray &etag, qint64 size);

private:
    Digest m_sha256{Digest::Algorithm::Sha256};
    Digest m_md5{Digest::Algorithm::Md5};
    bool m_md5Active = false; // m_md5 covers the file from byte 0
    qint64 m_hashedBytes = 0;
    // SHA-256 of a whole download whose MD5 missed its ETag; kept across reset() so that the
    // same bytes arriving again are recognised.
    QByteArray m_md5MismatchSha256;
};

} // namespace es
