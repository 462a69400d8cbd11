#include "model/requestcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace es;

Q_DECLARE_METATYPE(es::ExportRequest)

namespace {

Filter makeFilter(const QString &property, FilterOperator op)
{
    Filter f;
    f.propertyName = property;
    f.op = op;
    switch (valueShape(op)) {
    case ValueShape::Single:
        f.value = QStringLiteral("v-") + property;
        break;
    case ValueShape::Range:
        f.value = QStringLiteral("10");
        f.highValue = QStringLiteral("20");
        break;
    case ValueShape::List:
        f.values = {QStringLiteral("a"), QStringLiteral("b")};
        break;
    case ValueShape::None:
        break;
    }
    return f;
}

ExportRequest viewTwoGroups()
{
    ExportRequest r;
    r.exportName = QStringLiteral("Two groups");
    r.format = FileFormat::Xlsx;
    r.language = QStringLiteral("DE");
    r.objectType = QStringLiteral("DEAL");
    r.objectProperties = {QStringLiteral("dealname"), QStringLiteral("amount")};
    r.associatedObjectType = {QStringLiteral("CONTACT"), QStringLiteral("COMPANY")};
    r.includeLabeledAssociations = true;
    r.exportInternalValuesOptions = {InternalValuesOption::Names, InternalValuesOption::Values};
    r.overrideAssociatedObjectsPerDefinitionPerRowLimit = true;
    SearchRequest s;
    s.filterGroups = {
        FilterGroup{{makeFilter(QStringLiteral("amount"), FilterOperator::Between),
                     makeFilter(QStringLiteral("dealstage"), FilterOperator::NotIn)}},
        FilterGroup{{makeFilter(QStringLiteral("hubspot_owner_id"), FilterOperator::HasProperty)}},
    };
    s.sorts = {Sort{QStringLiteral("amount"), SortOrder::Descending}};
    s.query = QStringLiteral("renewal");
    r.search = s;
    return r;
}

ExportRequest listRequest()
{
    ExportRequest r;
    r.exportType = ExportType::List;
    r.exportName = QStringLiteral("Newsletter");
    r.objectProperties = {QStringLiteral("email")};
    r.associatedObjectType = {QStringLiteral("COMPANY")};
    r.listId = QStringLiteral("1234567");
    return r;
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(ES_MODEL_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList fieldsOf(const QList<ValidationIssue> &issues, ValidationIssue::Severity severity)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == severity)
            fields.append(issue.field);
    }
    fields.sort();
    return fields;
}

QStringList errorsOf(const QList<ValidationIssue> &issues)
{
    return fieldsOf(issues, ValidationIssue::Severity::Error);
}

QStringList warningsOf(const QList<ValidationIssue> &issues)
{
    return fieldsOf(issues, ValidationIssue::Severity::Warning);
}

QString dump(const QList<ValidationIssue> &issues)
{
    return describe(issues).join(u'\n');
}

RequestCodec::DecodeResult decode(const char *json)
{
    return RequestCodec::fromBytes(QByteArray(json));
}

} // namespace

class TestRequestCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void writesViewShape();
    void writesListShape();
    void writesEffectivePrimaryDisplay();
    void operatorShape_data();
    void operatorShape();
    void docExamples();
    void postmanExample();
    void looseShapes();
    void bothFilterFormsMerge();
    void sortsAsStringsAndObjects();
    void unknownFieldsWarn();
    void wrongTypes_data();
    void wrongTypes();
    void missingFields();
    void syntaxErrors();
};

