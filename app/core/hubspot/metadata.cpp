#include "metadata.h"

#include "jsonvalues.h"

#include <QJsonArray>
#include <QJsonValue>

namespace es {

using JsonValues::dateTime;
using JsonValues::idText;
using JsonValues::integer;

PropertyOption PropertyOption::fromJson(const QJsonObject &object)
{
    PropertyOption option;
    option.label = object.value(u"label").toString();
    option.value = object.value(u"value").toString();
    option.description = object.value(u"description").toString();
    option.displayOrder = object.value(u"displayOrder").toInt();
    option.hidden = object.value(u"hidden").toBool();
    return option;
}

PropertyDef::Type PropertyDef::typeFromText(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"string")
        return Type::String;
    if (t == u"number")
        return Type::Number;
    if (t == u"date")
        return Type::Date;
    if (t == u"datetime")
        return Type::DateTime;
    if (t == u"enumeration")
        return Type::Enumeration;
    if (t == u"bool")
        return Type::Bool;
    if (t == u"phone_number")
        return Type::PhoneNumber;
    return Type::Other;
}

PropertyDef PropertyDef::fromJson(const QJsonObject &object)
{
    PropertyDef def;
    def.name = object.value(u"name").toString();
    def.label = object.value(u"label").toString();
    def.typeText = object.value(u"type").toString();
    def.type = typeFromText(def.typeText);
    def.fieldType = object.value(u"fieldType").toString();
    def.groupName = object.value(u"groupName").toString();
    def.description = object.value(u"description").toString();
    const QJsonArray options = object.value(u"options").toArray();
    def.options.reserve(options.size());
    for (const auto &option : options)
        def.options.append(PropertyOption::fromJson(option.toObject()));
    def.hidden = object.value(u"hidden").toBool();
    def.calculated = object.value(u"calculated").toBool();
    def.hubspotDefined = object.value(u"hubspotDefined").toBool();
    def.archived = object.value(u"archived").toBool();
    def.displayOrder = object.value(u"displayOrder").toInt();
    def.referencedObjectType = object.value(u"referencedObjectType").toString();
    def.calculationFormula = object.value(u"calculationFormula").toString();
    def.hasUniqueValue = object.value(u"hasUniqueValue").toBool();
    const QJsonObject modification = object.value(u"modificationMetadata").toObject();
    def.readOnlyValue = modification.value(u"readOnlyValue").toBool();
    def.readOnlyDefinition = modification.value(u"readOnlyDefinition").toBool();
    def.createdAt = dateTime(object.value(u"createdAt"));
    def.updatedAt = dateTime(object.value(u"updatedAt"));
    return def;
}

PropertyGroup PropertyGroup::fromJson(const QJsonObject &object)
{
    PropertyGroup group;
    group.name = object.value(u"name").toString();
    group.label = object.value(u"label").toString();
    group.displayOrder = object.value(u"displayOrder").toInt();
    return group;
}

ListInfo ListInfo::fromJson(const QJsonObject &object)
{
    ListInfo info;
    info.listId = idText(object.value(u"listId"));
    info.name = object.value(u"name").toString();
    info.objectTypeId = object.value(u"objectTypeId").toString();
    info.processingType = object.value(u"processingType").toString();
    info.processingStatus = object.value(u"processingStatus").toString();
    // Search answers carry the size as a string in additionalProperties; GET /lists/{id} has
    // a top-level "size".
    const QJsonObject extra = object.value(u"additionalProperties").toObject();
    info.size = integer(extra.value(u"hs_list_size"), -1);
    if (info.size < 0)
        info.size = integer(object.value(u"size"), -1);
    info.updatedAt = dateTime(object.value(u"updatedAt"));
    return info;
}

ObjectSchema ObjectSchema::fromJson(const QJsonObject &object)
{
    ObjectSchema schema;
    schema.id = idText(object.value(u"id"));
    schema.objectTypeId = object.value(u"objectTypeId").toString();
    schema.name = object.value(u"name").toString();
    schema.fullyQualifiedName = object.value(u"fullyQualifiedName").toString();
    const QJsonObject labels = object.value(u"labels").toObject();
    schema.singularLabel = labels.value(u"singular").toString();
    schema.pluralLabel = labels.value(u"plural").toString();
    schema.primaryDisplayProperty = object.value(u"primaryDisplayProperty").toString();
    const QJsonArray properties = object.value(u"properties").toArray();
    for (const auto &property : properties)
        schema.properties.append(PropertyDef::fromJson(property.toObject()));
    return schema;
}

QString Owner::displayName() const
{
    QString name = QStringList{firstName, lastName}.join(u' ').trimmed();
    if (name.isEmpty())
        return email.isEmpty() ? id : email;
    if (email.isEmpty())
        return name;
    return name + u" (" + email + u')';
}

Owner Owner::fromJson(const QJsonObject &object)
{
    Owner owner;
    owner.id = idText(object.value(u"id"));
    owner.email = object.value(u"email").toString();
    owner.firstName = object.value(u"firstName").toString();
    owner.lastName = object.value(u"lastName").toString();
    owner.type = object.value(u"type").toString();
    owner.archived = object.value(u"archived").toBool();
    return owner;
}

Pipeline Pipeline::fromJson(const QJsonObject &object)
{
    Pipeline pipeline;
    pipeline.id = idText(object.value(u"id"));
    pipeline.label = object.value(u"label").toString();
    pipeline.displayOrder = object.value(u"displayOrder").toInt();
    pipeline.archived = object.value(u"archived").toBool();
    const QJsonArray stages = object.value(u"stages").toArray();
    for (const auto &value : stages) {
        const QJsonObject s = value.toObject();
        PipelineStage stage;
        stage.id = idText(s.value(u"id"));
        stage.label = s.value(u"label").toString();
        stage.displayOrder = s.value(u"displayOrder").toInt();
        stage.archived = s.value(u"archived").toBool();
        pipeline.stages.append(stage);
    }
    return pipeline;
}

} // namespace es
