#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>
#include <utility>

namespace es::test {

using RawHeader = std::pair<QByteArray, QByteArray>;

// One request the fake saw, for assertions.
struct RecordedRequest
{
    QByteArray verb; // GET, POST, PUT, DELETE, HEAD, or the custom verb
    QUrl url;
    QList<RawHeader> headers;
    QByteArray body;
    qint64 atMs = 0; // since the fake was created

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
    QString path() const { return url.path(); }
};

// What the fake answers. Build with the static helpers, refine with the with*() setters.
struct FakeResponse
{
    enum class Kind
    {
        Reply,        // status + headers + body (any status)
        Hang,         // never answers; only abort() (or a timeout) ends it
        Break,        // status + headers, then `breakAfterBytes` of the body, then the
                      // connection drops (RemoteHostClosedError)
        NetworkError, // no HTTP answer at all (connection refused, host not found, ...)
    };

    Kind kind = Kind::Reply;
    int status = 200;
    QList<RawHeader> headers;
    QByteArray body;
    qint64 breakAfterBytes = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int delayMs = 0;         // before the headers arrive
    qint64 chunkSize = 0;    // > 0: the body arrives in chunks of this size (readyRead each)
    int chunkIntervalMs = 0; // between chunks

    static FakeResponse json(int status, const QJsonDocument &document,
                             const QList<RawHeader> &headers = {});
    static FakeResponse json(int status, const QByteArray &jsonText,
                             const QList<RawHeader> &headers = {});
    static FakeResponse raw(int status, const QByteArray &body,
                            const QByteArray &contentType = "application/octet-stream",
                            const QList<RawHeader> &headers = {});
    // HubSpot's standard error body.
    static FakeResponse hubspotError(int status, const QString &category, const QString &message,
                                     const QList<RawHeader> &headers = {});
    static FakeResponse hang();
    static FakeResponse breakAfter(qint64 bytes, int status, const QByteArray &body,
                                   const QList<RawHeader> &headers = {});
    static FakeResponse networkError(QNetworkReply::NetworkError error,
                                     const QString &errorString = {});

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &withDelay(int ms);
    FakeResponse &withChunks(qint64 size, int intervalMs = 0);
};

// A QNetworkAccessManager that never touches the network: every request is recorded and answered
// by scripted FakeReply objects, through queued invocations like a real reply.
//
// Which answer a request gets: the first route (verb + path, exact or prefix "…*") with answers
// left consumes the next one, and the last answer of a route repeats once the others are used;
// then the global queue (enqueue()); then the handler; else a 404 that names the request.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<std::optional<FakeResponse>(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    // verb "" matches any verb; a path ending in '*' matches by prefix.
    void route(const QByteArray &verb, const QString &path, const QList<FakeResponse> &answers);
    void route(const QByteArray &verb, const QString &path, const FakeResponse &answer)
    {
        route(verb, path, QList<FakeResponse>{answer});
    }
    void enqueue(const FakeResponse &answer);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void clearRoutes();

    QList<RecordedRequest> requests() const;
    // Requests with this verb ("" = any) and path (exact, or prefix when ending in '*').
    QList<RecordedRequest> requests(const QByteArray &verb, const QString &path) const;
    int count(const QByteArray &verb, const QString &path) const
    {
        return int(requests(verb, path).size());
    }
    void clearRequests();
    // Replies not finished yet (hanging ones included).
    int openReplies() const { return m_openReplies; }

signals:
    void requestSeen(const es::test::RecordedRequest &request);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Route
    {
        QByteArray verb;
        QString path;
        QList<FakeResponse> answers;
        int used = 0;
    };
    static bool matches(const QByteArray &verb, const QString &path, const RecordedRequest &r);
    FakeResponse answerFor(const RecordedRequest &request);

    QElapsedTimer m_clock;
    QList<Route> m_routes;
    QList<FakeResponse> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    int m_openReplies = 0;
    friend class FakeReply;
};

// The scripted reply. Public so tests can build one directly if they need to.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
              const QByteArray &verb, FakeResponse response, QObject *parent);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void deliverNext();
    void finishWith(QNetworkReply::NetworkError error, const QString &text);
    void finishOk();
    static QNetworkReply::NetworkError errorForStatus(int status);

    FakeResponse m_response;
    QByteArray m_buffer; // delivered, not yet read
    qint64 m_delivered = 0;
    qint64 m_toDeliver = 0;
    QTimer m_chunkTimer;
    QTimer m_transferTimer;
    bool m_done = false;
};

} // namespace es::test