void TestRequestCodec::roundTrip_data()
{
    QTest::addColumn<ExportRequest>("request");
    QTest::newRow("view, two groups") << viewTwoGroups();
    QTest::newRow("list") << listRequest();
    QTest::newRow("defaults") << ExportRequest{};
    ExportRequest noSearch = viewTwoGroups();
    noSearch.search.reset();
    QTest::newRow("view without search") << noSearch;
    ExportRequest emptySearch = viewTwoGroups();
    emptySearch.search = SearchRequest{};
    QTest::newRow("view with empty search") << emptySearch;
    ExportRequest explicitOff = listRequest();
    explicitOff.includePrimaryDisplayPropertyForAssociatedObjects = false;
    QTest::newRow("primary display off with one association") << explicitOff;
    ExportRequest explicitOn = viewTwoGroups();
    explicitOn.includePrimaryDisplayPropertyForAssociatedObjects = true;
    QTest::newRow("primary display on with two associations") << explicitOn;
    ExportRequest custom = viewTwoGroups();
    custom.objectType = QStringLiteral("2-1234");
    custom.associatedObjectType = {QStringLiteral("2-99")};
    QTest::newRow("custom object") << custom;

    ExportRequest allOps = viewTwoGroups();
    allOps.search->filterGroups.clear();
    const QList<FilterOperator> ops = allFilterOperators();
    for (qsizetype i = 0; i < ops.size(); i += 3) {
        FilterGroup group;
        for (qsizetype j = i; j < qMin(i + 3, ops.size()); ++j)
            group.filters.append(makeFilter(QStringLiteral("p%1").arg(j), ops.at(j)));
        allOps.search->filterGroups.append(group);
    }
    QTest::newRow("all operators") << allOps;
    for (FilterOperator op : ops) {
        ExportRequest one = viewTwoGroups();
        one.search->filterGroups = {FilterGroup{{makeFilter(QStringLiteral("prop"), op)}}};
        QTest::newRow(qPrintable(QStringLiteral("operator ") + toWire(op))) << one;
    }
}

void TestRequestCodec::roundTrip()
{
    QFETCH(ExportRequest, request);
    const QByteArray bytes = RequestCodec::toBytes(request);
    const RequestCodec::DecodeResult result = RequestCodec::fromBytes(bytes);
    QVERIFY2(result.issues.isEmpty(), qPrintable(dump(result.issues)));
    QCOMPARE(result.request, request);
    // Writing again gives the same bytes.
    QCOMPARE(RequestCodec::toBytes(result.request, false), RequestCodec::toBytes(request, false));
}

void TestRequestCodec::writesViewShape()
{
    ExportRequest request = viewTwoGroups();
    request.listId = QStringLiteral("55"); // ignored on VIEW
    const QJsonObject json = RequestCodec::toJson(request);
    QCOMPARE(json.value(u"exportType").toString(), QStringLiteral("VIEW"));
    QCOMPARE(json.value(u"format").toString(), QStringLiteral("XLSX"));
    QCOMPARE(json.value(u"language").toString(), QStringLiteral("DE"));
    QVERIFY(!json.contains(u"listId"));
    QVERIFY(json.value(u"associatedObjectType").isArray());
    QCOMPARE(json.value(u"exportInternalValuesOptions").toArray(),
             QJsonArray({QStringLiteral("NAMES"), QStringLiteral("VALUES")}));
    for (const char *key :
         {"includeLabeledAssociations", "includePrimaryDisplayPropertyForAssociatedObjects",
          "overrideAssociatedObjectsPerDefinitionPerRowLimit"})
        QVERIFY2(json.value(QLatin1String(key)).isBool(), key);

    const QJsonObject search = json.value(u"publicCrmSearchRequest").toObject();
    QCOMPARE(search.value(u"filterGroups").toArray().size(), 2);
    QVERIFY(search.value(u"filters").isArray());
    QVERIFY(search.value(u"filters").toArray().isEmpty());
    QCOMPARE(search.value(u"sorts").toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("amount")},
                                     {QStringLiteral("order"), QStringLiteral("DESC")}}}));
    QCOMPARE(search.value(u"query").toString(), QStringLiteral("renewal"));

    request.search->query.clear();
    QVERIFY(
        !RequestCodec::toJson(request)[u"publicCrmSearchRequest"].toObject().contains(u"query"));
    request.search.reset();
    QVERIFY(!RequestCodec::toJson(request).contains(u"publicCrmSearchRequest"));
}

void TestRequestCodec::writesListShape()
{
    ExportRequest request = listRequest();
    request.search = SearchRequest{{}, {}, QStringLiteral("not sent")};
    const QJsonObject json = RequestCodec::toJson(request);
    QCOMPARE(json.value(u"exportType").toString(), QStringLiteral("LIST"));
    QVERIFY(json.value(u"listId").isString());
    QCOMPARE(json.value(u"listId").toString(), QStringLiteral("1234567"));
    QVERIFY(!json.contains(u"publicCrmSearchRequest"));
    QCOMPARE(json.keys().size(), 12); // every spec-required field of PublicExportListRequest
}

