#pragma once

#include "hubspot/metadata.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace es::FilterValues {

// HubSpot compares date and datetime properties as epoch milliseconds. A `date` property holds
// midnight UTC of its day; a `datetime` holds an instant, which people pick in local time.
QString fromDate(QDate date);                      // midnight UTC, in ms
QString fromLocalDateTime(const QDateTime &local); // the same instant, in ms
// Reads epoch ms (or an ISO 8601 date/date-time, which older presets may hold).
std::optional<QDate> toDate(const QString &value);              // the UTC day
std::optional<QDateTime> toLocalDateTime(const QString &value); // in local time

// A value as a person reads it: an option's label, a date, "Yes"/"No".
QString display(const QString &value, const PropertyDef *property);
// The date format of the interface language (QLocale()), unambiguous and short: "1 Jan 2026",
// "1. Jan. 2026", "Jan 1, 2026", "2026年1月1日"; with the locale's short time when asked.
QString dateFormat(bool withTime = false);

// Options to offer for enumeration and bool properties (bool gets Yes/No if it has none).
QList<PropertyOption> choices(const PropertyDef *property);

} // namespace es::FilterValues
