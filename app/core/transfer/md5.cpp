#include "md5.h"

#include <openssl/evp.h>

namespace es {

void Md5::CtxDeleter::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Md5::Md5()
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Md5::~Md5() = default;

void Md5::reset()
{
    m_result.clear();
    EVP_DigestInit_ex(m_ctx.get(), EVP_md5(), nullptr);
}

void Md5::addData(QByteArrayView data)
{
    if (!m_result.isEmpty())
        reset(); // as QCryptographicHash: adding after result() starts a new digest
    EVP_DigestUpdate(m_ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Md5::result()
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
