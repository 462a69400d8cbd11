#include "desktop.h"

#include <QDesktopServices>

namespace es::Desktop {
namespace {

std::function<bool(const QUrl &)> &handler()
{
    static std::function<bool(const QUrl &)> instance;
    return instance;
}

} // namespace

bool openUrl(const QUrl &url)
{
    if (handler())
        return handler()(url);
    return QDesktopServices::openUrl(url);
}

bool openFile(const QString &path)
{
    return openUrl(QUrl::fromLocalFile(path));
}

bool openFolder(const QString &folder)
{
    return openUrl(QUrl::fromLocalFile(folder));
}

void setOpenUrlHandler(std::function<bool(const QUrl &)> newHandler)
{
    handler() = std::move(newHandler);
}

} // namespace es::Desktop
