// Accounts dialog + controller: a new account's token goes to the vault (never a file), the
// keychain fallback is spelled out once when the keychain really fails, Test connection reports
// what HubSpot (here the real sandbox process) says about the token in words that fit the
// dialog, can be canceled while it waits, and Save asks before keeping a refused token.
//
// CTest runs it twice: as it is (the memory vault; a keychain without a D-Bus session), and under
// tests/storage/run-with-keyring.sh, which sets ES_KEYRING_READY and adds the real keychain's row
// of addAccountKeepsTokenOutOfFiles.
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
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <hubspot/sandboxprocess.h>
#include <storage/keychaintokenvault.h>
#include <storage/paths.h>
#include <storage/tokenvault.h>

using namespace es;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAccountKeepsTokenOutOfFiles_data();
    void addAccountKeepsTokenOutOfFiles();
    void keychainFallbackIsExplained();
    void testConnectionAgainstSandbox();
    void saveAsksBeforeKeepingARefusedToken();
    void testConnectionCanBeCanceled();
    void keychainProblemsSayWhatToDo();
    void settingsDialogEmitsValues();

private:
    // Types a new account into the dialog and saves it; the account id, empty on failure.
    static QString addAccount(AccountsController &controller, AccountsDialog *dialog,
                              const QString &token);
    // Fails the test if `token` is in any file of the state folder.
    void verifyNotInFiles(const QString &token);

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

QString TestAccountsDialog::addAccount(AccountsController &controller, AccountsDialog *dialog,
                                       const QString &token)
{
    QSignalSpy saved(&controller, &AccountsController::accountSaved);
    if (dialog->saveButton()->isEnabled()) // a new account needs a name and a token
        return {};
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Acme Inc."));
    if (dialog->apiBaseEdit()->text() != u"https://api.hubapi.com")
        return {};
    // Save tests the token first; a closed port on this machine refuses at once, so the token is
    // saved unchecked (and the dialog says so) without reaching out to the internet.
    dialog->apiBaseEdit()->setText(QStringLiteral("http://127.0.0.1:9"));
    QTest::keyClicks(dialog->tokenEdit(), token);
    if (dialog->tokenEdit()->echoMode() != QLineEdit::Password ||
        !dialog->saveButton()->isEnabled())
        return {};
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    if (!saved.wait(60000))
        return {};
    return saved.first().first().toString();
}

