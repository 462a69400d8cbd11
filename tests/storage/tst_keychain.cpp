#include "storage/keychaintokenvault.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace es;

// Drives the real keychain (QtKeychain -> libsecret -> gnome-keyring). CTest runs it through
// run-with-keyring.sh, which provides an unlocked keyring on a private session bus.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadDelete();

private:
    TokenResult call(const std::function<void(TokenVault::Callback)> &start);
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariable("ES_KEYRING_READY") != u"1")
        QFAIL("Run this test through tests/storage/run-with-keyring.sh (ctest does).");
}

TokenResult TestKeychain::call(const std::function<void(TokenVault::Callback)> &start)
{
    bool called = false;
    TokenResult result;
    start([&](const TokenResult &r) {
        called = true;
        result = r;
    });
    QDeadlineTimer deadline(10000);
    while (!called && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!called)
        result.message = QStringLiteral("no answer");
    return result;
}

void TestKeychain::writeReadDelete()
{
    const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int cycle = 0; cycle < 20; ++cycle) {
        const QString token = QStringLiteral("pat-na1-%1-%2").arg(account).arg(cycle);
        {
            KeychainTokenVault writer;
            QSignalSpy availability(&writer, &TokenVault::availabilityChanged);
            const TokenResult written = call([&](TokenVault::Callback done) {
                writer.writeToken(account, token, this, std::move(done));
            });
            QVERIFY2(written.ok() && written.persisted, qPrintable(written.message));
            QVERIFY(writer.isAvailable());
            QCOMPARE(availability.size(), 0);
        }
        // A fresh vault has nothing in memory: the token really comes from the keyring.
        KeychainTokenVault reader;
        const TokenResult read = call(
            [&](TokenVault::Callback done) { reader.readToken(account, this, std::move(done)); });
        QVERIFY2(read.ok() && read.persisted, qPrintable(read.message));
        QCOMPARE(read.token, token);

        const TokenResult removed = call(
            [&](TokenVault::Callback done) { reader.deleteToken(account, this, std::move(done)); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        const TokenResult gone = call(
            [&](TokenVault::Callback done) { reader.readToken(account, this, std::move(done)); });
        QCOMPARE(gone.status, TokenResult::Status::NotFound);
        QVERIFY(reader.isAvailable());
    }
    // Deleting what is not there is fine, too.
    KeychainTokenVault vault;
    const TokenResult again =
        call([&](TokenVault::Callback done) { vault.deleteToken(account, this, std::move(done)); });
    QVERIFY(again.ok());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
