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
#include <shared_mutex>

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
    QString type; // string, number, date, datetime, enumeration, bool, phone_number
    QString fieldType;
    QString groupName;
    QList<QPair<QString, QString>> options; // value → EN label, for enumeration/bool
    bool hidden = false;
    bool calculated = false;
    // Added by sandbox-data (additive): option labels in other languages (DE, FR, ES), parallel
    // to `options`; a language without an entry falls back to the EN label.
    QHash<QString, QStringList> optionLabels;
    QString description;
    QString referencedObjectType; // "OWNER" for owner properties
    bool hubspotDefined = true;

    // The header text for a request language ("DE", "FR_CA", ...); falls back to EN.
    QString label(const QString &language) const;
    // The label of an option value in a language; the raw value when it is not an option.
    QString optionLabel(const QString &value, const QString &language) const;
};

struct ListSpec
{
    QString listId;       // ILS id, digits
    QString legacyListId; // the old contact-list id that idmapping maps
    QString name;
    QString objectTypeId;
    QString processingType; // MANUAL, DYNAMIC, SNAPSHOT
    QStringList memberIds;
    // Added by sandbox-data: DYNAMIC lists are defined by "property EQ value" (filterBranch).
    QString filterProperty;
    QString filterValue;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct ObjectStore; // the compact storage behind Dataset, see objectstore.h

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
    // Built on first use from the compact column store and then kept: cheap for test-sized data,
    // about 2-3 KB per record, so avoid it on a million-contact dataset (use recordCount()).
    const QList<Record> &records(const QString &objectTypeId) const;
    const QList<ListSpec> &lists() const;
    const ListSpec *list(const QString &listId) const;

    // JSON bodies with the spec's shapes, ready to send.
    QJsonObject propertiesJson(const QString &objectTypeId) const;     // {results:[Property]}
    QJsonObject propertyGroupsJson(const QString &objectTypeId) const; // {results:[PropertyGroup]}
    QJsonObject schemasJson() const;                                   // {results:[ObjectSchema]}
    QJsonObject ownersJson() const;                                    // {results:[Owner], paging?}
    QJsonObject pipelinesJson(const QString &objectTypeId) const;      // {results:[Pipeline]}
    QJsonObject listJson(const ListSpec &list) const;                  // one list, PublicObjectList
    QJsonArray allOwners() const;

    // Added by sandbox-data (additive):
    // Number of records without materializing them (records() builds Record values lazily,
    // which is expensive for a million contacts; selectRecords/renderExport never call it).
    int recordCount(const QString &objectTypeId) const;
    // "Contacts", "Pets"; empty for an unknown type.
    QString pluralLabel(const QString &objectTypeId) const;
    QString singularLabel(const QString &objectTypeId) const;
    // Property labels in a language ("DE", "FR_CA" → FR, unknown → EN), like ?locale=.
    QJsonObject propertiesJson(const QString &objectTypeId, const QString &language) const;
    QJsonObject propertyJson(const QString &objectTypeId, const QString &name,
                             const QString &language = QStringLiteral("EN")) const;
    QJsonObject schemaJson(const QString &objectTypeId) const; // one ObjectSchema; {} if unknown
    // One entry of POST /crm/v3/lists/search → lists[] (PublicObjectListSearchResult).
    QJsonObject listSearchResultJson(const ListSpec &list) const;
    const ListSpec *listByLegacyId(const QString &legacyListId) const;
    const ObjectStore *objectStore(const QString &objectTypeId) const;

    // POST /__sandbox/records/mutate: creates, updates and deletes records of one type,
    // deterministically for a seed; every touched record's last-modified property (and a new
    // one's create date) is set to `nowMs`. Ids per kind; an error sentence when the type is
    // unknown or there are not enough records.
    struct Mutation
    {
        QStringList created;
        QStringList updated;
        QStringList deleted;
        QString error;
    };
    Mutation mutate(const QString &objectTypeId, int create, int update, int remove, quint64 seed,
                    qint64 nowMs) const;
    // Held shared by whatever reads rows while a mutation may run.
    std::shared_lock<std::shared_mutex> readRows() const;

    struct Data; // internal (objectstore.h); public so the generator can be a free function

private:
    std::shared_ptr<const Data> d;
};

} // namespace sandbox
