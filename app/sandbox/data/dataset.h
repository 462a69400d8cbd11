#pragma once

#include "model/exportrequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace sandbox {

struct DatasetOptions
{
    quint64 seed = 42;
    int contacts = 500;
    int companies = 100;
    int deals = 200;
    int tickets = 100;
    int customRecords = 50; // records of the one custom object (objectTypeId 2-4001)
};

// One CRM record: internal property name → raw value as HubSpot stores it (strings; numbers as
// decimal text; dates as epoch milliseconds text; enumerations as option values; multi-checkbox
// values joined by ';').
struct Record
{
    QString id;
    QHash<QString, QString> values;
    // associated objectTypeId → ids of associated records, with an optional label per id
    QHash<QString, QStringList> associations;
    QHash<QString, QStringList> associationLabels; // same shape as associations
};

struct PropertySpec
{
    QString name;
    QHash<QString, QString> labels; // language code (EN, DE, FR, ES) → label
    QString type;                   // string, number, date, datetime, enumeration, bool, phone_number
    QString fieldType;
    QString groupName;
    QList<QPair<QString, QString>> options; // value → EN label, for enumeration/bool
    bool hidden = false;
    bool calculated = false;
};

struct ListSpec
{
    QString listId;       // ILS id, digits
    QString legacyListId; // the old contact-list id that idmapping maps
    QString name;
    QString objectTypeId;
    QString processingType; // MANUAL, DYNAMIC, SNAPSHOT
    QStringList memberIds;
};

// The deterministic CRM the sandbox serves: the same options give byte-identical data, and so
// byte-identical export files. Built once at start-up; read-only afterwards (thread-safe reads).
class Dataset
{
public:
    explicit Dataset(const DatasetOptions &options = {});

    const DatasetOptions &options() const;

    // "CONTACT", "contacts", "0-1", "2-4001", the custom object's name → objectTypeId; empty if
    // unknown.
    QString resolveObjectType(const QString &nameOrId) const;
    QStringList objectTypeIds() const; // every object type served, standard and custom

    const QList<PropertySpec> &properties(const QString &objectTypeId) const;
    const PropertySpec *property(const QString &objectTypeId, const QString &name) const;
    const QList<Record> &records(const QString &objectTypeId) const;
    const QList<ListSpec> &lists() const;
    const ListSpec *list(const QString &listId) const;

    // JSON bodies with the spec's shapes, ready to send.
    QJsonObject propertiesJson(const QString &objectTypeId) const;      // {results:[Property]}
    QJsonObject propertyGroupsJson(const QString &objectTypeId) const;  // {results:[PropertyGroup]}
    QJsonObject schemasJson() const;                                    // {results:[ObjectSchema]}
    QJsonObject ownersJson() const;                                     // {results:[Owner], paging?}
    QJsonObject pipelinesJson(const QString &objectTypeId) const;       // {results:[Pipeline]}
    QJsonObject listJson(const ListSpec &list) const;                   // one list, PublicObjectList
    QJsonArray allOwners() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace sandbox
