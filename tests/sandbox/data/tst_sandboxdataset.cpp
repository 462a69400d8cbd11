// The dataset itself: deterministic generation, sizes, associations and the JSON bodies' shapes
// (spec-required fields from tests/data/hubspot-spec).

#include "dataset.h"
#include "exportrenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

namespace {

void requireFields(const QJsonObject &object, const QStringList &fields, const QString &what)
{
    for (const QString &field : fields)
        QVERIFY2(object.contains(field), qPrintable(what + u": missing " + field));
}

QByteArray fingerprint(const Dataset &dataset)
{
    QByteArray bytes;
    for (const QString &typeId : dataset.objectTypeIds()) {
        for (const Record &record : dataset.records(typeId)) {
            bytes += record.id.toUtf8();
            QStringList keys = record.values.keys();
            keys.sort();
            for (const QString &key : keys)
                bytes += key.toUtf8() + '=' + record.values.value(key).toUtf8() + ';';
            QStringList types = record.associations.keys();
            types.sort();
            for (const QString &type : types)
                bytes += type.toUtf8() + ':' + record.associations.value(type).join(u',').toUtf8();
        }
    }
    return bytes;
}

// A small JSON-schema checker for the OpenAPI component schemas in tests/data/hubspot-spec:
// $ref, type, required, enum, properties, items, additionalProperties, oneOf/anyOf/allOf.
class SpecChecker
{
public:
    explicit SpecChecker(const QString &file)
    {
        QFile in(QStringLiteral(ES_SPEC_DIR "/") + file);
        if (in.open(QIODevice::ReadOnly))
            m_schemas = QJsonDocument::fromJson(in.readAll())
                            .object()
                            .value(u"components")
                            .toObject()
                            .value(u"schemas")
                            .toObject();
    }
    bool loaded() const { return !m_schemas.isEmpty(); }

    QStringList check(const QJsonValue &value, const QString &schemaName) const
    {
        QStringList problems;
        checkValue(value, m_schemas.value(schemaName).toObject(), schemaName, problems);
        return problems;
    }

private:
    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(u"$ref"))
            schema = m_schemas.value(schema.value(u"$ref").toString().section(u'/', -1)).toObject();
        return schema;
    }

    void checkValue(const QJsonValue &value, QJsonObject schema, const QString &path,
                    QStringList &problems) const
    {
        schema = resolve(schema);
        for (const char *key : {"oneOf", "anyOf"}) {
            const QJsonArray options = schema.value(QLatin1String(key)).toArray();
            if (options.isEmpty())
                continue;
            bool any = false;
            for (const auto &option : options) {
                QStringList sub;
                checkValue(value, option.toObject(), path, sub);
                any = any || sub.isEmpty();
            }
            if (!any)
                problems.append(path + QStringLiteral(": matches none of ") + QLatin1String(key));
            return;
        }
        for (const auto &part : schema.value(u"allOf").toArray())
            checkValue(value, part.toObject(), path, problems);
        const QString type = schema.value(u"type").toString();
        if (value.isNull() && schema.value(u"nullable").toBool())
            return;
        const bool typeOk = type.isEmpty() || (type == u"object" && value.isObject()) ||
                            (type == u"array" && value.isArray()) ||
                            (type == u"string" && value.isString()) ||
                            (type == u"boolean" && value.isBool()) ||
                            ((type == u"integer" || type == u"number") && value.isDouble());
        if (!typeOk) {
            problems.append(path + QStringLiteral(": expected ") + type);
            return;
        }
        if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
            problems.append(path + QStringLiteral(": value not in enum: ") +
                            value.toVariant().toString());
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const auto &required : schema.value(u"required").toArray()) {
                if (!object.contains(required.toString()))
                    problems.append(path + QStringLiteral(": missing required ") +
                                    required.toString());
            }
            const QJsonObject properties = schema.value(u"properties").toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key()))
                    checkValue(it.value(), properties.value(it.key()).toObject(),
                               path + u'.' + it.key(), problems);
                else if (schema.value(u"additionalProperties").isObject())
                    checkValue(it.value(), schema.value(u"additionalProperties").toObject(),
                               path + u'.' + it.key(), problems);
                else if (!properties.isEmpty())
                    problems.append(path + QStringLiteral(": unknown field ") + it.key());
            }
        }
        if (value.isArray()) {
            int i = 0;
            for (const auto &item : value.toArray())
                checkValue(item, schema.value(u"items").toObject(),
                           path + QStringLiteral("[%1]").arg(i++), problems);
        }
    }

    QJsonObject m_schemas;
};

} // namespace

