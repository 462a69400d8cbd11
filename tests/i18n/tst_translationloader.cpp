// The compiled catalogs travel inside exportstudio_ui (a static library) and the loader puts the
// interface into the chosen language. CTest runs this with LANGUAGE=fr:de, LC_ALL=fr_FR.UTF-8.
#include "common/text.h"
#include "common/translationloader.h"
#include "filters/filteroperators.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <transfer/jobinfo.h>

using es::TranslationLoader;

namespace {

const QStringList Languages = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                               QStringLiteral("ja"), QStringLiteral("pt_BR")};

QString fileMenu()
{
    return QCoreApplication::translate("es::MainWindow", "&File");
}

} // namespace

class TranslationLoaderTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void catalogsAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("&Arquivo");
    }
    void catalogsAreEmbedded()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        const QString path = QStringLiteral(":/i18n/exportstudio_%1.qm").arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is not a resource")));
        QTranslator translator;
        QVERIFY(translator.load(path));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.translate("es::MainWindow", "&File"), file);
    }

    void englishPluralsAreEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/exportstudio_en.qm")));
        // QTranslator picks the form; QCoreApplication::translate() fills in %n.
        QCOMPARE(translator.translate("es::PropertyPicker", "%n properties", nullptr, 1),
                 QStringLiteral("%n property"));
    }

    void availableLanguages() { QCOMPARE(TranslationLoader::availableLanguages(), Languages); }

    void bestLanguage_data()
    {
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QStringList &preferred, const char *expected) {
            QTest::newRow(name) << preferred << QString::fromLatin1(expected);
        };
        row("german", {QStringLiteral("de-DE")}, "de");
        row("austrian falls back", {QStringLiteral("de-AT"), QStringLiteral("de")}, "de");
        row("brazil", {QStringLiteral("pt-BR")}, "pt_BR");
        row("portugal gets brazil", {QStringLiteral("pt-PT")}, "pt_BR");
        row("plain pt", {QStringLiteral("pt")}, "pt_BR");
        row("japanese", {QStringLiteral("ja-JP")}, "ja");
        row("script subtag", {QStringLiteral("es-Latn-MX")}, "es");
        row("english first stays english", {QStringLiteral("en-GB"), QStringLiteral("de")}, "");
        row("unknown then french", {QStringLiteral("nl-NL"), QStringLiteral("fr-CA")}, "fr");
        row("nothing known", {QStringLiteral("nl"), QStringLiteral("C")}, "");
        row("empty", {}, "");
    }
    void bestLanguage()
    {
        QFETCH(QStringList, preferred);
        QFETCH(QString, expected);
        QCOMPARE(TranslationLoader::bestLanguage(preferred), expected);
    }

    void installGerman()
    {
        TranslationLoader loader;
        QCOMPARE(loader.install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(loader.language(), QStringLiteral("de"));
        QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // Strings of the real widgets' code, through their own contexts.
        QCOMPARE(es::Text::state(es::JobState::Queued), QStringLiteral("In Warteschlange"));
        QCOMPARE(es::operatorLabel(es::FilterOperator::Between, es::PropertyDef::Type::Number),
                 QStringLiteral("liegt zwischen"));
        // Plural forms come through.
        QCOMPARE(QCoreApplication::translate("es::PropertyPicker", "%n properties", nullptr, 1),
                 QStringLiteral("1 Eigenschaft"));
        QCOMPARE(QCoreApplication::translate("es::PropertyPicker", "%n properties", nullptr, 7),
                 QStringLiteral("7 Eigenschaften"));
        // Qt's own catalog: the standard buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
    }

    void switchingReplacesTheCatalogs()
    {
        TranslationLoader loader;
        QCOMPARE(loader.install(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(fileMenu(), QStringLiteral("ファイル(&F)"));
        QCOMPARE(loader.install(QStringLiteral("pt_PT")), QStringLiteral("pt_BR"));
        QCOMPARE(fileMenu(), QStringLiteral("&Arquivo"));
        QCOMPARE(loader.install(QStringLiteral("en")), QString());
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
        // English plural forms come from their own small catalog.
        QCOMPARE(QCoreApplication::translate("es::ReviewPage", "%n column(s)", nullptr, 1),
                 QStringLiteral("1 column"));
        QCOMPARE(QCoreApplication::translate("es::ReviewPage", "%n column(s)", nullptr, 3),
                 QStringLiteral("3 columns"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void destroyingRemovesTheCatalogs()
    {
        {
            TranslationLoader loader;
            loader.install(QStringLiteral("es"));
            QCOMPARE(fileMenu(), QStringLiteral("&Archivo"));
        }
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
    }

    // "" follows the system: CTest sets LANGUAGE=fr:de.
    void followsTheSystem()
    {
        if (!QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("fr")))
            QSKIP("run through CTest, which sets LANGUAGE=fr:de");
        TranslationLoader loader;
        QCOMPARE(loader.install(QString()), QStringLiteral("fr"));
        QCOMPARE(fileMenu(), QStringLiteral("&Fichier"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler"));
    }
};

QTEST_MAIN(TranslationLoaderTest)
#include "tst_translationloader.moc"
