// "Save property definitions…" as a user meets it: the File menu asks which object and where,
// the column picker's button saves the object being exported; both write the definitions the
// portal (here the real sandbox) gives, and say so in the main window. No account: told what to do.
#include "main/appcontext.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"
#include "pickers/propertypicker.h"
#include "properties/propertydefinitionssaver.h"
#include "wizard/exportwizard.h"

#include <QAction>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <hubspot/sandboxprocess.h>
#include <storage/paths.h>
#include <storage/settings.h>

using namespace es;

class TestPropertyDefinitionsSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<QTemporaryDir>();
        QVERIFY(m_state->isValid());
        Paths::setStateDirOverride(m_state->path());
    }
    void cleanup() { Paths::setStateDirOverride({}); }

    void withoutAnAccountSaysWhatToDo()
    {
        QNetworkAccessManager nam;
        AppContext::Options options;
        options.memoryVault = true;
        AppContext context(&nam, options);
        PropertyDefinitionsSaver saver(&context);
        bool asked = false;
        saver.setObjectChooser([&asked](QWidget *) {
            asked = true;
            return QStringLiteral("CONTACT");
        });
        QSignalSpy problem(&saver, &PropertyDefinitionsSaver::problem);
        saver.chooseAndSave(nullptr);
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.first().first().toString().startsWith(QStringLiteral("Add an account")));
        QVERIFY(!asked); // nothing to choose from without a portal
    }

    void fromTheMenuAndFromThePicker()
    {
#ifndef ES_SANDBOX_BIN
        // Not a bug: a build without libmicrohttpd has no sandbox target; packaging/test.sh and
        // CI always build it, so there this test runs.
        QSKIP("hubspot-sandbox is not built (libmicrohttpd missing); packaging/test.sh builds it");
#else
        QNetworkAccessManager nam;
        AppContext::Options options;
        options.memoryVault = true;
        options.sandboxProgram = QStringLiteral(ES_SANDBOX_BIN);
        AppContext context(&nam, options);
        context.settings()->setDownloadDir(m_state->filePath(QStringLiteral("Downloads")));
        MainWindowController controller(&context);
        context.start();
        QTRY_VERIFY(context.isReady());
        context.startSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(context.sandbox()->isRunning(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(context.isSandboxAccount(context.currentAccountId()), 30000);

        PropertyDefinitionsSaver *saver = controller.definitionsSaver();
        QSignalSpy finished(saver, &PropertyDefinitionsSaver::finished);
        QSignalSpy information(saver, &PropertyDefinitionsSaver::information);
        QSignalSpy problem(saver, &PropertyDefinitionsSaver::problem);
        QString suggested;
        const QString deals = m_state->filePath(QStringLiteral("deal properties.xlsx"));
        saver->setObjectChooser([](QWidget *) { return QStringLiteral("DEAL"); });
        saver->setPathChooser([&](QWidget *, const QString &offered) {
            suggested = offered;
            return QString(deals);
        });
        controller.window()->savePropertyDefinitionsAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(problem.size(), 0);
        QCOMPARE(suggested, m_state->filePath(QStringLiteral("Downloads/Deals properties.csv")));
        QCOMPARE(information.size(), 1);
        const QString said = information.first().first().toString();
        QVERIFY2(
            said.startsWith(QStringLiteral("Saved ")) &&
                said.endsWith(QStringLiteral(" property definitions of Deals to %1.").arg(deals)),
            qPrintable(said));
        QFile workbook(deals);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(4), QByteArray("PK\x03\x04")); // a zip package, as XLSX is

        // The column picker's button: the wizard's object (contacts), as CSV.
        const QString contacts = m_state->filePath(QStringLiteral("contact properties.csv"));
        saver->setPathChooser([&](QWidget *, const QString &) { return QString(contacts); });
        controller.openWizard();
        PropertyPicker *picker = controller.wizard()->findChild<PropertyPicker *>();
        QVERIFY(picker);
        QTest::mouseClick(picker->saveDefinitionsButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(problem.size(), 0);
        QVERIFY(information.last().first().toString().contains(QStringLiteral("of Contacts to")));
        QFile csv(contacts);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("name,label,type,fieldType,groupName,groupLabel,"));
        bool email = false;
        for (const QByteArray &line : lines)
            email = email || line.startsWith("email,");
        QVERIFY(email);

        // A declined file dialog writes nothing and says nothing.
        saver->setPathChooser([](QWidget *, const QString &) { return QString(); });
        QTest::mouseClick(picker->saveDefinitionsButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(information.size(), 2);
        QCOMPARE(problem.size(), 0);
        context.sandbox()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!context.sandbox()->isRunning(), 30000);
#endif
    }

private:
    std::unique_ptr<QTemporaryDir> m_state;
};

QTEST_MAIN(TestPropertyDefinitionsSaver)
#include "tst_propertydefinitionssaver.moc"
