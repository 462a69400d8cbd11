// Temporary stand-in for app/sandbox/data until its library lands: a few contacts, CSV only.
#include "dataset.h"
#include "exportrenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace sandbox {

struct Dataset::Data
{
    DatasetOptions options;
    QList<PropertySpec> contactProperties;
    QList<Record> contacts;
    QList<ListSpec> lists;
    QList<PropertySpec> none;
    QList<Record> noRecords;
};

Dataset::Dataset(const DatasetOptions &options)
{
    auto data = std::make_shared<Data>();
    data->options = options;
    for (const char *name : {"email", "firstname", "lastname", "lifecyclestage"}) {
        PropertySpec spec;
        spec.name = QString::fromLatin1(name);
        spec.labels.insert(QStringLiteral("EN"), spec.name);
        spec.type = QStringLiteral("string");
        spec.fieldType = QStringLiteral("text");
        spec.groupName = QStringLiteral("contactinformation");
        data->contactProperties.append(spec);
    }
    ListSpec list;
    list.listId = QStringLiteral("101");
    list.legacyListId = QStringLiteral("9001");
    list.name = QStringLiteral("Customers");
    list.objectTypeId = QStringLiteral("0-1");
    list.processingType = QStringLiteral("MANUAL");
    for (int i = 1; i <= options.contacts; ++i) {
        Record record;
        record.id = QString::number(i);
        record.values.insert(QStringLiteral("email"),
                             QStringLiteral("person%1@example.com").arg(i));
        record.values.insert(QStringLiteral("firstname"), QStringLiteral("First%1").arg(i));
        record.values.insert(QStringLiteral("lastname"), QStringLiteral("Last%1").arg(i));
        record.values.insert(QStringLiteral("lifecyclestage"),
                             i % 3 ? QStringLiteral("lead") : QStringLiteral("customer"));
        if (i % 3 == 0)
            list.memberIds.append(record.id);
        data->contacts.append(record);
    }
    data->lists.append(list);
    d = data;
}

const DatasetOptions &Dataset::options() const
{
    return d->options;
}

QString Dataset::resolveObjectType(const QString &nameOrId) const
{
    const QString upper = nameOrId.toUpper();
    if (upper == u"CONTACT" || upper == u"CONTACTS" || upper == u"0-1")
        return QStringLiteral("0-1");
    return {};
}

QStringList Dataset::objectTypeIds() const
{
    return {QStringLiteral("0-1")};
}

const QList<PropertySpec> &Dataset::properties(const QString &objectTypeId) const
{
    return objectTypeId == u"0-1" ? d->contactProperties : d->none;
}

const PropertySpec *Dataset::property(const QString &objectTypeId, const QString &name) const
{
    for (const PropertySpec &spec : properties(objectTypeId)) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const QList<Record> &Dataset::records(const QString &objectTypeId) const
{
    return objectTypeId == u"0-1" ? d->contacts : d->noRecords;
}

const QList<ListSpec> &Dataset::lists() const
{
    return d->lists;
}

const ListSpec *Dataset::list(const QString &listId) const
{
    for (const ListSpec &spec : d->lists) {
        if (spec.listId == listId)
            return &spec;
    }
    return nullptr;
}

QJsonObject Dataset::propertiesJson(const QString &objectTypeId) const
{
    QJsonArray results;
    for (const PropertySpec &spec : properties(objectTypeId)) {
        results.append(
            QJsonObject{{QStringLiteral("name"), spec.name},
                        {QStringLiteral("label"), spec.labels.value(QStringLiteral("EN"))},
                        {QStringLiteral("type"), spec.type},
                        {QStringLiteral("fieldType"), spec.fieldType},
                        {QStringLiteral("groupName"), spec.groupName},
                        {QStringLiteral("description"), QString()},
                        {QStringLiteral("options"), QJsonArray()}});
    }
    return {{QStringLiteral("results"), results}};
}

QJsonObject Dataset::propertyGroupsJson(const QString &) const
{
    return {
        {QStringLiteral("results"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("contactinformation")},
                                {QStringLiteral("label"), QStringLiteral("Contact information")},
                                {QStringLiteral("displayOrder"), 0},
                                {QStringLiteral("archived"), false}}}}};
}

