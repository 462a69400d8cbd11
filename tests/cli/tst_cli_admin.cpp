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
