#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace es {

// One answer of POST {objects}/{objectType}/search (CollectionResponseWithTotalSimplePublicObject
// in the objects spec).
struct SearchPage
{
    qint64 total = -1;          // every matching record, not capped by the 10,000 paging limit
    QList<QJsonObject> results; // SimplePublicObject as sent
    QString nextAfter;          // paging.next.after; empty on the last page

    static SearchPage fromJson(const QJsonObject &object);
};

// What HubSpotClient::countRecords() found out.
struct RecordCount
{
    qint64 total = -1;
    // VIEW with two or more filter groups: each group's own total (with the query), in order.
    QList<qint64> perGroup;
    QJsonObject searchBody; // the search body sent for the total (VIEW)
    QString listId;         // LIST: the list counted
};

} // namespace es
