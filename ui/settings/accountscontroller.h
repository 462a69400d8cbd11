#pragma once

#include "accountsdialog.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <hubspot/exportstatus.h>
#include <storage/accountstore.h>

class QWidget;

namespace es {

class AccountsDialog;
class AppContext;
class ApiReply;

// Does what the Accounts dialog asks: saves accounts, stores tokens in the vault (and tells the
// app), removes accounts, and tests connections with a throw-away client. A new token is tested
// before it is saved; a refused one is saved only if the person says so.
class AccountsController : public QObject
{
    Q_OBJECT

public:
    explicit AccountsController(AppContext *context, QObject *parent = nullptr);

    // Opens (or raises) the dialog; `accountId` selects an account, `addNew` starts a new one.
    AccountsDialog *open(QWidget *parent, const QString &accountId = {}, bool addNew = false);
    AccountsDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void accountSaved(const QString &accountId);

private:
    void save(const Account &account, const QString &token);
    void remove(const QString &accountId);
    void test(const QString &accountId, const QString &apiBase, const QString &token);
    // Saves the account and its token; `tokenProblem` is why HubSpot refused it, if it did;
    // `note` is added to the result (a token that could not be checked).
    void store(const Account &account, const QString &token, const QString &tokenProblem = {},
               const QString &note = {});
    // Asks HubSpot about a token; `done` gets the answer (not called when the dialog is gone).
    // False (and the dialog told why) when the API address is refused before asking.
    bool
    check(const QString &accountId, const QString &apiBase, const QString &token,
          const QString &what,
          std::function<void(bool ok, const ConnectionInfo &info, const ApiError &error)> done);
    // What HubSpot's answer means, in words that fit the Accounts dialog.
    static QString describe(const ConnectionInfo &info);
    static QString describe(const ApiError &error);

    AppContext *m_context;
    QPointer<AccountsDialog> m_dialog;
    QPointer<ApiReply> m_check;
    // A save that waits for the person's answer about a refused token.
    Account m_pendingAccount;
    QString m_pendingToken;
    QString m_pendingProblem;
};

} // namespace es
