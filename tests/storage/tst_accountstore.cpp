#include "storage/accountstore.h"
#include "storage/keychaintokenvault.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

// Runs one vault call and waits for its answer.
struct Waiter
{
    bool called = false;
    TokenResult result;
    TokenVault::Callback callback()
    {
        return [this](const TokenResult &r) {
            called = true;
            result = r;
        };
    }
    // Spins the event loop until the answer came (or 10 s passed).
    bool wait()
    {
        QDeadlineTimer deadline(10000);
        while (!called && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return called;
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTripWithMemoryVault();
    void rejectsBadInput();
    void removeForgetsToken();
    void damagedFileIsKept();
    void unwritableFolder();
    void memoryVaultAnswersLaterAndRespectsContext();
    void keychainWithoutBusFallsBackToMemory();

private:
    QScopedPointer<QTemporaryDir> m_tmp;
    QString m_file;
};

void TestAccountStore::initTestCase()
{
    // No desktop session here: the keychain test must see "no keychain", never the developer's.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/export-studio-test-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestAccountStore::init()
{
    m_tmp.reset(new QTemporaryDir);
    QVERIFY(m_tmp->isValid());
    m_file = m_tmp->path() + QStringLiteral("/state/accounts.json");
}

void TestAccountStore::roundTripWithMemoryVault()
{
    MemoryTokenVault vault;
    QString hubId;
    QString sandboxId;
    {
        AccountStore store(&vault, m_file);
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.loadError().isEmpty());
        QSignalSpy changed(&store, &AccountStore::accountsChanged);

        Account hub;
        hub.name = QStringLiteral("Acme production");
        hub.portalId = QStringLiteral("147975758");
        hubId = store.save(hub);
        QVERIFY(!hubId.isEmpty());
        QCOMPARE(store.currentAccountId(), hubId); // the first account becomes current

        Account sandbox;
        sandbox.name = QStringLiteral("Sandbox");
        sandbox.apiBase = QStringLiteral("http://127.0.0.1:8765/");
        sandbox.isSandbox = true;
        sandboxId = store.save(sandbox);
        QVERIFY(!sandboxId.isEmpty() && sandboxId != hubId);
        QVERIFY(store.setCurrentAccountId(sandboxId));
        QCOMPARE(changed.size(), 3);

        Waiter write;
        store.setToken(hubId, QStringLiteral("pat-na1-11111111"), this, write.callback());
        QVERIFY(write.wait());
        QVERIFY(write.result.ok());
    }

    AccountStore again(&vault, m_file);
    QVERIFY(again.loadError().isEmpty());
    QCOMPARE(again.accounts().size(), 2);
    const Account hub = *again.find(hubId);
    QCOMPARE(hub.name, QStringLiteral("Acme production"));
    QCOMPARE(hub.apiBase, QStringLiteral("https://api.hubapi.com"));
    QCOMPARE(hub.portalId, QStringLiteral("147975758"));
    QVERIFY(!hub.isSandbox);
    const Account sandbox = *again.find(sandboxId);
    QCOMPARE(sandbox.apiBase, QStringLiteral("http://127.0.0.1:8765"));
    QVERIFY(sandbox.isSandbox);
    QCOMPARE(again.currentAccountId(), sandboxId);

    Waiter read;
    again.token(hubId, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.result.token, QStringLiteral("pat-na1-11111111"));

    // The file holds no token, and a token pasted into it is never read.
    QVERIFY(!readAll(m_file).contains("pat-na1"));
    QVERIFY(!readAll(m_file).toLower().contains("token"));

    Account renamed = hub;
    renamed.name = QStringLiteral("Acme");
    QCOMPARE(again.save(renamed), hubId);
    QCOMPARE(AccountStore(&vault, m_file).find(hubId)->name, QStringLiteral("Acme"));
}

void TestAccountStore::rejectsBadInput()
{
    MemoryTokenVault vault;
    AccountStore store(&vault, m_file);
    QSignalSpy errors(&store, &AccountStore::errorOccurred);
    Account noName;
    QVERIFY(store.save(noName).isEmpty());
    Account badUrl;
    badUrl.name = QStringLiteral("x");
    badUrl.apiBase = QStringLiteral("api.hubapi.com");
    QVERIFY(store.save(badUrl).isEmpty());
    badUrl.apiBase = QStringLiteral("ftp://api.hubapi.com");
    QVERIFY(store.save(badUrl).isEmpty());
    QVERIFY(!store.setCurrentAccountId(QStringLiteral("ghost")));
    QVERIFY(!store.remove(QStringLiteral("ghost")));
    QCOMPARE(errors.size(), 5);
    for (const QList<QVariant> &args : errors)
        QVERIFY(!args[0].toString().isEmpty());
    QVERIFY(!QFile::exists(m_file));
}

void TestAccountStore::removeForgetsToken()
{
    MemoryTokenVault vault;
    AccountStore store(&vault, m_file);
    Account a;
    a.name = QStringLiteral("A");
    const QString id = store.save(a);
    Account b;
    b.name = QStringLiteral("B");
    const QString other = store.save(b);
    Waiter write;
    store.setToken(id, QStringLiteral("secret-a"), this, write.callback());
    QVERIFY(write.wait());
    QVERIFY(vault.contains(id));

    QVERIFY(store.remove(id));
    QTRY_VERIFY(!vault.contains(id));
    QCOMPARE(store.currentAccountId(), other);
    QCOMPARE(AccountStore(&vault, m_file).accounts().size(), 1);

    Waiter read;
    store.token(id, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.result.status, TokenResult::Status::NotFound);
}

void TestAccountStore::damagedFileIsKept()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_file).absolutePath()));
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"accounts\": [ ");
    }
    MemoryTokenVault vault;
    AccountStore store(&vault, m_file);
    QVERIFY(store.accounts().isEmpty());
    QVERIFY2(store.loadError().contains(m_file), qPrintable(store.loadError()));
    Account a;
    a.name = QStringLiteral("A");
    QVERIFY(!store.save(a).isEmpty());
    QCOMPARE(readAll(m_file + QStringLiteral(".bak")), QByteArray("{ \"accounts\": [ "));
    QVERIFY(store.loadError().isEmpty());
    QCOMPARE(AccountStore(&vault, m_file).accounts().size(), 1);
}

