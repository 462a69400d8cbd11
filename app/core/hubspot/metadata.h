#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace es {

// Value types for HubSpot's metadata endpoints, read from the JSON shapes in HubSpot's specs
// (properties-v3, lists-v3, schemas-v3, owners-v3, pipelines-v3). Readers are lenient: a missing
// optional field leaves the default, and unknown fields are ignored.

struct PropertyOption
{
    QString label;
    QString value;
    QString description;
    int displayOrder = 0;
    bool hidden = false;

    static PropertyOption fromJson(const QJsonObject &object);
};

// GET /crm/v3/properties/{objectType} → results[]
struct PropertyDef
{
    enum class Type
    {
        String,
        Number,
        Date,
        DateTime,
        Enumeration,
        Bool,
        PhoneNumber,
        Other
    };

    QString name;
    QString label;
    Type type = Type::String;
    QString typeText;  // "string", "datetime", ... as sent
    QString fieldType; // "text", "select", "booleancheckbox", ...
    QString groupName;
    QString description;
    QList<PropertyOption> options;
    bool hidden = false;
    bool calculated = false;
    bool hubspotDefined = false;
    bool archived = false;
    int displayOrder = 0;
    QString referencedObjectType; // "OWNER" for owner properties
    QString calculationFormula;   // calculated properties, when HubSpot shares the formula
    bool hasUniqueValue = false;
    bool readOnlyValue = false;      // modificationMetadata: users cannot set a value
    bool readOnlyDefinition = false; // ...or change the definition
    QDateTime createdAt;             // invalid when HubSpot does not say (its own properties)
    QDateTime updatedAt;

    static PropertyDef fromJson(const QJsonObject &object);
    static Type typeFromText(const QString &text);
};

// GET /crm/v3/properties/{objectType}/groups → results[]
struct PropertyGroup
{
    QString name;
    QString label;
    int displayOrder = 0;

    static PropertyGroup fromJson(const QJsonObject &object);
};

// POST /crm/v3/lists/search → lists[]; GET /crm/v3/lists/{id} → list
struct ListInfo
{
    QString listId;
    QString name;
    QString objectTypeId;
    QString processingType; // MANUAL, DYNAMIC, SNAPSHOT
    QString processingStatus;
    qint64 size = -1; // additionalProperties.hs_list_size or list.size; -1 when unknown
    QDateTime updatedAt;

    static ListInfo fromJson(const QJsonObject &object);
};

// GET /crm-object-schemas/v3/schemas → results[]
struct ObjectSchema
{
    QString id;
    QString objectTypeId; // "2-123"
    QString name;
    QString fullyQualifiedName;
    QString singularLabel;
    QString pluralLabel;
    QString primaryDisplayProperty;
    QList<PropertyDef> properties;

    static ObjectSchema fromJson(const QJsonObject &object);
};

// GET /crm/v3/owners → results[]
struct Owner
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString type; // PERSON or QUEUE
    bool archived = false;

    QString displayName() const;
    static Owner fromJson(const QJsonObject &object);
};

// GET /crm/v3/pipelines/{objectType} → results[]
struct PipelineStage
{
    QString id;
    QString label;
    int displayOrder = 0;
    bool archived = false;
};

struct Pipeline
{
    QString id;
    QString label;
    int displayOrder = 0;
    bool archived = false;
    QList<PipelineStage> stages;

    static Pipeline fromJson(const QJsonObject &object);
};

// One entry of the wizard's object picker: a standard object from es::ObjectTypes or a custom
// object from the schemas API.
struct ObjectTypeChoice
{
    QString objectType; // what an export request takes: "CONTACT", or "2-123" for custom objects
    QString typeId;     // "0-1", "2-123"
    QString singularLabel;
    QString pluralLabel;
    bool custom = false;
};

} // namespace es
