#include "searchresult.h"

#include <QJsonArray>

namespace es {

SearchPage SearchPage::fromJson(const QJsonObject &object)
{
    SearchPage page;
    const QJsonValue total = object.value(u"total");
    if (total.isDouble())
        page.total = total.toInteger(-1);
    const QJsonArray results = object.value(u"results").toArray();
    page.results.reserve(results.size());
    for (const auto &result : results)
        page.results.append(result.toObject());
    const QJsonValue after =
        object.value(u"paging").toObject().value(u"next").toObject().value(u"after");
    page.nextAfter = after.isDouble() ? QString::number(after.toInteger()) : after.toString();
    return page;
}

} // namespace es
