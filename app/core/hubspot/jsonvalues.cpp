#include "jsonvalues.h"

namespace es::JsonValues {

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QDateTime dateTime(const QJsonValue &value)
{
    if (value.isString())
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
    return {};
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

} // namespace es::JsonValues
