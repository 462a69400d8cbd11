#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <hubspot/sandboxprocess.h>

using namespace es;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheProgramInTheBuildTree();
    void startsAnswersAndStops();
    void missingProgramFailsInWords();
    void garbageFirstLineFails();
    void stopsWhenDestroyed();
};

void TestSandboxProcess::findsTheProgramInTheBuildTree()
{
#ifdef ES_SANDBOX_BIN
    QVERIFY2(!SandboxProcess::findProgram().isEmpty(),
             qPrintable(SandboxProcess::candidatePaths().join(QLatin1Char('\n'))));
#else
    QSKIP("hubspot-sandbox is not built");
#endif
}

void TestSandboxProcess::startsAnswersAndStops()
{
#ifndef ES_SANDBOX_BIN
    QSKIP("hubspot-sandbox is not built");
#else
    SandboxProcess sandbox;
    sandbox.setProgram(QStringLiteral(ES_SANDBOX_BIN));
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QCOMPARE(sandbox.state(), SandboxProcess::State::Starting);
    QVERIFY(started.wait(15000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(sandbox.isRunning());
    const QUrl base = sandbox.apiBase();
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    QCOMPARE(started.first().first().toUrl(), base);

    // It really is a HubSpot-like API that wants the sandbox token.
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/crm/v3/properties/contacts"))));
    request.setRawHeader("Authorization", "Bearer " + SandboxProcess::token().toUtf8());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    QSignalSpy stopped(&sandbox, &SandboxProcess::stopped);
    const qint64 pid = sandbox.processId();
    QVERIFY(pid > 0);
    sandbox.stop();
    QVERIFY(stopped.wait(5000));
    QCOMPARE(sandbox.state(), SandboxProcess::State::NotRunning);
    QCOMPARE(failed.count(), 0);
    QTRY_VERIFY(::kill(pid_t(pid), 0) != 0);
#endif
}

void TestSandboxProcess::missingProgramFailsInWords()
{
    SandboxProcess sandbox;
    sandbox.setProgram(QStringLiteral("/nonexistent/hubspot-sandbox"));
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("not found")));
    QCOMPARE(sandbox.state(), SandboxProcess::State::NotRunning);
}

void TestSandboxProcess::garbageFirstLineFails()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("fake-sandbox"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho 'hello there'\nsleep 30\n");
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    SandboxProcess sandbox;
    sandbox.setProgram(script);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("hello there")));
}

void TestSandboxProcess::stopsWhenDestroyed()
{
#ifndef ES_SANDBOX_BIN
    QSKIP("hubspot-sandbox is not built");
#else
    qint64 pid = 0;
    {
        SandboxProcess sandbox;
        sandbox.setProgram(QStringLiteral(ES_SANDBOX_BIN));
        QSignalSpy started(&sandbox, &SandboxProcess::started);
        sandbox.start();
        QVERIFY(started.wait(15000));
        pid = sandbox.processId();
    }
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
#endif
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