QJsonObject Dataset::schemasJson() const
{
    return {{QStringLiteral("results"), QJsonArray()}};
}

QJsonArray Dataset::allOwners() const
{
    QJsonArray owners;
    for (int i = 1; i <= 3; ++i)
        owners.append(
            QJsonObject{{QStringLiteral("id"), QString::number(100 + i)},
                        {QStringLiteral("email"), QStringLiteral("owner%1@example.com").arg(i)},
                        {QStringLiteral("type"), QStringLiteral("PERSON")},
                        {QStringLiteral("archived"), false},
                        {QStringLiteral("createdAt"), QStringLiteral("2024-01-01T00:00:00Z")},
                        {QStringLiteral("updatedAt"), QStringLiteral("2024-01-01T00:00:00Z")}});
    return owners;
}

QJsonObject Dataset::ownersJson() const
{
    return {{QStringLiteral("results"), allOwners()}};
}

QJsonObject Dataset::pipelinesJson(const QString &) const
{
    return {{QStringLiteral("results"), QJsonArray()}};
}

QJsonObject Dataset::listJson(const ListSpec &list) const
{
    return {{QStringLiteral("listId"), list.listId},
            {QStringLiteral("listVersion"), 1},
            {QStringLiteral("name"), list.name},
            {QStringLiteral("objectTypeId"), list.objectTypeId},
            {QStringLiteral("processingType"), list.processingType},
            {QStringLiteral("processingStatus"), QStringLiteral("COMPLETE")}};
}

QStringList selectRecords(const Dataset &dataset, const es::ExportRequest &request,
                          QList<RequestError> *)
{
    QStringList ids;
    if (request.exportType == es::ExportType::List) {
        if (const ListSpec *list = dataset.list(request.listId))
            ids = list->memberIds;
        return ids;
    }
    for (const Record &record : dataset.records(QStringLiteral("0-1"))) {
        bool any = !request.search || request.search->filterGroups.isEmpty();
        if (request.search) {
            for (const es::FilterGroup &group : request.search->filterGroups) {
                bool all = true;
                for (const es::Filter &filter : group.filters)
                    all = all && record.values.value(filter.propertyName) == filter.value;
                any = any || all;
            }
        }
        if (any)
            ids.append(record.id);
    }
    return ids;
}

namespace {
RenderedExport writeFile(const QString &path, const QByteArray &bytes, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    RenderedExport out;
    out.path = path;
    out.fileName = name;
    out.size = bytes.size();
    out.sha256Hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return out;
}
} // namespace

RenderResult renderExport(const Dataset &dataset, const es::ExportRequest &request,
                          const RenderOptions &options, const QString &exportId)
{
    RenderResult result;
    const QStringList ids = selectRecords(dataset, request);
    QByteArray csv = request.objectProperties.join(u',').toUtf8() + "\r\n";
    for (const Record &record : dataset.records(QStringLiteral("0-1"))) {
        if (!ids.contains(record.id))
            continue;
        QStringList row;
        for (const QString &name : request.objectProperties)
            row.append(record.values.value(name));
        csv += row.join(u',').toUtf8() + "\r\n";
    }
    const QString name = QStringLiteral("export-%1.csv").arg(exportId);
    result.file = writeFile(QDir(options.outputDir).filePath(name), csv, name);
    result.file.contentType = "text/csv; charset=utf-8";
    result.file.recordCount = int(ids.size());
    return result;
}

RenderedExport writeBadZip(BadZipKind, const QString &outputDir, const QString &exportId)
{
    const QString name = QStringLiteral("bad-%1.zip").arg(exportId);
    RenderedExport out = writeFile(QDir(outputDir).filePath(name),
                                   QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'), name);
    out.contentType = "application/zip";
    out.zipped = true;
    return out;
}

} // namespace sandbox
