// InstanceGuard with real local sockets and lock files in a temporary folder; the crash case
// runs this executable again as a child ("--hold PATH") and kills it with SIGKILL.
#include "storage/instanceguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace es;
using Role = InstanceGuard::Role;

namespace {

// What a crash leaves: a socket file bound once and never listened on or removed.
bool makeStaleSocket(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof(address.sun_path))
        return false;
    memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound;
}

bool nobodyListens(const QString &path)
{
    QLocalSocket probe;
    probe.connectToServer(path);
    return !probe.waitForConnected(1000);
}

// The line may already sit in QProcess's buffer, read while a signal spy waited.
bool readLineFrom(QProcess &process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return false;
    }
    return true;
}

} // namespace

class TestInstanceGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstWinsSecondForwards();
    void claimIsSynchronousAndStable();
    void nextLaunchAfterExitIsFirst();
    void staleSocketIsRecovered();
    void crashedInstanceIsRecovered();
    void silentInstanceIsReported();
    void garbageIsIgnored();
    void unusableFolderRunsStandalone();
    void defaultNameIsPerUserRuntime();

private:
    QString guardPath() const { return m_dir->filePath(QStringLiteral("guard")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInstanceGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/es-ig-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void TestInstanceGuard::firstWinsSecondForwards()
{
    InstanceGuard first(guardPath());
    QCOMPARE(first.claim(), Role::Primary);
    QVERIFY(first.errorString().isEmpty());
    QSignalSpy activated(&first, &InstanceGuard::activationRequested);

    // A relative preset path is made absolute: the first instance has another working folder.
    QFile preset(m_dir->filePath(QStringLiteral("my preset.json")));
    QVERIFY(preset.open(QIODevice::WriteOnly));
    preset.write("{}");
    preset.close();
    const QString oldCwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));

    InstanceGuard second(guardPath());
    QCOMPARE(second.claim(), Role::Secondary);
    QSignalSpy forwarded(&second, &InstanceGuard::forwarded);
    second.forward({QStringLiteral("my preset.json"), QStringLiteral("--minimized"),
                    QStringLiteral("missing.json"), QStringLiteral("ünïcode")});
    QVERIFY(QDir::setCurrent(oldCwd));
    QCOMPARE(forwarded.count(), 0); // never inside forward()

    QVERIFY(forwarded.wait(5000));
    QCOMPARE(forwarded.count(), 1);
    QCOMPARE(forwarded.at(0).at(0).toBool(), true);
    QTRY_COMPARE(activated.count(), 1);
    const QStringList expected{QFileInfo(preset).absoluteFilePath(), QStringLiteral("--minimized"),
                               QStringLiteral("missing.json"), QStringLiteral("ünïcode")};
    QCOMPARE(activated.at(0).at(0).toStringList(), expected);

    // The first keeps serving: a third launch is passed on too.
    InstanceGuard third(guardPath());
    QCOMPARE(third.claim(), Role::Secondary);
    QSignalSpy forwardedThird(&third, &InstanceGuard::forwarded);
    third.forward({});
    QVERIFY(forwardedThird.wait(5000));
    QCOMPARE(forwardedThird.at(0).at(0).toBool(), true);
    QTRY_COMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toStringList(), QStringList());
    QTest::qWait(50);
    QCOMPARE(forwardedThird.count(), 1); // exactly once
}

void TestInstanceGuard::claimIsSynchronousAndStable()
{
    InstanceGuard first(guardPath());
    QCOMPARE(first.claim(), Role::Primary);
    QCOMPARE(first.claim(), Role::Primary);
    QCOMPARE(first.role(), Role::Primary);
    QVERIFY(QFile::exists(guardPath()));
    QVERIFY(QFile::exists(guardPath() + QStringLiteral(".lock")));

    // However long the first runs, its lock is never taken for stale (QLockFile's default
    // would after 30 s): age the lock file by an hour.
    QFile lock(guardPath() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                             QFileDevice::FileModificationTime));
    lock.close();
    InstanceGuard later(guardPath());
    QCOMPARE(later.claim(), Role::Secondary);

    // A primary has nobody to forward to.
    QSignalSpy forwarded(&first, &InstanceGuard::forwarded);
    first.forward({QStringLiteral("x")});
    QVERIFY(forwarded.wait(1000));
    QCOMPARE(forwarded.at(0).at(0).toBool(), false);
}

void TestInstanceGuard::nextLaunchAfterExitIsFirst()
{
    {
        InstanceGuard first(guardPath());
        QCOMPARE(first.claim(), Role::Primary);
    }
    QVERIFY(!QFile::exists(guardPath()));
    QVERIFY(!QFile::exists(guardPath() + QStringLiteral(".lock")));
    InstanceGuard next(guardPath());
    QCOMPARE(next.claim(), Role::Primary);
}

void TestInstanceGuard::staleSocketIsRecovered()
{
    QVERIFY(makeStaleSocket(guardPath()));
    QVERIFY(QFile::exists(guardPath()));
    QVERIFY(nobodyListens(guardPath()));

    InstanceGuard first(guardPath());
    QCOMPARE(first.claim(), Role::Primary);
    QSignalSpy activated(&first, &InstanceGuard::activationRequested);

    InstanceGuard second(guardPath());
    QCOMPARE(second.claim(), Role::Secondary);
    QSignalSpy forwarded(&second, &InstanceGuard::forwarded);
    second.forward({QStringLiteral("--hello")});
    QVERIFY(forwarded.wait(5000));
    QCOMPARE(forwarded.at(0).at(0).toBool(), true);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), QStringList{QStringLiteral("--hello")});
}

