// export-studio-cli's bookkeeping and read-only commands (presets, accounts, properties, lists):
// the shared option parsing, the one-record-a-line and --json output, and the usage errors.

#include "clie2e.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray jsonArray(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && document.isArray() ? document.array()
                                                                         : QJsonArray{{u"x"_s}};
}

} // namespace

class TestCliAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QStringList state() const { return {u"--state-dir"_s, m_tmp.filePath(u"state"_s)}; }

private Q_SLOTS:
    void presetsRoundTrip()
    {
        const QStringList s = state();
        CliRun empty = runCli(QStringList{u"presets"_s, u"list"_s, u"--json"_s} + s);
        QCOMPARE(empty.code, 0);
        QCOMPARE(jsonArray(empty), QJsonArray{});

        const QString req = m_tmp.filePath(u"req.json"_s);
        QVERIFY(writeJson(req, QJsonObject{{u"exportType"_s, u"VIEW"_s},
                                           {u"exportName"_s, u"Weekly"_s},
                                           {u"format"_s, u"XLSX"_s},
                                           {u"language"_s, u"EN"_s},
                                           {u"objectType"_s, u"DEAL"_s},
                                           {u"objectProperties"_s, QJsonArray{u"dealname"_s}}}));
        const CliRun saved = runCli(
            QStringList{u"presets"_s, u"save"_s, u"Weekly deals"_s, u"--request"_s, req} + s);
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        const QString id = saved.out.trimmed();
        QVERIFY(!id.isEmpty());

        const CliRun text = runCli(QStringList{u"presets"_s, u"list"_s} + s);
        QCOMPARE(text.code, 0);
        QCOMPARE(text.lines(), QStringList{id + u"\tWeekly deals\tDEAL\tXLSX"_s});
        const CliRun json = runCli(QStringList{u"presets"_s, u"list"_s, u"--json"_s} + s);
        const QJsonArray presets = jsonArray(json);
        QCOMPARE(presets.size(), 1);
        const QJsonObject preset = presets.first().toObject();
        QCOMPARE(preset.value(u"id"_s).toString(), id);
        QCOMPARE(preset.value(u"name"_s).toString(), u"Weekly deals"_s);
        QCOMPARE(preset.value(u"objectType"_s).toString(), u"DEAL"_s);
        QCOMPARE(preset.value(u"format"_s).toString(), u"XLSX"_s);

        // show and delete find a preset by name in any case.
        const CliRun shown = runCli(QStringList{u"presets"_s, u"show"_s, u"WEEKLY DEALS"_s} + s);
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(u"dealname"_s), qPrintable(shown.out));
        const CliRun deleted =
            runCli(QStringList{u"presets"_s, u"delete"_s, u"weekly deals"_s} + s);
        QCOMPARE(deleted.code, 0);
        QVERIFY(deleted.err.contains(u"Deleted the preset “Weekly deals”"_s));
        for (const QString &action : {u"show"_s, u"delete"_s}) {
            const CliRun gone = runCli(QStringList{u"presets"_s, action, u"Weekly deals"_s} + s);
            QCOMPARE(gone.code, 2);
            QVERIFY2(gone.err.contains(u"there is no preset “Weekly deals”"_s),
                     qPrintable(gone.err));
        }
    }

    void usageErrorsPointToHelp()
    {
        const QStringList s = state();
        const QList<QStringList> wrong{{u"presets"_s, u"frobnicate"_s, u"x"_s},
                                       {u"presets"_s, u"show"_s},
                                       {u"presets"_s, u"save"_s, u"x"_s},
                                       {u"accounts"_s, u"add"_s},
                                       {u"accounts"_s, u"list"_s, u"--bogus"_s},
                                       {u"properties"_s},
                                       {u"status"_s, u"1"_s, u"2"_s}};
        for (const QStringList &args : wrong) {
            const CliRun run = runCli(args + s);
            QVERIFY2(run.code == 2, qPrintable(args.join(u' ')));
            QVERIFY2(run.err.contains(u"Run `export-studio-cli "_s + args.first() + u" --help`"_s),
                     qPrintable(run.err));
        }
    }

    void accountsWithoutAny()
    {
        const QStringList s = state();
        const CliRun list = runCli(QStringList{u"accounts"_s, u"list"_s} + s);
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.isEmpty());
        QCOMPARE(jsonArray(runCli(QStringList{u"accounts"_s, u"list"_s, u"--json"_s} + s)),
                 QJsonArray{});
        for (const QString &action : {u"remove"_s, u"test"_s}) {
            const CliRun run = runCli(QStringList{u"accounts"_s, action, u"Nobody"_s} + s);
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(u"there is no account “Nobody”"_s), qPrintable(run.err));
        }
    }

    // properties --out: every definition as CSV and as XLSX, read back by Python's csv and
    // zipfile modules (sharing nothing with the writer); the two files hold the same table.
    void propertyDefinitionsAsCsvAndXlsx()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        const QStringList target = QStringList{u"--api-base"_s, sb.base.toString()} + state();
        const QJsonArray properties =
            jsonArray(runCli(QStringList{u"properties"_s, u"CONTACT"_s, u"--json"_s} + target));
        QVERIFY(properties.size() > 5);
        QVERIFY(QDir().mkpath(m_tmp.filePath(u"defs"_s)));
        const QString csv = m_tmp.filePath(u"defs/contact properties.csv"_s);
        const QString xlsx = m_tmp.filePath(u"defs/contact properties.xlsx"_s);
        for (const QString &out : {csv, xlsx}) {
            const CliRun run =
                runCli(QStringList{u"properties"_s, u"CONTACT"_s, u"--out"_s, out} + target);
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QCOMPARE(run.out.trimmed(), out);
            QVERIFY2(
                run.err.contains(u"%1 property definitions of CONTACT"_s.arg(properties.size())),
                qPrintable(run.err));
        }
        QCOMPARE(treeOf(m_tmp.filePath(u"defs"_s)),
                 (QStringList{u"contact properties.csv"_s, u"contact properties.xlsx"_s}));

        const char *reader = R"(
