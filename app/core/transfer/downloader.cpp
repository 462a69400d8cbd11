#include "downloader.h"

namespace es {

Downloader::Downloader(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

DownloadTask *Downloader::create(const QUrl &url, const QString &targetPath, qint64 expectedSize)
{
    auto *task = new DownloadTask(m_nam, url, targetPath, this);
    task->setOptions(m_options);
    task->setExpectedSize(expectedSize);
    return task;
}

} // namespace es
