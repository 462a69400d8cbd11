#include "tokenvault.h"

#include <QMetaObject>

namespace es {

void TokenVault::answer(QObject *context, Callback done, const TokenResult &result)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hasContext, done = std::move(done), result] {
            if (hasContext && !guard)
                return;
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

void MemoryTokenVault::readToken(const QString &accountId, QObject *context, Callback done)
{
    TokenResult result;
    if (m_tokens.contains(accountId)) {
        result.status = TokenResult::Status::Ok;
        result.token = m_tokens.value(accountId);
    } else {
        result.status = TokenResult::Status::NotFound;
        result.message = tr("No token is stored for this account. Enter it in the "
                            "account settings.");
    }
    answer(context, std::move(done), result);
}

void MemoryTokenVault::writeToken(const QString &accountId, const QString &token, QObject *context,
                                  Callback done)
{
    m_tokens.insert(accountId, token);
    TokenResult result;
    result.status = TokenResult::Status::Ok;
    result.message = tr("The token is kept in memory until Export Studio quits.");
    answer(context, std::move(done), result);
}

void MemoryTokenVault::deleteToken(const QString &accountId, QObject *context, Callback done)
{
    m_tokens.remove(accountId);
    TokenResult result;
    result.status = TokenResult::Status::Ok;
    answer(context, std::move(done), result);
}

} // namespace es
