#pragma once

#include "downloadresult.h"
#include "httpdownloadjob.h"

#include <QCoreApplication>
#include <QString>

namespace es {

// What the download knows when an HTTP attempt ends.
struct AttemptState
{
    QString host;       // of the link (never the link itself)
    qint64 written = 0; // bytes in the .part
    qint64 total = -1;  // the file's full size, -1 if unknown
    qint64 expectedSize = -1;
    DownloadOptions options;
};

// What an ended HTTP attempt means for the download: complete it, try again, start over, or give
// up with a message that says what happened and what to do. ownCloud's classifyError() plays the
// same part for PropagateDownloadFile. Failures of the .part itself (a short write, more bytes
// than announced) are the DownloadTask's, which owns the file.
struct AttemptVerdict
{
    // The messages are the DownloadTask's and keep the context their translations were made in.
    Q_DECLARE_TR_FUNCTIONS(es::DownloadTask)

public:
    enum class Next
    {
        Complete,     // the .part holds the file: verify and rename it
        Retry,        // the same request again after a pause, from where the .part ends
        Restart,      // discard the .part and start from byte 0 (message: why)
        RestartLater, // the same, once the reply's own signals have unwound
        Fail,
    };
    Next next = Next::Fail;
    DownloadError error = DownloadError::None;
    QString message;
    // Complete after a 416: the .part already was the whole file (a run killed before the
    // rename), which makes its size the total.
    bool partIsWholeFile = false;

    static AttemptVerdict of(const HttpDownloadResult &result, const AttemptState &state);

private:
    static AttemptVerdict ofEndedReply(const HttpDownloadResult &result, const AttemptState &state);
};

} // namespace es
