#pragma once

#include <QByteArray>
#include <QList>

namespace es::ValueCodec {

// A record's values as the vault stores them: a JSON array of strings in the preset's column
// order, an empty value as null, trailing nulls left out (so a column added later compares equal
// to "no value"). JSON so that `sqlite3` reads it with json_extract(); UTF-8 bytes in and out so
// a million rows never pass through QString.
QByteArray encode(const QList<QByteArray> &values);
// The values of an encoded array (nulls as empty arrays). False when `json` is not an array this
// codec wrote.
bool decode(const QByteArray &json, QList<QByteArray> *values);

} // namespace es::ValueCodec
