#include "downloadresult.h"

namespace es {

QString downloadErrorName(DownloadError error)
{
    switch (error) {
    case DownloadError::None:
        return QStringLiteral("none");
    case DownloadError::LinkExpired:
        return QStringLiteral("link-expired");
    case DownloadError::Network:
        return QStringLiteral("network");
    case DownloadError::Http:
        return QStringLiteral("http");
    case DownloadError::Disk:
        return QStringLiteral("disk");
    case DownloadError::SizeMismatch:
        return QStringLiteral("size-mismatch");
    case DownloadError::TargetExists:
        return QStringLiteral("target-exists");
    case DownloadError::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

} // namespace es