class TestSandboxDataset : public QObject
{
    Q_OBJECT

private slots:
    void sizesFollowOptions()
    {
        const Dataset dataset(DatasetOptions{1, 30, 7, 11, 13, 5});
        QCOMPARE(dataset.records(QStringLiteral("0-1")).size(), 30);
        QCOMPARE(dataset.records(QStringLiteral("0-2")).size(), 7);
        QCOMPARE(dataset.records(QStringLiteral("0-3")).size(), 11);
        QCOMPARE(dataset.records(QStringLiteral("0-5")).size(), 13);
        QCOMPARE(dataset.records(QStringLiteral("2-4001")).size(), 5);
        QCOMPARE(dataset.recordCount(QStringLiteral("0-1")), 30);
        QCOMPARE(dataset.records(QStringLiteral("0-7")).size(), 0);
    }

    void emptyDatasetRenders()
    {
        const Dataset empty(DatasetOptions{1, 0, 0, 0, 0, 0});
        QTemporaryDir dir;
        RenderOptions options;
        options.outputDir = dir.path();
        for (const QString &typeId : empty.objectTypeIds()) {
            QCOMPARE(empty.recordCount(typeId), 0);
            es::ExportRequest request;
            request.objectType = typeId;
            request.objectProperties = {empty.properties(typeId).first().name};
            for (es::FileFormat format :
                 {es::FileFormat::Csv, es::FileFormat::Xlsx, es::FileFormat::Xls}) {
                request.format = format;
                const RenderResult result =
                    renderExport(empty, request, options, QStringLiteral("../x/") + typeId);
                QVERIFY(result.ok());
                QCOMPARE(result.file.recordCount, 0);
                QVERIFY(result.file.size > 0);
                QCOMPARE(QFileInfo(result.file.path).absolutePath(),
                         QDir(dir.path()).absolutePath());
            }
        }
        for (const ListSpec &list : empty.lists())
            QVERIFY(list.memberIds.isEmpty());
    }

    void deterministic()
    {
        const DatasetOptions options{99, 200, 40, 60, 30, 20};
        const QByteArray a = fingerprint(Dataset(options));
        QCOMPARE(fingerprint(Dataset(options)), a);
        DatasetOptions other = options;
        other.seed = 100;
        QVERIFY(fingerprint(Dataset(other)) != a);
    }

    void associationsAreSymmetricAndLabeled()
    {
        const Dataset dataset(DatasetOptions{3, 300, 40, 80, 50, 30});
        QHash<QString, QStringList> companyToContacts;
        for (const Record &company : dataset.records(QStringLiteral("0-2")))
            companyToContacts.insert(company.id, company.associations.value(QStringLiteral("0-1")));
        int primary = 0, billing = 0;
        for (const Record &contact : dataset.records(QStringLiteral("0-1"))) {
            const QStringList companies = contact.associations.value(QStringLiteral("0-2"));
            const QStringList labels = contact.associationLabels.value(QStringLiteral("0-2"));
            QCOMPARE(labels.size(), companies.size());
            for (qsizetype i = 0; i < companies.size(); ++i) {
                QVERIFY(companyToContacts.value(companies[i]).contains(contact.id));
                primary += labels[i] == u"Primary";
                billing += labels[i] == u"Billing contact";
            }
            if (!companies.isEmpty()) // "company" holds the primary company's name
                QVERIFY(!contact.values.value(QStringLiteral("company")).isEmpty());
        }
        QVERIFY(primary > 200);
        QVERIFY(billing > 0);
        int counted = 0;
        for (const Record &contact : dataset.records(QStringLiteral("0-1")))
            counted += contact.values.value(QStringLiteral("num_associated_deals")).toInt();
        int dealLinks = 0;
        for (const Record &deal : dataset.records(QStringLiteral("0-3")))
            dealLinks += int(deal.associations.value(QStringLiteral("0-1")).size());
        QCOMPARE(counted, dealLinks);
        QVERIFY(!dataset.records(QStringLiteral("2-4001")).first().id.isEmpty());
    }

