#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <sandboxrunner.h>

// Starts the real hubspot-sandbox binary (ES_SANDBOX_BIN, through tests/support's SandboxRunner)
// on free ports and talks HTTP to it.
class Sandbox
{
public:
    explicit Sandbox(const QStringList &arguments = {});
    ~Sandbox();

    bool start(QString *error);
    int stop(int signal = 15); // SIGTERM by default; returns the exit code

    QUrl api(const QString &pathAndQuery) const;
    quint16 apiPort() const { return m_apiPort; }
    quint16 downloadPort() const { return m_downloadPort; }
    QString firstLine() const { return m_firstLine; }
    QByteArray standardError();

private:
    QStringList m_arguments;
    es::test::SandboxRunner m_runner;
    quint16 m_apiPort = 0;
    quint16 m_downloadPort = 0;
    QString m_firstLine;
};

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QJsonObject json() const;
    bool isJsonObject() const;
};

class Http
{
public:
    explicit Http(QString token = QStringLiteral("sandbox-token"));

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true,
                    int timeoutMs = 20000);
    QNetworkReply *sendAsync(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                             const QList<QPair<QByteArray, QByteArray>> &headers = {},
                             bool auth = true);
    static HttpResult collect(QNetworkReply *reply, int timeoutMs = 20000);

    HttpResult get(const QUrl &url, bool auth = true) { return send("GET", url, {}, {}, auth); }
    HttpResult post(const QUrl &url, const QJsonObject &body, bool auth = true,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});

    void setToken(const QString &token) { m_token = token; }

private:
    QNetworkAccessManager m_nam;
    QString m_token;
};

// Marks a request whose body is loose or invalid on purpose (HubSpot's guide shapes, bodies that
// test the error answers): the sandbox records it as lenient and the request schema check after
// the test (tests/support/check_request_schema.py) does not hold it to the strict wire shape.
// Every other body a test sends must be the strict shape.
inline const QList<QPair<QByteArray, QByteArray>> kLenient{{"X-Sandbox-Lenient", "1"}};

// Starts an export, returns its id (empty on failure, with the reply in *result).
QString startExport(Http &http, const Sandbox &sandbox, const QJsonObject &request,
                    HttpResult *result = nullptr);
// Polls the status until it is `wanted` (or the timeout); returns the last status body.
QJsonObject waitForStatus(Http &http, const Sandbox &sandbox, const QString &id,
                          const QString &wanted, int timeoutMs = 30000);
bool advanceClock(Http &http, const Sandbox &sandbox, double seconds);

// Export request bodies for the seeded dataset, in the strict wire shape (every field the spec
// requires).
QJsonObject viewRequest(const QString &format);
QJsonObject listRequest(const QString &format, const QString &listId);

// Batched JSON-schema checks against tests/data/hubspot-spec/*.json via check_schema.py.
class SchemaChecks
{
public:
    void add(const QString &specFile, const QString &schema, const QJsonObject &instance,
             const QString &label, const QStringList &allowMissing = {});
    bool run(QString *message);

private:
    QJsonArray m_checks;
};

QByteArray sha256Hex(const QByteArray &bytes);