void TestAccountStore::unwritableFolder()
{
    // A folder below a plain file cannot be created, not even by root.
    const QString blocker = m_tmp->path() + QStringLiteral("/file");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MemoryTokenVault vault;
    AccountStore store(&vault, blocker + QStringLiteral("/accounts.json"));
    QSignalSpy errors(&store, &AccountStore::errorOccurred);
    Account a;
    a.name = QStringLiteral("A");
    QVERIFY(store.save(a).isEmpty());
    QVERIFY(store.accounts().isEmpty()); // nothing half-saved
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0][0].toString().contains(blocker), qPrintable(errors[0][0].toString()));
}

void TestAccountStore::memoryVaultAnswersLaterAndRespectsContext()
{
    MemoryTokenVault vault;
    Waiter write;
    vault.writeToken(QStringLiteral("a"), QStringLiteral("t"), this, write.callback());
    QVERIFY(!write.called); // never inside the call
    QVERIFY(write.wait());

    bool called = false;
    auto *context = new QObject;
    vault.readToken(QStringLiteral("a"), context, [&](const TokenResult &) { called = true; });
    delete context;
    Waiter after;
    vault.readToken(QStringLiteral("a"), nullptr, after.callback());
    QVERIFY(after.wait());
    QCOMPARE(after.result.token, QStringLiteral("t"));
    QVERIFY(!called); // the context died first
}

void TestAccountStore::keychainWithoutBusFallsBackToMemory()
{
    KeychainTokenVault vault;
    vault.setTimeout(3000);
    QSignalSpy availability(&vault, &TokenVault::availabilityChanged);
    QVERIFY(vault.isAvailable());

    Waiter write;
    vault.writeToken(QStringLiteral("acct-1"), QStringLiteral("pat-na1-22222222"), this,
                     write.callback());
    QVERIFY(write.wait());
    QVERIFY(write.result.ok());       // kept in memory for this run...
    QVERIFY(!write.result.persisted); // ...and said so
    QVERIFY(!vault.isAvailable());
    QCOMPARE(availability.size(), 1);
    const QString reason = vault.unavailableReason();
    QVERIFY2(reason.contains(QStringLiteral("GNOME Keyring")) && reason.contains(u"KWallet") &&
                 reason.contains(QStringLiteral("memory")),
             qPrintable(reason));
    QCOMPARE(write.result.message, reason);
    QVERIFY(!reason.contains(QStringLiteral("pat-na1")));

    Waiter read;
    vault.readToken(QStringLiteral("acct-1"), this, read.callback());
    QVERIFY(read.wait());
    QVERIFY(read.result.ok());
    QCOMPARE(read.result.token, QStringLiteral("pat-na1-22222222"));

    Waiter missing;
    vault.readToken(QStringLiteral("acct-2"), this, missing.callback());
    QVERIFY(missing.wait());
    QVERIFY(!missing.result.ok());
    QCOMPARE(missing.result.message.isEmpty(), false);

    Waiter removed;
    vault.deleteToken(QStringLiteral("acct-1"), this, removed.callback());
    QVERIFY(removed.wait());
    Waiter gone;
    vault.readToken(QStringLiteral("acct-1"), this, gone.callback());
    QVERIFY(gone.wait());
    QVERIFY(!gone.result.ok());
    QCOMPARE(availability.size(), 1);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