    void propertiesJsonHasSpecShape()
    {
        const Dataset dataset;
        for (const QString &typeId : dataset.objectTypeIds()) {
            const QJsonArray results = dataset.propertiesJson(typeId).value(u"results").toArray();
            QCOMPARE(results.size(), dataset.properties(typeId).size());
            bool hidden = false, calculated = false;
            for (const auto &value : results) {
                const QJsonObject property = value.toObject();
                requireFields(property,
                              {QStringLiteral("name"), QStringLiteral("label"),
                               QStringLiteral("type"), QStringLiteral("fieldType"),
                               QStringLiteral("groupName"), QStringLiteral("description"),
                               QStringLiteral("options")},
                              property.value(u"name").toString());
                for (const auto &option : property.value(u"options").toArray())
                    requireFields(option.toObject(),
                                  {QStringLiteral("label"), QStringLiteral("value"),
                                   QStringLiteral("hidden")},
                                  QStringLiteral("option"));
                requireFields(property.value(u"modificationMetadata").toObject(),
                              {QStringLiteral("archivable"), QStringLiteral("readOnlyDefinition"),
                               QStringLiteral("readOnlyValue")},
                              QStringLiteral("modificationMetadata"));
                hidden = hidden || property.value(u"hidden").toBool();
                calculated = calculated || property.value(u"calculated").toBool();
            }
            if (typeId == u"0-1" || typeId == u"0-2")
                QVERIFY(hidden && calculated);
            const QJsonArray groups =
                dataset.propertyGroupsJson(typeId).value(u"results").toArray();
            QVERIFY(!groups.isEmpty());
            for (const auto &group : groups)
                requireFields(group.toObject(),
                              {QStringLiteral("name"), QStringLiteral("label"),
                               QStringLiteral("displayOrder"), QStringLiteral("archived")},
                              QStringLiteral("group"));
        }
        const QJsonObject german = dataset.propertyJson(
            QStringLiteral("0-1"), QStringLiteral("lifecyclestage"), QStringLiteral("DE"));
        QCOMPARE(german.value(u"label").toString(), QStringLiteral("Lebenszyklusphase"));
        QCOMPARE(dataset.property(QStringLiteral("0-1"), QStringLiteral("firstname"))
                     ->label(QStringLiteral("JA")),
                 QStringLiteral("First Name")); // other languages fall back to EN
        QCOMPARE(dataset.property(QStringLiteral("0-1"), QStringLiteral("lifecyclestage"))
                     ->optionLabel(QStringLiteral("customer"), QStringLiteral("FR_CA")),
                 QStringLiteral("Client"));
    }

    void metadataJsonHasSpecShape()
    {
        const Dataset dataset;
        const QJsonArray schemas = dataset.schemasJson().value(u"results").toArray();
        QCOMPARE(schemas.size(), 1);
        const QJsonObject pets = schemas.first().toObject();
        requireFields(pets,
                      {QStringLiteral("associations"), QStringLiteral("id"),
                       QStringLiteral("labels"), QStringLiteral("name"),
                       QStringLiteral("properties"), QStringLiteral("requiredProperties")},
                      QStringLiteral("schema"));
        QCOMPARE(pets.value(u"objectTypeId").toString(), QStringLiteral("2-4001"));
        QCOMPARE(pets.value(u"labels").toObject().value(u"plural").toString(),
                 QStringLiteral("Pets"));
        for (const auto &association : pets.value(u"associations").toArray())
            requireFields(association.toObject(),
                          {QStringLiteral("fromObjectTypeId"), QStringLiteral("id"),
                           QStringLiteral("toObjectTypeId")},
                          QStringLiteral("association"));

        const QJsonArray owners = dataset.ownersJson().value(u"results").toArray();
        int queues = 0;
        for (const auto &value : owners) {
            requireFields(value.toObject(),
                          {QStringLiteral("archived"), QStringLiteral("createdAt"),
                           QStringLiteral("id"), QStringLiteral("type"),
                           QStringLiteral("updatedAt")},
                          QStringLiteral("owner"));
            queues += value.toObject().value(u"type").toString() == u"QUEUE";
        }
        QCOMPARE(queues, 1);
        QVERIFY(owners.size() > 5);

        for (const QString &typeId : {QStringLiteral("0-3"), QStringLiteral("0-5")}) {
            const QJsonArray pipelines = dataset.pipelinesJson(typeId).value(u"results").toArray();
            QVERIFY(!pipelines.isEmpty());
            for (const auto &value : pipelines) {
                const QJsonObject pipeline = value.toObject();
                requireFields(pipeline,
                              {QStringLiteral("archived"), QStringLiteral("createdAt"),
                               QStringLiteral("displayOrder"), QStringLiteral("id"),
                               QStringLiteral("label"), QStringLiteral("stages"),
                               QStringLiteral("updatedAt")},
                              QStringLiteral("pipeline"));
                for (const auto &stage : pipeline.value(u"stages").toArray())
                    requireFields(stage.toObject(),
                                  {QStringLiteral("archived"), QStringLiteral("createdAt"),
                                   QStringLiteral("displayOrder"), QStringLiteral("id"),
                                   QStringLiteral("label"), QStringLiteral("metadata"),
                                   QStringLiteral("updatedAt")},
                                  QStringLiteral("stage"));
            }
        }
        // Every stage a deal uses is a stage of the deal's pipeline.
        const QJsonArray dealPipelines =
            dataset.pipelinesJson(QStringLiteral("0-3")).value(u"results").toArray();
        for (const Record &deal : dataset.records(QStringLiteral("0-3"))) {
            bool found = false;
            for (const auto &p : dealPipelines) {
                if (p.toObject().value(u"id").toString() !=
                    deal.values.value(QStringLiteral("pipeline")))
                    continue;
                for (const auto &s : p.toObject().value(u"stages").toArray())
                    found = found || s.toObject().value(u"id").toString() ==
                                         deal.values.value(QStringLiteral("dealstage"));
            }
            QVERIFY(found);
        }
    }

