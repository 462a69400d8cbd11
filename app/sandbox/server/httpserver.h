#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

struct MHD_Daemon;
struct MHD_Connection;

namespace sandbox {

struct HttpRequest
{
    QByteArray method;
    QString path; // percent-decoded by libmicrohttpd, without the query
    QList<QPair<QString, QString>> query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QString queryValue(const QString &name, const QString &fallback = {}) const;
    bool hasQuery(const QString &name) const;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// What the router answers. The body is either in memory or a slice of a file; the file is
// streamed by libmicrohttpd (sendfile), never read into memory. The wire fields let the fault
// rules misbehave at the HTTP level.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;

    qint64 dropAfter = -1;            // cut the connection after this many body bytes
    qint64 trickleBytesPerSecond = 0; // send the body slowly
    qint64 declaredLength = -1;       // a Content-Length that does not match the body
    bool closeConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    qint64 bodyLength() const { return filePath.isEmpty() ? body.size() : fileLength; }
};

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

// One libmicrohttpd daemon on 127.0.0.1, a thread per connection so that a stalled or
// trickling response never holds up another request. The handler runs on the connection's
// thread and must be thread-safe.
class HttpServer
{
public:
    explicit HttpServer(HttpHandler handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }
    void stop();

private:
    friend struct HttpServerAccess;

    HttpHandler m_handler;
    MHD_Daemon *m_daemon = nullptr;
    quint16 m_port = 0;
};

// Shutdown-aware sleep for stalls and trickles: returns false as soon as shutdown starts.
bool sleepUnlessStopping(qint64 milliseconds);
void beginShutdown();
bool isShuttingDown();

} // namespace sandbox
