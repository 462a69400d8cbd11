#pragma once

#include "exportrenderer.h"

#include <QJsonArray>
#include <QStringList>

namespace sandbox {

struct SearchResult
{
    QList<RequestError> errors; // non-empty: nothing was selected (fields named as in the body)
    qint64 total = 0;           // every matching record
    QJsonArray results;         // SimplePublicObject, the page asked for
    qint64 nextOffset = -1;     // where the next page starts; -1 on the last page
};

// CRM search over the dataset with the very record selection an export of the same filterGroups
// and query makes (selectRows, HubSpot's operator semantics), so that a search's total and the
// rows of that export always agree. Returns `limit` records from `offset` in the search's order
// (the first sort, else record id), each with the asked properties (unknown names are skipped,
// as HubSpot does) or, when none are asked, hs_object_id and the create/modify dates.
SearchResult searchRecords(const Dataset &dataset, const QString &objectType,
                           const es::SearchRequest &search, qint64 offset, int limit,
                           const QStringList &properties);

} // namespace sandbox