void TestRequestCodec::writesEffectivePrimaryDisplay()
{
    ExportRequest request = listRequest();
    const QString key = QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects");
    QCOMPARE(RequestCodec::toJson(request).value(key), QJsonValue(true)); // one association
    request.associatedObjectType.append(QStringLiteral("DEAL"));
    QCOMPARE(RequestCodec::toJson(request).value(key), QJsonValue(false));
    request.includePrimaryDisplayPropertyForAssociatedObjects = true;
    QCOMPARE(RequestCodec::toJson(request).value(key), QJsonValue(true));
    request.associatedObjectType.clear();
    request.includePrimaryDisplayPropertyForAssociatedObjects.reset();
    QCOMPARE(RequestCodec::toJson(request).value(key), QJsonValue(false));
}

void TestRequestCodec::operatorShape_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("keys");
    const QStringList base{QStringLiteral("operator"), QStringLiteral("propertyName")};
    for (FilterOperator op : allFilterOperators()) {
        QStringList keys = base;
        switch (valueShape(op)) {
        case ValueShape::Single:
            keys << QStringLiteral("value");
            break;
        case ValueShape::Range:
            keys << QStringLiteral("highValue") << QStringLiteral("value");
            break;
        case ValueShape::List:
            keys << QStringLiteral("values");
            break;
        case ValueShape::None:
            break;
        }
        keys.sort();
        QTest::newRow(qPrintable(toWire(op))) << int(op) << keys;
    }
}

void TestRequestCodec::operatorShape()
{
    QFETCH(int, op);
    QFETCH(QStringList, keys);
    // Every value field is filled: the writer must drop the ones the operator does not use.
    Filter filter{QStringLiteral("email"), FilterOperator(op),  {},
                  QStringLiteral("v"),     QStringLiteral("h"), {QStringLiteral("x")}};
    const QJsonObject json = RequestCodec::toJson(filter);
    QCOMPARE(json.keys(), keys);
    QCOMPARE(json.value(u"operator").toString(), toWire(FilterOperator(op)));
    if (json.contains(u"values"))
        QCOMPARE(json.value(u"values").toArray(), QJsonArray({QStringLiteral("x")}));
    if (json.contains(u"value"))
        QCOMPARE(json.value(u"value").toString(), QStringLiteral("v"));
    if (json.contains(u"highValue"))
        QCOMPARE(json.value(u"highValue").toString(), QStringLiteral("h"));
}

