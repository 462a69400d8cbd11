#include "model/enums.h"
#include "model/objecttype.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace es;

class TestEnums : public QObject
{
    Q_OBJECT

private slots:
    void operators_data();
    void operators();
    void operatorsMatchSpec();
    void languagesMatchSpec();
    void enumsReadAnyCase();
    void sortOrders_data();
    void sortOrders();
    void standardObjects_data();
    void standardObjects();
    void objectTypeIds();
};

void TestEnums::operators_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("shape");
    const QList<std::pair<const char *, ValueShape>> rows{
        {"EQ", ValueShape::Single},
        {"NEQ", ValueShape::Single},
        {"LT", ValueShape::Single},
        {"LTE", ValueShape::Single},
        {"GT", ValueShape::Single},
        {"GTE", ValueShape::Single},
        {"BETWEEN", ValueShape::Range},
        {"IN", ValueShape::List},
        {"NOT_IN", ValueShape::List},
        {"HAS_PROPERTY", ValueShape::None},
        {"NOT_HAS_PROPERTY", ValueShape::None},
        {"CONTAINS_TOKEN", ValueShape::Single},
        {"NOT_CONTAINS_TOKEN", ValueShape::Single},
    };
    for (const auto &[wire, shape] : rows)
        QTest::newRow(wire) << QString::fromLatin1(wire) << int(shape);
}

void TestEnums::operators()
{
    QFETCH(QString, wire);
    QFETCH(int, shape);
    const FilterOperator op = filterOperatorFromWire(wire);
    QVERIFY(op != FilterOperator::Unknown);
    QCOMPARE(toWire(op), wire);
    QCOMPARE(filterOperatorFromWire(wire.toLower()), op);
    QCOMPARE(int(valueShape(op)), shape);
    QVERIFY(allFilterOperators().contains(op));
}

static QJsonObject specSchemas()
{
    QFile file(QStringLiteral(ES_SPEC_DIR "/exports-v3.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(u"components")
        .toObject()
        .value(u"schemas")
        .toObject();
}

void TestEnums::operatorsMatchSpec()
{
    const QJsonObject schemas = specSchemas();
    QVERIFY(!schemas.isEmpty());
    const QJsonArray specOps = schemas[u"Filter"][u"properties"][u"operator"][u"enum"].toArray();
    QCOMPARE(specOps.size(), 13);
    QStringList ours;
    for (FilterOperator op : allFilterOperators())
        ours.append(toWire(op));
    QStringList theirs;
    for (const auto &v : specOps)
        theirs.append(v.toString());
    ours.sort();
    theirs.sort();
    QCOMPARE(ours, theirs);
    QCOMPARE(filterOperatorFromWire(QStringLiteral("LIKE")), FilterOperator::Unknown);
}

void TestEnums::languagesMatchSpec()
{
    const QJsonObject schemas = specSchemas();
    const QJsonArray specLanguages =
        schemas[u"PublicExportViewRequest"][u"properties"][u"language"][u"enum"].toArray();
    QStringList theirs;
    for (const auto &v : specLanguages)
        theirs.append(v.toString());
    QCOMPARE(languageCodes().size(), 45);
    QCOMPARE(languageCodes(), theirs);
    QVERIFY(isLanguageCode(QStringLiteral("PT_BR")));
    QVERIFY(!isLanguageCode(QStringLiteral("PT"))); // the docs' prose lists it; the spec does not
}

void TestEnums::enumsReadAnyCase()
{
    QCOMPARE(fileFormatFromWire(QStringLiteral("xlsx")), FileFormat::Xlsx);
    QCOMPARE(fileFormatFromWire(QStringLiteral(" Csv ")), FileFormat::Csv);
    QCOMPARE(fileFormatFromWire(QStringLiteral("pdf")), std::nullopt);
    QCOMPARE(toWire(FileFormat::Xls), QStringLiteral("XLS"));
    QCOMPARE(fileSuffix(FileFormat::Xlsx), QStringLiteral("xlsx"));
    QCOMPARE(exportTypeFromWire(QStringLiteral("list")), ExportType::List);
    QCOMPARE(exportTypeFromWire(QStringLiteral("View")), ExportType::View);
    QCOMPARE(exportTypeFromWire(QStringLiteral("segment")), std::nullopt);
    QCOMPARE(internalValuesOptionFromWire(QStringLiteral("values")), InternalValuesOption::Values);
    QCOMPARE(toWire(InternalValuesOption::Names), QStringLiteral("NAMES"));
    QCOMPARE(toWire(ExportType::List), QStringLiteral("LIST"));
}

void TestEnums::sortOrders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order"); // -1 = not understood
    QTest::newRow("ASC") << QStringLiteral("ASC") << int(SortOrder::Ascending);
    QTest::newRow("asc") << QStringLiteral("asc") << int(SortOrder::Ascending);
    QTest::newRow("ASCENDING") << QStringLiteral("ASCENDING") << int(SortOrder::Ascending);
    QTest::newRow("DESC") << QStringLiteral("DESC") << int(SortOrder::Descending);
    QTest::newRow("DES") << QStringLiteral("DES") << int(SortOrder::Descending);
    QTest::newRow("DESCENDING") << QStringLiteral("DESCENDING") << int(SortOrder::Descending);
    QTest::newRow("up") << QStringLiteral("up") << -1;
}

void TestEnums::sortOrders()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    const std::optional<SortOrder> parsed = sortOrderFromWire(text);
    QCOMPARE(parsed.has_value(), order >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), order);
}

