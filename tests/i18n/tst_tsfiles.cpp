// Checks on the committed .ts files: in step with the sources, complete, and faithful to the
// source strings' placeholders, accelerators, markup and product terms.
#include "tsfile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The five translations.
QStringList tsFiles()
{
    return QStringLiteral(ES_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// English plural forms only.
const QString PluralsFile = QStringLiteral(ES_TS_PLURALS);

QString languageOf(const QString &tsPath)
{
    // exportstudio_pt_BR.ts -> pt_BR
    return QFileInfo(tsPath).completeBaseName().section(QLatin1Char('_'), 1);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// %1..%99, %L1, %n, %Ln: what .arg() and tr(..., n) fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return sorted(found);
}

// Keyboard accelerators: a single '&' before a character ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList markup(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return sorted(found);
}

// Names people know from HubSpot and file formats stay as they are in every language.
const QStringList KeptTerms = {QStringLiteral("HubSpot"),    QStringLiteral("CSV"),
                               QStringLiteral("XLSX"),       QStringLiteral("JSON"),
                               QStringLiteral("crm.export"), QStringLiteral("Export Studio"),
                               QStringLiteral("UTC"),        QStringLiteral("Ctrl+")};

int expectedPluralForms(const QString &language)
{
    // Japanese has one form; German, Spanish, French and Portuguese two (Qt's rules).
    return language.startsWith(QLatin1String("ja")) ? 1 : 2;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

} // namespace

class TsFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(tsFiles().size(), 5);
        for (const QString &path : tsFiles())
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    }

    void files_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles() + QStringList{PluralsFile})
            QTest::newRow(qPrintable(languageOf(path))) << path;
    }

    void wellFormed_data() { files_data(); }
    void wellFormed()
    {
        QFETCH(QString, path);
        QString error;
        const TsFile ts = readTsFile(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (path == PluralsFile) {
            // Only what English needs a catalog for.
            QVERIFY(!ts.messages.isEmpty());
            for (const TsMessage &m : ts.messages)
                QVERIFY2(m.numerus, qPrintable(describe(m)));
        } else {
            QVERIFY(ts.messages.size() > 100);
        }
        QCOMPARE(ts.sourceLanguage, QStringLiteral("en"));
        // The file's language decides the plural rules lrelease compiles in.
        QCOMPARE(QLocale(ts.language).language(), QLocale(languageOf(path)).language());
        if (languageOf(path).contains(QLatin1Char('_')))
            QCOMPARE(QLocale(ts.language).territory(), QLocale(languageOf(path)).territory());
    }

    void complete_data() { files_data(); }
    void complete()
    {
        QFETCH(QString, path);
        QString error;
        const TsFile ts = readTsFile(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        const int forms = expectedPluralForms(languageOf(path));
        for (const TsMessage &m : ts.messages) {
            if (!m.type.isEmpty())
                problems << describe(m) + QStringLiteral(" is ") + m.type;
            else if (m.numerus && m.translations.size() != forms)
                problems << describe(m) + QStringLiteral(" has %1 plural forms, not %2")
                                              .arg(m.translations.size())
                                              .arg(forms);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << describe(m) + QStringLiteral(" has an empty translation");
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.mid(0, 20).join(QLatin1Char('\n')) +
                            QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    void faithful_data() { files_data(); }
    void faithful()
    {
        QFETCH(QString, path);
        QString error;
        const TsFile ts = readTsFile(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue; // complete() reports it
                const QString what =
                    describe(m) + QStringLiteral(" -> \"") + t + QStringLiteral("\": ");
                if (placeholders(t) != placeholders(m.source))
                    problems << what + QStringLiteral("placeholders differ");
                if (accelerators(m.source) != accelerators(t))
                    problems << what + QStringLiteral("accelerators differ");
                if (markup(t) != markup(m.source))
                    problems << what + QStringLiteral("markup differs");
                for (const QString &term : KeptTerms) {
                    if (m.source.contains(term) && !t.contains(term))
                        problems << what + QStringLiteral("lost \"%1\"").arg(term);
                }
                if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')) ||
                    m.source.count(QLatin1Char('\n')) != t.count(QLatin1Char('\n')))
                    problems << what + QStringLiteral("line breaks differ");
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.mid(0, 20).join(QLatin1Char('\n')) +
                            QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    // The same lupdate runs as `cmake --build . --target update_translations`, on copies: a .ts
    // file is out of date when that run would add or drop a message.
    void upToDate_data()
    {
        QTest::addColumn<QString>("projectCmake");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("translations")
            << QStringLiteral(ES_LUPDATE_PROJECT_CMAKE) << tsFiles() << QStringList();
        QTest::newRow("english plurals")
            << QStringLiteral(ES_LUPDATE_PLURALS_PROJECT_CMAKE) << QStringList{PluralsFile}
            << QStringList{QStringLiteral("-pluralonly")};
    }
    void upToDate()
    {
        QFETCH(QString, projectCmake);
        QFETCH(QStringList, files);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess cmake;
        cmake.start(QStringLiteral(ES_CMAKE_COMMAND),
                    {QStringLiteral("-DIN_FILE=") + projectCmake,
                     QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                     QStringLiteral(ES_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(cmake.waitForFinished(60000));
        QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());

        QStringList copies;
        for (const QString &path : files) {
            const QString copy = dir.filePath(QFileInfo(path).fileName());
            QVERIFY(QFile::copy(path, copy));
            copies << copy;
        }
        QStringList arguments = {QStringLiteral("-project"), project};
        arguments << options;
        arguments << QStringLiteral(ES_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        arguments << QStringLiteral("-ts") << copies;
        QProcess lupdate;
        lupdate.start(QStringLiteral(ES_LUPDATE_BIN), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QStringList problems;
        for (qsizetype i = 0; i < copies.size(); ++i) {
            QString error;
            const TsFile committed = readTsFile(files.at(i), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const TsFile fresh = readTsFile(copies.at(i), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QHash<QString, TsMessage> had;
            for (const TsMessage &m : committed.messages)
                had.insert(m.key(), m);
            QSet<QString> has;
            for (const TsMessage &m : fresh.messages) {
                has.insert(m.key());
                if (!had.contains(m.key()))
                    problems << languageOf(copies.at(i)) + QStringLiteral(": new in the sources ") +
                                    describe(m);
            }
            for (const TsMessage &m : committed.messages) {
                if (!has.contains(m.key()))
                    problems << languageOf(copies.at(i)) +
                                    QStringLiteral(": no longer in the sources ") + describe(m);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.mid(0, 30).join(QLatin1Char('\n')) +
                            QStringLiteral("\n(%1 differences) Run `cmake --build <build dir> "
                                           "--target update_translations`, translate the new "
                                           "strings and commit the .ts files.")
                                .arg(problems.size())));
    }

    // Catches the checker itself going blind.
    void checkersSeeProblems()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2, %n left, %L3")),
                 sorted({QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n"),
                         QStringLiteral("%L3")}));
        QVERIFY(placeholders(QStringLiteral("%1 von %2")) !=
                placeholders(QStringLiteral("%1 von %1")));
        QCOMPARE(accelerators(QStringLiteral("&Datei")), 1);
        QCOMPARE(accelerators(QStringLiteral("Q&&A")), 0);
        QCOMPARE(accelerators(QStringLiteral("A & B")), 0);
        QCOMPARE(accelerators(QStringLiteral("ファイル(&F)")), 1);
        QCOMPARE(markup(QStringLiteral("<b>x</b>")).size(), 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exportstudio_de.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>es::X</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
</TS>
)");
        file.close();
        QString error;
        const TsFile ts = readTsFile(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ts.messages.size(), 2);
        QCOMPARE(ts.messages.at(0).source, QStringLiteral("&File"));
        QCOMPARE(ts.messages.at(0).type, QStringLiteral("unfinished"));
        QVERIFY(ts.messages.at(1).numerus);
        QCOMPARE(ts.messages.at(1).translations,
                 QStringList({QStringLiteral("%n Datei"), QStringLiteral("%n Dateien")}));
        QVERIFY(ts.messages.at(0).key() != ts.messages.at(1).key());
    }
};

QTEST_GUILESS_MAIN(TsFilesTest)
#include "tst_tsfiles.moc"