void TestRequestCodec::docExamples()
{
    // The guide's view example: lower-case format, a single association string, a flat filter
    // list and a sort object.
    RequestCodec::DecodeResult view =
        RequestCodec::fromBytes(readData(QStringLiteral("guide-view.json")));
    QVERIFY2(view.issues.isEmpty(), qPrintable(dump(view.issues)));
    QCOMPARE(view.request.exportType, ExportType::View);
    QCOMPARE(view.request.format, FileFormat::Xlsx);
    QCOMPARE(view.request.language, QStringLiteral("DE"));
    QCOMPARE(view.request.associatedObjectType, QStringList{QStringLiteral("COMPANY")});
    QCOMPARE(view.request.exportInternalValuesOptions.size(), 2);
    QVERIFY(view.request.search);
    QCOMPARE(view.request.search->filterGroups.size(), 1);
    QCOMPARE(view.request.search->filterGroups[0].filters[0],
             (Filter{QStringLiteral("email"),
                     FilterOperator::Eq,
                     {},
                     QStringLiteral("hello@test.com"),
                     {},
                     {}}));
    QCOMPARE(view.request.search->sorts, QList<Sort>{Sort{QStringLiteral("email")}});
    QCOMPARE(view.request.search->query, QStringLiteral("hello"));
    QVERIFY2(validate(view.request).isEmpty(), qPrintable(dump(validate(view.request))));

    RequestCodec::DecodeResult list =
        RequestCodec::fromBytes(readData(QStringLiteral("guide-list.json")));
    QVERIFY2(list.issues.isEmpty(), qPrintable(dump(list.issues)));
    QCOMPARE(list.request.exportType, ExportType::List);
    QCOMPARE(list.request.listId, QStringLiteral("1234567"));
    QVERIFY(!list.request.search);
    QVERIFY(validate(list.request).isEmpty());

    // Every field of the spec's schemas.
    RequestCodec::DecodeResult specView =
        RequestCodec::fromBytes(readData(QStringLiteral("spec-view-all-fields.json")));
    QVERIFY2(specView.issues.isEmpty(), qPrintable(dump(specView.issues)));
    QCOMPARE(specView.request.objectType, QStringLiteral("DEAL")); // 0-3 read as its name
    QCOMPARE(specView.request.search->filterGroups.size(), 2);
    QCOMPARE(specView.request.search->filterGroups[0].filters[1].values,
             QStringList({QStringLiteral("closedwon"), QStringLiteral("closedlost")}));
    QCOMPARE(specView.request.search->sorts, QList<Sort>{Sort{QStringLiteral("amount")}});
    QCOMPARE(specView.request.includeLabeledAssociations, true);
    QVERIFY(validate(specView.request).isEmpty());

    RequestCodec::DecodeResult specList =
        RequestCodec::fromBytes(readData(QStringLiteral("spec-list-all-fields.json")));
    QVERIFY2(specList.issues.isEmpty(), qPrintable(dump(specList.issues)));
    QCOMPARE(specList.request.listId, QStringLiteral("987"));
    QVERIFY(validate(specList.request).isEmpty());

    // "property" instead of "propertyName" (a doc bug) is read, with a warning.
    RequestCodec::DecodeResult property =
        RequestCodec::fromBytes(readData(QStringLiteral("guide-property-key.json")));
    QVERIFY(property.ok());
    QCOMPARE(
        warningsOf(property.issues),
        QStringList{QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].property")});
    QCOMPARE(property.request.search->filterGroups[0].filters[0].propertyName,
             QStringLiteral("phone"));
    QCOMPARE(property.request.search->filterGroups[0].filters[0].op,
             FilterOperator::NotHasProperty);

    // Each example, written by us, reads back to the same request.
    for (const RequestCodec::DecodeResult *result : {&view, &list, &specView, &specList}) {
        const RequestCodec::DecodeResult again =
            RequestCodec::fromJson(RequestCodec::toJson(result->request));
        QVERIFY2(again.issues.isEmpty(), qPrintable(dump(again.issues)));
        QCOMPARE(again.request, result->request);
    }
}

void TestRequestCodec::postmanExample()
{
    // HubSpot's Postman collection has "<boolean>" placeholders: each is named as a wrong type,
    // and the rest of the body is still read.
    const RequestCodec::DecodeResult result =
        RequestCodec::fromBytes(readData(QStringLiteral("postman-start-export.json")));
    QCOMPARE(errorsOf(result.issues),
             QStringList({QStringLiteral("includeLabeledAssociations"),
                          QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects"),
                          QStringLiteral("overrideAssociatedObjectsPerDefinitionPerRowLimit")}));
    QCOMPARE(warningsOf(result.issues),
             QStringList{QStringLiteral("publicCrmSearchRequest.filters")});
    const SearchRequest &search = *result.request.search;
    QCOMPARE(search.filterGroups.size(), 3); // two groups plus the flat filters as a third
    QCOMPARE(search.filterGroups[2].filters[0].op, FilterOperator::Gt);
    QCOMPARE(search.sorts.size(), 2);
    QCOMPARE(result.request.associatedObjectType.size(), 2);
    QCOMPARE(result.request.language, QStringLiteral("ES"));
}

void TestRequestCodec::looseShapes()
{
    const RequestCodec::DecodeResult r = decode(R"({
        "exportType": "list", "exportName": "x", "format": "csv", "language": "pt_br",
        "objectType": "contact", "objectProperties": ["email"],
        "associatedObjectType": "company", "listId": 42,
        "exportInternalValuesOptions": "names"})");
    QVERIFY2(r.issues.isEmpty(), qPrintable(dump(r.issues)));
    QCOMPARE(r.request.exportType, ExportType::List);
    QCOMPARE(r.request.format, FileFormat::Csv);
    QCOMPARE(r.request.language, QStringLiteral("PT_BR"));
    QCOMPARE(r.request.objectType, QStringLiteral("CONTACT"));
    QCOMPARE(r.request.associatedObjectType, QStringList{QStringLiteral("COMPANY")});
    QCOMPARE(r.request.listId, QStringLiteral("42"));
    QCOMPARE(r.request.exportInternalValuesOptions,
             QList<InternalValuesOption>{InternalValuesOption::Names});

    const RequestCodec::DecodeResult flat = decode(R"({
        "exportType": "VIEW", "exportName": "x", "format": "CSV", "language": "EN",
        "objectType": "CONTACT", "objectProperties": ["email"],
        "publicCrmSearchRequest": {"filters": [
            {"propertyName": "a", "operator": "eq", "value": "1"},
            {"propertyName": "b", "operator": "GT", "value": 5},
            {"propertyName": "c", "operator": "IN", "values": ["x", 2, true]}]}})");
    QVERIFY2(flat.issues.isEmpty(), qPrintable(dump(flat.issues)));
    QCOMPARE(flat.request.search->filterGroups.size(), 1);
    const QList<Filter> &filters = flat.request.search->filterGroups[0].filters;
    QCOMPARE(filters.size(), 3);
    QCOMPARE(filters[0].op, FilterOperator::Eq);
    QCOMPARE(filters[1].value, QStringLiteral("5"));
    QCOMPARE(filters[2].values,
             QStringList({QStringLiteral("x"), QStringLiteral("2"), QStringLiteral("true")}));

    // An unknown operator survives decoding so validate() can name it.
    const RequestCodec::DecodeResult typo = decode(R"({"exportType": "VIEW", "exportName": "x",
        "format": "CSV", "language": "EN", "objectType": "CONTACT", "objectProperties": ["e"],
        "publicCrmSearchRequest": {"filterGroups": [{"filters": [
            {"propertyName": "a", "operator": "EQUALS", "value": "1"}]}]}})");
    QVERIFY(typo.ok());
    QCOMPARE(typo.request.search->filterGroups[0].filters[0].op, FilterOperator::Unknown);
    QCOMPARE(typo.request.search->filterGroups[0].filters[0].operatorText,
             QStringLiteral("EQUALS"));
    QCOMPARE(
        errorsOf(validate(typo.request)),
        QStringList{QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].operator")});
    QCOMPARE(RequestCodec::toJson(typo.request.search->filterGroups[0].filters[0])[u"operator"]
                 .toString(),
             QStringLiteral("EQUALS"));
}

