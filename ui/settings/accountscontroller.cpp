#include "accountscontroller.h"

#include "accountsdialog.h"
#include "main/appcontext.h"

#include <hubspot/hubspotclient.h>
#include <storage/accountstore.h>
#include <storage/tokenvault.h>

namespace es {

AccountsController::AccountsController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

AccountsDialog *AccountsController::open(QWidget *parent, const QString &accountId, bool addNew)
{
    if (!m_dialog) {
        m_dialog = new AccountsDialog(m_context->accounts(), parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setVaultState(m_context->vault()->isAvailable(),
                                m_context->vault()->unavailableReason());
        connect(m_context->vault(), &TokenVault::availabilityChanged, m_dialog,
                [this](bool available, const QString &reason) {
                    m_dialog->setVaultState(available, reason);
                });
        connect(m_dialog, &AccountsDialog::saveRequested, this, &AccountsController::save);
        connect(m_dialog, &AccountsDialog::removeRequested, this, &AccountsController::remove);
        connect(m_dialog, &AccountsDialog::testRequested, this, &AccountsController::test);
    }
    if (addNew)
        m_dialog->startNewAccount();
    else if (!accountId.isEmpty())
        m_dialog->selectAccount(accountId);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void AccountsController::save(const Account &account, const QString &token)
{
    AccountStore *accounts = m_context->accounts();
    const QString id = accounts->save(account);
    if (id.isEmpty()) {
        m_dialog->setSaveResult(false, accounts->lastError());
        return;
    }
    if (token.isEmpty()) {
        m_dialog->setSaveResult(true, tr("Saved."), id);
        Q_EMIT accountSaved(id);
        return;
    }
    m_context->setToken(id, token); // usable at once, whatever the keychain says
    m_dialog->setBusy(true);
    accounts->setToken(id, token, m_dialog, [this, id](const TokenResult &result) {
        m_dialog->setBusy(false);
        if (result.ok() && result.persisted)
            m_dialog->setSaveResult(true, tr("Saved. The token is in your keychain."), id);
        else
            m_dialog->setSaveResult(false,
                                    result.message.isEmpty()
                                        ? tr("Saved, but the token is kept for this session "
                                             "only: no keychain answered. Install or unlock "
                                             "GNOME Keyring or KWallet to keep it.")
                                        : result.message,
                                    id);
        Q_EMIT accountSaved(id);
    });
    if (m_context->currentAccountId().isEmpty() || accounts->accounts().size() == 1)
        m_context->setCurrentAccount(id);
}

void AccountsController::remove(const QString &accountId)
{
    if (!m_context->accounts()->remove(accountId)) {
        m_dialog->setSaveResult(false, m_context->accounts()->lastError());
        return;
    }
    m_dialog->startNewAccount();
    m_dialog->setSaveResult(true, tr("Removed the account and its token."));
}

void AccountsController::test(const QString &accountId, const QString &apiBase,
                              const QString &token)
{
    HubSpotClient *client = nullptr;
    if (token.isEmpty()) {
        client = m_context->client(accountId);
        if (!client) {
            m_dialog->setTestResult(false, tr("There is no token for this account yet: paste the "
                                              "private app token, then test again."));
            return;
        }
    } else {
        ClientConfig config;
        config.apiBase = QUrl(apiBase.isEmpty() ? Account::defaultApiBase() : apiBase);
        config.token = token;
        config.accountId = accountId.isEmpty() ? QStringLiteral("new-account") : accountId;
        client = new HubSpotClient(m_context->network(), config, nullptr, this);
        const ApiError insecure = client->checkApiBase();
        if (insecure.isError()) {
            m_dialog->setTestResult(false, insecure.userMessage());
            client->deleteLater();
            return;
        }
    }
    const bool temporary = !token.isEmpty();
    m_dialog->setBusy(true);
    auto *reply = client->testConnection();
    QPointer<AccountsDialog> dialog = m_dialog;
    reply->onFinished(this, [dialog, client, temporary](const ApiResult<ConnectionInfo> &result) {
        if (temporary)
            client->deleteLater();
        if (!dialog)
            return;
        dialog->setBusy(false);
        if (!result.isOk()) {
            dialog->setTestResult(false, result.error().userMessage());
            return;
        }
        const ConnectionInfo &info = result.value();
        QString text = info.summary;
        if (!info.missingScopes.isEmpty())
            text += QLatin1Char(' ') +
                    AccountsController::tr("Add the missing scopes (%1) to the private app in "
                                           "HubSpot (Settings › Integrations › Private apps › "
                                           "Scopes), then copy its token again.")
                        .arg(info.missingScopes.join(QStringLiteral(", ")));
        dialog->setTestResult(info.tokenAccepted && info.canExport, text);
    });
}

} // namespace es
