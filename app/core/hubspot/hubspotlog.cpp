#include "hubspotlog.h"

#include <QRegularExpression>

namespace es {

Q_LOGGING_CATEGORY(lcHubSpot, "es.hubspot")

namespace Redact {

QString url(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString text(const QString &text, const QString &secret)
{
    QString out = text;
    if (secret.size() >= 4)
        out.replace(secret, QStringLiteral("***"));
    // Signed links put their secret in the query; drop it.
    static const QRegularExpression link(QStringLiteral(R"((https?://[^\s"'?#]+)\?[^\s"']*)"));
    out.replace(link, QStringLiteral("\\1?***"));
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer\s+)\S+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1***"));
    return out;
}

} // namespace Redact
} // namespace es