import csv, json, sys, zipfile, re
import xml.etree.ElementTree as ET
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows_csv = list(csv.reader(f))
ns = {'s': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
def col(ref):
    n = 0
    for ch in re.match('[A-Z]+', ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1
rows_xlsx = []
with zipfile.ZipFile(sys.argv[2]) as z:
    sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
    width = 0
    for row in sheet.iter('{%s}row' % ns['s']):
        cells = {}
        for c in row.findall('s:c', ns):
            cells[col(c.get('r'))] = ''.join(t.text or '' for t in c.iter('{%s}t' % ns['s']))
        width = max(width, max(cells) + 1 if cells else 0, len(rows_csv[0]))
        rows_xlsx.append([cells.get(i, '') for i in range(width)])
print(json.dumps({'csv': rows_csv, 'xlsx': rows_xlsx}))
)";
        QProcess python;
        python.start(u"python3"_s, {u"-c"_s, QString::fromUtf8(reader), csv, xlsx});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject tables = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        const QJsonArray rows = tables.value(u"csv"_s).toArray();
        QCOMPARE(tables.value(u"xlsx"_s).toArray(), rows);
        QCOMPARE(rows.size(), properties.size() + 1);
        const QJsonArray header = rows.first().toArray();
        QCOMPARE(header.size(), 18);
        QCOMPARE(header.at(0).toString(), u"name"_s);
        QCOMPARE(header.at(7).toString(), u"options"_s);
        QHash<QString, QJsonObject> byName;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QJsonObject record;
            const QJsonArray cells = rows.at(r).toArray();
            for (qsizetype c = 0; c < header.size(); ++c)
                record.insert(header.at(c).toString(), cells.at(c).toString());
            byName.insert(record.value(u"name"_s).toString(), record);
        }
        QCOMPARE(byName.size(), properties.size()); // every property once
        const QJsonObject stage = byName.value(u"lifecyclestage"_s);
        QCOMPARE(stage.value(u"type"_s).toString(), u"enumeration"_s);
        QVERIFY2(stage.value(u"options"_s).toString().contains(u"Subscriber (subscriber)"_s),
                 qPrintable(stage.value(u"options"_s).toString()));
        QVERIFY(!stage.value(u"groupLabel"_s).toString().isEmpty());
        const QJsonObject id = byName.value(u"hs_object_id"_s);
        QCOMPARE(id.value(u"readOnlyValue"_s).toString(), u"true"_s);
        QCOMPARE(byName.value(u"email"_s).value(u"readOnlyValue"_s).toString(), u"false"_s);
        QVERIFY(!byName.value(u"email"_s).value(u"createdAt"_s).toString().isEmpty());

        // Neither CSV nor XLSX: refused before anything is asked.
        const CliRun wrong = runCli(
            QStringList{u"properties"_s, u"CONTACT"_s, u"--out"_s, m_tmp.filePath(u"defs.txt"_s)} +
            target);
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(u"--out takes a file ending in .csv or .xlsx"_s),
                 qPrintable(wrong.err));
        // A folder that does not exist: a disk problem, named, and no file anywhere.
        const QString missing = m_tmp.filePath(u"no-such-folder/defs.csv"_s);
        const CliRun failed =
            runCli(QStringList{u"properties"_s, u"CONTACT"_s, u"--out"_s, missing} + target);
        QCOMPARE(failed.code, 5);
        QVERIFY2(failed.err.contains(u"Cannot write"_s) && failed.err.contains(missing),
                 qPrintable(failed.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void propertiesAndListsAsJson()
    {
        Sandbox sb;
        QVERIFY(sb.start());
        const QStringList target = QStringList{u"--api-base"_s, sb.base.toString()} + state();

        const CliRun text = runCli(QStringList{u"properties"_s, u"CONTACT"_s} + target);
        QCOMPARE(text.code, 0);
        const QJsonArray properties =
            jsonArray(runCli(QStringList{u"properties"_s, u"CONTACT"_s, u"--json"_s} + target));
        QCOMPARE(properties.size(), text.lines().size());
        bool email = false;
        for (const auto &value : properties) {
            const QJsonObject p = value.toObject();
            QVERIFY(p.contains(u"label"_s) && p.contains(u"groupName"_s));
            if (p.value(u"name"_s).toString() == u"email"_s) {
                email = true;
                QCOMPARE(p.value(u"type"_s).toString(), u"string"_s);
            }
        }
        QVERIFY(email);

        const QJsonArray lists = jsonArray(runCli(QStringList{u"lists"_s, u"--json"_s} + target));
        const QJsonArray sandboxLists =
            sb.admin("GET", u"/__sandbox/lists"_s).value(u"lists"_s).toArray();
        QVERIFY(!lists.isEmpty());
        QCOMPARE(lists.size(), sandboxLists.size());
        const QJsonObject first = lists.first().toObject();
        QVERIFY(!first.value(u"listId"_s).toString().isEmpty());
        QVERIFY(first.value(u"size"_s).toInteger(-1) >= 0);
        const QStringList lines = runCli(QStringList{u"lists"_s} + target).lines();
        QCOMPARE(lines.size(), lists.size());
        QCOMPARE(lines.first(), QStringList({first.value(u"listId"_s).toString(),
                                             first.value(u"name"_s).toString(),
                                             first.value(u"objectTypeId"_s).toString(),
                                             QString::number(first.value(u"size"_s).toInteger())})
                                    .join(u'\t'));

        // A failed call ends with HubSpot's reason and its exit code.
        const CliRun refused = runCli(QStringList{u"lists"_s} + target, cliEnv(u"wrong"_s));
        QCOMPARE(refused.code, 3);
        QVERIFY(!refused.err.isEmpty());
        QVERIFY(refused.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cli_admin.moc"
