// NetworkSetup against a real proxy: Debian's tinyproxy on loopback in front of a real
// hubspot-sandbox. Every byte stays on 127.0.0.1. Loopback normally bypasses any proxy, so the
// tests that want the proxy in the path turn bypassLoopback off; the proxy's log and its Via
// header tell whether a request went through it.
#include "sandboxrunner.h"
#include "storage/networksetup.h"
#include "storage/settings.h"
#include "storage/tokenvault.h"
#include "tinyproxyrunner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace es;

namespace {

struct Outcome
{
    QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
    int status = 0;
    QByteArray via;
    QByteArray body;
    bool viaProxy() const { return via.contains("tinyproxy/"); }
};

// Restores an environment variable when the test leaves, whatever happens.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {}
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_value;
};

} // namespace

class TestNetworkSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loopbackHosts_data();
    void loopbackHosts();
    void factoryDecisions();

    void manualProxyCarriesTheRequest();
    void loopbackBypassSkipsTheProxy();
    void noneGoesDirect();
    void followsSettingsChanges();
    void incompleteManualProxyIsReported();
    void systemProxyFromEnvironment();
    void proxyPasswordFromTheVault();

private:
    Outcome get(QNetworkAccessManager &manager);
    void useManualProxy(quint16 port, const QString &user = QString());

    std::unique_ptr<test::SandboxRunner> m_sandbox;
    test::TinyproxyRunner m_proxy;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_target; // "127.0.0.1:PORT" as the proxy logs it
};

void TestNetworkSetup::initTestCase()
{
#ifndef ES_SANDBOX_BIN
    QSKIP("hubspot-sandbox is not part of this build");
#else
    m_sandbox = std::make_unique<test::SandboxRunner>(QStringLiteral(ES_SANDBOX_BIN));
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_target = QStringLiteral("127.0.0.1:%1").arg(m_sandbox->apiBase().port());
#endif
    QVERIFY2(m_proxy.start(), qPrintable(m_proxy.errorString()));
    QVERIFY(m_dir.isValid());
}

void TestNetworkSetup::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setProxyMode(Settings::ProxyMode::System);
    m_settings->setProxyHost(QString());
    m_settings->setProxyPort(0);
    m_settings->setProxyUser(QString());
}

void TestNetworkSetup::cleanup()
{
    m_settings.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

Outcome TestNetworkSetup::get(QNetworkAccessManager &manager)
{
    QUrl url = m_sandbox->apiBase();
    url.setPath(QStringLiteral("/crm/v3/properties/contacts"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->token().toLatin1());
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qWarning("request did not finish in time");
    Outcome outcome;
    outcome.error = reply->error();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.via = reply->rawHeader("Via");
    outcome.body = reply->readAll();
    return outcome;
}

void TestNetworkSetup::useManualProxy(quint16 port, const QString &user)
{
    m_settings->setProxyHost(QStringLiteral("127.0.0.1"));
    m_settings->setProxyPort(port);
    m_settings->setProxyUser(user);
    m_settings->setProxyMode(Settings::ProxyMode::Manual);
}

void TestNetworkSetup::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("mapped") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST.") << QStringLiteral("LOCALHOST.") << true;
    QTest::newRow("sub.localhost") << QStringLiteral("sandbox.localhost") << true;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("hubapi") << QStringLiteral("api.hubapi.com") << false;
    QTest::newRow("localhost.example") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestNetworkSetup::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ProxyFactory::isLoopbackHost(host), loopback);
}

