#include "dataset.h"

#include "catalog.h"
#include "datasetgenerator.h"
#include "objectstore.h"
#include "prng.h"

namespace sandbox {

namespace {

QString languageKey(const QString &language)
{
    const QString upper = language.toUpper();
    for (const char *key : {"DE", "FR", "ES"}) {
        const QLatin1String k(key);
        if (upper == k || upper.startsWith(k + QLatin1Char('_')))
            return k;
    }
    return QStringLiteral("EN");
}

const QList<PropertySpec> &emptyProperties()
{
    static const QList<PropertySpec> empty;
    return empty;
}

const QList<Record> &emptyRecords()
{
    static const QList<Record> empty;
    return empty;
}

} // namespace

QString PropertySpec::label(const QString &language) const
{
    const QString text = labels.value(languageKey(language));
    return text.isEmpty() ? labels.value(QStringLiteral("EN"), name) : text;
}

QString PropertySpec::optionLabel(const QString &value, const QString &language) const
{
    const QString key = languageKey(language);
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options[i].first != value)
            continue;
        if (key != u"EN") {
            const QStringList translated = optionLabels.value(key);
            if (i < translated.size() && !translated[i].isEmpty())
                return translated[i];
        }
        return options[i].second;
    }
    return value;
}

// ---- Column / ObjectStore ---------------------------------------------------------------

bool Column::isEmpty(qsizetype row) const
{
    switch (kind) {
    case Kind::Pool:
        return poolIndex[size_t(row)] == 0;
    case Kind::Int:
        return ints[size_t(row)] == kEmpty;
    case Kind::Text:
        return texts[row].isEmpty();
    }
    return true;
}

QString Column::raw(qsizetype row) const
{
    switch (kind) {
    case Kind::Pool:
        return pool[poolIndex[size_t(row)]];
    case Kind::Text:
        return texts[row];
    case Kind::Int: {
        const qint64 value = ints[size_t(row)];
        if (value == kEmpty)
            return {};
        if (decimals == 0)
            return QString::number(value);
        qint64 scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        const qint64 magnitude = value < 0 ? -value : value;
        QString text = value < 0 ? QStringLiteral("-") : QString();
        text += QString::number(magnitude / scale);
        QString fraction = QString::number(magnitude % scale).rightJustified(decimals, u'0');
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        if (!fraction.isEmpty())
            text += QLatin1Char('.') + fraction;
        return text;
    }
    }
    return {};
}

std::optional<double> Column::number(qsizetype row) const
{
    if (kind != Kind::Int || ints[size_t(row)] == kEmpty)
        return std::nullopt;
    double value = double(ints[size_t(row)]);
    for (int i = 0; i < decimals; ++i)
        value /= 10.0;
    return value;
}

qsizetype ObjectStore::rowOf(const QString &id) const
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok || value < firstId || value >= firstId + count || isDeleted(value - firstId))
        return -1;
    return qsizetype(value - firstId);
}

const Column *ObjectStore::column(const QString &property) const
{
    const int index = indexOf(property);
    return index < 0 ? nullptr : &columns[size_t(index)];
}

QString ObjectStore::displayName(qsizetype row) const
{
    if (typeId == u"0-1") {
        // HubSpot shows a contact by name, and by email when it has no name.
        const QString first = column(QStringLiteral("firstname"))->raw(row);
        const QString last = column(QStringLiteral("lastname"))->raw(row);
        const QString name = QString(first + QLatin1Char(' ') + last).trimmed();
        return name.isEmpty() ? column(QStringLiteral("email"))->raw(row) : name;
    }
    const Column *primary = column(primaryDisplay);
    return primary ? primary->raw(row) : QString();
}

const ObjectStore *Dataset::Data::object(const QString &typeId) const
{
    for (const auto &store : objects) {
        if (store->typeId == typeId)
            return store.get();
    }
    return nullptr;
}

// ---- Dataset ------------------------------------------------------------------------------

Dataset::Dataset(const DatasetOptions &options)
{
    auto data = std::make_shared<Data>();
    data->options = options;
    generateDataset(*data);
    d = std::move(data);
}

const DatasetOptions &Dataset::options() const
{
    return d->options;
}

