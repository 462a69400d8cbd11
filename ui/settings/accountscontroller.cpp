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
        connect(m_dialog, &AccountsDialog::cancelRequested, this, [this] {
            if (m_check)
                m_check->cancel();
        });
        connect(m_dialog, &AccountsDialog::saveAnywayAnswered, this, [this](bool save) {
            const Account account = std::exchange(m_pendingAccount, Account{});
            const QString token = std::exchange(m_pendingToken, QString());
            const QString problem = std::exchange(m_pendingProblem, QString());
            if (save)
                store(account, token, problem);
            else
                m_dialog->setSaveResult(false, tr("Not saved. Paste the right token, then save "
                                                  "again."));
        });
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
    if (token.isEmpty() || account.isSandbox)
        return store(account, token);
    // Test the new token first: a refused one saved silently fails every export later.
    const QString apiBase = account.apiBase;
    check(account.id, apiBase, token, tr("Checking the token with HubSpot…"),
          [this, account, token](bool ok, const ConnectionInfo &info, const ApiError &error) {
              if (!ok) {
                  if (error.kind == ApiError::Kind::Canceled) {
                      m_dialog->setSaveResult(false, tr("Not saved: the check was canceled."));
                      return;
                  }
                  // HubSpot could not be asked (offline, proxy): keep the token, say so.
                  store(account, token, {},
                        tr("The token could not be checked: %1").arg(describe(error)));
                  return;
              }
              if (info.tokenAccepted && info.canExport)
                  return store(account, token);
              m_pendingAccount = account;
              m_pendingToken = token;
              m_pendingProblem = describe(info);
              m_dialog->setTestResult(false, describe(info));
              m_dialog->askSaveAnyway(describe(info));
          });
}

void AccountsController::store(const Account &account, const QString &token,
                               const QString &tokenProblem, const QString &note)
{
    AccountStore *accounts = m_context->accounts();
    const QString id = accounts->save(account);
    if (id.isEmpty()) {
        m_dialog->setSaveResult(false, accounts->lastError());
        return;
    }
    if (!token.isEmpty())
        m_context->setTokenProblem(id, tokenProblem);
    if (token.isEmpty()) {
        m_dialog->setSaveResult(true, tr("Saved."), id);
        Q_EMIT accountSaved(id);
        return;
    }
    m_context->setToken(id, token); // usable at once, whatever the keychain says
    m_dialog->setBusy(true, tr("Storing the token in your keychain (answer its prompt if one "
                               "opens)…"));
    accounts->setToken(id, token, m_dialog, [this, id, note](const TokenResult &result) {
        m_dialog->setBusy(false);
        const auto withNote = [&note](const QString &text) {
            return note.isEmpty() ? text : text + QLatin1Char(' ') + note;
        };
        if (result.ok() && result.persisted)
            m_dialog->setSaveResult(note.isEmpty(),
                                    withNote(tr("Saved. The token is in your keychain.")), id);
        else if (result.message.isEmpty())
            m_dialog->setSaveResult(false,
                                    withNote(tr("Saved, but the token is kept for this session "
                                                "only: no keychain answered. Install or unlock "
                                                "GNOME Keyring or KWallet to keep it.")),
                                    id);
        else
            // The keychain note above the buttons says why and what to do: say it once.
            m_dialog->setSaveResult(false,
                                    withNote(tr("Saved, but the token is kept for this session "
                                                "only (see the keychain note above).")),
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
    check(accountId, apiBase, token, tr("Asking HubSpot…"),
          [this, accountId, stored = token.isEmpty()](bool ok, const ConnectionInfo &info,
                                                      const ApiError &error) {
              // The stored token's verdict is the account's; a typed one is only a try.
              if (ok && stored && !accountId.isEmpty())
                  m_context->setTokenProblem(
                      accountId, info.tokenAccepted && info.canExport ? QString() : describe(info));
              if (!ok) {
                  if (error.kind == ApiError::Kind::Canceled)
                      m_dialog->setTestResult(true, tr("Test canceled."));
                  else
                      m_dialog->setTestResult(false, describe(error));
                  return;
              }
              m_dialog->setTestResult(info.tokenAccepted && info.canExport, describe(info));
          });
}

bool AccountsController::check(
    const QString &accountId, const QString &apiBase, const QString &token, const QString &what,
    std::function<void(bool ok, const ConnectionInfo &info, const ApiError &error)> done)
{
    HubSpotClient *client = nullptr;
    if (token.isEmpty()) {
        client = m_context->client(accountId);
        if (!client) {
            m_dialog->setTestResult(false, tr("There is no token for this account yet: paste the "
                                              "private app token, then test again."));
            return false;
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
            return false;
        }
    }
    const bool temporary = !token.isEmpty();
    m_dialog->setBusy(true, what);
    auto *reply = client->testConnection();
    m_check = reply;
    QPointer<AccountsDialog> dialog = m_dialog;
    reply->onFinished(this, [dialog, client, temporary,
                             done = std::move(done)](const ApiResult<ConnectionInfo> &result) {
        if (temporary)
            client->deleteLater();
        if (!dialog)
            return;
        dialog->setBusy(false);
        done(result.isOk(), result.value(), result.error());
    });
    return true;
}

QString AccountsController::describe(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Auth)
        return error.userMessage();
    // ApiError's own sentence sends people to Accounts; they are in it already.
    const QString category =
        error.category.isEmpty() ? QStringLiteral("INVALID_AUTHENTICATION") : error.category;
    QString text = category == u"EXPIRED_AUTHENTICATION"
                       ? tr("HubSpot says this token has expired (EXPIRED_AUTHENTICATION): copy "
                            "the private app's current token in HubSpot (Settings › Integrations "
                            "› Private apps) and paste it here.")
                       //: %1 is HubSpot's error category, e.g. INVALID_AUTHENTICATION
                       : tr("HubSpot refused this token (%1): copy the private app's token again "
                            "in HubSpot (Settings › Integrations › Private apps) and paste it "
                            "here.")
                             .arg(category);
    if (!error.correlationId.isEmpty())
        //: %1 is a whole message, %2 an id HubSpot support can look up
        text = tr("%1 (HubSpot correlation id %2)").arg(text, error.correlationId);
    return text;
}

QString AccountsController::describe(const ConnectionInfo &info)
{
    if (info.problem.kind == ApiError::Kind::Auth)
        return describe(info.problem);
    QString text = info.summary;
    if (!info.missingScopes.isEmpty())
        text += QLatin1Char(' ') +
                tr("Add the missing scopes (%1) to the private app in HubSpot (Settings › "
                   "Integrations › Private apps › Scopes), then copy its token again.")
                    .arg(info.missingScopes.join(QStringLiteral(", ")));
    return text;
}

} // namespace es
