#include "apiversion.h"

namespace es::ApiVersions {

ApiVersion newest()
{
    return ApiVersion::V2026_09;
}

QList<ApiVersion> all()
{
    return {ApiVersion::V2026_09, ApiVersion::V2026_03, ApiVersion::V3};
}

QString name(ApiVersion version)
{
    switch (version) {
    case ApiVersion::V3:
        return QStringLiteral("v3");
    case ApiVersion::V2026_03:
        return QStringLiteral("2026-03");
    case ApiVersion::V2026_09:
        return QStringLiteral("2026-09");
    }
    return QStringLiteral("v3");
}

std::optional<ApiVersion> fromName(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted == u"legacy")
        return ApiVersion::V3;
    if (wanted == u"latest")
        return newest();
    for (ApiVersion version : all()) {
        if (name(version) == wanted)
            return version;
    }
    return std::nullopt;
}

QString namesList()
{
    QStringList names;
    for (ApiVersion version : all())
        names.append(name(version));
    return names.join(QStringLiteral(", "));
}

std::optional<ApiVersion> older(ApiVersion version)
{
    switch (version) {
    case ApiVersion::V2026_09:
        return ApiVersion::V2026_03;
    case ApiVersion::V2026_03:
        return ApiVersion::V3;
    case ApiVersion::V3:
        break;
    }
    return std::nullopt;
}

bool isDated(ApiVersion version)
{
    return version != ApiVersion::V3;
}

QString root(ApiFamily family, ApiVersion version)
{
    const QString ver = name(version);
    QString api;
    switch (family) {
    case ApiFamily::Schemas:
        // The one family outside /crm/: the version sits before "schemas".
        return QStringLiteral("/crm-object-schemas/%1/schemas").arg(ver);
    case ApiFamily::Exports:
        api = QStringLiteral("exports");
        break;
    case ApiFamily::Properties:
        api = QStringLiteral("properties");
        break;
    case ApiFamily::Lists:
        api = QStringLiteral("lists");
        break;
    case ApiFamily::Owners:
        api = QStringLiteral("owners");
        break;
    case ApiFamily::Pipelines:
        api = QStringLiteral("pipelines");
        break;
    case ApiFamily::Objects:
        api = QStringLiteral("objects");
        break;
    }
    // Legacy puts the version before the API name, the dated versions after it.
    return isDated(version) ? QStringLiteral("/crm/%1/%2").arg(api, ver)
                            : QStringLiteral("/crm/%1/%2").arg(ver, api);
}

} // namespace es::ApiVersions
