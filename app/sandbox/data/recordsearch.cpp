#include "recordsearch.h"

#include "selection.h"

#include <QDateTime>
#include <QJsonObject>

namespace sandbox {
namespace {

QString isoTime(const Column *column, quint32 row)
{
    const std::optional<double> ms = column ? column->number(row) : std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms ? qint64(*ms) : 0, Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

const Column *firstColumn(const ObjectStore &store, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (const Column *column = store.column(QString::fromLatin1(name)))
            return column;
    }
    return nullptr;
}

} // namespace

SearchResult searchRecords(const Dataset &dataset, const QString &objectType,
                           const es::SearchRequest &search, qint64 offset, int limit,
                           const QStringList &properties)
{
    // The same request an export of these filters would be: the selection is shared, not copied.
    es::ExportRequest request;
    request.exportType = es::ExportType::View;
    request.objectType = objectType;
    request.search = search;
    Selection selection = selectRows(dataset, request);

    SearchResult result;
    const QString exportPrefix = QStringLiteral("publicCrmSearchRequest.");
    for (RequestError error : std::as_const(selection.errors)) {
        if (error.in.startsWith(exportPrefix))
            error.in = error.in.mid(exportPrefix.size());
        result.errors.append(error);
    }
    if (!result.errors.isEmpty() || !selection.store)
        return result;

    const ObjectStore &store = *selection.store;
    result.total = qint64(selection.rows.size());
    QStringList wanted;
    for (const QString &name : properties) {
        if (store.column(name) && !wanted.contains(name))
            wanted.append(name);
    }
    if (properties.isEmpty()) {
        for (const char *name : {"hs_object_id", "createdate", "hs_createdate", "lastmodifieddate",
                                 "hs_lastmodifieddate"}) {
            if (store.column(QString::fromLatin1(name)))
                wanted.append(QString::fromLatin1(name));
        }
    }
    const Column *created = firstColumn(store, {"createdate", "hs_createdate"});
    const Column *modified = firstColumn(store, {"lastmodifieddate", "hs_lastmodifieddate"});

    const qint64 end = std::min<qint64>(result.total, offset + std::max(0, limit));
    for (qint64 i = std::max<qint64>(0, offset); i < end; ++i) {
        const quint32 row = selection.rows[size_t(i)];
        QJsonObject values;
        for (const QString &name : std::as_const(wanted)) {
            const Column *column = store.column(name);
            const QString type = store.properties[store.indexOf(name)].type;
            QString text = column->raw(row);
            // Search answers carry dates as ISO text, not the epoch milliseconds filters take.
            if (!text.isEmpty() && type == u"datetime")
                text = isoTime(column, row);
            else if (!text.isEmpty() && type == u"date")
                text = isoTime(column, row).left(10);
            values.insert(name, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        }
        result.results.append(QJsonObject{
            {QStringLiteral("id"), QString::number(store.idOf(row))},
            {QStringLiteral("properties"), values},
            {QStringLiteral("createdAt"), isoTime(created, row)},
            {QStringLiteral("updatedAt"), isoTime(modified ? modified : created, row)},
            {QStringLiteral("archived"), false},
        });
    }
    if (end < result.total)
        result.nextOffset = end;
    return result;
}

} // namespace sandbox