void TestRequestCodec::bothFilterFormsMerge()
{
    const RequestCodec::DecodeResult r = decode(R"({"exportType": "VIEW", "exportName": "x",
        "format": "CSV", "language": "EN", "objectType": "CONTACT", "objectProperties": ["e"],
        "publicCrmSearchRequest": {
            "filterGroups": [{"filters": [{"propertyName": "a", "operator": "HAS_PROPERTY"}]}],
            "filters": [{"propertyName": "b", "operator": "NOT_HAS_PROPERTY"}]}})");
    QVERIFY(r.ok());
    QCOMPARE(warningsOf(r.issues), QStringList{QStringLiteral("publicCrmSearchRequest.filters")});
    QCOMPARE(r.request.search->filterGroups.size(), 2);
    QCOMPARE(r.request.search->filterGroups[1].filters[0].propertyName, QStringLiteral("b"));

    // Our own output carries an empty legacy list next to the groups: no warning then.
    const RequestCodec::DecodeResult own = decode(R"({"exportType": "VIEW", "exportName": "x",
        "format": "CSV", "language": "EN", "objectType": "CONTACT", "objectProperties": ["e"],
        "publicCrmSearchRequest": {"filterGroups": [{"filters": [
            {"propertyName": "a", "operator": "HAS_PROPERTY"}]}], "filters": [], "sorts": []}})");
    QVERIFY2(own.issues.isEmpty(), qPrintable(dump(own.issues)));
    QCOMPARE(own.request.search->filterGroups.size(), 1);
}

