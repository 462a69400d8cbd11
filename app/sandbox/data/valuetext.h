#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace sandbox::valuetext {

inline constexpr qint64 kDayMs = 86400000;

// How HubSpot's export shows dates (UTC): "2024-03-05" and "2024-03-05 14:22".
QString formatDate(qint64 epochMs);
QString formatDateTime(qint64 epochMs);

// A filter value for a date or datetime property: epoch milliseconds ("1709647320000"), an ISO
// date ("2024-03-05", midnight UTC) or an ISO date-time (no zone = UTC). Date properties compare
// by day, so `dateOnly` floors the result to midnight UTC.
std::optional<qint64> parseTime(const QString &text, bool dateOnly);

std::optional<double> parseNumber(const QString &text);

// CONTAINS_TOKEN: every whitespace-separated pattern of `query` (with `*` wildcards) must match a
// token of `text`. Tokens are the whitespace-separated words of the value, and the pieces of each
// word split at punctuation, and an e-mail address's local part and domain (so "anna@acme.com"
// has the tokens anna@acme.com, anna, acme.com, acme, com).
// Case-insensitive.
bool containsToken(const QString &text, const QString &query);
// The same with the query split once: lower-case, whitespace-separated patterns.
QStringList tokenPatterns(const QString &query);
bool containsTokens(const QString &text, const QStringList &patterns);
bool globMatch(QStringView pattern, QStringView text); // '*' only, case-sensitive

} // namespace sandbox::valuetext
