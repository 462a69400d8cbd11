#pragma once

#include "tokenvault.h"

namespace QKeychain {
class Job;
}

namespace es {

// Tokens in the desktop keychain through QtKeychain (Secret Service / gnome-keyring, or
// KWallet): service "export-studio", key = account id.
//
// Any keychain failure or a job that does not answer within the timeout switches the vault to
// "unavailable": from then on tokens are kept in memory for this run and unavailableReason()
// says why and how to fix it. The insecure plain-text fallback of QtKeychain is never used.
class KeychainTokenVault : public TokenVault
{
    Q_OBJECT

public:
    explicit KeychainTokenVault(QObject *parent = nullptr,
                                const QString &service = QStringLiteral("export-studio"));

    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_reason; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void readToken(const QString &accountId, QObject *context, Callback done) override;
    void writeToken(const QString &accountId, const QString &token, QObject *context,
                    Callback done) override;
    void deleteToken(const QString &accountId, QObject *context, Callback done) override;

    // The message shown when the keychain cannot be used; `detail` is QtKeychain's text.
    static QString fallbackMessage(const QString &detail);

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    void run(QKeychain::Job *job, Operation operation, const QString &accountId,
             const QString &token, QObject *context, Callback done);
    TokenResult fromMemory(Operation operation, const QString &accountId, const QString &token);
    void markUnavailable(const QString &detail);

    QString m_service;
    int m_timeoutMs = TimeoutMs;
    bool m_available = true;
    QString m_reason;
    MemoryTokenVault m_memory;
};

} // namespace es