void TestRequestCodec::sortsAsStringsAndObjects()
{
    const RequestCodec::DecodeResult r = decode(R"({"exportType": "VIEW", "exportName": "x",
        "format": "CSV", "language": "EN", "objectType": "CONTACT", "objectProperties": ["e"],
        "publicCrmSearchRequest": {"sorts": ["email", "-createdate",
            {"propertyName": "a", "order": "DESC"}, {"propertyName": "b", "order": "DES"},
            {"propertyName": "c", "direction": "DESCENDING"}, {"propertyName": "d", "direction": "ASCENDING"},
            {"propertyName": "e"}]}})");
    QVERIFY2(r.issues.isEmpty(), qPrintable(dump(r.issues)));
    const QList<Sort> expected{{QStringLiteral("email"), SortOrder::Ascending},
                               {QStringLiteral("createdate"), SortOrder::Descending},
                               {QStringLiteral("a"), SortOrder::Descending},
                               {QStringLiteral("b"), SortOrder::Descending},
                               {QStringLiteral("c"), SortOrder::Descending},
                               {QStringLiteral("d"), SortOrder::Ascending},
                               {QStringLiteral("e"), SortOrder::Ascending}};
    QCOMPARE(r.request.search->sorts, expected);

    const RequestCodec::DecodeResult bad = decode(R"({"exportType": "VIEW", "exportName": "x",
        "format": "CSV", "language": "EN", "objectType": "CONTACT", "objectProperties": ["e"],
        "publicCrmSearchRequest": {"sorts": [{"propertyName": "a", "order": "UP"}, 3]}})");
    QCOMPARE(errorsOf(bad.issues),
             QStringList({QStringLiteral("publicCrmSearchRequest.sorts[0].order"),
                          QStringLiteral("publicCrmSearchRequest.sorts[1]")}));
}

void TestRequestCodec::unknownFieldsWarn()
{
    const RequestCodec::DecodeResult r = decode(R"({"exportType": "VIEW", "exportName": "x",
        "format": "CSV", "language": "EN", "objectType": "CONTACT", "objectProperties": ["e"],
        "exportFormat": "CSV", "limit": 5,
        "publicCrmSearchRequest": {"after": "10",
            "filterGroups": [{"filters": [{"propertyName": "a", "operator": "EQ", "value": "1",
                                           "caseSensitive": true}], "op": "AND"}],
            "sorts": [{"propertyName": "a", "order": "ASC", "nulls": "last"}]}})");
    QVERIFY(r.ok());
    QCOMPARE(warningsOf(r.issues),
             QStringList(
                 {QStringLiteral("exportFormat"), QStringLiteral("limit"),
                  QStringLiteral("publicCrmSearchRequest.after"),
                  QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].caseSensitive"),
                  QStringLiteral("publicCrmSearchRequest.filterGroups[0].op"),
                  QStringLiteral("publicCrmSearchRequest.sorts[0].nulls")}));
    for (const ValidationIssue &issue : r.issues) {
        const QString name = issue.field.section(u'.', -1);
        QVERIFY2(issue.message.contains(name), qPrintable(issue.message));
    }
}

