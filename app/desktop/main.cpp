// Export Studio's desktop application: builds the services, the window, and runs.
#include "common/icons.h"
#include "common/translationloader.h"
#include "main/appcontext.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <storage/instanceguard.h>
#include <storage/settings.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("export-studio"));
    QApplication::setOrganizationName(QStringLiteral("Export Studio"));
    QApplication::setOrganizationDomain(QStringLiteral("exportstudio.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(EXPORTSTUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.exportstudio.ExportStudio"));
    QApplication::setWindowIcon(es::Icons::icon(es::Icons::Id::AppIcon));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Export HubSpot CRM records through the Exports API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start on the built-in sandbox (made-up data)."));
    parser.addOption(sandboxOption);
    const QCommandLineOption newInstanceOption(
        QStringLiteral("new-instance"),
        QApplication::translate("main", "Start a separate instance even if one is running "
                                        "(for testing)."));
    parser.addOption(newInstanceOption);
    parser.addPositionalArgument(
        QStringLiteral("preset"),
        QApplication::translate("main", "Preset files (.json) to import and open."),
        QStringLiteral("[preset.json…]"));
    parser.process(app);

    // One instance per user: a second launch hands its preset files to the first and leaves.
    es::InstanceGuard guard;
    if (!parser.isSet(newInstanceOption)) {
        switch (guard.claim()) {
        case es::InstanceGuard::Role::Secondary:
            QObject::connect(&guard, &es::InstanceGuard::forwarded, &app,
                             [](bool ok, const QString &message) {
                                 if (!ok)
                                     qCritical("%s", qPrintable(message));
                                 QCoreApplication::exit(ok ? 0 : 1);
                             });
            guard.forward(parser.positionalArguments());
            return app.exec();
        case es::InstanceGuard::Role::Standalone:
            qWarning("%s", qPrintable(guard.errorString()));
            break;
        case es::InstanceGuard::Role::Primary:
            break;
        }
    }

    // The context puts the proxy from the settings on this manager before any request.
    QNetworkAccessManager network;
    es::AppContext context(&network, es::AppContext::Options{});
    // Before the window is built: widgets take their texts when they are made.
    es::TranslationLoader translations;
    translations.install(context.settings()->uiLanguage());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Export Studio"));

    es::MainWindowController controller(&context);
    QObject::connect(&guard, &es::InstanceGuard::activationRequested, &controller,
                     &es::MainWindowController::activate);
    controller.window()->show();
    context.start();

    if (parser.isSet(sandboxOption))
        context.startSandbox();
    controller.openPresetFiles(parser.positionalArguments());
    return app.exec();
}
