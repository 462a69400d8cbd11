// export-studio-cli against the real hubspot-sandbox: every format, both export types,
// associations, zips (single and multi-file), and the usage errors.

#include "clie2e.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject viewRequest(const QString &name, const QString &format)
{
    return QJsonObject{
        {u"exportType"_s, u"VIEW"_s},
        {u"exportName"_s, name},
        {u"format"_s, format},
        {u"language"_s, u"EN"_s},
        {u"objectType"_s, u"CONTACT"_s},
        {u"objectProperties"_s, QJsonArray{u"email"_s, u"firstname"_s, u"lastname"_s}}};
}

} // namespace

class TestCliFormats : public QObject
{
    Q_OBJECT

    struct Run
    {
        CliRun cli;
        QJsonObject summary;
        QString outDir;
    };

    // Runs `export --json` with the request in `tmp`, output in tmp/out.
    Run exportWith(Sandbox &sb, QTemporaryDir &tmp, const QJsonObject &request,
                   const QStringList &extra = {})
    {
        const QString req = tmp.filePath(u"request.json"_s);
        writeJson(req, request);
        Run run;
        run.outDir = tmp.filePath(u"out"_s);
        run.cli = runCli(QStringList{u"export"_s, u"--request"_s, req, u"--api-base"_s,
                                     sb.base.toString(), u"--out"_s, run.outDir, u"--state-dir"_s,
                                     tmp.filePath(u"state"_s), u"--json"_s, u"--poll-initial-ms"_s,
                                     u"100"_s, u"--poll-max-ms"_s, u"300"_s} +
                         extra);
        run.summary = QJsonDocument::fromJson(run.cli.out.toUtf8()).object();
        return run;
    }

    static QStringList files(const Run &run)
    {
        QStringList names;
        for (const auto &f : run.summary.value(u"files").toArray())
            names.append(QFileInfo(f.toObject().value(u"path").toString()).fileName());
        names.sort();
        return names;
    }

private Q_SLOTS:
    void viewCsvPlainPaths()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir tmp;
        const QString req = tmp.filePath(u"r.json"_s);
        // The loose shape from HubSpot's guide: lower-case format.
        writeJson(req, viewRequest(u"All contacts"_s, u"csv"_s));
        const CliRun run = runCli({u"export"_s, u"--request"_s, req, u"--api-base"_s,
                                   sb.base.toString(), u"--out"_s, tmp.filePath(u"out"_s),
                                   u"--state-dir"_s, tmp.filePath(u"state"_s)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString expected =
            QDir(tmp.filePath(u"out"_s)).absoluteFilePath(u"All contacts.csv"_s);
        QCOMPARE(run.lines(), QStringList{expected});
        QVERIFY(run.err.contains(u"done"_s));
        const QByteArray csv = readFile(expected);
        // No byte-order mark (the sandbox writes none; HubSpot documents none): the header first.
        QVERIFY2(csv.startsWith("Email,First Name,Last Name\r\n"), csv.left(80).constData());
        QCOMPARE(csvRows(csv), 60);
        QCOMPARE(sb.stats().value(u"exportsStarted"_s).toInt(), 1);
        // The history lists it.
        const QJsonObject history =
            QJsonDocument::fromJson(readFile(tmp.filePath(u"state/history.json"_s))).object();
        QCOMPARE(history.value(u"entries"_s).toArray().size(), 1);
    }

    void rowsEqualSandboxCountWithFilter()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir tmp;
        QJsonObject request = viewRequest(u"Filtered"_s, u"CSV"_s);
        request[u"publicCrmSearchRequest"_s] = QJsonObject{
            {u"filterGroups"_s,
             QJsonArray{QJsonObject{
                 {u"filters"_s, QJsonArray{QJsonObject{{u"propertyName"_s, u"email"_s},
                                                       {u"operator"_s, u"CONTAINS_TOKEN"_s},
                                                       {u"value"_s, u"*example.com"_s}}}}}}}};
        const Run run = exportWith(sb, tmp, request);
        QVERIFY2(run.cli.code == 0, qPrintable(run.cli.err));
        const QString taskId = run.summary.value(u"taskId"_s).toString();
        const QJsonObject info = sb.exportInfo(taskId);
        const int expected = info.value(u"recordCount"_s).toInt(-1);
        QVERIFY(expected >= 0);
        const QString path =
            run.summary.value(u"files"_s).toArray().first().toObject().value(u"path"_s).toString();
        QCOMPARE(csvRows(readFile(path)), expected);
        QCOMPARE(run.summary.value(u"recordCount"_s).toInt(), expected);
        QCOMPARE(sha256Hex(path), info.value(u"sha256"_s).toString().toLatin1());
    }

