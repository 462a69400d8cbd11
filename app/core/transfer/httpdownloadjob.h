#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QIODevice;
class QNetworkAccessManager;

namespace es {

struct HttpDownloadRequest
{
    QUrl url;
    qint64 offset = 0; // bytes already kept: > 0 asks for the rest with Range
    QByteArray etag;   // of the kept bytes: If-Range when strong; a 206 under another is refused
    QByteArray lastModified; // If-Range when there is no strong ETag
};

// A 200 or 206 that continues the kept bytes, before any body byte is written.
struct HttpDownloadHeaders
{
    int status = 0;
    QByteArray etag;
    QByteArray lastModified;
    qint64 total = -1;      // the file's full size if the answer tells it, else -1
    bool wholeFile = false; // a 200 to a Range request: the body starts again at byte 0
};

struct HttpDownloadResult
{
    enum class Outcome
    {
        Finished,         // the reply ended; status, error and bodyAccepted tell how
        TooManyRedirects, // more hops than setLimits() allows
        RedirectRefused,  // to a scheme that is not followed (redirectScheme), or https -> http
        WrongOffset,      // a 206 that does not continue the kept bytes
        EtagChanged,      // a 206 for a file whose ETag is no longer the kept bytes' one
        BodyTooLong,      // more bytes than acceptBody() allowed
        WriteFailed,      // the device took fewer bytes than given (writeResult)
    };
    Outcome outcome = Outcome::Finished;
    int status = 0;     // HTTP status of the last reply, 0 if none
    int lastStatus = 0; // last non-zero status seen in this job, redirect hops included
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QByteArray contentRange; // a 416 tells the file's size there
    QStringList tlsErrors;   // what the TLS layer said (certificate errors are never ignored)
    bool stalled = false;    // aborted after the stall timeout
    bool bodyAccepted = false;
    QUrl url;               // of the last request (a redirect target, maybe): host only in logs
    qint64 offset = 0;      // where the body was asked to start (0 after a wholeFile answer)
    QString redirectScheme; // RedirectRefused
    qint64 writeResult = 0; // WriteFailed: what QIODevice::write() returned
};

// One GET of a download link, as ownCloud's GETFileJob: redirects followed by hand (capped,
// http/https only, never downgraded), the status and headers inspected before a single body byte
// is written, and the accepted body written in small chunks into a device the job does not own.
// What the answer means for the download (retry, restart, fail) is the caller's to decide.
//
// start() -> requestSent()* -> headersReceived()? -> (chunkWritten()* bodyProgressed())* ->
// finished() exactly once, unless abort() is called first.
class HttpDownloadJob : public QObject
{
    Q_OBJECT
public:
    explicit HttpDownloadJob(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpDownloadJob() override;

    // The link is a bearer secret for its lifetime: only ever print where it goes.
    static QString hostOf(const QUrl &url);
    // Errors worth another attempt: the connection, not the request, failed.
    static bool isTransient(QNetworkReply::NetworkError error);

    void setLimits(int maxRedirects, std::chrono::milliseconds stallTimeout, qint64 readBufferSize);

    void start(const HttpDownloadRequest &request, QIODevice *device);
    // From headersReceived(): write the body, at most maxBytes of it (< 0: no limit). Without it
    // the receiver must abort().
    void acceptBody(qint64 maxBytes);
    // Drops the reply in flight; no finished() follows.
    void abort();

Q_SIGNALS:
    void requestSent();
    void headersReceived(const es::HttpDownloadHeaders &headers);
    void chunkWritten(QByteArrayView chunk);
    // After each batch of chunks: a moment to report progress.
    void bodyProgressed();
    void finished(const es::HttpDownloadResult &result);

private:
    enum class Verdict
    {
        Undecided,
        Accept,      // the body goes into the device
        Redirect,    // the body is skipped; the Location is followed when the reply ends
        ErrorStatus, // the body is skipped; finished() reports the status
    };

    void sendRequest();
    void inspectHeaders();
    void onReadyRead();
    void onReplyFinished();
    void onStall();
    void followRedirect(const QUrl &location);
    bool writeBody();
    HttpDownloadResult resultOf(HttpDownloadResult::Outcome outcome) const;
    void finishEarly(const HttpDownloadResult &result);
    void dropReply();

    QNetworkAccessManager *m_nam;
    int m_maxRedirects = 5;
    std::chrono::milliseconds m_stallTimeout{60000};
    qint64 m_readBufferSize = 0;

    HttpDownloadRequest m_request;
    QIODevice *m_device = nullptr;
    QUrl m_requestUrl; // the URL of the request in flight (may be a redirect target)
    QPointer<QNetworkReply> m_reply;
    Verdict m_verdict = Verdict::Undecided;
    int m_redirects = 0;
    int m_lastStatus = 0;
    bool m_stalled = false;
    QStringList m_tlsErrors;
    qint64 m_bodyLimit = -1;
    qint64 m_bodyBytes = 0;
    QTimer m_stallTimer;
};

} // namespace es