    void bodiesValidateAgainstSpecSchemas()
    {
        const Dataset dataset;
        const SpecChecker properties(QStringLiteral("properties-v3.json"));
        const SpecChecker schemas(QStringLiteral("schemas-v3.json"));
        const SpecChecker owners(QStringLiteral("owners-v3.json"));
        const SpecChecker pipelines(QStringLiteral("pipelines-v3.json"));
        const SpecChecker lists(QStringLiteral("lists-v3.json"));
        QVERIFY(properties.loaded() && schemas.loaded() && owners.loaded() && pipelines.loaded() &&
                lists.loaded());
        QStringList problems;
        for (const QString &typeId : dataset.objectTypeIds()) {
            problems += properties.check(dataset.propertiesJson(typeId, QStringLiteral("DE")),
                                         QStringLiteral("CollectionResponsePropertyNoPaging"));
            problems += properties.check(dataset.propertyGroupsJson(typeId),
                                         QStringLiteral("CollectionResponsePropertyGroupNoPaging"));
            problems += pipelines.check(dataset.pipelinesJson(typeId),
                                        QStringLiteral("CollectionResponsePipelineNoPaging"));
        }
        problems += schemas.check(dataset.schemasJson(),
                                  QStringLiteral("CollectionResponseObjectSchemaNoPaging"));
        problems += owners.check(dataset.ownersJson(),
                                 QStringLiteral("CollectionResponsePublicOwnerForwardPaging"));
        for (const ListSpec &list : dataset.lists()) {
            problems += lists.check(QJsonObject{{QStringLiteral("list"), dataset.listJson(list)}},
                                    QStringLiteral("ListFetchResponse"));
            problems += lists.check(dataset.listSearchResultJson(list),
                                    QStringLiteral("PublicObjectListSearchResult"));
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 15).join(u'\n')));

        // The checker itself catches wrong bodies (a test that cannot fail proves nothing).
        QJsonObject property = dataset.propertyJson(QStringLiteral("0-1"), QStringLiteral("email"));
        property.remove(QStringLiteral("groupName"));
        property.insert(QStringLiteral("hidden"), QStringLiteral("no"));
        QCOMPARE(properties.check(property, QStringLiteral("Property")).size(), 2);
        QJsonObject list = dataset.listJson(dataset.lists().at(1)); // DYNAMIC, with a filterBranch
        QJsonObject branch = list.value(u"filterBranch").toObject();
        branch.insert(QStringLiteral("filterBranchType"), QStringLiteral("SOMETIMES"));
        list.insert(QStringLiteral("filterBranch"), branch);
        QVERIFY(!lists.check(list, QStringLiteral("PublicObjectList")).isEmpty());
        QJsonObject owner = dataset.allOwners().first().toObject();
        owner.insert(QStringLiteral("type"), QStringLiteral("ROBOT"));
        QVERIFY(!owners.check(owner, QStringLiteral("PublicOwner")).isEmpty());
    }

    void listsHaveSpecShape()
    {
        const Dataset dataset;
        QSet<QString> types, processing;
        for (const ListSpec &list : dataset.lists()) {
            const QJsonObject object = dataset.listJson(list);
            requireFields(object,
                          {QStringLiteral("listId"), QStringLiteral("listVersion"),
                           QStringLiteral("name"), QStringLiteral("objectTypeId"),
                           QStringLiteral("processingStatus"), QStringLiteral("processingType")},
                          QStringLiteral("list"));
            QCOMPARE(object.value(u"size").toInteger(), list.memberIds.size());
            const QJsonObject found = dataset.listSearchResultJson(list);
            requireFields(found,
                          {QStringLiteral("additionalProperties"), QStringLiteral("listId"),
                           QStringLiteral("listVersion"), QStringLiteral("name"),
                           QStringLiteral("objectTypeId"), QStringLiteral("processingStatus"),
                           QStringLiteral("processingType")},
                          QStringLiteral("search result"));
            QCOMPARE(
                found.value(u"additionalProperties").toObject().value(u"hs_list_size").toString(),
                QString::number(list.memberIds.size()));
            types.insert(list.objectTypeId);
            processing.insert(list.processingType);
            if (!list.legacyListId.isEmpty())
                QCOMPARE(dataset.listByLegacyId(list.legacyListId), &list);
        }
        QVERIFY(types.contains(QStringLiteral("0-1")) && types.contains(QStringLiteral("0-2")));
        QCOMPARE(processing.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDataset)
#include "tst_sandboxdataset.moc"
