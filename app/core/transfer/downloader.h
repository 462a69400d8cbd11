#pragma once

#include "downloadtask.h"

#include <QObject>

class QNetworkAccessManager;

namespace es {

// Hands out DownloadTasks on the one injected QNetworkAccessManager.
class Downloader : public QObject
{
    Q_OBJECT
public:
    explicit Downloader(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setDefaultOptions(const DownloadOptions &options) { m_options = options; }

    // The task is parented to the Downloader; it does not start until start() is called.
    // expectedSize < 0 means unknown.
    DownloadTask *create(const QUrl &url, const QString &targetPath, qint64 expectedSize = -1);

private:
    QNetworkAccessManager *m_nam;
    DownloadOptions m_options;
};

} // namespace es
