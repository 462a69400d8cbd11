#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

struct evp_md_ctx_st;

namespace es {

// SHA-256 through OpenSSL's libcrypto. The Downloader hashes every byte it receives, and Qt 6.4's
// QCryptographicHash (its own portable code) ran at about 125 MiB/s here, which made the hash,
// not the network or the disk, the limit of a download. libcrypto uses the CPU's SHA extensions
// where they exist. Same shape as the QCryptographicHash calls it replaces.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    // The raw 32-byte digest; may be called more than once (the digest is kept until reset()).
    QByteArray result();

private:
    struct CtxDeleter
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, CtxDeleter> m_ctx;
    QByteArray m_result;
};

} // namespace es
