#pragma once

#include <QString>
#include <QUrl>
#include <functional>

namespace es::Desktop {

// QDesktopServices::openUrl, replaceable so tests can see what would be opened without
// launching the desktop's applications.
bool openUrl(const QUrl &url);
bool openFile(const QString &path);
bool openFolder(const QString &folder);
void setOpenUrlHandler(std::function<bool(const QUrl &)> handler);

} // namespace es::Desktop
