// The Network section of the Settings dialog: its values round trip, its fields follow the proxy
// mode, and through MainWindowController the proxy lands in Settings and on the app's
// QNetworkAccessManager while the password goes to the TokenVault and never into settings.ini.
#include "main/appcontext.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyQuery>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <storage/networksetup.h>
#include <storage/paths.h>
#include <storage/settings.h>
#include <storage/tokenvault.h>

using namespace es;

namespace {

const QString Password = QStringLiteral("pr0xy-s3cret-7f2c");

void chooseMode(SettingsDialog *dialog, Settings::ProxyMode mode)
{
    QComboBox *combo = dialog->proxyModeCombo();
    combo->setCurrentIndex(combo->findData(int(mode)));
}

void pressOk(SettingsDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestNetworkSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void fieldsFollowTheMode();
    void problemShownInline();
    void controllerStoresProxyAndPasswordApart();

private:
    SettingsDialog *openDialog(MainWindowController &controller);

    std::unique_ptr<QTemporaryDir> m_state;
};

void TestNetworkSettings::init()
{
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_state->isValid());
    Paths::setStateDirOverride(m_state->path());
}

void TestNetworkSettings::cleanup()
{
    Paths::setStateDirOverride({});
}

void TestNetworkSettings::valuesRoundTrip_data()
{
    QTest::addColumn<SettingsValues>("values");
    QTest::newRow("defaults") << SettingsValues{};
    SettingsValues manual;
    manual.downloadDir = QStringLiteral("/tmp/exports");
    manual.autoUnzip = false;
    manual.notifications = false;
    manual.uiLanguage = QStringLiteral("de");
    manual.maxFilterGroups = 5;
    manual.maxFiltersPerGroup = 6;
    manual.proxyMode = Settings::ProxyMode::Manual;
    manual.proxyHost = QStringLiteral("proxy.corp.example");
    manual.proxyPort = 3128;
    manual.proxyUser = QStringLiteral("alice");
    manual.proxyPassword = Password;
    QTest::newRow("manual with password") << manual;
    SettingsValues none = manual;
    none.proxyMode = Settings::ProxyMode::None;
    none.proxyPassword = QString(); // known to be empty: stays empty, not "unchanged"
    QTest::newRow("none, empty password") << none;
    SettingsValues unknown = manual;
    unknown.proxyPassword.reset();
    QTest::newRow("password not read yet") << unknown;
}

void TestNetworkSettings::valuesRoundTrip()
{
    QFETCH(SettingsValues, values);
    SettingsDialog dialog(values);
    QCOMPARE(dialog.values(), values);
}

void TestNetworkSettings::fieldsFollowTheMode()
{
    SettingsValues values;
    values.proxyMode = Settings::ProxyMode::System;
    SettingsDialog dialog(values);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QWidget *> fields{dialog.proxyHostEdit(), dialog.proxyPortBox(),
                                  dialog.proxyUserEdit(), dialog.proxyPasswordEdit()};
    for (QWidget *field : fields)
        QVERIFY(!field->isEnabled());
    chooseMode(&dialog, Settings::ProxyMode::Manual);
    for (QWidget *field : fields)
        QVERIFY(field->isEnabled());
    // Manual without host and port says so right there.
    QVERIFY(dialog.networkProblemLabel()->isVisible());
    QVERIFY(dialog.networkProblemLabel()->text().contains(QStringLiteral("host and port")));
    QTest::keyClicks(dialog.proxyHostEdit(), QStringLiteral("proxy.local"));
    dialog.proxyPortBox()->setValue(8080);
    QVERIFY(!dialog.networkProblemLabel()->isVisible());
    chooseMode(&dialog, Settings::ProxyMode::None);
    for (QWidget *field : fields)
        QVERIFY(!field->isEnabled());
    // What was typed survives a change of mind.
    QCOMPARE(dialog.values().proxyHost, QStringLiteral("proxy.local"));
    QCOMPARE(dialog.values().proxyMode, Settings::ProxyMode::None);

    // A typed password counts even before the vault answered; the late answer does not
    // overwrite it.
    chooseMode(&dialog, Settings::ProxyMode::Manual);
    QVERIFY(!dialog.values().proxyPassword.has_value());
    QTest::keyClicks(dialog.proxyPasswordEdit(), QStringLiteral("typed"));
    dialog.setSavedProxyPassword(QStringLiteral("old"));
    QCOMPARE(dialog.values().proxyPassword, std::optional<QString>(QStringLiteral("typed")));
    QCOMPARE(dialog.proxyPasswordEdit()->echoMode(), QLineEdit::Password);
}

