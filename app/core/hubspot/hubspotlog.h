#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

namespace es {

Q_DECLARE_LOGGING_CATEGORY(lcHubSpot) // "es.hubspot"

namespace Redact {

// The path only: no query string (a legacy list id is harmless, but download links carry
// signatures in theirs) and never userinfo.
QString url(const QUrl &url);
// `text` with every occurrence of `secret` (when at least 4 characters) and every http(s) URL's
// query replaced by "***", for log lines built from server text.
QString text(const QString &text, const QString &secret = {});

} // namespace Redact
} // namespace es