void TestEnums::standardObjects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeId");
    const QList<std::pair<const char *, const char *>> rows{
        {"CONTACT", "0-1"},        {"COMPANY", "0-2"},
        {"DEAL", "0-3"},           {"TICKET", "0-5"},
        {"PRODUCT", "0-7"},        {"LINE_ITEM", "0-8"},
        {"QUOTE", "0-14"},         {"CALL", "0-48"},
        {"EMAIL", "0-49"},         {"MEETING", "0-47"},
        {"NOTE", "0-46"},          {"TASK", "0-27"},
        {"COMMUNICATION", "0-18"}, {"FEEDBACK_SUBMISSION", "0-19"},
        {"INVOICE", "0-53"},       {"LEAD", "0-136"},
    };
    for (const auto &[name, id] : rows)
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(id);
}

void TestEnums::standardObjects()
{
    QFETCH(QString, name);
    QFETCH(QString, typeId);
    QCOMPARE(ObjectTypes::typeIdOf(name), typeId);
    QCOMPARE(ObjectTypes::typeIdOf(name.toLower()), typeId);
    QCOMPARE(ObjectTypes::canonicalName(typeId), name);
    QCOMPARE(ObjectTypes::canonicalName(name.toLower()), name);
    QVERIFY(ObjectTypes::isValid(name));
    QVERIFY(ObjectTypes::isValid(typeId));
    QVERIFY(ObjectTypes::isObjectTypeId(typeId));
    QVERIFY(!ObjectTypes::pluralLabel(name).isEmpty());
    QVERIFY(ObjectTypes::pluralLabel(name) != name);
}

void TestEnums::objectTypeIds()
{
    QCOMPARE(ObjectTypes::standard().size(), 16);
    QVERIFY(ObjectTypes::isCustomObjectId(QStringLiteral("2-123")));
    QVERIFY(!ObjectTypes::isCustomObjectId(QStringLiteral("0-1")));
    QVERIFY(!ObjectTypes::isCustomObjectId(QStringLiteral("2-")));
    QVERIFY(!ObjectTypes::isCustomObjectId(QStringLiteral("pets")));
    QVERIFY(ObjectTypes::isValid(QStringLiteral("2-123")));
    QVERIFY(!ObjectTypes::isValid(QStringLiteral("0-999")));
    QVERIFY(!ObjectTypes::isValid(QStringLiteral("pets")));
    QCOMPARE(ObjectTypes::typeIdOf(QStringLiteral("2-77")), QStringLiteral("2-77"));
    QCOMPARE(ObjectTypes::typeIdOf(QStringLiteral("pets")), QString());
    QCOMPARE(ObjectTypes::canonicalName(QStringLiteral("2-77")), QStringLiteral("2-77"));
    QCOMPARE(ObjectTypes::pluralLabel(QStringLiteral("2-77")), QStringLiteral("2-77"));
    QCOMPARE(ObjectTypes::findStandard(QStringLiteral("deal"))->plural, QStringLiteral("Deals"));
    QVERIFY(ObjectTypes::findStandard(QStringLiteral("pets")) == nullptr);
}

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
