// Export Studio's desktop application: builds the services, the window, and runs.
#include "common/icons.h"
#include "main/appcontext.h"
#include "main/mainwindow.h"
#include "main/mainwindowcontroller.h"
#include "presets/presetscontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTranslator>
#include <storage/presetstore.h>
#include <storage/settings.h>

namespace {

// The app's translations are compiled in once the translations are there; until then (and for
// languages without a file) the app runs in English.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    for (const QString &dir :
         {QStringLiteral(":/i18n"), QStringLiteral(":/translations"), QStringLiteral(":/")}) {
        auto *own = new QTranslator(&app);
        for (const QString &name :
             {QStringLiteral("exportstudio"), QStringLiteral("export-studio")}) {
            if (own->load(locale, name, QStringLiteral("_"), dir)) {
                QCoreApplication::installTranslator(own);
                return;
            }
        }
        delete own;
    }
}

} // namespace

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
    parser.addPositionalArgument(
        QStringLiteral("preset"),
        QApplication::translate("main", "Preset files (.json) to import and open."),
        QStringLiteral("[preset.json…]"));
    parser.process(app);

    // People behind a company proxy get it without doing anything.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;

    es::AppContext context(&network, es::AppContext::Options{});
    installTranslations(app, context.settings()->uiLanguage());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Export Studio"));

    es::MainWindowController controller(&context);
    controller.window()->show();
    context.start();

    if (parser.isSet(sandboxOption))
        context.startSandbox();

    QStringList presetFiles;
    for (const QString &argument : parser.positionalArguments()) {
        const QFileInfo info(argument);
        if (info.isFile())
            presetFiles << info.absoluteFilePath();
    }
    if (!presetFiles.isEmpty()) {
        const QStringList ids = controller.presetsController()->importFiles(presetFiles);
        if (!ids.isEmpty())
            controller.openWizard(ids.last());
    }
    return app.exec();
}