    void csvOverThresholdIsUnzipped()
    {
        Sandbox sb;
        QVERIFY(sb.start({u"--zip-threshold"_s, u"500"_s}));
        QTemporaryDir tmp;
        const Run run = exportWith(sb, tmp, viewRequest(u"Zipped"_s, u"CSV"_s));
        QVERIFY2(run.cli.code == 0, qPrintable(run.cli.err));
        const QStringList names = files(run);
        QCOMPARE(names.size(), 1);
        QVERIFY2(names.first().endsWith(u".csv"_s), qPrintable(names.first()));
        QCOMPARE(treeOf(run.outDir), names); // no zip, no staging, no .part
        QCOMPARE(csvRows(readFile(run.outDir + u'/' + names.first())), 60);
    }

    void csvZipKeptOrNotUnzipped()
    {
        Sandbox sb;
        QVERIFY(sb.start({u"--zip-threshold"_s, u"500"_s}));
        QTemporaryDir keep;
        const Run kept = exportWith(sb, keep, viewRequest(u"Kept"_s, u"CSV"_s), {u"--keep-zip"_s});
        QVERIFY2(kept.cli.code == 0, qPrintable(kept.cli.err));
        QCOMPARE(files(kept).size(), 2);
        QVERIFY(files(kept).contains(u"Kept.zip"_s));
        QTemporaryDir raw;
        const Run zip = exportWith(sb, raw, viewRequest(u"Raw"_s, u"CSV"_s), {u"--no-unzip"_s});
        QVERIFY2(zip.cli.code == 0, qPrintable(zip.cli.err));
        QCOMPARE(files(zip), QStringList{u"Raw.zip"_s});
        QVERIFY(readFile(zip.outDir + u"/Raw.zip"_s).startsWith("PK\x03\x04"));
    }

    void multiFileZipIsUnpacked()
    {
        Sandbox sb;
        QVERIFY(sb.start({u"--row-cap"_s, u"25"_s}));
        QTemporaryDir tmp;
        const Run run = exportWith(sb, tmp, viewRequest(u"Split"_s, u"CSV"_s));
        QVERIFY2(run.cli.code == 0, qPrintable(run.cli.err));
        const QStringList names = files(run);
        QCOMPARE(names.size(), 3); // 60 rows, 25 per file
        int rows = 0;
        for (const QString &name : names)
            rows += csvRows(readFile(run.outDir + u'/' + name));
        QCOMPARE(rows, 60);
        QCOMPARE(treeOf(run.outDir), names);
        // The completeness check counted the rows of all three files, as HubSpot reported.
        QCOMPARE(run.summary.value(u"rowsInFiles"_s).toInteger(), 60);
        QCOMPARE(run.summary.value(u"recordCount"_s).toInteger(), 60);
        QCOMPARE(run.summary.value(u"countedBefore"_s).toInteger(), -1);
        QCOMPARE(run.summary.value(u"completeness"_s).toString(),
                 u"60 records, as HubSpot reported"_s);
    }

