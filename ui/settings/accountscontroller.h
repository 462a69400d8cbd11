#pragma once

#include "accountsdialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace es {

class AccountsDialog;
class AppContext;
struct Account;

// Does what the Accounts dialog asks: saves accounts, stores tokens in the vault (and tells the
// app), removes accounts, and tests connections with a throw-away client.
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

    AppContext *m_context;
    QPointer<AccountsDialog> m_dialog;
};

} // namespace es
