#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace es {

// Lenient readers for the scalar shapes HubSpot's JSON answers vary in, shared by the metadata
// and export status readers so that every endpoint accepts the same spellings.
namespace JsonValues {

// HubSpot sends ids as strings, but some endpoints (owners' userId, legacy lists, older export
// answers) use numbers. Anything else reads as empty.
QString idText(const QJsonValue &value);

// ISO 8601 (with or without milliseconds), or epoch milliseconds as some older endpoints send.
QDateTime dateTime(const QJsonValue &value);

// A number, or a string holding one (list sizes arrive as strings); `fallback` otherwise.
qint64 integer(const QJsonValue &value, qint64 fallback);

} // namespace JsonValues

} // namespace es
