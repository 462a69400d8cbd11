// The JSON readers of the metadata and export status answers share es::JsonValues: the same
// spellings (numeric ids, epoch milliseconds, sizes as strings) must read the same everywhere.
#include <QJsonDocument>
#include <QTest>
#include <hubspot/exportstatus.h>
#include <hubspot/jsonvalues.h>
#include <hubspot/metadata.h>

using namespace es;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

const QDateTime noon(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestMetadataJson : public QObject
{
    Q_OBJECT

private slots:
    void scalarReaders();
    void listInfoSizeAndDates();
    void idsAsNumbers();
    void pipelinesAndSchemas();
    void exportInfoRecordCount();
    void failureMessages();
};

void TestMetadataJson::scalarReaders()
{
    QCOMPARE(JsonValues::idText(QJsonValue(QStringLiteral("7"))), QStringLiteral("7"));
    QCOMPARE(JsonValues::idText(QJsonValue(12345678901.0)), QStringLiteral("12345678901"));
    QVERIFY(JsonValues::idText(QJsonValue(true)).isEmpty());
    QVERIFY(JsonValues::idText(QJsonValue()).isEmpty());

    QCOMPARE(JsonValues::dateTime(QJsonValue(QStringLiteral("2024-03-01T12:00:00Z"))), noon);
    QCOMPARE(JsonValues::dateTime(QJsonValue(QStringLiteral("2024-03-01T12:00:00.000Z"))), noon);
    QCOMPARE(JsonValues::dateTime(QJsonValue(double(noon.toMSecsSinceEpoch()))), noon);
    QVERIFY(!JsonValues::dateTime(QJsonValue(QStringLiteral("yesterday"))).isValid());
    QVERIFY(!JsonValues::dateTime(QJsonValue(QJsonValue::Null)).isValid());

    QCOMPARE(JsonValues::integer(QJsonValue(42), -1), 42);
    QCOMPARE(JsonValues::integer(QJsonValue(QStringLiteral("42")), -1), 42);
    QCOMPARE(JsonValues::integer(QJsonValue(QStringLiteral("many")), -1), -1);
    QCOMPARE(JsonValues::integer(QJsonValue(), 9), 9);
}

void TestMetadataJson::listInfoSizeAndDates()
{
    // lists/search: the size is a string in additionalProperties, updatedAt ISO.
    const ListInfo searched = ListInfo::fromJson(object(R"({"listId":"11","name":"VIPs",
        "objectTypeId":"0-1","processingType":"DYNAMIC","updatedAt":"2024-03-01T12:00:00Z",
        "additionalProperties":{"hs_list_size":"250"}})"));
    QCOMPARE(searched.listId, QStringLiteral("11"));
    QCOMPARE(searched.size, 250);
    QCOMPARE(searched.updatedAt, noon);
    // GET /lists/{id}: a numeric id, a top-level size, epoch milliseconds.
    const ListInfo fetched =
        ListInfo::fromJson(object(R"({"listId":12,"size":3,"updatedAt":1709294400000})"));
    QCOMPARE(fetched.listId, QStringLiteral("12"));
    QCOMPARE(fetched.size, 3);
    QCOMPARE(fetched.updatedAt, noon);
    QCOMPARE(ListInfo::fromJson(object(R"({"listId":"1"})")).size, -1);
}

void TestMetadataJson::idsAsNumbers()
{
    const Owner owner = Owner::fromJson(object(R"({"id":31,"email":"jo@x.com"})"));
    QCOMPARE(owner.id, QStringLiteral("31"));
    QCOMPARE(owner.displayName(), QStringLiteral("jo@x.com"));
    const ExportTask task = ExportTask::fromJson(object(R"({"id":987654321})"));
    QCOMPARE(task.taskId, QStringLiteral("987654321"));
    const ExportInfo info = ExportInfo::fromJson(object(R"({"id":5})"));
    QCOMPARE(info.id, QStringLiteral("5"));
    const ObjectSchema schema = ObjectSchema::fromJson(object(R"({"id":77})"));
    QCOMPARE(schema.id, QStringLiteral("77"));
}

void TestMetadataJson::pipelinesAndSchemas()
{
    const Pipeline pipeline = Pipeline::fromJson(object(R"({"id":1,"label":"Sales",
        "displayOrder":2,"stages":[{"id":9,"label":"Won","displayOrder":1,"archived":true}]})"));
    QCOMPARE(pipeline.id, QStringLiteral("1"));
    QCOMPARE(pipeline.displayOrder, 2);
    QCOMPARE(pipeline.stages.size(), 1);
    QCOMPARE(pipeline.stages[0].id, QStringLiteral("9"));
    QVERIFY(pipeline.stages[0].archived);

    const ObjectSchema schema = ObjectSchema::fromJson(object(R"({"objectTypeId":"2-5",
        "labels":{"singular":"Pet","plural":"Pets"},
        "properties":[{"name":"n","type":"enumeration","options":[{"value":"a"}]}]})"));
    QCOMPARE(schema.pluralLabel, QStringLiteral("Pets"));
    QCOMPARE(schema.properties.size(), 1);
    QCOMPARE(schema.properties[0].type, PropertyDef::Type::Enumeration);
    QCOMPARE(schema.properties[0].options.value(0).value, QStringLiteral("a"));
}

void TestMetadataJson::exportInfoRecordCount()
{
    const auto count = [](const char *json) {
        return ExportInfo::fromJson(object(json)).recordCount;
    };
    QCOMPARE(count(R"({"recordCount":12})"), 12);
    QCOMPARE(count(R"({"recordCount":"12"})"), 12);
    QCOMPARE(count("{}"), -1);
    // An unreadable count is unknown, not zero rows.
    QCOMPARE(count(R"({"recordCount":"n/a"})"), -1);
    const ExportInfo info = ExportInfo::fromJson(
        object(R"({"createdAt":1709294400000,"updatedAt":"2024-03-01T12:00:00Z"})"));
    QCOMPARE(info.createdAt, noon);
    QCOMPARE(info.updatedAt, noon);
}

void TestMetadataJson::failureMessages()
{
    const auto message = [](const char *json) {
        return ExportStatus::fromJson(object(json)).failureMessage();
    };
    QCOMPARE(
        message(
            R"({"status":"COMPLETE","numErrors":3,"errors":[{"message":"A"},{"message":"B"}]})"),
        QStringLiteral("HubSpot reported 3 error(s): A; B"));
    QCOMPARE(message(R"({"status":"COMPLETE","numErrors":2})"),
             QStringLiteral("HubSpot reported 2 error(s) without details."));
    QCOMPARE(message(R"({"status":"CANCELED","errors":[{"message":"X"}]})"),
             QStringLiteral("HubSpot canceled the export: X"));
    QVERIFY(message(R"({"status":"CANCELED"})")
                .startsWith(QStringLiteral("HubSpot canceled the export without giving a reason")));
    QVERIFY(message(R"({"status":"COMPLETE"})").isEmpty());
}

QTEST_GUILESS_MAIN(TestMetadataJson)
#include "tst_metadatajson.moc"