void TestInstanceGuard::crashedInstanceIsRecovered()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), guardPath()});
    QVERIFY(child.waitForStarted(5000));
    QVERIFY(readLineFrom(child));
    QCOMPARE(child.readLine().trimmed(), QByteArray("primary"));

    // While it runs, it is the first instance and this process is second.
    {
        InstanceGuard probe(guardPath());
        QCOMPARE(probe.claim(), Role::Secondary);
        QSignalSpy forwarded(&probe, &InstanceGuard::forwarded);
        probe.forward({QStringLiteral("ping")});
        QVERIFY(forwarded.wait(5000));
        QCOMPARE(forwarded.at(0).at(0).toBool(), true);
        QVERIFY(readLineFrom(child));
        QCOMPARE(child.readLine().trimmed(), QByteArray("activated ping"));
    }

    child.kill(); // SIGKILL: no destructor runs, lock and socket files stay behind
    QVERIFY(child.waitForFinished(5000));
    QVERIFY(QFile::exists(guardPath()));
    QVERIFY(QFile::exists(guardPath() + QStringLiteral(".lock")));
    QVERIFY(nobodyListens(guardPath()));

    InstanceGuard next(guardPath());
    QCOMPARE(next.claim(), Role::Primary);
    QSignalSpy activated(&next, &InstanceGuard::activationRequested);
    InstanceGuard second(guardPath());
    QCOMPARE(second.claim(), Role::Secondary);
    second.forward({QStringLiteral("after-crash")});
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), QStringList{QStringLiteral("after-crash")});
}

void TestInstanceGuard::silentInstanceIsReported()
{
    // Someone holds the lock but does not listen (hung during start-up, say).
    QLockFile held(guardPath() + QStringLiteral(".lock"));
    QVERIFY(held.tryLock(0));

    InstanceGuard second(guardPath());
    QCOMPARE(second.claim(), Role::Secondary);
    QSignalSpy forwarded(&second, &InstanceGuard::forwarded);
    second.forward({QStringLiteral("x")});
    QVERIFY(forwarded.wait(InstanceGuard::ForwardTimeoutMs + 2000));
    QCOMPARE(forwarded.at(0).at(0).toBool(), false);
    const QString message = forwarded.at(0).at(1).toString();
    QVERIFY2(message.contains(u"already running") && message.contains(u"start again"),
             qPrintable(message));
    QTest::qWait(50);
    QCOMPARE(forwarded.count(), 1);
}

void TestInstanceGuard::garbageIsIgnored()
{
    InstanceGuard first(guardPath());
    QCOMPARE(first.claim(), Role::Primary);
    QSignalSpy activated(&first, &InstanceGuard::activationRequested);

    for (const QByteArray &junk : {QByteArray("not json\n"), QByteArray("{\"type\":\"x\"}\n"),
                                   QByteArray("{\"arguments\":[\"a\"]}\n"),
                                   QByteArray(InstanceGuard::MaxMessageBytes + 10, 'a')}) {
        QLocalSocket client;
        client.connectToServer(guardPath());
        QVERIFY(client.waitForConnected(2000));
        client.write(junk);
        QVERIFY(client.waitForBytesWritten(2000) || client.bytesToWrite() == 0);
        // The first instance hangs up without an answer.
        QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState);
        QVERIFY(!client.readAll().contains("ok"));
    }
    QCOMPARE(activated.count(), 0);

    InstanceGuard second(guardPath());
    QCOMPARE(second.claim(), Role::Secondary);
    second.forward({QStringLiteral("still works")});
    QTRY_COMPARE(activated.count(), 1);
}

void TestInstanceGuard::unusableFolderRunsStandalone()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder below a plain file can never be created, even by root.
    InstanceGuard guard(blocker.fileName() + QStringLiteral("/sub/guard"));
    QCOMPARE(guard.claim(), Role::Standalone);
    QVERIFY(!guard.errorString().isEmpty());
}

void TestInstanceGuard::defaultNameIsPerUserRuntime()
{
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    const bool wasSet = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
    auto restore = qScopeGuard([&] {
        if (wasSet)
            qputenv("XDG_RUNTIME_DIR", saved);
        else
            qunsetenv("XDG_RUNTIME_DIR");
    });
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
    InstanceGuard guard;
    QCOMPARE(guard.serverPath(), m_dir->filePath(QStringLiteral("export-studio")));
    QCOMPARE(guard.claim(), Role::Primary);
}

// "--hold PATH": be the first instance on PATH, say so, echo activations, run until killed.
static int holdInstance(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    InstanceGuard guard(QString::fromLocal8Bit(argv[2]));
    const bool primary = guard.claim() == Role::Primary;
    std::printf("%s\n", primary ? "primary" : "not-primary");
    std::fflush(stdout);
    QObject::connect(&guard, &InstanceGuard::activationRequested, [](const QStringList &args) {
        std::printf("activated %s\n", qPrintable(args.join(u' ')));
        std::fflush(stdout);
    });
    return primary ? app.exec() : 1;
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0)
        return holdInstance(argc, argv);
    QCoreApplication app(argc, argv);
    TestInstanceGuard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_instanceguard.moc"