void TestAccountsDialog::verifyNotInFiles(const QString &token)
{
    QDirIterator it(m_state->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestAccountsDialog::addAccountKeepsTokenOutOfFiles_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("memory vault") << false;
    // Only inside run-with-keyring.sh: an unlocked gnome-keyring on a private session bus.
    if (qEnvironmentVariableIntValue("ES_KEYRING_READY") == 1)
        QTest::newRow("keychain") << true;
}

void TestAccountsDialog::addAccountKeepsTokenOutOfFiles()
{
    QFETCH(bool, keychain);
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = !keychain;
    AppContext context(&nam, options);
    AccountsController controller(&context);
    AccountsDialog *dialog = controller.open(nullptr, {}, true);
    const QString token = QStringLiteral("pat-na1-secret-1234");
    const QString id = addAccount(controller, dialog, token);
    QVERIFY(!id.isEmpty());
    QCOMPARE(context.accounts()->find(id)->name, QStringLiteral("Acme Inc."));
    QVERIFY(context.hasToken(id));
    QCOMPARE(context.currentAccountId(), id);
    // The token is in the vault (the keychain itself, not its in-memory fallback) and nowhere in
    // the state folder.
    TokenResult read;
    bool answered = false;
    context.vault()->readToken(id, this, [&](const TokenResult &result) {
        read = result;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY2(read.ok() && read.token == token, qPrintable(read.message));
    QVERIFY2(context.vault()->isAvailable(), qPrintable(context.vault()->unavailableReason()));
    if (keychain)
        QVERIFY(read.persisted);
    QVERIFY(!dialog->vaultLabel()->isVisible());
    verifyNotInFiles(token);
    delete dialog;
}

void TestAccountsDialog::keychainFallbackIsExplained()
{
    // A keychain that really fails: the session bus it needs does not exist. The first use
    // finds out, the dialog says what that means, and the token stays out of every file.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_state->filePath(QStringLiteral("no-bus"))));
    const auto restore = qScopeGuard([&] {
        if (bus.isNull())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    });
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = false;
    AppContext context(&nam, options);
    AccountsController controller(&context);
    AccountsDialog *dialog = controller.open(nullptr, {}, true);
    QVERIFY(!dialog->vaultLabel()->isVisible()); // nothing is known to be wrong yet
    const QString token = QStringLiteral("pat-na1-fallback-5678");
    const QString id = addAccount(controller, dialog, token);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->vaultLabel()->isVisible(), 10000);
    QVERIFY(!context.vault()->isAvailable());
    const QString shown = dialog->vaultLabel()->text();
    QVERIFY2(shown.contains(QStringLiteral("The system keychain cannot be used")) &&
                 shown.contains(QStringLiteral("for this run only")) &&
                 shown.contains(QStringLiteral("install and unlock a keychain")),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("unknown error")), qPrintable(shown)); // says why
    // Said once: the save result points at the note instead of repeating it.
    QTRY_VERIFY(dialog->saveResultLabel()->isVisible());
    const QString saveResult = dialog->saveResultLabel()->text();
    QVERIFY2(saveResult.contains(QStringLiteral("for this session only")) &&
                 !saveResult.contains(QStringLiteral("cannot be used")),
             qPrintable(saveResult));
    QVERIFY(context.hasToken(id)); // usable for this run
    verifyNotInFiles(token);
    delete dialog;
}

void TestAccountsDialog::testConnectionAgainstSandbox()
{
#ifndef ES_SANDBOX_BIN
    // Not a bug: a build without libmicrohttpd has no sandbox target; packaging/test.sh and CI
    // always build it, so there this test runs.
    QSKIP("hubspot-sandbox is not built (libmicrohttpd missing); packaging/test.sh builds it");
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
    // In the dialog the advice fits the place: paste it here, not "in Accounts".
    QVERIFY2(refused.contains(QStringLiteral("paste it here")) &&
                 !refused.contains(QStringLiteral("in Accounts")),
             qPrintable(refused));
    delete dialog;
#endif
}

void TestAccountsDialog::saveAsksBeforeKeepingARefusedToken()
{
#ifndef ES_SANDBOX_BIN
    // Not a bug: a build without libmicrohttpd has no sandbox target; packaging/test.sh and CI
    // always build it, so there this test runs.
    QSKIP("hubspot-sandbox is not built (libmicrohttpd missing); packaging/test.sh builds it");
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
    QSignalSpy saved(&controller, &AccountsController::accountSaved);
    AccountsDialog *dialog = controller.open(nullptr, {}, true);
    dialog->show();
    dialog->nameEdit()->setText(QStringLiteral("Local"));
    dialog->apiBaseEdit()->setText(sandbox.apiBase().toString());
    dialog->tokenEdit()->setText(QStringLiteral("wrong-token"));

    // Save asks HubSpot first, then asks the person: "Don't save" keeps nothing.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveAnywayBox() && dialog->saveAnywayBox()->isVisible(),
                             15000);
    QVERIFY2(dialog->saveAnywayBox()->informativeText().contains(QStringLiteral("refused")),
             qPrintable(dialog->saveAnywayBox()->informativeText()));
    QTest::mouseClick(dialog->saveAnywayBox()->findChild<QPushButton *>(QStringLiteral("dontSave")),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog->saveResultLabel()->isVisible());
    QVERIFY(dialog->saveResultLabel()->text().contains(QStringLiteral("Not saved")));
    QCOMPARE(saved.size(), 0);
    QVERIFY(context.accounts()->accounts().isEmpty());

    // "Save anyway" keeps it, and the account is marked as having a failed token.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveAnywayBox() && dialog->saveAnywayBox()->isVisible(),
                             15000);
    QTest::mouseClick(
        dialog->saveAnywayBox()->findChild<QPushButton *>(QStringLiteral("saveAnyway")),
        Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const QString id = saved.first().first().toString();
    QVERIFY(context.accounts()->find(id).has_value());
    QVERIFY2(context.tokenProblem(id).contains(QStringLiteral("refused")),
             qPrintable(context.tokenProblem(id)));
    {
        // The mark is kept in the accounts file: the app started again still shows it.
        AccountStore restarted(context.accounts()->vault(), context.accounts()->filePath());
        QVERIFY(restarted.find(id).has_value());
        QCOMPARE(restarted.find(id)->tokenProblem, context.tokenProblem(id));
    }

    // The right token is saved without a question, and the mark goes away.
    dialog->tokenEdit()->setText(SandboxProcess::token());
    saved.clear();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QVERIFY(!dialog->saveAnywayBox());
    QVERIFY(context.tokenProblem(id).isEmpty());
    AccountStore restarted(context.accounts()->vault(), context.accounts()->filePath());
    QVERIFY(restarted.find(id)->tokenProblem.isEmpty());
    delete dialog;
#endif
}

