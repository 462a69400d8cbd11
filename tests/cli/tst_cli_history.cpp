// History presets end to end against the real hubspot-sandbox: a preset that keeps a history runs
// in full, the sandbox creates, updates and deletes contacts, runs in full again and
// incrementally; `diff`, `runs` and `snapshot` must show exactly what the sandbox changed, the
// incremental start request must carry the last-modified filter in every group, and the snapshot
// must equal a fresh full export row for row.

#include "clie2e.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QList<QList<QByteArray>> parseCsv(const QByteArray &csv)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == '\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            any = false;
        } else if (c != '\r') {
            field += c;
            any = true;
        }
    }
    if (any) {
        row.append(field);
        rows.append(row);
    }
    if (csv.startsWith("\xEF\xBB\xBF") && !rows.isEmpty() && !rows.first().isEmpty())
        rows.first().first().remove(0, 3);
    return rows;
}

QJsonObject parseJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QSet<QString> idsOf(const QJsonArray &array)
{
    QSet<QString> ids;
    for (const auto &v : array)
        ids.insert(v.toString());
    return ids;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    QTemporaryDir m_tmp;
    QString m_bodies;

    QStringList common() const
    {
        return {u"--state-dir"_s, m_tmp.filePath(u"state"_s), u"--api-base"_s,
                m_sandbox.base.toString()};
    }

    CliRun run(const QStringList &args) const { return runCli(args + common(), cliEnv(), 120000); }

    QStringList exportArgs(const QString &preset, const QString &out) const
    {
        return {u"export"_s, u"--preset"_s,       preset,
                u"--out"_s,  m_tmp.filePath(out), u"--poll-initial-ms"_s,
                u"100"_s,    u"--poll-max-ms"_s,  u"300"_s};
    }

    // The request bodies of POST .../export/async the sandbox recorded, oldest first.
    QList<QJsonObject> startBodies() const
    {
        // Whichever API version the CLI speaks: /crm/v3/exports/... or /crm/exports/2026-09/...
        static const QRegularExpression startPath(
            uR"(^/crm/(v3/exports|exports/[0-9]{4}-[0-9]{2})/export/async$)"_s);
        QList<QJsonObject> bodies;
        QDirIterator it(m_bodies, {u"bodies-*.jsonl"_s}, QDir::Files);
        while (it.hasNext()) {
            const QList<QByteArray> lines = readFile(it.next()).split('\n');
            for (const QByteArray &line : lines) {
                const QJsonObject record = QJsonDocument::fromJson(line).object();
                if (startPath.match(record.value(u"path").toString()).hasMatch())
                    bodies.append(QJsonDocument::fromJson(
                                      QByteArray::fromBase64(
                                          record.value(u"bodyBase64").toString().toLatin1()))
                                      .object());
            }
        }
        return bodies;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Under the request schema check the bodies go to its folder; run alone, to our own.
        m_bodies = qEnvironmentVariable("ES_SANDBOX_RECORD_BODIES");
        if (m_bodies.isEmpty()) {
            m_bodies = m_tmp.filePath(u"bodies"_s);
            QDir().mkpath(m_bodies);
            qputenv("ES_SANDBOX_RECORD_BODIES", m_bodies.toLocal8Bit());
        }
        QVERIFY(m_sandbox.start());
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void fullIncrementalDiffSnapshot()
    {
        // Two groups, each matching every contact: the incremental filter must join both.
        const QJsonObject request{
            {u"exportType"_s, u"VIEW"_s},
            {u"exportName"_s, u"Weekly contacts"_s},
            {u"format"_s, u"CSV"_s},
            {u"language"_s, u"EN"_s},
            {u"objectType"_s, u"CONTACT"_s},
            {u"objectProperties"_s, QJsonArray{u"email"_s, u"firstname"_s, u"lastname"_s,
                                               u"lifecyclestage"_s, u"lastmodifieddate"_s}},
            {u"publicCrmSearchRequest"_s,
             QJsonObject{
                 {u"filterGroups"_s,
                  QJsonArray{
                      QJsonObject{{u"filters"_s,
                                   QJsonArray{QJsonObject{{u"propertyName"_s, u"email"_s},
                                                          {u"operator"_s, u"HAS_PROPERTY"_s}}}}},
                      QJsonObject{{u"filters"_s, QJsonArray{QJsonObject{
                                                     {u"propertyName"_s, u"email"_s},
                                                     {u"operator"_s, u"NOT_HAS_PROPERTY"_s}}}}}}},
                 {u"filters"_s, QJsonArray()},
                 {u"sorts"_s, QJsonArray()}}}};
        QVERIFY(writeJson(m_tmp.filePath(u"r.json"_s), request));
        CliRun saved = runCli({u"presets"_s, u"save"_s, u"Weekly contacts"_s, u"--request"_s,
                               m_tmp.filePath(u"r.json"_s), u"--history"_s, u"--incremental"_s,
                               u"--lookback-minutes"_s, u"60"_s, u"--state-dir"_s,
                               m_tmp.filePath(u"state"_s)});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        const QString preset = u"Weekly contacts"_s;

        // 1. The first run is full, with the record id added.
        CliRun first = run(exportArgs(preset, u"out1"_s));
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(u"hs_object_id"_s), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"(full run)"_s), qPrintable(first.err));

        // 2. The sandbox creates 3, updates 5 and deletes 2 contacts; a full run sees it all.
        const QJsonObject mutation = m_sandbox.admin("POST", u"/__sandbox/records/mutate"_s,
                                                     {{u"objectType"_s, u"CONTACT"_s},
                                                      {u"create"_s, 3},
                                                      {u"update"_s, 5},
                                                      {u"delete"_s, 2},
                                                      {u"seed"_s, 7}});
        const QSet<QString> created = idsOf(mutation.value(u"created").toArray());
        const QSet<QString> updated = idsOf(mutation.value(u"updated").toArray());
        const QSet<QString> deleted = idsOf(mutation.value(u"deleted").toArray());
        QCOMPARE(created.size(), 3);
        QCOMPARE(updated.size(), 5);
        QCOMPARE(deleted.size(), 2);
        CliRun second = run(exportArgs(preset, u"out2"_s) + QStringList{u"--full"_s});
        QVERIFY2(second.code == 0, qPrintable(second.err));

        CliRun diff = run({u"diff"_s, u"--preset"_s, preset, u"--json"_s, u"--out"_s,
                           m_tmp.filePath(u"diff.csv"_s)});
        QVERIFY2(diff.code == 0, qPrintable(diff.err));
        const QJsonObject counts = parseJson(diff.out);
        QCOMPARE(counts.value(u"added").toInt(), 3);
        QCOMPARE(counts.value(u"changed").toInt(), 5);
        QCOMPARE(counts.value(u"removed").toInt(), 2);
        const QList<QList<QByteArray>> diffRows = parseCsv(readFile(m_tmp.filePath(u"diff.csv"_s)));
        QVERIFY(!diffRows.isEmpty());
        QCOMPARE(diffRows.first().value(0), QByteArray("change"));
        QCOMPARE(diffRows.first().value(1), QByteArray("hs_object_id"));
        QHash<QByteArray, QSet<QString>> listed;
        for (qsizetype i = 1; i < diffRows.size(); ++i)
            listed[diffRows.at(i).value(0)].insert(QString::fromUtf8(diffRows.at(i).value(1)));
        QCOMPARE(diffRows.size() - 1, 10);
        QCOMPARE(listed.value("added"), created);
        QCOMPARE(listed.value("changed"), updated);
        QCOMPARE(listed.value("removed"), deleted);
        // A changed row says old → new for what changed.
        bool arrow = false;
        for (qsizetype i = 1; i < diffRows.size(); ++i) {
            if (diffRows.at(i).value(0) == "changed")
                arrow = arrow || diffRows.at(i).join(',').contains("→");
        }
        QVERIFY(arrow);

        // 3. Four updates, then an incremental run.
        const QJsonObject more =
            m_sandbox.admin("POST", u"/__sandbox/records/mutate"_s,
                            {{u"objectType"_s, u"CONTACT"_s}, {u"update"_s, 4}, {u"seed"_s, 8}});
        QCOMPARE(more.value(u"updated").toArray().size(), 4);
        const qsizetype startsBefore = startBodies().size();
        CliRun third = run(exportArgs(preset, u"out3"_s));
        QVERIFY2(third.code == 0, qPrintable(third.err));
        QVERIFY2(third.err.contains(u"(incremental run)"_s), qPrintable(third.err));
        const QList<QJsonObject> starts = startBodies();
        QCOMPARE(starts.size(), startsBefore + 1);
        const QJsonArray groups = starts.last()
                                      .value(u"publicCrmSearchRequest")
                                      .toObject()
                                      .value(u"filterGroups")
                                      .toArray();
        QCOMPARE(groups.size(), 2);
        for (const auto &group : groups) {
            bool hasFilter = false;
            for (const auto &f : group.toObject().value(u"filters").toArray()) {
                const QJsonObject filter = f.toObject();
                hasFilter =
                    hasFilter || (filter.value(u"propertyName").toString() == u"lastmodifieddate" &&
                                  filter.value(u"operator").toString() == u"GTE" &&
                                  !filter.value(u"value").toString().isEmpty());
            }
            QVERIFY2(hasFilter, QJsonDocument(group.toObject()).toJson().constData());
        }

        CliRun runs = run({u"runs"_s, u"--preset"_s, preset, u"--json"_s});
        QVERIFY2(runs.code == 0, qPrintable(runs.err));
        const QJsonArray list = QJsonDocument::fromJson(runs.out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(u"kind").toString(), u"full"_s);
        QCOMPARE(list.at(1).toObject().value(u"kind").toString(), u"full"_s);
        QCOMPARE(list.at(2).toObject().value(u"kind").toString(), u"incremental"_s);
        for (const char *key : {"id", "startedAt", "rows", "added", "changed", "removed"})
            QVERIFY2(list.at(2).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(list.at(1).toObject().value(u"removed").toInt(), 2);

        CliRun lastDiff = run({u"diff"_s, u"--preset"_s, preset, u"--json"_s});
        QVERIFY2(lastDiff.code == 0, qPrintable(lastDiff.err));
        const QJsonObject last = parseJson(lastDiff.out);
        QCOMPARE(last.value(u"changed").toInt(), 4);
        QCOMPARE(last.value(u"added").toInt(), 0);
        QCOMPARE(last.value(u"removed").toInt(), 0);

        // 4. The merged table equals a fresh full export, row for row.
        CliRun snapshot = run(
            {u"snapshot"_s, u"--preset"_s, preset, u"--out"_s, m_tmp.filePath(u"snapshot.csv"_s)});
        QVERIFY2(snapshot.code == 0, qPrintable(snapshot.err));
        QJsonObject fresh = request;
        QJsonArray properties = fresh.value(u"objectProperties").toArray();
        properties.prepend(u"hs_object_id"_s);
        fresh.insert(u"objectProperties"_s, properties);
        QVERIFY(writeJson(m_tmp.filePath(u"fresh.json"_s), fresh));
        CliRun full = run({u"export"_s, u"--request"_s, m_tmp.filePath(u"fresh.json"_s), u"--out"_s,
                           m_tmp.filePath(u"fresh"_s), u"--poll-initial-ms"_s, u"100"_s,
                           u"--poll-max-ms"_s, u"300"_s});
        QVERIFY2(full.code == 0, qPrintable(full.err));
        const QString freshFile = full.lines().value(0);
        QList<QList<QByteArray>> expected = parseCsv(readFile(freshFile));
        QList<QList<QByteArray>> actual = parseCsv(readFile(m_tmp.filePath(u"snapshot.csv"_s)));
        QVERIFY(expected.size() > 50);
        QCOMPARE(actual.size(), expected.size());
        expected.removeFirst(); // labels there, internal names here
        QCOMPARE(actual.takeFirst().value(0), QByteArray("hs_object_id"));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));

        // XLSX too: a real workbook (a zip holding the worksheet).
        CliRun xlsx = run(
            {u"snapshot"_s, u"--preset"_s, preset, u"--out"_s, m_tmp.filePath(u"snapshot.xlsx"_s)});
        QVERIFY2(xlsx.code == 0, qPrintable(xlsx.err));
        QVERIFY(readFile(m_tmp.filePath(u"snapshot.xlsx"_s)).startsWith("PK"));
    }

    void sameRecordsWhateverTheFileFormat()
    {
        // The same records exported as CSV, XLSX and XLS (German headers too): a history preset
        // whose format or header language changes between runs must see no change at all. XLSX
        // and XLS hold numbers and dates as cells of their own types, CSV as text; the vault
        // must store them alike, or every switch would report every record changed. (The
        // columns hold no option property: HubSpot writes option labels in the file's
        // language, so a language switch does change those values; the README says so.)
        QJsonObject request{
            {u"exportType"_s, u"VIEW"_s},
            {u"exportName"_s, u"Formats"_s},
            {u"format"_s, u"CSV"_s},
            {u"language"_s, u"EN"_s},
            {u"objectType"_s, u"CONTACT"_s},
            {u"objectProperties"_s,
             QJsonArray{u"hs_object_id"_s, u"email"_s, u"firstname"_s, u"createdate"_s,
                        u"date_of_birth"_s, u"num_associated_deals"_s, u"lastmodifieddate"_s}},
            {u"publicCrmSearchRequest"_s,
             QJsonObject{
                 {u"filterGroups"_s,
                  QJsonArray{QJsonObject{
                      {u"filters"_s, QJsonArray{QJsonObject{
                                         {u"propertyName"_s, u"lifecyclestage"_s},
                                         {u"operator"_s, u"IN"_s},
                                         {u"values"_s, QJsonArray{u"customer"_s, u"lead"_s}}}}}}}},
                 {u"filters"_s, QJsonArray()},
                 {u"sorts"_s, QJsonArray()}}}};
        const QString preset = u"Formats"_s;
        const auto saveAs = [&](const QString &format, const QString &language) {
            request.insert(u"format"_s, format);
            request.insert(u"language"_s, language);
            if (!writeJson(m_tmp.filePath(u"formats.json"_s), request))
                return false;
            const CliRun saved = runCli({u"presets"_s, u"save"_s, preset, u"--request"_s,
                                         m_tmp.filePath(u"formats.json"_s), u"--history"_s,
                                         u"--state-dir"_s, m_tmp.filePath(u"state"_s)});
            if (saved.code != 0)
                qWarning().noquote() << saved.err;
            return saved.code == 0;
        };

        QVERIFY(saveAs(u"CSV"_s, u"EN"_s));
        CliRun first = run(exportArgs(preset, u"formats-csv"_s));
        QVERIFY2(first.code == 0, qPrintable(first.err));
        CliRun runs = run({u"runs"_s, u"--preset"_s, preset, u"--json"_s});
        QVERIFY2(runs.code == 0, qPrintable(runs.err));
        const qint64 rows = QJsonDocument::fromJson(runs.out.toUtf8())
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"rows")
                                .toInteger();
        QVERIFY2(rows > 10, qPrintable(runs.out));

        const QList<std::pair<QString, QString>> variants{
            {u"XLSX"_s, u"EN"_s}, {u"XLS"_s, u"DE"_s}, {u"CSV"_s, u"DE"_s}};
        for (const auto &[format, language] : variants) {
            QVERIFY(saveAs(format, language));
            CliRun next = run(exportArgs(preset, u"formats-"_s + format + language));
            QVERIFY2(next.code == 0, qPrintable(next.err));
            CliRun diff = run({u"diff"_s, u"--preset"_s, preset, u"--json"_s, u"--out"_s,
                               m_tmp.filePath(u"formats-diff.csv"_s)});
            QVERIFY2(diff.code == 0, qPrintable(diff.err));
            const QJsonObject counts = parseJson(diff.out);
            const QByteArray context = (format + u' ' + language + u": "_s).toUtf8() +
                                       diff.out.toUtf8() +
                                       readFile(m_tmp.filePath(u"formats-diff.csv"_s)).left(2000);
            QVERIFY2(counts.value(u"added").toInt() == 0, context.constData());
            QVERIFY2(counts.value(u"changed").toInt() == 0, context.constData());
            QVERIFY2(counts.value(u"removed").toInt() == 0, context.constData());
        }
        runs = run({u"runs"_s, u"--preset"_s, preset, u"--json"_s});
        const QJsonArray list = QJsonDocument::fromJson(runs.out.toUtf8()).array();
        QCOMPARE(list.size(), 4);
        for (const auto &entry : list)
            QCOMPARE(entry.toObject().value(u"rows").toInteger(), rows);
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