QString Dataset::resolveObjectType(const QString &nameOrId) const
{
    const QString text = nameOrId.trimmed();
    const QString lower = text.toLower();
    for (const auto &store : d->objects) {
        if (text == store->typeId)
            return store->typeId;
        const QStringList names = {store->wireName.toLower(), store->apiName,
                                   store->singular.toLower(), store->plural.toLower()};
        if (names.contains(lower))
            return store->typeId;
        if (store->typeId.startsWith(u"2-") &&
            lower == QStringLiteral("p%1_%2").arg(catalog::kPortalId).arg(store->apiName))
            return store->typeId;
    }
    return {};
}

QStringList Dataset::objectTypeIds() const
{
    QStringList ids;
    for (const auto &store : d->objects)
        ids.append(store->typeId);
    return ids;
}

const QList<PropertySpec> &Dataset::properties(const QString &objectTypeId) const
{
    const ObjectStore *store = d->object(objectTypeId);
    return store ? store->properties : emptyProperties();
}

const PropertySpec *Dataset::property(const QString &objectTypeId, const QString &name) const
{
    const ObjectStore *store = d->object(objectTypeId);
    if (!store)
        return nullptr;
    const int index = store->indexOf(name);
    return index < 0 ? nullptr : &store->properties[index];
}

const QList<Record> &Dataset::records(const QString &objectTypeId) const
{
    const ObjectStore *store = d->object(objectTypeId);
    if (!store)
        return emptyRecords();
    std::call_once(store->recordsOnce, [store, this] {
        QList<Record> records;
        records.reserve(store->count);
        for (qsizetype row = 0; row < store->count; ++row) {
            Record record;
            record.id = QString::number(store->idOf(row));
            for (int i = 0; i < store->properties.size(); ++i) {
                const Column &column = store->columns[size_t(i)];
                if (!column.isEmpty(row))
                    record.values.insert(store->properties[i].name, column.raw(row));
            }
            for (auto it = store->associations.cbegin(); it != store->associations.cend(); ++it) {
                const ObjectStore *target = d->object(it.key());
                const AssocTable &table = it.value();
                const quint32 begin = table.offsets[size_t(row)];
                const quint32 end = table.offsets[size_t(row) + 1];
                if (begin == end)
                    continue;
                QStringList ids;
                QStringList labels;
                for (quint32 k = begin; k < end; ++k) {
                    ids.append(QString::number(target->idOf(table.targets[k])));
                    labels.append(d->associationLabels.value(table.labels[k]));
                }
                record.associations.insert(it.key(), ids);
                record.associationLabels.insert(it.key(), labels);
            }
            records.append(std::move(record));
        }
        store->records = std::move(records);
    });
    return store->records;
}

const QList<ListSpec> &Dataset::lists() const
{
    return d->lists;
}

const ListSpec *Dataset::list(const QString &listId) const
{
    for (const ListSpec &list : d->lists) {
        if (list.listId == listId.trimmed())
            return &list;
    }
    return nullptr;
}

const ListSpec *Dataset::listByLegacyId(const QString &legacyListId) const
{
    for (const ListSpec &list : d->lists) {
        if (!list.legacyListId.isEmpty() && list.legacyListId == legacyListId.trimmed())
            return &list;
    }
    return nullptr;
}

int Dataset::recordCount(const QString &objectTypeId) const
{
    const ObjectStore *store = d->object(objectTypeId);
    return store ? store->count : 0;
}

QString Dataset::pluralLabel(const QString &objectTypeId) const
{
    const ObjectStore *store = d->object(objectTypeId);
    return store ? store->plural : QString();
}

QString Dataset::singularLabel(const QString &objectTypeId) const
{
    const ObjectStore *store = d->object(objectTypeId);
    return store ? store->singular : QString();
}

const ObjectStore *Dataset::objectStore(const QString &objectTypeId) const
{
    return d->object(objectTypeId);
}

std::shared_lock<std::shared_mutex> Dataset::readRows() const
{
    return std::shared_lock<std::shared_mutex>(d->rowsMutex);
}

namespace {

// The property a mutation edits so that an export shows the change: the first plain text
// property that is neither the record id nor computed.
int editableProperty(const ObjectStore &store)
{
    for (int i = 0; i < store.properties.size(); ++i) {
        const PropertySpec &p = store.properties.at(i);
        if (p.type == u"string" && p.name != u"hs_object_id" && !p.calculated &&
            store.columns[size_t(i)].kind != Column::Kind::Int)
            return i;
    }
    return -1;
}

void setText(Column &column, qsizetype row, const QString &text)
{
    if (column.kind == Column::Kind::Text) {
        column.texts[row] = text;
        return;
    }
    qsizetype index = column.pool.indexOf(text);
    if (index < 0) {
        column.pool.append(text);
        index = column.pool.size() - 1;
    }
    column.poolIndex[size_t(row)] = quint32(index);
}

} // namespace