void TestNetworkSettings::problemShownInline()
{
    // A manual proxy with a user whose password is not in the vault: NetworkSetup says so, and
    // the dialog shows it under the fields.
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    Settings *settings = context.settings();
    settings->setProxyMode(Settings::ProxyMode::Manual);
    settings->setProxyHost(QStringLiteral("proxy.local"));
    settings->setProxyPort(3128);
    settings->setProxyUser(QStringLiteral("bob"));
    QTRY_VERIFY(!context.networkSetup()->problem().isEmpty());
    MainWindowController controller(&context);
    SettingsDialog *dialog = openDialog(controller);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->networkProblemLabel()->isVisible());
    QVERIFY2(dialog->networkProblemLabel()->text().contains(QStringLiteral("bob")),
             qPrintable(dialog->networkProblemLabel()->text()));
    QCOMPARE(dialog->networkProblemLabel()->text(), context.networkSetup()->problem());
    // The vault had nothing: the field is empty and an untouched OK removes nothing it had.
    QTRY_VERIFY(dialog->values().proxyPassword.has_value());
    QCOMPARE(*dialog->values().proxyPassword, QString());
    // Typing makes the saved state's problem moot.
    QTest::keyClicks(dialog->proxyPasswordEdit(), QStringLiteral("x"));
    QVERIFY(!dialog->networkProblemLabel()->isVisible());
    dialog->reject();
}

SettingsDialog *TestNetworkSettings::openDialog(MainWindowController &controller)
{
    MainWindow *window = controller.window();
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    Q_EMIT window->settingsRequested();
    // Dialogs closed before are only scheduled for deletion: take the one that is open.
    for (SettingsDialog *dialog : window->findChildren<SettingsDialog *>()) {
        if (dialog->isVisible())
            return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }
    return nullptr;
}

void TestNetworkSettings::controllerStoresProxyAndPasswordApart()
{
    QNetworkAccessManager nam;
    AppContext::Options options;
    options.memoryVault = true;
    AppContext context(&nam, options);
    MainWindowController controller(&context);
    auto *vault = qobject_cast<MemoryTokenVault *>(context.vault());
    QVERIFY(vault);

    SettingsDialog *dialog = openDialog(controller);
    QVERIFY(dialog);
    QCOMPARE(dialog->values().proxyMode, Settings::ProxyMode::System);
    chooseMode(dialog, Settings::ProxyMode::Manual);
    QTest::keyClicks(dialog->proxyHostEdit(), QStringLiteral("proxy.corp.example"));
    dialog->proxyPortBox()->setValue(3128);
    QTest::keyClicks(dialog->proxyUserEdit(), QStringLiteral("alice"));
    QTest::keyClicks(dialog->proxyPasswordEdit(), Password);
    pressOk(dialog);

    Settings *settings = context.settings();
    QCOMPARE(settings->proxyMode(), Settings::ProxyMode::Manual);
    QCOMPARE(settings->proxyHost(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(settings->proxyPort(), 3128);
    QCOMPARE(settings->proxyUser(), QStringLiteral("alice"));
    QTRY_COMPARE(vault->token(NetworkSetup::proxyPasswordKey()), Password);
    // Re-applied: the manager's proxy now carries host, port, user and password.
    NetworkSetup *network = context.networkSetup();
    QTRY_COMPARE(network->manualProxy().password(), Password);
    QCOMPARE(network->manualProxy().hostName(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(network->manualProxy().port(), quint16(3128));
    QCOMPARE(network->manualProxy().user(), QStringLiteral("alice"));
    QVERIFY(network->problem().isEmpty());
    const QList<QNetworkProxy> used = nam.proxyFactory()->queryProxy(
        QNetworkProxyQuery(QUrl(QStringLiteral("https://api.hubapi.com/crm/v3/exports"))));
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.first().hostName(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(used.first().password(), Password);

    // settings.ini has the proxy but not its password, in any spelling.
    QVERIFY(settings->sync());
    QFile ini(settings->filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY2(bytes.contains("proxy.corp.example"), bytes.constData());
    QVERIFY(!bytes.contains(Password.toUtf8()));
    QVERIFY(!bytes.contains(Password.toUtf8().toBase64()));
    QVERIFY(!bytes.toLower().contains("password"));

    // Open again: the saved password is read back (masked); switching to no proxy applies at
    // once and keeps the password for later.
    dialog = openDialog(controller);
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->proxyPasswordEdit()->text(), Password);
    QCOMPARE(dialog->values().proxyUser, QStringLiteral("alice"));
    chooseMode(dialog, Settings::ProxyMode::None);
    pressOk(dialog);
    QCOMPARE(settings->proxyMode(), Settings::ProxyMode::None);
    QTRY_COMPARE(
        nam.proxyFactory()
            ->queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.hubapi.com"))))
            .first()
            .type(),
        QNetworkProxy::NoProxy);
    QCOMPARE(vault->token(NetworkSetup::proxyPasswordKey()), Password);

    // Clearing the field removes the password from the vault.
    dialog = openDialog(controller);
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->proxyPasswordEdit()->text(), Password);
    chooseMode(dialog, Settings::ProxyMode::Manual);
    dialog->proxyPasswordEdit()->selectAll();
    QTest::keyClick(dialog->proxyPasswordEdit(), Qt::Key_Delete);
    pressOk(dialog);
    QTRY_VERIFY(!vault->contains(NetworkSetup::proxyPasswordKey()));
    QTRY_VERIFY(network->problem().contains(QStringLiteral("alice")));
}

QTEST_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
