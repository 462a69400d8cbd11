#include "httpserver.h"

#include <QElapsedTimer>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <microhttpd.h>
#include <mutex>
#include <netinet/in.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr qint64 MaxRequestBody = qint64{4} * 1024 * 1024;

std::atomic<bool> g_stopping{false};
std::mutex g_sleepMutex;
std::condition_variable g_sleepWake;

struct ConnectionContext
{
    QByteArray body;
    bool tooLarge = false;
};

// Where a callback body reads from: memory or a file slice.
struct BodySource
{
    QByteArray memory;
    int fd = -1;
    qint64 offset = 0;
    qint64 length = 0;
    qint64 dropAfter = -1;
    qint64 bytesPerSecond = 0;
};

ssize_t readBody(void *cls, uint64_t pos, char *buf, size_t max)
{
    auto *source = static_cast<BodySource *>(cls);
    const auto position = static_cast<qint64>(pos);
    if (source->dropAfter >= 0 && position >= source->dropAfter)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (position >= source->length)
        return MHD_CONTENT_READER_END_OF_STREAM;
    qint64 n = std::min<qint64>(static_cast<qint64>(max), source->length - position);
    if (source->dropAfter >= 0)
        n = std::min(n, source->dropAfter - position);
    if (source->bytesPerSecond > 0) {
        // Ten slices a second keep the trickle smooth without a busy loop.
        n = std::min(n, std::max<qint64>(1, source->bytesPerSecond / 10));
        if (!sleepUnlessStopping(std::max<qint64>(1, n * 1000 / source->bytesPerSecond)))
            return MHD_CONTENT_READER_END_WITH_ERROR;
    }
    if (source->fd >= 0) {
        const ssize_t got = ::pread(source->fd, buf, static_cast<size_t>(n),
                                    static_cast<off_t>(source->offset + position));
        return got > 0 ? got : MHD_CONTENT_READER_END_WITH_ERROR;
    }
    std::memcpy(buf, source->memory.constData() + position, static_cast<size_t>(n));
    return static_cast<ssize_t>(n);
}

void freeBody(void *cls)
{
    auto *source = static_cast<BodySource *>(cls);
    if (source->fd >= 0)
        ::close(source->fd);
    delete source;
}

MHD_Result collectValue(void *cls, MHD_ValueKind kind, const char *key, const char *value)
{
    auto *request = static_cast<HttpRequest *>(cls);
    if (kind == MHD_HEADER_KIND) {
        request->headers.insert(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    } else if (kind == MHD_GET_ARGUMENT_KIND) {
        request->query.append(
            {QString::fromUtf8(key), value ? QString::fromUtf8(value) : QString()});
    }
    return MHD_YES;
}

void requestCompleted(void *, MHD_Connection *, void **connectionContext,
                      MHD_RequestTerminationCode)
{
    delete static_cast<ConnectionContext *>(*connectionContext);
    *connectionContext = nullptr;
}

} // namespace