    void workbooksAreSavedAsSent_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("xlsx") << u"xlsx"_s << u"Workbook.xlsx"_s << QByteArray("PK\x03\x04");
        QTest::newRow("xls") << u"XLS"_s << u"Workbook.xls"_s << QByteArray("\xD0\xCF\x11\xE0");
    }

    void workbooksAreSavedAsSent()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        Sandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir tmp;
        const Run run = exportWith(sb, tmp, viewRequest(u"Workbook"_s, format));
        QVERIFY2(run.cli.code == 0, qPrintable(run.cli.err));
        QCOMPARE(files(run), QStringList{file});
        QVERIFY(readFile(run.outDir + u'/' + file).startsWith(magic));
        // The workbook's data rows, counted by streaming it, are what HubSpot reported.
        const qint64 records = run.summary.value(u"recordCount"_s).toInteger(-1);
        QVERIFY(records > 0);
        QCOMPARE(run.summary.value(u"rowsInFiles"_s).toInteger(-2), records);
    }

    void listExport()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        QJsonObject list;
        for (const auto &v : sb.admin("GET", u"/__sandbox/lists"_s).value(u"lists"_s).toArray()) {
            if (v.toObject().value(u"objectTypeId"_s).toString() == u"0-1")
                list = v.toObject();
        }
        QVERIFY(!list.isEmpty());
        QTemporaryDir tmp;
        // listId as a number, as the guide shows it.
        const QJsonObject request{{u"exportType"_s, u"LIST"_s},
                                  {u"exportName"_s, u"A list"_s},
                                  {u"format"_s, u"CSV"_s},
                                  {u"language"_s, u"EN"_s},
                                  {u"objectType"_s, u"CONTACT"_s},
                                  {u"listId"_s, list.value(u"listId"_s).toString().toLongLong()},
                                  {u"objectProperties"_s, QJsonArray{u"email"_s}}};
        const Run run = exportWith(sb, tmp, request);
        QVERIFY2(run.cli.code == 0, qPrintable(run.cli.err));
        const QString path = run.outDir + u"/A list.csv"_s;
        QCOMPARE(csvRows(readFile(path)), list.value(u"size"_s).toInt());
    }

    void associatedObjects()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir tmp;
        QJsonObject request = viewRequest(u"With companies"_s, u"CSV"_s);
        request[u"associatedObjectType"_s] = u"COMPANY"_s; // the single-string shape
        const Run run = exportWith(sb, tmp, request);
        QVERIFY2(run.cli.code == 0, qPrintable(run.cli.err));
        const QByteArray csv = readFile(run.outDir + u"/With companies.csv"_s);
        const QByteArray header = csv.left(csv.indexOf('\n'));
        QVERIFY2(header.contains("ompan"), header.constData());
    }

    void validationListsEveryProblem()
    {
        QTemporaryDir tmp;
        const QString req = tmp.filePath(u"bad.json"_s);
        writeJson(req, QJsonObject{{u"exportType"_s, u"VIEW"_s},
                                   {u"format"_s, u"PDF"_s},
                                   {u"objectType"_s, u"CONTACT"_s},
                                   {u"language"_s, u"XX"_s},
                                   {u"objectProperties"_s, QJsonArray{}}});
        const CliRun run =
            runCli({u"export"_s, u"--request"_s, req, u"--api-base"_s, u"http://127.0.0.1:1"_s,
                    u"--state-dir"_s, tmp.filePath(u"s"_s)});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"format"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"language"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"exportName"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(runCli({}).code, 2);
        QCOMPARE(runCli({u"frobnicate"_s}).code, 2);
        QCOMPARE(runCli({u"export"_s}).code, 2);
        QTemporaryDir tmp;
        QProcessEnvironment env = cliEnv();
        env.remove(u"HUBSPOT_ACCESS_TOKEN"_s);
        const QString req = tmp.filePath(u"r.json"_s);
        writeJson(req, viewRequest(u"x"_s, u"CSV"_s));
        const CliRun noToken = runCli({u"export"_s, u"--request"_s, req, u"--api-base"_s,
                                       u"http://127.0.0.1:1"_s, u"--state-dir"_s, tmp.path()},
                                      env);
        QCOMPARE(noToken.code, 2);
        QVERIFY(noToken.err.contains(u"HUBSPOT_ACCESS_TOKEN"_s));
    }

    void helpOnEveryCommand()
    {
        for (const QString &command : {u"export"_s, u"resume"_s, u"status"_s, u"properties"_s,
                                       u"lists"_s, u"presets"_s, u"accounts"_s}) {
            const CliRun run = runCli({command, u"--help"_s});
            QVERIFY2(run.code == 0, qPrintable(command));
            QVERIFY2(run.out.contains(u"--state-dir"_s), qPrintable(command + run.out));
        }
        QCOMPARE(runCli({u"--help"_s}).code, 0);
    }

    void propertiesListsStatusPresets()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir tmp;
        const QStringList target{u"--api-base"_s, sb.base.toString(), u"--state-dir"_s, tmp.path()};
        const CliRun props = runCli(QStringList{u"properties"_s, u"CONTACT"_s} + target);
        QVERIFY2(props.code == 0, qPrintable(props.err));
        QVERIFY(props.out.contains(u"email\t"_s));
        const CliRun lists = runCli(QStringList{u"lists"_s} + target);
        QVERIFY2(lists.code == 0, qPrintable(lists.err));
        QVERIFY(!lists.lines().isEmpty());
        const Run run = exportWith(sb, tmp, viewRequest(u"For status"_s, u"CSV"_s));
        QVERIFY2(run.cli.code == 0, qPrintable(run.cli.err));
        const CliRun status =
            runCli(QStringList{u"status"_s, run.summary.value(u"taskId"_s).toString()} + target);
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QVERIFY(status.out.contains(u"COMPLETE"_s));
        QVERIFY(!status.out.contains(u"http"_s)); // the link is a secret
        const CliRun unknown = runCli(QStringList{u"status"_s, u"999999"_s} + target);
        QCOMPARE(unknown.code, 3);
        // Presets: save, list, export from it, delete.
        writeJson(tmp.filePath(u"p.json"_s), viewRequest(u"From preset"_s, u"CSV"_s));
        const CliRun saved = runCli({u"presets"_s, u"save"_s, u"My preset"_s, u"--request"_s,
                                     tmp.filePath(u"p.json"_s), u"--state-dir"_s, tmp.path()});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QVERIFY(runCli({u"presets"_s, u"list"_s, u"--state-dir"_s, tmp.path()})
                    .out.contains(u"My preset"_s));
        const CliRun fromPreset =
            runCli({u"export"_s, u"--preset"_s, u"My preset"_s, u"--api-base"_s, sb.base.toString(),
                    u"--state-dir"_s, tmp.path(), u"--out"_s, tmp.filePath(u"p-out"_s)});
        QVERIFY2(fromPreset.code == 0, qPrintable(fromPreset.err));
        QVERIFY(fromPreset.out.contains(u"From preset.csv"_s));
        QCOMPARE(
            runCli({u"presets"_s, u"delete"_s, u"My preset"_s, u"--state-dir"_s, tmp.path()}).code,
            0);
        QVERIFY(!runCli({u"presets"_s, u"list"_s, u"--state-dir"_s, tmp.path()})
                     .out.contains(u"My preset"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliFormats)
#include "tst_cli_formats.moc"
