#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

struct evp_md_ctx_st;

namespace es {

// A message digest through OpenSSL's libcrypto. The Downloader hashes every byte it receives, and
// Qt 6.4's QCryptographicHash (its own portable code) ran at about 125 MiB/s here, which made the
// hash, not the network or the disk, the limit of a download. libcrypto uses the CPU's SHA
// extensions where they exist. Same shape as the QCryptographicHash calls it replaces.
class Digest
{
public:
    enum class Algorithm
    {
        Sha256, // every download, for the SHA-256 ETag check and the history
        Md5,    // S3/CloudFront single-part ETags
    };

    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    void reset();
    void addData(QByteArrayView data);
    // The raw digest; may be called more than once (the digest is kept until reset()).
    QByteArray result();

private:
    struct CtxDeleter
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    Algorithm m_algorithm;
    std::unique_ptr<evp_md_ctx_st, CtxDeleter> m_ctx;
    QByteArray m_result;
};

} // namespace es
