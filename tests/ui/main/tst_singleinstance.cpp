// One Export Studio per user. In process: MainWindowController::activate() brings the window back
// and imports and opens the preset files it is given. End to end: the real export-studio binary
// started twice in an isolated home, runtime and state folder — the second start hands its preset
// file (named relative to its own working folder) to the first and exits 0 at once, and the first
// imports it; --new-instance starts a separate instance instead.
#include "main/appcontext.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"
#include "wizard/exportwizard.h"
#include "wizard/wizardmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <model/preset.h>
#include <storage/paths.h>
#include <storage/presetstore.h>

using namespace es;

namespace {

Preset samplePreset(const QString &name)
{
    Preset preset;
    preset.name = name;
    preset.request.exportName = name;
    preset.request.objectType = QStringLiteral("CONTACT");
    preset.request.format = FileFormat::Csv;
    preset.request.objectProperties = {QStringLiteral("email"), QStringLiteral("firstname")};
    return preset;
}

bool writePresetFile(const QString &path, const QString &name)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(PresetCodec::toBytes(samplePreset(name))) > 0;
}

// The names of the presets saved in a state folder.
QStringList presetNames(const QString &presetsDir)
{
    QStringList names;
    const QDir dir(presetsDir);
    for (const QString &entry : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const PresetCodec::DecodeResult result = PresetCodec::fromBytes(file.readAll());
        if (result.ok())
            names << result.preset.name;
    }
    return names;
}

// True when an instance listens there (a socket file alone may be left by a killed one).
bool listening(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    const bool connected = socket.waitForConnected(500);
    socket.abort();
    return connected;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activateRaisesAndOpensPresets();
    void secondLaunchForwardsToFirst();

private:
    QProcessEnvironment isolatedEnvironment(const QTemporaryDir &root) const;
    void stop(QProcess &process);
};

void TestSingleInstance::activateRaisesAndOpensPresets()
{
    QTemporaryDir state;
    QVERIFY(state.isValid());
    Paths::setStateDirOverride(state.path());
    const QString presetFile = state.filePath(QStringLiteral("shared.json"));
    QVERIFY(writePresetFile(presetFile, QStringLiteral("Forwarded contacts")));
    {
        QNetworkAccessManager nam;
        AppContext::Options options;
        options.memoryVault = true;
        AppContext context(&nam, options);
        MainWindowController controller(&context);
        MainWindow *window = controller.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showMinimized();

        // Options and names that are not files are passed over, not reported as broken presets.
        controller.activate({QStringLiteral("--sandbox"), presetFile,
                             state.filePath(QStringLiteral("missing.json"))});
        QVERIFY(!(window->windowState() & Qt::WindowMinimized));
        QVERIFY(window->isVisible());
        QCOMPARE(context.presets()->list().size(), 1);
        QCOMPARE(context.presets()->list().first().name, QStringLiteral("Forwarded contacts"));
        QVERIFY(controller.wizard());
        QVERIFY(controller.wizard()->isVisible());
        QCOMPARE(controller.wizard()->model().presetName, QStringLiteral("Forwarded contacts"));

        // Nothing to open: the window still comes to the front, no new wizard content.
        controller.wizard()->close();
        controller.activate({});
        QCOMPARE(context.presets()->list().size(), 1);
        QVERIFY(!controller.wizard()->isVisible());
    }
    Paths::setStateDirOverride({});
}

QProcessEnvironment TestSingleInstance::isolatedEnvironment(const QTemporaryDir &root) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto folder = [&root](const QString &name) {
        QString path = root.filePath(name);
        QDir().mkpath(path);
        return path;
    };
    const QString runtime = folder(QStringLiteral("run"));
    // Qt ignores a runtime folder that others may read.
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("HOME"), folder(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), folder(QStringLiteral("home/.cache")));
    env.insert(QStringLiteral("EXPORT_STUDIO_STATE_DIR"), folder(QStringLiteral("state")));
    // No desktop session: no keychain, no notification service, nothing of the real user's.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + root.filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

void TestSingleInstance::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void TestSingleInstance::secondLaunchForwardsToFirst()
{
#ifndef ES_DESKTOP_BIN
    QSKIP("export-studio is not built");
#else
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QProcessEnvironment env = isolatedEnvironment(root);
    const QString socket = root.filePath(QStringLiteral("run/export-studio"));
    const QString presetsDir = root.filePath(QStringLiteral("state/presets"));
    const QString elsewhere = root.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(writePresetFile(elsewhere + QStringLiteral("/weekly.json"),
                            QStringLiteral("Weekly from a second start")));

    QProcess first;
    first.setProcessEnvironment(env);
    first.setWorkingDirectory(root.path());
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QStringLiteral(ES_DESKTOP_BIN), {});
    QVERIFY2(first.waitForStarted(5000), qPrintable(first.errorString()));
    // The first instance listens before its window is up.
    QTRY_VERIFY_WITH_TIMEOUT(listening(socket), 15000);
    QCOMPARE(first.state(), QProcess::Running);
    QVERIFY(!presetNames(presetsDir).contains(QStringLiteral("Weekly from a second start")));

    QProcess second;
    second.setProcessEnvironment(env);
    second.setWorkingDirectory(elsewhere); // a relative name must reach the first as a full path
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer clock;
    clock.start();
    second.start(QStringLiteral(ES_DESKTOP_BIN), {QStringLiteral("weekly.json")});
    QVERIFY(second.waitForStarted(5000));
    // A second start that opened its own window would never exit; how fast it hands over is
    // not this test's business (a loaded machine only makes it slower).
    QVERIFY2(second.waitForFinished(30000), "the second start did not exit");
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    qInfo("second start handed over and exited in %lld ms", elapsed);

    QTRY_VERIFY_WITH_TIMEOUT(
        presetNames(presetsDir).contains(QStringLiteral("Weekly from a second start")), 10000);
    QCOMPARE(first.state(), QProcess::Running);

    // --new-instance ignores the running one: it keeps running instead of handing over.
    QProcess separate;
    separate.setProcessEnvironment(env);
    separate.setProcessChannelMode(QProcess::ForwardedChannels);
    separate.start(QStringLiteral(ES_DESKTOP_BIN), {QStringLiteral("--new-instance")});
    QVERIFY(separate.waitForStarted(5000));
    QVERIFY(!separate.waitForFinished(1500));
    stop(separate);

    // A killed first leaves its lock and socket file behind; the next start takes them over.
    stop(first);
    QVERIFY(!listening(socket));
    QProcess next;
    next.setProcessEnvironment(env);
    next.setProcessChannelMode(QProcess::ForwardedChannels);
    next.start(QStringLiteral(ES_DESKTOP_BIN), {});
    QVERIFY(next.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(listening(socket), 15000);
    QCOMPARE(next.state(), QProcess::Running);
    stop(next);
#endif
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
