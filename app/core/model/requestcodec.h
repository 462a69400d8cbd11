#pragma once

#include "exportrequest.h"
#include "validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace es {

// Reads and writes the wire JSON of an export request.
//
// Writing follows ARCHITECTURE.md's decisions: upper-case enums, listId as a digit string,
// associatedObjectType as an array, sorts as {"propertyName","order"} objects, filterGroups plus an
// empty legacy "filters" list (the spec marks it required), every spec-required field explicit.
//
// Reading is lenient about the shapes HubSpot's docs and older SDKs show (lower-case format, a
// single associatedObjectType string, numeric listId, a flat "filters" list read as one group,
// sorts as strings or objects) and reports, rather than drops, what it does not understand.
namespace RequestCodec {

struct DecodeResult
{
    ExportRequest request;
    QList<ValidationIssue> issues; // errors make the request unusable; warnings do not

    bool ok() const { return !hasErrors(issues); }
};

QJsonObject toJson(const ExportRequest &request);
QByteArray toBytes(const ExportRequest &request, bool indented = true);

DecodeResult fromJson(const QJsonObject &object);
// Also reports a JSON syntax error with its offset, or a body that is not an object.
DecodeResult fromBytes(const QByteArray &bytes);

QJsonObject toJson(const SearchRequest &search);
QJsonObject toJson(const Filter &filter);

} // namespace RequestCodec
} // namespace es
