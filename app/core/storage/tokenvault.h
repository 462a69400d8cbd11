#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace es {

struct TokenResult
{
    enum class Status
    {
        Ok,
        NotFound,
        Failed
    };

    Status status = Status::Failed;
    QString token;          // readToken only
    QString message;        // why it failed, or where the token is kept when not persisted
    bool persisted = false; // true when secure storage holds the token

    bool ok() const { return status == Status::Ok; }
};

// Where account tokens live. Never a file: the keychain (KeychainTokenVault) or, when there is
// none, memory for this run only (MemoryTokenVault).
//
// Every call answers exactly once, always later from the event loop (never inside the call),
// and only while `context` is alive. Implementations give up after TimeoutMs.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenResult &)>;
    static constexpr int TimeoutMs = 5000;

    using QObject::QObject;

    // False once secure storage failed: tokens are then kept in memory for this run.
    virtual bool isAvailable() const = 0;
    // What went wrong and how to fix it; empty while available.
    virtual QString unavailableReason() const { return {}; }

    virtual void readToken(const QString &accountId, QObject *context, Callback done) = 0;
    virtual void writeToken(const QString &accountId, const QString &token, QObject *context,
                            Callback done) = 0;
    virtual void deleteToken(const QString &accountId, QObject *context, Callback done) = 0;

signals:
    void availabilityChanged(bool available, const QString &reason);

protected:
    // Queues `done(result)` on this object's thread, dropped if `context` is gone by then.
    void answer(QObject *context, Callback done, const TokenResult &result);
};

// Tokens in memory: for tests, and the fallback when the desktop has no keychain.
class MemoryTokenVault : public TokenVault
{
    Q_OBJECT

public:
    using TokenVault::TokenVault;

    bool isAvailable() const override { return true; }
    void readToken(const QString &accountId, QObject *context, Callback done) override;
    void writeToken(const QString &accountId, const QString &token, QObject *context,
                    Callback done) override;
    void deleteToken(const QString &accountId, QObject *context, Callback done) override;

    // For the keychain fallback, which answers without the event-loop hop of its own.
    bool contains(const QString &accountId) const { return m_tokens.contains(accountId); }
    QString token(const QString &accountId) const { return m_tokens.value(accountId); }
    void set(const QString &accountId, const QString &token) { m_tokens.insert(accountId, token); }
    void remove(const QString &accountId) { m_tokens.remove(accountId); }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace es
