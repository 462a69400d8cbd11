// Accounts dialog + controller: a new account's token goes to the vault (never a file), the
// keychain fallback is spelled out, and Test connection reports what HubSpot (here the real
// sandbox process) says about the token.
#include "main/appcontext.h"
#include "settings/accountscontroller.h"
#include "settings/accountsdialog.h"
#include "settings/settingsdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <hubspot/sandboxprocess.h>
#include <storage/paths.h>
#include <storage/tokenvault.h>

using namespace es;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAccountKeepsTokenOutOfFiles();
    void keychainFallbackIsExplained();
    void testConnectionAgainstSandbox();
    void settingsDialogEmitsValues();

private:
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestAccountsDialog::init()
{
    m_state = std::make_unique<QTemporaryDir>();
    Paths::setStateDirOverride(m_state->path());
}

void TestAccountsDialog::cleanup()
{
    Paths::setStateDirOverride({});
}

void TestAccountsDialog::addAccountKeepsTokenOutOfFiles()
{
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    AccountsController controller(&context);
    AccountsDialog *dialog = controller.open(nullptr, {}, true);
    QSignalSpy saved(&controller, &AccountsController::accountSaved);
    QVERIFY(!dialog->saveButton()->isEnabled()); // a new account needs a name and a token
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Acme Inc."));
    QCOMPARE(dialog->apiBaseEdit()->text(), QStringLiteral("https://api.hubapi.com"));
    const QString token = QStringLiteral("pat-na1-secret-1234");
    QTest::keyClicks(dialog->tokenEdit(), token);
    QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const QString id = saved.first().first().toString();
    QCOMPARE(context.accounts()->find(id)->name, QStringLiteral("Acme Inc."));
    QVERIFY(context.hasToken(id));
    QCOMPARE(context.currentAccountId(), id);
    // The token is in the vault and nowhere in the state folder.
    bool read = false;
    context.vault()->readToken(
        id, this, [&](const TokenResult &result) { read = result.ok() && result.token == token; });
    QTRY_VERIFY(read);
    QDirIterator it(m_state->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
    }
    delete dialog;
}

void TestAccountsDialog::keychainFallbackIsExplained()
{
    MemoryTokenVault vault;
    AccountStore accounts(&vault);
    AccountsDialog dialog(&accounts);
    dialog.setVaultState(false, {});
    dialog.show();
    QVERIFY(dialog.vaultLabel()->isVisible());
    QVERIFY(dialog.vaultLabel()->text().contains(QStringLiteral("this session only")));
    dialog.setVaultState(true, {});
    QVERIFY(!dialog.vaultLabel()->isVisible());
}

void TestAccountsDialog::testConnectionAgainstSandbox()
{
#ifndef ES_SANDBOX_BIN
    QSKIP("hubspot-sandbox is not built");
#else
    SandboxProcess sandbox;
    sandbox.setProgram(QStringLiteral(ES_SANDBOX_BIN));
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    sandbox.start();
    QVERIFY(started.wait(15000));

    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    AccountsController controller(&context);
    AccountsDialog *dialog = controller.open(nullptr, {}, true);
    dialog->nameEdit()->setText(QStringLiteral("Local"));
    dialog->apiBaseEdit()->setText(sandbox.apiBase().toString());

    dialog->tokenEdit()->setText(QStringLiteral("wrong-token"));
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testButton()->isEnabled() &&
                                 dialog->testResultLabel()->text().startsWith(QStringLiteral("⚠")),
                             10000);
    const QString refused = dialog->testResultLabel()->text();

    dialog->tokenEdit()->setText(SandboxProcess::token());
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->testButton()->isEnabled() &&
            !dialog->testResultLabel()->text().startsWith(QStringLiteral("⚠")) &&
            dialog->testResultLabel()->text() != tr("Asking HubSpot…"),
        10000);
    QVERIFY2(dialog->testResultLabel()->text() != refused, qPrintable(refused));
    delete dialog;
#endif
}

void TestAccountsDialog::settingsDialogEmitsValues()
{
    SettingsValues values;
    values.downloadDir = QStringLiteral("/tmp/out");
    SettingsDialog dialog(values);
    QSignalSpy apply(&dialog, &SettingsDialog::applyRequested);
    dialog.autoUnzipBox()->setChecked(false);
    QVERIFY(!dialog.keepZipBox()->isEnabled()); // keeping the zip only means something unpacked
    dialog.downloadDirEdit()->setText(QStringLiteral("/tmp/elsewhere"));
    dialog.accept();
    QCOMPARE(apply.count(), 0); // accept() alone is not OK: the button emits
    SettingsDialog again(values);
    QSignalSpy applyAgain(&again, &SettingsDialog::applyRequested);
    again.downloadDirEdit()->setText(QStringLiteral("/tmp/elsewhere"));
    again.show();
    QTest::keyClick(&again, Qt::Key_Return);
    QCOMPARE(applyAgain.count(), 1);
    QCOMPARE(applyAgain.first().first().value<SettingsValues>().downloadDir,
             QStringLiteral("/tmp/elsewhere"));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