void TestNetworkSetup::factoryDecisions()
{
    const QNetworkProxy manual(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example"), 3128);
    const QNetworkProxyQuery remote(QUrl(QStringLiteral("https://api.hubapi.com/crm/v3")));
    const QNetworkProxyQuery local(QUrl(QStringLiteral("http://127.0.0.1:8080/crm/v3")));

    ProxyFactory manualBypass(Settings::ProxyMode::Manual, manual, true);
    QCOMPARE(manualBypass.queryProxy(remote).value(0), manual);
    QCOMPARE(manualBypass.queryProxy(local).value(0).type(), QNetworkProxy::NoProxy);

    ProxyFactory manualThrough(Settings::ProxyMode::Manual, manual, false);
    QCOMPARE(manualThrough.queryProxy(local).value(0), manual);

    ProxyFactory none(Settings::ProxyMode::None, manual, false);
    QCOMPARE(none.queryProxy(remote).value(0).type(), QNetworkProxy::NoProxy);

    // Manual without a usable proxy goes direct rather than nowhere.
    ProxyFactory incomplete(Settings::ProxyMode::Manual, QNetworkProxy(QNetworkProxy::NoProxy),
                            false);
    QCOMPARE(incomplete.queryProxy(remote).value(0).type(), QNetworkProxy::NoProxy);
}

void TestNetworkSetup::manualProxyCarriesTheRequest()
{
    useManualProxy(m_proxy.port());
    QNetworkAccessManager manager;
    NetworkSetup setup(&manager, m_settings.get());
    setup.setBypassLoopback(false);
    QCOMPARE(setup.manualProxy().port(), m_proxy.port());
    QVERIFY(setup.problem().isEmpty());

    const int before = m_proxy.requestCount(m_target);
    const Outcome outcome = get(manager);
    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.status, 200);
    QVERIFY2(outcome.body.contains("\"results\""), outcome.body.left(200).constData());
    QVERIFY2(outcome.viaProxy(), outcome.via.constData());
    QTRY_COMPARE(m_proxy.requestCount(m_target), before + 1);
}

void TestNetworkSetup::loopbackBypassSkipsTheProxy()
{
    useManualProxy(m_proxy.port());
    QNetworkAccessManager manager;
    NetworkSetup setup(&manager, m_settings.get());
    QVERIFY(setup.bypassLoopback());

    const int before = m_proxy.requestCount(m_target);
    const Outcome outcome = get(manager);
    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.status, 200);
    QVERIFY2(!outcome.viaProxy(), outcome.via.constData());
    QTest::qWait(100); // a logged request would have shown up by now
    QCOMPARE(m_proxy.requestCount(m_target), before);
}

void TestNetworkSetup::noneGoesDirect()
{
    m_settings->setProxyMode(Settings::ProxyMode::None);
    QNetworkAccessManager manager;
    NetworkSetup setup(&manager, m_settings.get());
    setup.setBypassLoopback(false);

    // Even a process-wide proxy in the environment is ignored.
    EnvGuard env("http_proxy");
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port()).toLatin1());
    const int before = m_proxy.requestCount(m_target);
    const Outcome outcome = get(manager);
    QCOMPARE(outcome.status, 200);
    QVERIFY(!outcome.viaProxy());
    QCOMPARE(m_proxy.requestCount(m_target), before);
}

void TestNetworkSetup::followsSettingsChanges()
{
    m_settings->setProxyMode(Settings::ProxyMode::None);
    QNetworkAccessManager manager;
    NetworkSetup setup(&manager, m_settings.get());
    setup.setBypassLoopback(false);
    QVERIFY(!get(manager).viaProxy());

    QSignalSpy applied(&setup, &NetworkSetup::applied);
    useManualProxy(m_proxy.port());
    QVERIFY(applied.count() >= 1);
    const int before = m_proxy.requestCount(m_target);
    const Outcome through = get(manager);
    QCOMPARE(through.status, 200);
    QVERIFY(through.viaProxy());
    QTRY_COMPARE(m_proxy.requestCount(m_target), before + 1);

    m_settings->setProxyMode(Settings::ProxyMode::None);
    const Outcome direct = get(manager);
    QCOMPARE(direct.status, 200);
    QVERIFY(!direct.viaProxy());
}

void TestNetworkSetup::incompleteManualProxyIsReported()
{
    m_settings->setProxyHost(QStringLiteral("127.0.0.1"));
    m_settings->setProxyMode(Settings::ProxyMode::Manual); // no port
    QNetworkAccessManager manager;
    NetworkSetup setup(&manager, m_settings.get());
    setup.setBypassLoopback(false);
    QVERIFY(setup.problem().contains(u"port"));
    QCOMPARE(setup.manualProxy().type(), QNetworkProxy::NoProxy);
    const Outcome outcome = get(manager);
    QCOMPARE(outcome.status, 200);
    QVERIFY(!outcome.viaProxy());

    m_settings->setProxyPort(m_proxy.port());
    QVERIFY(setup.problem().isEmpty());
    QVERIFY(get(manager).viaProxy());
}