struct HttpServerAccess
{
    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url,
                             const char *method, const char *, const char *uploadData,
                             size_t *uploadDataSize, void **connectionContext)
    {
        auto *server = static_cast<HttpServer *>(cls);
        if (!*connectionContext) {
            *connectionContext = new ConnectionContext;
            return MHD_YES;
        }
        auto *context = static_cast<ConnectionContext *>(*connectionContext);
        if (*uploadDataSize > 0) {
            if (context->body.size() + static_cast<qint64>(*uploadDataSize) > MaxRequestBody)
                context->tooLarge = true;
            else
                context->body.append(uploadData, static_cast<qsizetype>(*uploadDataSize));
            *uploadDataSize = 0;
            return MHD_YES;
        }

        HttpResponse response;
        if (context->tooLarge) {
            response.status = 413;
            response.setHeader("Content-Type", "text/plain");
            response.body = "Request body too large\n";
        } else {
            HttpRequest request;
            request.method = method;
            request.path = QString::fromUtf8(url);
            request.body = std::move(context->body);
            MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectValue, &request);
            MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectValue, &request);
            response = server->m_handler(request);
        }
        return answer(connection, response);
    }

    static MHD_Result answer(MHD_Connection *connection, const HttpResponse &response)
    {
        // A wrong Content-Length needs a body of unknown size, or libmicrohttpd adds the right
        // one as well.
        const bool wrongLength = response.declaredLength >= 0;
        const bool viaCallback =
            response.dropAfter >= 0 || response.trickleBytesPerSecond > 0 || wrongLength;
        const qint64 length = response.bodyLength();
        MHD_Response *reply = nullptr;
        int fd = -1;
        if (!response.filePath.isEmpty()) {
            fd = ::open(response.filePath.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                static const char gone[] = "The export file is gone\n";
                reply = MHD_create_response_from_buffer(sizeof gone - 1, const_cast<char *>(gone),
                                                        MHD_RESPMEM_PERSISTENT);
                const MHD_Result result = MHD_queue_response(connection, 500, reply);
                MHD_destroy_response(reply);
                return result;
            }
        }
        if (viaCallback) {
            auto *source = new BodySource;
            source->fd = fd;
            source->offset = response.fileOffset;
            source->length = length;
            if (fd < 0)
                source->memory = response.body;
            source->dropAfter = response.dropAfter;
            source->bytesPerSecond = response.trickleBytesPerSecond;
            reply = MHD_create_response_from_callback(
                wrongLength ? MHD_SIZE_UNKNOWN : static_cast<uint64_t>(length), size_t{16} * 1024,
                &readBody, source, &freeBody);
        } else if (fd >= 0) {
            reply = MHD_create_response_from_fd_at_offset64(
                static_cast<uint64_t>(length), fd, static_cast<uint64_t>(response.fileOffset));
        } else {
            reply = MHD_create_response_from_buffer(static_cast<size_t>(response.body.size()),
                                                    const_cast<char *>(response.body.constData()),
                                                    MHD_RESPMEM_MUST_COPY);
        }
        if (!reply)
            return MHD_NO;
        for (const auto &[name, value] : response.headers)
            MHD_add_response_header(reply, name.constData(), value.constData());
        if (wrongLength) {
            // HTTP/1.0-style: no chunked encoding, and the connection closes after the body.
            MHD_set_response_options(
                reply,
                static_cast<MHD_ResponseFlags>(MHD_RF_INSANITY_HEADER_CONTENT_LENGTH |
                                               MHD_RF_HTTP_1_0_COMPATIBLE_STRICT),
                MHD_RO_END);
            MHD_add_response_header(reply, MHD_HTTP_HEADER_CONTENT_LENGTH,
                                    QByteArray::number(response.declaredLength).constData());
        }
        if (response.closeConnection || wrongLength)
            MHD_add_response_header(reply, MHD_HTTP_HEADER_CONNECTION, "close");
        const MHD_Result result =
            MHD_queue_response(connection, static_cast<unsigned>(response.status), reply);
        MHD_destroy_response(reply);
        return result;
    }
};

QString HttpRequest::queryValue(const QString &name, const QString &fallback) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return fallback;
}

bool HttpRequest::hasQuery(const QString &name) const
{
    return std::any_of(query.cbegin(), query.cend(),
                       [&](const auto &pair) { return pair.first == name; });
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            pair.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

HttpServer::HttpServer(HttpHandler handler)
    : m_handler(std::move(handler))
{}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::listen(quint16 port, QString *error)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
                           MHD_USE_POLL | MHD_USE_ERROR_LOG;
    m_daemon = MHD_start_daemon(flags, port, nullptr, nullptr, &HttpServerAccess::access, this,
                                MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr *>(&address),
                                MHD_OPTION_NOTIFY_COMPLETED, &requestCompleted, nullptr,
                                MHD_OPTION_CONNECTION_TIMEOUT, 120u, MHD_OPTION_END);
    if (!m_daemon) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (%2)")
                         .arg(port)
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info ? info->port : port;
    return true;
}

void HttpServer::stop()
{
    if (!m_daemon)
        return;
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

bool sleepUnlessStopping(qint64 milliseconds)
{
    std::unique_lock lock(g_sleepMutex);
    return !g_sleepWake.wait_for(lock, std::chrono::milliseconds(milliseconds),
                                 [] { return g_stopping.load(); });
}

void beginShutdown()
{
    {
        std::lock_guard lock(g_sleepMutex);
        g_stopping = true;
    }
    g_sleepWake.notify_all();
}

bool isShuttingDown()
{
    return g_stopping.load();
}

} // namespace sandbox