Dataset::Mutation Dataset::mutate(const QString &objectTypeId, int create, int update, int remove,
                                  quint64 seed, qint64 nowMs) const
{
    Mutation result;
    std::unique_lock lock(d->rowsMutex);
    // The dataset is shared read-only everywhere else; rows change only here, under the lock.
    auto *store = const_cast<ObjectStore *>(d->object(objectTypeId));
    if (!store) {
        result.error = QStringLiteral("Unknown object type '%1'.").arg(objectTypeId);
        return result;
    }
    std::vector<quint32> live;
    for (quint32 row = 0; row < quint32(store->count); ++row) {
        if (!store->isDeleted(row))
            live.push_back(row);
    }
    if (create < 0 || update < 0 || remove < 0 || size_t(update) + size_t(remove) > live.size()) {
        result.error = QStringLiteral("Cannot update %1 and delete %2 of %3 live records.")
                           .arg(update)
                           .arg(remove)
                           .arg(live.size());
        return result;
    }
    Prng prng(seed);
    // A deterministic pick of distinct rows: a seeded partial Fisher-Yates shuffle.
    for (size_t i = 0; i < size_t(update) + size_t(remove); ++i)
        std::swap(live[i], live[i + prng.below(quint32(live.size() - i))]);
    const int edited = editableProperty(*store);
    const int modified = [&] {
        for (const char *name : {"hs_lastmodifieddate", "lastmodifieddate"}) {
            const int index = store->indexOf(QLatin1String(name));
            if (index >= 0)
                return index;
        }
        return -1;
    }();
    const auto touch = [&](qsizetype row) {
        if (modified >= 0)
            store->columns[size_t(modified)].ints[size_t(row)] = nowMs;
    };
    for (int i = 0; i < update; ++i) {
        const quint32 row = live[size_t(i)];
        if (edited >= 0) {
            Column &column = store->columns[size_t(edited)];
            setText(column, row,
                    QStringLiteral("%1 (edited %2)").arg(column.raw(row)).arg(prng.below(100000)));
        }
        touch(row);
        result.updated.append(QString::number(store->idOf(row)));
    }
    store->deleted.resize(size_t(store->count), false);
    for (int i = update; i < update + remove; ++i) {
        const quint32 row = live[size_t(i)];
        store->deleted[row] = true;
        result.deleted.append(QString::number(store->idOf(row)));
    }
    for (int i = 0; i < create; ++i) {
        // A copy of a live record, with a new id, edited text and fresh dates.
        const quint32 from = live.empty() ? 0 : live[prng.below(quint32(live.size()))];
        const qsizetype row = store->count;
        for (int c = 0; c < store->properties.size(); ++c) {
            Column &column = store->columns[size_t(c)];
            switch (column.kind) {
            case Column::Kind::Pool:
                column.poolIndex.push_back(column.poolIndex.empty() ? 0 : column.poolIndex[from]);
                break;
            case Column::Kind::Int:
                column.ints.push_back(column.ints.empty() ? Column::kEmpty : column.ints[from]);
                break;
            case Column::Kind::Text:
                column.texts.append(column.texts.isEmpty() ? QString() : column.texts.at(from));
                break;
            }
        }
        for (auto it = store->associations.begin(); it != store->associations.end(); ++it)
            it->offsets.push_back(it->offsets.empty() ? 0 : it->offsets.back());
        ++store->count;
        store->deleted.push_back(false);
        const int idColumn = store->indexOf(QStringLiteral("hs_object_id"));
        if (idColumn >= 0) {
            Column &ids = store->columns[size_t(idColumn)];
            if (ids.kind == Column::Kind::Int)
                ids.ints[size_t(row)] = store->idOf(row);
            else
                setText(ids, row, QString::number(store->idOf(row)));
        }
        if (edited >= 0)
            setText(store->columns[size_t(edited)], row,
                    QStringLiteral("Created %1").arg(store->idOf(row)));
        for (const char *name : {"createdate", "hs_createdate"}) {
            const int index = store->indexOf(QLatin1String(name));
            if (index >= 0 && store->columns[size_t(index)].kind == Column::Kind::Int)
                store->columns[size_t(index)].ints[size_t(row)] = nowMs;
        }
        touch(row);
        result.created.append(QString::number(store->idOf(row)));
    }
    return result;
}

} // namespace sandbox
