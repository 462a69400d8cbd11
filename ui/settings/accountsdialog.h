#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <storage/accountstore.h>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTimer;

namespace es {

// Accounts: name, API address, HubSpot API version and the private-app token. The token goes to
// the TokenVault (keychain), never to a file; when there is no keychain the dialog says so. "Test
// connection" explains a refused token or missing scopes; Save tests a new token first and asks
// before keeping one HubSpot refused. While HubSpot is asked, a busy row shows what is being done,
// for how long, and a Cancel button. The dialog only collects, asks and emits; the
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
    // Busy: Save and Test wait, the busy row says `what` with the seconds since, Cancel
    // emits cancelRequested().
    void setBusy(bool busy, const QString &what = {});
    bool isBusy() const;
    // Asks (window-modal, without a nested event loop) whether to keep a token HubSpot refused;
    // the answer comes as saveAnywayAnswered().
    void askSaveAnyway(const QString &problem);
    QMessageBox *saveAnywayBox() const { return m_askBox; }

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
    QLabel *saveResultLabel() const { return m_saveResult; }
    QLabel *busyLabel() const { return m_busyLabel; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void saveRequested(const es::Account &account, const QString &token);
    void removeRequested(const QString &accountId);
    void testRequested(const QString &accountId, const QString &apiBase, const QString &token);
    void cancelRequested();
    void saveAnywayAnswered(bool save);

private:
    void reloadList();
    void showAccount(const QString &accountId);
    void updateButtons();
    void setMessage(QLabel *label, bool ok, const QString &text);
    void updateBusyText();

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
    QWidget *m_busyRow;
    QProgressBar *m_spinner;
    QLabel *m_busyLabel;
    QPushButton *m_cancel;
    QTimer *m_busyTimer;
    QElapsedTimer m_busySince;
    QString m_busyWhat;
    QMessageBox *m_askBox = nullptr;
    QString m_currentId;
    bool m_currentIsSandbox = false;
};

} // namespace es
