#include "model/preset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace es;

namespace {

Preset samplePreset()
{
    Preset p;
    p.name = QStringLiteral("Weekly deals");
    p.description = QStringLiteral("Deals closed this week, for the Monday meeting");
    p.request.exportName = QStringLiteral("Weekly deals");
    p.request.objectType = QStringLiteral("DEAL");
    p.request.objectProperties = {QStringLiteral("dealname"), QStringLiteral("amount")};
    p.request.associatedObjectType = {QStringLiteral("COMPANY")};
    SearchRequest search;
    search.filterGroups = {FilterGroup{{Filter{QStringLiteral("closedate"),
                                               FilterOperator::Gte,
                                               {},
                                               QStringLiteral("1704067200000"),
                                               {},
                                               {}}}}};
    p.request.search = search;
    p.created = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    p.updated = QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    return p;
}

QString dump(const QList<ValidationIssue> &issues)
{
    return describe(issues).join(u'\n');
}

} // namespace

class TestPresetCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void keepsPrimaryDisplayIntent();
    void refusesNewerVersion();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void stripsTokens();
    void writtenFileHasNoSecrets();
};

void TestPresetCodec::roundTrip()
{
    Preset preset = samplePreset();
    preset.lastRun = QDateTime(QDate(2024, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
    const QByteArray bytes = PresetCodec::toBytes(preset);
    const PresetCodec::DecodeResult result = PresetCodec::fromBytes(bytes);
    QVERIFY2(result.issues.isEmpty(), qPrintable(dump(result.issues)));
    QCOMPARE(result.preset, preset);

    Preset neverRun = samplePreset();
    neverRun.description.clear();
    const QJsonObject json = PresetCodec::toJson(neverRun);
    QVERIFY(!json.contains(u"lastRun"));
    QCOMPARE(json.value(u"schemaVersion").toInt(), Preset::CurrentSchemaVersion);
    QCOMPARE(PresetCodec::fromBytes(PresetCodec::toBytes(neverRun)).preset, neverRun);
}

void TestPresetCodec::keepsPrimaryDisplayIntent()
{
    // Unset, explicitly on and explicitly off all survive, even where the value equals
    // HubSpot's default for the current associations.
    for (std::optional<bool> value :
         {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)}) {
        Preset preset = samplePreset();
        preset.request.includePrimaryDisplayPropertyForAssociatedObjects = value;
        const PresetCodec::DecodeResult result =
            PresetCodec::fromBytes(PresetCodec::toBytes(preset));
        QVERIFY(result.ok());
        QCOMPARE(result.preset.request.includePrimaryDisplayPropertyForAssociatedObjects, value);
    }
}

void TestPresetCodec::refusesNewerVersion()
{
    QJsonObject json = PresetCodec::toJson(samplePreset());
    json.insert(QStringLiteral("schemaVersion"), Preset::CurrentSchemaVersion + 1);
    const PresetCodec::DecodeResult result = PresetCodec::fromBytes(QJsonDocument(json).toJson());
    QVERIFY(!result.ok());
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues[0].field, QStringLiteral("schemaVersion"));
    QVERIFY2(result.issues[0].message.contains(QStringLiteral("Update Export Studio")),
             qPrintable(result.issues[0].message));
}

void TestPresetCodec::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{\"name\": ") << QString();
    QTest::newRow("empty file") << QByteArray() << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("no name") << QByteArray(
                                    R"({"schemaVersion": 1, "request": {"objectType": "CONTACT"}})")
                             << QStringLiteral("name");
    QTest::newRow("no request") << QByteArray(R"({"schemaVersion": 1, "name": "x"})")
                                << QStringLiteral("request");
    QTest::newRow("bad version") << QByteArray(
                                        R"({"schemaVersion": "one", "name": "x", "request": {}})")
                                 << QStringLiteral("schemaVersion");
    QTest::newRow("bad request field")
        << QByteArray(
               R"({"schemaVersion": 1, "name": "x", "request": {"objectType": "CONTACT", "format": 3}})")
        << QStringLiteral("request.format");
}

void TestPresetCodec::rejectsBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const PresetCodec::DecodeResult result = PresetCodec::fromBytes(bytes);
    QVERIFY(!result.ok());
    bool found = false;
    for (const ValidationIssue &issue : result.issues)
        found = found || (issue.isError() && issue.field == field && !issue.message.isEmpty());
    QVERIFY2(found, qPrintable(dump(result.issues)));
}

void TestPresetCodec::stripsTokens()
{
    QJsonObject json = PresetCodec::toJson(samplePreset());
    json.insert(QStringLiteral("accessToken"), QStringLiteral("pat-na1-secret"));
    QJsonObject request = json.value(u"request").toObject();
    request.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer pat-na1-secret"));
    request.insert(QStringLiteral("token"), QStringLiteral("pat-na1-secret"));
    json.insert(QStringLiteral("request"), request);
    json.insert(QStringLiteral("extra"), QJsonArray{QJsonObject{{QStringLiteral("apiToken"), 1}}});

    const PresetCodec::DecodeResult result = PresetCodec::fromBytes(QJsonDocument(json).toJson());
    QVERIFY(result.ok()); // a stripped secret is a warning: the rest of the preset is fine
    QStringList warned;
    for (const ValidationIssue &issue : result.issues) {
        QVERIFY(!issue.isError());
        QVERIFY(!issue.message.contains(QStringLiteral("pat-na1-secret")));
        warned.append(issue.field);
    }
    warned.sort();
    QCOMPARE(warned, QStringList({QStringLiteral("accessToken"), QStringLiteral("extra"),
                                  QStringLiteral("extra[0].apiToken"),
                                  QStringLiteral("request.Authorization"),
                                  QStringLiteral("request.token")}));
    Preset expected = samplePreset();
    QCOMPARE(result.preset, expected);
    QVERIFY(!PresetCodec::toBytes(result.preset).contains("pat-na1-secret"));
}

void TestPresetCodec::writtenFileHasNoSecrets()
{
    const QByteArray bytes = PresetCodec::toBytes(samplePreset()).toLower();
    for (const char *word : {"token\"", "authorization", "password", "secret", "portalid"})
        QVERIFY2(!bytes.contains(word), word);
}

QTEST_GUILESS_MAIN(TestPresetCodec)
#include "tst_presetcodec.moc"
