#pragma once

// A tiny in-process HTTP/1.1 server for the Downloader tests. Real sockets, so the real
// QNetworkAccessManager shows its real behaviour (metaDataChanged, RemoteHostClosedError on a
// cut body, Range headers as sent). Every connection serves one request and closes.

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>

struct HttpRequest
{
    QByteArray method;
    QByteArray path;                      // with the query
    QMap<QByteArray, QByteArray> headers; // lower-case names

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 dropAfter = -1;  // close the connection after this many body bytes
    qint64 stallAfter = -1; // stop sending (but keep the connection) after this many bytes
    bool sendLength = true; // false: no Content-Length, the body ends when the connection does

    HttpResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QList<HttpRequest> requests;

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 206:
            return "Partial Content";
        case 302:
            return "Found";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 416:
            return "Range Not Satisfiable";
        case 500:
            return "Internal Server Error";
        default:
            return "Status";
        }
    }

private:
    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                answer(socket, parse(buffer->left(end)));
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    static HttpRequest parse(const QByteArray &head)
    {
        HttpRequest r;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        return r;
    }

    void answer(QTcpSocket *socket, const HttpRequest &request)
    {
        requests.append(request);
        if (qEnvironmentVariableIsSet("ES_TEST_HTTP_TRACE"))
            qInfo("server: %s %s range=%s port=%d", request.method.constData(),
                  request.path.constData(), request.header("Range").constData(),
                  socket->peerPort());
        const HttpResponse resp = m_handler ? m_handler(request) : HttpResponse();
        QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reason(resp.status) +
                         "\r\nConnection: close\r\n";
        if (resp.sendLength)
            out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
        for (const auto &h : resp.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n";
        qint64 bodyBytes = resp.body.size();
        if (resp.dropAfter >= 0)
            bodyBytes = qMin(bodyBytes, resp.dropAfter);
        if (resp.stallAfter >= 0)
            bodyBytes = qMin(bodyBytes, resp.stallAfter);
        out += resp.body.left(bodyBytes);
        socket->write(out);
        if (resp.stallAfter >= 0 && resp.stallAfter < resp.body.size())
            return;                   // keep the connection open, send nothing more
        socket->disconnectFromHost(); // flushes first: a graceful close after bodyBytes
    }

    QTcpServer m_server;
    Handler m_handler;
};