void TestNetworkSetup::systemProxyFromEnvironment()
{
    EnvGuard http("http_proxy");
    EnvGuard noProxy("no_proxy");
    qunsetenv("no_proxy");
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port()).toLatin1());

    QNetworkAccessManager manager;
    NetworkSetup setup(&manager, m_settings.get()); // System is the default
    QCOMPARE(m_settings->proxyMode(), Settings::ProxyMode::System);

    // Loopback bypass wins over the environment: the sandbox is reached directly.
    int before = m_proxy.requestCount(m_target);
    QVERIFY(!get(manager).viaProxy());
    QCOMPARE(m_proxy.requestCount(m_target), before);

    setup.setBypassLoopback(false);
    const Outcome through = get(manager);
    QCOMPARE(through.status, 200);
    QVERIFY2(through.viaProxy(), through.via.constData());
    QTRY_COMPARE(m_proxy.requestCount(m_target), before + 1);

    // no_proxy is honoured the way the desktop's other programs honour it.
    qputenv("no_proxy", "127.0.0.1");
    before = m_proxy.requestCount(m_target);
    const Outcome excluded = get(manager);
    QCOMPARE(excluded.status, 200);
    QVERIFY(!excluded.viaProxy());
    QCOMPARE(m_proxy.requestCount(m_target), before);
}

void TestNetworkSetup::proxyPasswordFromTheVault()
{
    test::TinyproxyRunner guarded;
    QVERIFY2(guarded.start(QStringLiteral("alice"), QStringLiteral("s3cret")),
             qPrintable(guarded.errorString()));

    // No password saved: the proxy refuses and problem() says what to do.
    {
        useManualProxy(guarded.port(), QStringLiteral("alice"));
        MemoryTokenVault vault;
        QNetworkAccessManager manager;
        NetworkSetup setup(&manager, m_settings.get(), &vault);
        setup.setBypassLoopback(false);
        QTRY_VERIFY(setup.problem().contains(u"alice"));
        QCOMPARE(setup.manualProxy().user(), QString()); // no user without its password
        QSignalSpy asked(&manager, &QNetworkAccessManager::proxyAuthenticationRequired);
        const Outcome refused = get(manager);
        QCOMPARE(refused.error, QNetworkReply::ProxyAuthenticationRequiredError);
        QCOMPARE(asked.count(), 1);
    }

    // Saved in the vault: the request passes, and the settings file never sees the password.
    MemoryTokenVault vault;
    vault.set(NetworkSetup::proxyPasswordKey(), QStringLiteral("s3cret"));
    QNetworkAccessManager manager;
    NetworkSetup setup(&manager, m_settings.get(), &vault);
    setup.setBypassLoopback(false);
    QTRY_COMPARE(setup.manualProxy().password(), QStringLiteral("s3cret"));
    QCOMPARE(setup.manualProxy().user(), QStringLiteral("alice"));
    QVERIFY(setup.problem().isEmpty());
    const Outcome outcome = get(manager);
    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.status, 200);
    QVERIFY(outcome.viaProxy());
    QTRY_VERIFY(guarded.requestCount(m_target) >= 1);

    // A vault answer that a settings change has overtaken is dropped.
    QSignalSpy applied(&setup, &NetworkSetup::applied);
    m_settings->setProxyUser(QStringLiteral("bob"));     // asks the vault again...
    m_settings->setProxyMode(Settings::ProxyMode::None); // ...and is overtaken at once
    QCOMPARE(applied.count(), 2);
    QTest::qWait(50);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(setup.manualProxy().type(), QNetworkProxy::NoProxy);
    QVERIFY(!get(manager).viaProxy());

    QVERIFY(m_settings->sync());
    QFile ini(m_settings->filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("bob"));
    QVERIFY(!text.contains("s3cret"));
}

QTEST_GUILESS_MAIN(TestNetworkSetup)
#include "tst_networksetup.moc"
