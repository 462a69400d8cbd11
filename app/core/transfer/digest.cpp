#include "digest.h"

#include <openssl/evp.h>

namespace es {

void Digest::CtxDeleter::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Digest::Digest(Algorithm algorithm)
    : m_algorithm(algorithm)
    , m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Digest::~Digest() = default;

void Digest::reset()
{
    m_result.clear();
    EVP_DigestInit_ex(m_ctx.get(), m_algorithm == Algorithm::Md5 ? EVP_md5() : EVP_sha256(),
                      nullptr);
}

void Digest::addData(QByteArrayView data)
{
    if (!m_result.isEmpty())
        reset(); // as QCryptographicHash: adding after result() starts a new digest
    EVP_DigestUpdate(m_ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Digest::result()
{
    if (m_result.isEmpty()) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest, &length);
        m_result = QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }
    return m_result;
}

} // namespace es
