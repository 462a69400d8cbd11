#pragma once

#include "tokenvault.h"

#include <QList>
#include <QObject>
#include <QString>
#include <model/apiversion.h>
#include <optional>

namespace es {

// A HubSpot account (or the local sandbox). The token is not part of it: it lives in a
// TokenVault under the account's id.
struct Account
{
    static QString defaultApiBase() { return QStringLiteral("https://api.hubapi.com"); }

    QString id;
    QString name;
    QString apiBase = defaultApiBase();
    bool isSandbox = false;
    QString portalId; // HubSpot's hub id, once known
    // HubSpot API version for this account ("2026-09", "2026-03", "v3"); empty = the newest.
    // Set by the user, or by a client that found the portal does not serve a newer one.
    QString apiVersion;
    // Why HubSpot refused the token the last time it was used or tested (empty: no known
    // problem). Kept in the file so that the account switcher still marks the account after a
    // restart, before the next run fails the same way. HubSpot's message, never the token.
    QString tokenProblem;

    ApiVersion effectiveApiVersion() const
    {
        return ApiVersions::fromName(apiVersion).value_or(ApiVersions::newest());
    }

    bool operator==(const Account &) const = default;
};

// The list of accounts in a JSON file (Paths::stateDir()/accounts.json unless a path is given),
// written atomically. Never holds a token: tokens go through the TokenVault.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    AccountStore(TokenVault *vault, const QString &filePath = QString(), QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    TokenVault *vault() const { return m_vault; }

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> find(const QString &id) const;

    // Empty when the file could not be read (it is then kept as a .bak on the next save).
    QString loadError() const { return m_loadError; }

    QString currentAccountId() const { return m_currentId; }
    bool setCurrentAccountId(const QString &id);

    // Adds an account (an empty or unknown id gets a new id) or updates one. Returns the id,
    // or an empty string with lastError() on failure (empty name, bad API address, disk).
    QString save(const Account &account);
    // Removes the account and asks the vault to forget its token.
    bool remove(const QString &id);

    // Pass-throughs to the vault, so callers need not know the key scheme.
    void setToken(const QString &id, const QString &token, QObject *context,
                  TokenVault::Callback done);
    void token(const QString &id, QObject *context, TokenVault::Callback done);

    QString lastError() const { return m_lastError; }

signals:
    void accountsChanged();
    void errorOccurred(const QString &message);

private:
    void load();
    bool write();
    bool fail(const QString &message);

    TokenVault *m_vault;
    QString m_filePath;
    QList<Account> m_accounts;
    QString m_currentId;
    QString m_loadError;
    QString m_lastError;
};

} // namespace es
