#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <chrono>

namespace es {

enum class DownloadError
{
    None,
    LinkExpired,  // 403/404/410 from the link: poll status for a fresh link, then resume(newUrl)
    Network,      // connection failed or kept dropping after the retries
    Http,         // any other HTTP failure (5xx after retries, bad redirect, unexpected status)
    Disk,         // cannot write the .part file (disk full, permissions): free space and resume
    SizeMismatch, // the file does not have the announced/expected length
    TargetExists, // a file already sits at the final path; the .part is kept, pick another name
    Canceled,
};

struct DownloadResult
{
    DownloadError error = DownloadError::None;
    QString errorString; // a sentence for people: what happened and what to do
    int httpStatus = 0;  // last HTTP status seen, 0 if none
    QString filePath;    // the final file on success
    QString partPath;    // where the partial data is kept on failure (empty if nothing kept)
    qint64 size = 0;     // bytes in the final file (success) or in the .part (failure)
    QByteArray sha256;   // lowercase hex of the final file, computed while streaming
    int resumes = 0;     // how many times a Range request continued a partial file

    bool ok() const { return error == DownloadError::None; }
};

struct DownloadOptions
{
    int maxRetries = 5; // consecutive attempts without progress before giving up
    std::chrono::milliseconds retryBaseDelay{1000}; // doubles per attempt, capped at 30 s
    std::chrono::milliseconds stallTimeout{60000};  // no byte for this long = dropped
    qint64 readBufferSize = qint64{256} * 1024;     // caps what Qt buffers per reply
    int maxRedirects = 5;
    std::chrono::milliseconds progressInterval{250};
};

QString downloadErrorName(DownloadError error);

} // namespace es

Q_DECLARE_METATYPE(es::DownloadResult)