void TestRequestCodec::wrongTypes_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("field");
    QTest::newRow("exportName number")
        << QStringLiteral(R"("exportName": 5)") << QStringLiteral("exportName");
    QTest::newRow("exportType number")
        << QStringLiteral(R"("exportType": 1)") << QStringLiteral("exportType");
    QTest::newRow("format unknown")
        << QStringLiteral(R"("format": "pdf")") << QStringLiteral("format");
    QTest::newRow("objectProperties string")
        << QStringLiteral(R"("objectProperties": "email")") << QStringLiteral("objectProperties");
    QTest::newRow("objectProperties item number")
        << QStringLiteral(R"("objectProperties": ["email", 3])")
        << QStringLiteral("objectProperties[1]");
    QTest::newRow("associatedObjectType object") << QStringLiteral(R"("associatedObjectType": {})")
                                                 << QStringLiteral("associatedObjectType");
    QTest::newRow("boolean as string") << QStringLiteral(R"("includeLabeledAssociations": "true")")
                                       << QStringLiteral("includeLabeledAssociations");
    QTest::newRow("internal values unknown")
        << QStringLiteral(R"("exportInternalValuesOptions": ["NAMES", "IDS"])")
        << QStringLiteral("exportInternalValuesOptions[1]");
    QTest::newRow("listId object")
        << QStringLiteral(R"("listId": {"id": 1})") << QStringLiteral("listId");
    QTest::newRow("listId fraction")
        << QStringLiteral(R"("listId": 1.5)") << QStringLiteral("listId");
    QTest::newRow("search array") << QStringLiteral(R"("publicCrmSearchRequest": [])")
                                  << QStringLiteral("publicCrmSearchRequest");
    QTest::newRow("filterGroups object")
        << QStringLiteral(R"("publicCrmSearchRequest": {"filterGroups": {}})")
        << QStringLiteral("publicCrmSearchRequest.filterGroups");
    QTest::newRow("group not an object")
        << QStringLiteral(R"("publicCrmSearchRequest": {"filterGroups": [[]]})")
        << QStringLiteral("publicCrmSearchRequest.filterGroups[0]");
    QTest::newRow("values string")
        << QStringLiteral(
               R"("publicCrmSearchRequest": {"filters": [{"propertyName": "a", "operator": "IN", "values": "x"}]})")
        << QStringLiteral("publicCrmSearchRequest.filters[0].values");
    QTest::newRow("value object")
        << QStringLiteral(
               R"("publicCrmSearchRequest": {"filters": [{"propertyName": "a", "operator": "EQ", "value": {}}]})")
        << QStringLiteral("publicCrmSearchRequest.filters[0].value");
    QTest::newRow("filter without operator")
        << QStringLiteral(R"("publicCrmSearchRequest": {"filters": [{"propertyName": "a"}]})")
        << QStringLiteral("publicCrmSearchRequest.filters[0].operator");
    QTest::newRow("query number") << QStringLiteral(R"("publicCrmSearchRequest": {"query": 12})")
                                  << QStringLiteral("publicCrmSearchRequest.query");
}

void TestRequestCodec::wrongTypes()
{
    QFETCH(QString, fragment);
    QFETCH(QString, field);
    // Patch one field into a valid body so that only that field is wrong.
    QJsonObject base = QJsonDocument::fromJson(R"({"exportType": "VIEW", "exportName": "x",
        "format": "CSV", "language": "EN", "objectType": "CONTACT", "objectProperties": ["e"]})")
                           .object();
    const QJsonObject patch =
        QJsonDocument::fromJson(QStringLiteral("{%1}").arg(fragment).toUtf8()).object();
    QVERIFY(!patch.isEmpty());
    for (auto it = patch.begin(); it != patch.end(); ++it)
        base.insert(it.key(), it.value());
    const RequestCodec::DecodeResult r = RequestCodec::fromJson(base);
    QVERIFY(!r.ok());
    QCOMPARE(errorsOf(r.issues), QStringList{field});
    QVERIFY(!r.issues.constFirst().message.isEmpty());
}

void TestRequestCodec::missingFields()
{
    const RequestCodec::DecodeResult r = decode(R"({"exportName": "x", "listId": "5",
        "objectProperties": ["e"]})");
    QCOMPARE(errorsOf(r.issues), QStringList{QStringLiteral("objectType")});
    QCOMPARE(warningsOf(r.issues),
             QStringList({QStringLiteral("exportType"), QStringLiteral("format"),
                          QStringLiteral("language")}));
    QCOMPARE(r.request.exportType, ExportType::List); // inferred from listId
    QVERIFY(r.request.objectType.isEmpty());
}

void TestRequestCodec::syntaxErrors()
{
    const RequestCodec::DecodeResult broken = decode(R"({"exportType": "VIEW",, })");
    QVERIFY(!broken.ok());
    QCOMPARE(broken.issues.size(), 1);
    QVERIFY2(broken.issues[0].message.contains(QStringLiteral("offset")),
             qPrintable(broken.issues[0].message));

    const RequestCodec::DecodeResult array = decode("[1, 2]");
    QVERIFY(!array.ok());
    QVERIFY(array.issues[0].message.contains(QStringLiteral("object")));
}

QTEST_GUILESS_MAIN(TestRequestCodec)
#include "tst_requestcodec.moc"
