#include "storage/paths.h"
#include "storage/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaults();
    void roundTrip();
    void changedOnlyOnRealChange();
    void clamps();
    void defaultFileIsInStateDir();
    void syncFailureNamesTheFile();
    void neverStoresATokenKey();

private:
    QScopedPointer<QTemporaryDir> m_tmp;
    QString m_ini;
};

void TestSettings::init()
{
    m_tmp.reset(new QTemporaryDir);
    QVERIFY(m_tmp->isValid());
    m_ini = m_tmp->path() + QStringLiteral("/conf/settings.ini");
}

void TestSettings::cleanup()
{
    Paths::setStateDirOverride(QString());
}

void TestSettings::defaults()
{
    Settings s(m_ini);
    QCOMPARE(s.downloadDir(), Paths::defaultDownloadDir());
    QVERIFY(s.autoUnzip());
    QVERIFY(!s.keepZip());
    QVERIFY(s.notifications());
    QCOMPARE(s.uiLanguage(), QString());
    QCOMPARE(s.maxFilterGroups(), 3);
    QCOMPARE(s.maxFiltersPerGroup(), 3);
    QCOMPARE(s.validationLimits().maxFilterGroups, 3);
    QCOMPARE(s.validationLimits().maxFiltersPerGroup, 3);
    QCOMPARE(s.validationLimits().maxQueryLength, 3000);
    QCOMPARE(s.pollIntervalCapSeconds(), Settings::DefaultPollIntervalCapSeconds);
    QCOMPARE(s.proxyMode(), Settings::ProxyMode::System);
    QCOMPARE(s.proxyHost(), QString());
    QCOMPARE(s.proxyPort(), 0);
    QVERIFY(s.windowState(QStringLiteral("main")).isEmpty());
    QVERIFY(!QFile::exists(m_ini)); // reading writes nothing
}

void TestSettings::roundTrip()
{
    const QByteArray blob("\x00\x01\xff binary \n state", 19);
    {
        Settings s(m_ini);
        s.setDownloadDir(m_tmp->path() + QStringLiteral("/dl/"));
        s.setAutoUnzip(false);
        s.setKeepZip(true);
        s.setNotifications(false);
        s.setUiLanguage(QStringLiteral("de"));
        s.setMaxFilterGroups(5);
        s.setMaxFiltersPerGroup(6);
        s.setPollIntervalCapSeconds(120);
        s.setProxyMode(Settings::ProxyMode::Manual);
        s.setProxyHost(QStringLiteral(" proxy.example.com "));
        s.setProxyPort(3128);
        s.setWindowState(QStringLiteral("main"), blob);
        QString error;
        QVERIFY2(s.sync(&error), qPrintable(error));
    }
    QVERIFY(QFile::exists(m_ini));
    Settings s(m_ini);
    QCOMPARE(s.downloadDir(), m_tmp->path() + QStringLiteral("/dl"));
    QVERIFY(!s.autoUnzip());
    QVERIFY(s.keepZip());
    QVERIFY(!s.notifications());
    QCOMPARE(s.uiLanguage(), QStringLiteral("de"));
    QCOMPARE(s.validationLimits().maxFilterGroups, 5);
    QCOMPARE(s.validationLimits().maxFiltersPerGroup, 6);
    QCOMPARE(s.pollIntervalCapSeconds(), 120);
    QCOMPARE(s.proxyMode(), Settings::ProxyMode::Manual);
    QCOMPARE(s.proxyHost(), QStringLiteral("proxy.example.com"));
    QCOMPARE(s.proxyPort(), 3128);
    QCOMPARE(s.windowState(QStringLiteral("main")), blob);
    QVERIFY(s.windowState(QStringLiteral("other")).isEmpty());

    s.setProxyMode(Settings::ProxyMode::None);
    QCOMPARE(s.proxyMode(), Settings::ProxyMode::None);
    s.setDownloadDir(QString()); // back to the default
    QCOMPARE(s.downloadDir(), Paths::defaultDownloadDir());
}

void TestSettings::changedOnlyOnRealChange()
{
    Settings s(m_ini);
    QSignalSpy changed(&s, &Settings::changed);
    s.setAutoUnzip(false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toString(), QLatin1String(SettingsKeys::AutoUnzip));
    s.setAutoUnzip(false);
    QCOMPARE(changed.size(), 1);
    s.setAutoUnzip(true);
    QCOMPARE(changed.size(), 2);
    s.setWindowState(QStringLiteral("wizard"), QByteArray("abc"));
    QCOMPARE(changed.last()[0].toString(), QStringLiteral("window/wizard"));
    s.setWindowState(QStringLiteral("wizard"), QByteArray("abc"));
    QCOMPARE(changed.size(), 3);
}

void TestSettings::clamps()
{
    Settings s(m_ini);
    s.setMaxFilterGroups(0);
    QCOMPARE(s.maxFilterGroups(), 1);
    s.setMaxFiltersPerGroup(1000);
    QCOMPARE(s.maxFiltersPerGroup(), 100);
    s.setPollIntervalCapSeconds(1);
    QCOMPARE(s.pollIntervalCapSeconds(), 5);
    s.setProxyPort(70000);
    QCOMPARE(s.proxyPort(), 0);

    // Hand-edited nonsense in the file falls back to sane values.
    QVERIFY(s.sync());
    {
        QSettings raw(m_ini, QSettings::IniFormat);
        raw.setValue(QLatin1String(SettingsKeys::MaxFilterGroups), -4);
        raw.setValue(QLatin1String(SettingsKeys::ProxyMode), QStringLiteral("bogus"));
        raw.setValue(QLatin1String(SettingsKeys::PollIntervalCap), QStringLiteral("soon"));
    }
    Settings again(m_ini);
    QCOMPARE(again.maxFilterGroups(), 1);
    QCOMPARE(again.proxyMode(), Settings::ProxyMode::System);
    QCOMPARE(again.pollIntervalCapSeconds(), 5);
}

void TestSettings::defaultFileIsInStateDir()
{
    Paths::setStateDirOverride(m_tmp->path() + QStringLiteral("/state"));
    Settings s;
    QCOMPARE(s.filePath(), m_tmp->path() + QStringLiteral("/state/settings.ini"));
    s.setKeepZip(true);
    QVERIFY(s.sync());
    QVERIFY(QFile::exists(m_tmp->path() + QStringLiteral("/state/settings.ini")));
}

void TestSettings::syncFailureNamesTheFile()
{
    // A folder below a plain file cannot be created, not even by root.
    const QString blocker = m_tmp->path() + QStringLiteral("/file");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Settings s(blocker + QStringLiteral("/settings.ini"));
    s.setKeepZip(true);
    QString error;
    QVERIFY(!s.sync(&error));
    QVERIFY2(error.contains(blocker), qPrintable(error));
}

void TestSettings::neverStoresATokenKey()
{
    Settings s(m_ini);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing.*token")));
    s.setWindowState(QStringLiteral("accessToken"), QByteArray("pat-na1-0000"));
    s.setProxyHost(QStringLiteral("host"));
    QVERIFY(s.sync());
    QFile ini(m_ini);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll().toLower();
    QVERIFY(bytes.contains("proxyhost"));
    QVERIFY(!bytes.contains("token"));
    QVERIFY(!bytes.contains("pat-na1"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