void TestAccountsDialog::testConnectionCanBeCanceled()
{
    // A server that accepts the connection and never answers: the dialog waits, says for how
    // long, and Cancel ends the wait at once.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });

    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    AccountsController controller(&context);
    AccountsDialog *dialog = controller.open(nullptr, {}, true);
    dialog->show();
    dialog->nameEdit()->setText(QStringLiteral("Slow"));
    dialog->apiBaseEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    dialog->tokenEdit()->setText(QStringLiteral("pat-na1-slow"));
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY2(dialog->busyLabel()->text().startsWith(QStringLiteral("Asking HubSpot… ")),
             qPrintable(dialog->busyLabel()->text()));
    QVERIFY(dialog->cancelButton()->isVisible() && dialog->cancelButton()->isEnabled());
    QVERIFY(!dialog->testButton()->isEnabled() && !dialog->saveButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000);
    // The elapsed time counts up while it waits (whole seconds, past zero).
    const QRegularExpression counted(QStringLiteral(" [1-9][0-9]* s$"));
    QTRY_VERIFY_WITH_TIMEOUT(counted.match(dialog->busyLabel()->text()).hasMatch(), 10000);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->testButton()->isEnabled());
    QCOMPARE(dialog->testResultLabel()->text(), QStringLiteral("Test canceled."));
    qDeleteAll(held);
    delete dialog;
}

void TestAccountsDialog::keychainProblemsSayWhatToDo()
{
    // Each cause its own advice; none claims the keychain "did not answer" when it said no.
    using Problem = KeychainTokenVault::Problem;
    const QString declined = KeychainTokenVault::fallbackMessage({}, Problem::Declined);
    QVERIFY2(declined.contains(QStringLiteral("declined")) &&
                 declined.contains(QStringLiteral("save the account again")) &&
                 !declined.contains(QStringLiteral("did not answer")),
             qPrintable(declined));
    const QString locked =
        KeychainTokenVault::fallbackMessage(QStringLiteral("Access denied"), Problem::Locked);
    QVERIFY2(locked.contains(QStringLiteral("locked")) && locked.contains(QStringLiteral("unlock")),
             qPrintable(locked));
    const QString noService = KeychainTokenVault::fallbackMessage(
        QStringLiteral("No keychain service"), Problem::NoService);
    QVERIFY2(noService.contains(QStringLiteral("install")), qPrintable(noService));
    const QString noAnswer =
        KeychainTokenVault::fallbackMessage(QStringLiteral("120"), Problem::NoAnswer);
    QVERIFY2(noAnswer.contains(QStringLiteral("prompt")), qPrintable(noAnswer));
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
