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
// says why (declined, locked, no keychain, no answer) and what to do about that cause. A write
// may open the keychain's own prompt (unlock, or a password for a new keyring), so it waits as
// long as a person needs to answer; an answer that comes after a timeout still counts. The
// insecure plain-text fallback of QtKeychain is never used.
class KeychainTokenVault : public TokenVault
{
    Q_OBJECT

public:
    explicit KeychainTokenVault(QObject *parent = nullptr,
                                const QString &service = QStringLiteral("export-studio"));

    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_reason; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // How long a write waits: the keychain may be showing a prompt.
    void setPromptTimeout(int milliseconds) { m_promptTimeoutMs = milliseconds; }

    enum class Problem
    {
        Declined,  // the person declined the keychain's prompt (QtKeychain: AccessDeniedByUser)
        Locked,    // locked, or refused access (AccessDenied)
        NoService, // no keychain answers on the session bus (NoBackendAvailable, D-Bus errors)
        NoAnswer,  // a job did not finish in time
        Other,
    };

    void readToken(const QString &accountId, QObject *context, Callback done) override;
    void writeToken(const QString &accountId, const QString &token, QObject *context,
                    Callback done) override;
    void deleteToken(const QString &accountId, QObject *context, Callback done) override;

    // The message shown when the keychain cannot be used: the cause and what to do about it;
    // `detail` is QtKeychain's text.
    static QString fallbackMessage(const QString &detail, Problem problem = Problem::Other);

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
    void markUnavailable(const QString &detail, Problem problem);
    void markAvailable();

    QString m_service;
    int m_timeoutMs = TimeoutMs;
    int m_promptTimeoutMs = 120000;
    bool m_available = true;
    QString m_reason;
    MemoryTokenVault m_memory;
};

} // namespace es
