#pragma once

// Internal to sandbox_data: the compact, column-oriented storage behind Dataset. A million
// contacts as QHash-per-record would need several GB; columns of pool indexes and integers need a
// few hundred MB and make filtering and rendering linear scans.

#include "dataset.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <vector>

namespace sandbox {

struct Column
{
    enum class Kind
    {
        Pool,
        Int,
        Text
    };
    static constexpr qint64 kEmpty = std::numeric_limits<qint64>::min();

    Kind kind = Kind::Pool;
    QStringList pool{QString()}; // Pool: distinct values, index 0 is "no value"
    std::vector<quint32> poolIndex;
    std::vector<qint64> ints; // Int: numbers scaled by 10^decimals, dates as epoch ms
    int decimals = 0;
    QStringList texts; // Text: one value per row

    bool isEmpty(qsizetype row) const;
    QString raw(qsizetype row) const;
    // Int columns only: the value as a number (unscaled).
    std::optional<double> number(qsizetype row) const;
};

// Rows of one object type to rows of another, in compressed sparse row form.
struct AssocTable
{
    std::vector<quint32> offsets; // size rows + 1
    std::vector<quint32> targets; // target rows, ascending per source row
    std::vector<quint8> labels;   // index into Dataset::Data::associationLabels, 0 = none
};

// Association label names by index (AssocTable::labels); index 0 is "no label".
const QStringList &associationLabelNames();

struct GroupSpec
{
    QString name;
    QString label;
};

struct ObjectStore
{
    QString typeId;   // "0-1"
    QString wireName; // "CONTACT"
    QString apiName;  // "contacts"
    QString singular; // "Contact"
    QString plural;   // "Contacts"
    QString primaryDisplay;
    QStringList searchable; // properties the free-text query looks at
    qint64 firstId = 1;
    int count = 0;

    QList<PropertySpec> properties;
    QHash<QString, int> propertyIndex;
    std::vector<Column> columns; // parallel to properties
    QList<GroupSpec> groups;
    QMap<QString, AssocTable> associations; // by target objectTypeId

    mutable std::once_flag recordsOnce;
    mutable QList<Record> records;
    // Rows deleted through POST /__sandbox/records/mutate: kept in the columns (ids are
    // firstId + row), left out of every selection.
    std::vector<bool> deleted;

    qint64 idOf(qsizetype row) const { return firstId + row; }
    bool isDeleted(qsizetype row) const
    {
        return size_t(row) < deleted.size() && deleted[size_t(row)];
    }
    // Row of a record id, or -1.
    qsizetype rowOf(const QString &id) const;
    const Column *column(const QString &property) const;
    int indexOf(const QString &property) const { return propertyIndex.value(property, -1); }
    // The text HubSpot shows for a record of this type (e.g. a contact's name).
    QString displayName(qsizetype row) const;
};

struct OwnerSpec
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString type; // PERSON or QUEUE
    int userId = 0;
    QString teamId;
    QString teamName;
};

struct StageSpec
{
    QString id;
    QString label;
    double probability = 0;
    bool closed = false;
};

struct PipelineSpec
{
    QString objectTypeId;
    QString id;
    QString label;
    QList<StageSpec> stages;
};

} // namespace sandbox

struct sandbox::Dataset::Data
{
    // Readers of rows (selection, rendering) hold it shared; a mutation holds it exclusively.
    mutable std::shared_mutex rowsMutex;
    DatasetOptions options;
    std::vector<std::unique_ptr<ObjectStore>> objects;
    QList<ListSpec> lists;
    QList<OwnerSpec> owners;
    QList<PipelineSpec> pipelines;
    QStringList associationLabels{QString()};

    const ObjectStore *object(const QString &typeId) const;
};
