#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

struct evp_md_ctx_st;

namespace es {

// MD5 through libcrypto, fed alongside the Sha256 of a download only when the server's ETag is
// an MD5 (S3 and CloudFront send the object's MD5 as the ETag of a single-part upload): it proves
// the bytes against what the store says it holds. Never used for anything else.
class Md5
{
public:
    Md5();
    ~Md5();
    Md5(const Md5 &) = delete;
    Md5 &operator=(const Md5 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    // The raw 16-byte digest; may be called more than once (kept until reset()).
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
