// "The app starts in German with every string translated": every window (main window, welcome,
// each wizard page, Save as preset, settings, accounts) is built once in English and once with
// the German catalog; a text shown identically in both is an untranslated string unless it is
// data (HubSpot metadata, names), a product or format name, a number, a path or an address.
// Also the language-specific bugs of issue 6: the sandbox account marked twice in Japanese, and
// file languages named in English whatever the interface language.
#include "common/text.h"
#include "common/translationloader.h"
#include "filters/filtervalues.h"
#include "textcollector.h"
#include "uiscreens.h"
#include "wizard/exportwizard.h"
#include "wizard/wizardpages.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace es;

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text.trimmed();
}

// The words a translator kept on purpose: finished entries of a catalog whose translation is the
// source ("Downloads", "Name:" and "Export" are German too).
QSet<QString> keptByTranslator(const QString &tsFile)
{
    QSet<QString> kept;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return kept;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"translation") {
            const bool finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (finished && translation == source)
                kept.insert(withoutMnemonic(source));
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(tsFile), qPrintable(xml.errorString()));
    return kept;
}

// Shown the same in every language on purpose.
bool justified(const QString &text, const QSet<QString> &data)
{
    static const QSet<QString> names{
        QStringLiteral("Export Studio"), QStringLiteral("HubSpot"), QStringLiteral("CSV"),
        QStringLiteral("XLSX"), QStringLiteral("XLS"), QStringLiteral("JSON"),
        QStringLiteral("Excel (XLSX)"), QStringLiteral("Excel 97–2003 (XLS)"),
        QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("OK"),
        // The HubSpot API's own words in the Review page's JSON and filter operators.
        QStringLiteral("AND"), QStringLiteral("OR")};
    if (names.contains(text) || data.contains(text))
        return true;
    // Numbers, dates, times, separators and symbols ("✕"): nothing in words.
    static const QRegularExpression letter(QStringLiteral(R"(\p{L})"));
    if (!letter.match(text).hasMatch())
        return true;
    // Paths, addresses, hosts, ports, JSON.
    static const QRegularExpression technical(
        QStringLiteral(R"(^(/|~/|https?://|\{|\[|[\w.-]+\.(com|example|invalid)\b|\d+\.\d+\.))"));
    if (technical.match(text).hasMatch())
        return true;
    // Languages named in their own language (the file-language and interface-language lists).
    static const QSet<QString> native = [] {
        QSet<QString> set;
        for (const QLocale &locale : QLocale::matchingLocales(
                 QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            QString name = locale.nativeLanguageName();
            if (!name.isEmpty()) {
                name[0] = name[0].toUpper();
                set.insert(name);
            }
        }
        return set;
    }();
    for (const QString &name : native)
        if (text.startsWith(name))
            return true;
    return false;
}

QMap<QString, QString> textsIn(const QString &language)
{
    TranslationLoader loader;
    loader.install(language);
    QMap<QString, QString> all;
    screens::forEachScreen([&](const QString &screen, QWidget *window) {
        const QMap<QString, QString> texts = screens::visibleTexts(window);
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            if (!all.contains(it.key()))
                all.insert(it.key(), screen + QStringLiteral(": ") + it.value());
    });
    return all;
}

} // namespace

class TestUiLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanTranslatesEveryText()
    {
        const QMap<QString, QString> english = textsIn(QStringLiteral("en"));
        QVERIFY(!QTest::currentTestFailed());
        const QMap<QString, QString> german = textsIn(QStringLiteral("de"));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(english.size() > 150, qPrintable(QString::number(english.size())));
        QVERIFY(german.size() > 150);
        // The collector sees the interface, not just a few words.
        QVERIFY(english.contains(QStringLiteral("New export…")));
        QVERIFY(german.contains(QStringLiteral("Neuer Export…")) ||
                german.contains(QStringLiteral("Neuer Export …")));

        QSet<QString> data = screens::dataTexts();
        const QSet<QString> kept =
            keptByTranslator(QStringLiteral(ES_SOURCE_DIR "/translations/exportstudio_de.ts"));
        QVERIFY(kept.contains(QStringLiteral("Downloads")));
        data += kept;
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (german.contains(it.key()) && !justified(it.key(), data))
                untranslated << QStringLiteral("\"%1\"  (%2)").arg(it.key(), it.value());
        }
        qInfo("%lld English texts, %lld German texts", qint64(english.size()),
              qint64(german.size()));
        for (const QString &line : std::as_const(untranslated))
            qWarning("untranslated: %s", qPrintable(line));
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 texts are the same in German:\n").arg(untranslated.size()) +
                     untranslated.join(u'\n')));
    }

    // In Japanese the sandbox account read "サンドボックス（サンドボックス）": the check for a name
    // that already says "sandbox" only knew the English word.
    void sandboxMarkedOnceInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : TranslationLoader::availableLanguages())
            QTest::newRow(qPrintable(code)) << code;
        QTest::newRow("en") << QString(QStringLiteral("en"));
    }

    void sandboxMarkedOnceInEveryLanguage()
    {
        QFETCH(QString, language);
        TranslationLoader loader;
        loader.install(language);
        const QString defaultName = QCoreApplication::translate("es::AppContext", "Sandbox");
        QCOMPARE(Text::accountName(defaultName, true), defaultName);
        // A sandbox named in English (created before a language switch) is not marked again.
        QCOMPARE(Text::accountName(QStringLiteral("Sandbox"), true), QStringLiteral("Sandbox"));
        // Another name is marked, and a real account never is.
        QVERIFY(Text::accountName(QStringLiteral("Test portal"), true) !=
                QStringLiteral("Test portal"));
        QCOMPARE(Text::accountName(QStringLiteral("Acme"), false), QStringLiteral("Acme"));

        bool seen = false;
        screens::forEachScreen([&](const QString &screen, QWidget *window) {
            if (screen != u"wizard-1-source")
                return;
            auto *wizard = qobject_cast<ExportWizard *>(window);
            QComboBox *accounts = wizard->sourcePage()->accountCombo();
            const int sandbox = accounts->findData(QStringLiteral("sandbox"));
            QVERIFY(sandbox >= 0);
            QCOMPARE(accounts->itemText(sandbox), defaultName);
            seen = true;
        });
        QVERIFY(seen);
    }

    // Object names inside sentences: lower case in English and French, capitalised in German (a
    // noun), and associated objects by their translated names, not HubSpot's "COMPANY".
    void objectNamesInSentences_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("contacts");
        QTest::addColumn<QString>("companies");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("contacts")
                            << QStringLiteral("companies");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Kontakte")
                            << QStringLiteral("Unternehmen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("contacts")
                            << QStringLiteral("entreprises");
    }

    void objectNamesInSentences()
    {
        QFETCH(QString, language);
        QFETCH(QString, contacts);
        QFETCH(QString, companies);
        TranslationLoader loader;
        loader.install(language);
        int checked = 0;
        screens::forEachScreen([&](const QString &screen, QWidget *window) {
            auto *wizard = qobject_cast<ExportWizard *>(window);
            if (screen == u"wizard-2-list") {
                const QString subTitle = wizard->currentPage()->subTitle();
                QVERIFY2(subTitle.contains(contacts), qPrintable(subTitle));
                ++checked;
            } else if (screen == u"wizard-5-review") {
                const QString summary = wizard->reviewPage()->summaryLabel()->text();
                QVERIFY2(summary.contains(companies), qPrintable(summary));
                QVERIFY2(!summary.contains(u"company"), qPrintable(summary));
                ++checked;
            }
        });
        QCOMPARE(checked, 2);
    }

    // Filter dates as the interface language writes them ("1 1月 2026" looked wrong in Japanese).
    void datesInTheInterfaceLanguage()
    {
        const QDate day(2026, 1, 1);
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("de"), QStringLiteral("1. Jan. 2026")},
            {QStringLiteral("ja"), QStringLiteral("2026年1月1日")},
            {QStringLiteral("fr"), QStringLiteral("1 janv. 2026")}};
        for (const auto &[language, text] : expected) {
            TranslationLoader loader;
            loader.install(language);
            QCOMPARE(QLocale().toString(day, FilterValues::dateFormat()), text);
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(QLocale().toString(day, FilterValues::dateFormat()), QStringLiteral("1 Jan 2026"));
    }

    // The file's language is listed in its own words in every interface language.
    void fileLanguagesInTheirOwnWords()
    {
        for (const QString &ui :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
            TranslationLoader loader;
            loader.install(ui);
            QCOMPARE(OutputPage::languageName(QStringLiteral("DE")), QStringLiteral("Deutsch"));
            QCOMPARE(OutputPage::languageName(QStringLiteral("JA")), QStringLiteral("日本語"));
            QCOMPARE(OutputPage::languageName(QStringLiteral("FR")), QStringLiteral("Français"));
            QVERIFY(OutputPage::languageName(QStringLiteral("PT_BR")).startsWith(u"Português"));
        }
    }
};

QTEST_MAIN(TestUiLanguages)
#include "tst_uilanguages.moc"
