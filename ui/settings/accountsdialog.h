#pragma once

#include <QDialog>
#include <storage/accountstore.h>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace es {

// Accounts: name, API address, HubSpot API version and the private-app token. The token goes to the
// TokenVault (keychain), never to a file; when there is no keychain the dialog says so. "Test
// connection" explains a refused token or missing scopes. The dialog only collects and emits; the
// AccountsController stores and tests.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(AccountStore *accounts, QWidget *parent = nullptr);

    // Keychain state: empty reason = tokens are kept in the keychain.
    void setVaultState(bool available, const QString &reason);
    // Selects an account, or starts a new one (empty id).
    void selectAccount(const QString &accountId);
    void startNewAccount();
    QString selectedAccountId() const { return m_currentId; }

    void setTestResult(bool ok, const QString &text);
    void setSaveResult(bool ok, const QString &text, const QString &accountId = {});
    void setBusy(bool busy);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *apiBaseEdit() const { return m_apiBase; }
    QLineEdit *tokenEdit() const { return m_token; }
    // HubSpot API version: "" (the newest), "2026-09", "2026-03", "v3" as item data.
    QComboBox *apiVersionCombo() const { return m_apiVersion; }
    QLabel *apiVersionNote() const { return m_apiVersionNote; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *vaultLabel() const { return m_vaultLabel; }

Q_SIGNALS:
    void saveRequested(const es::Account &account, const QString &token);
    void removeRequested(const QString &accountId);
    void testRequested(const QString &accountId, const QString &apiBase, const QString &token);

private:
    void reloadList();
    void showAccount(const QString &accountId);
    void updateButtons();
    void setMessage(QLabel *label, bool ok, const QString &text);

    AccountStore *m_accounts;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_apiBase;
    QLineEdit *m_token;
    QComboBox *m_apiVersion;
    QLabel *m_apiVersionNote;
    QLabel *m_tokenHint;
    QLabel *m_vaultLabel;
    QLabel *m_testResult;
    QLabel *m_saveResult;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
    QString m_currentId;
    bool m_currentIsSandbox = false;
};

} // namespace es
