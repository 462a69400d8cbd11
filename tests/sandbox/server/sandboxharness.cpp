#include "sandboxharness.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <csignal>

Sandbox::Sandbox(const QStringList &arguments)
    : m_arguments(arguments)
    , m_runner(QStringLiteral(ES_SANDBOX_BIN))
{}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(QString *error)
{
    // SandboxRunner reads (and checks) the first line, "listening on http://127.0.0.1:PORT".
    // A wait, not a bound: on a loaded machine the dataset takes a while to build.
    if (!m_runner.start(m_arguments, 60000)) {
        *error = m_runner.errorString();
        return false;
    }
    m_firstLine = m_runner.firstLine();
    m_apiPort = quint16(m_runner.apiBase().port());
    // The second names the download origin.
    QProcess &process = m_runner.process();
    QDeadlineTimer deadline(60000);
    while (!process.canReadLine() && !deadline.hasExpired() && process.state() == QProcess::Running)
        process.waitForReadyRead(500);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QString downloadPrefix = QStringLiteral("downloads on http://127.0.0.1:");
    if (!line.startsWith(downloadPrefix)) {
        *error = QStringLiteral("unexpected second line: \"%1\"; stderr: %2")
                     .arg(line, m_runner.standardError());
        return false;
    }
    m_downloadPort = quint16(line.mid(downloadPrefix.size()).toUInt());
    return m_apiPort != 0 && m_downloadPort != 0;
}

int Sandbox::stop(int signal)
{
    QProcess &process = m_runner.process();
    if (process.state() == QProcess::NotRunning)
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ::kill(pid_t(process.processId()), signal);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(3000);
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray Sandbox::standardError()
{
    return m_runner.standardError().toUtf8();
}

QUrl Sandbox::api(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_apiPort).arg(pathAndQuery));
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResult::isJsonObject() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

Http::Http(QString token)
    : m_token(std::move(token))
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *Http::sendAsync(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers, bool auth)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (auth && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_nam.get(request);
    else if (method == "HEAD")
        reply = m_nam.head(request);
    else
        reply = m_nam.sendCustomRequest(request, method, body);
    reply->setProperty("esStarted", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

HttpResult Http::collect(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(timeoutMs)) {
            reply->abort();
        }
    }
    result.finished = reply->isFinished();
    result.elapsedMs =
        QDateTime::currentMSecsSinceEpoch() - reply->property("esStarted").toLongLong();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult Http::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers, bool auth, int timeoutMs)
{
    return collect(sendAsync(method, url, body, headers, auth), timeoutMs);
}

HttpResult Http::post(const QUrl &url, const QJsonObject &body, bool auth,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, auth);
}

QString startExport(Http &http, const Sandbox &sandbox, const QJsonObject &request,
                    HttpResult *result)
{
    const HttpResult reply =
        http.post(sandbox.api(QStringLiteral("/crm/v3/exports/export/async")), request);
    if (result)
        *result = reply;
    if (reply.status != 202)
        return {};
    return reply.json().value(QStringLiteral("id")).toString();
}

QJsonObject waitForStatus(Http &http, const Sandbox &sandbox, const QString &id,
                          const QString &wanted, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject last;
    while (timer.elapsed() < timeoutMs) {
        const HttpResult reply = http.get(
            sandbox.api(QStringLiteral("/crm/v3/exports/export/async/tasks/%1/status").arg(id)));
        last = reply.json();
        if (last.value(QStringLiteral("status")).toString() == wanted)
            return last;
        QTest::qWait(120); // stays under the default 100 requests per 10 s
    }
    return last;
}

bool advanceClock(Http &http, const Sandbox &sandbox, double seconds)
{
    return http.post(sandbox.api(QStringLiteral("/__sandbox/clock/advance")),
                     {{QStringLiteral("seconds"), seconds}}, false)
               .status == 200;
}

static QJsonObject baseRequest(const QString &type, const QString &format)
{
    return {
        {QStringLiteral("exportType"), type},
        {QStringLiteral("format"), format},
        {QStringLiteral("exportName"), QStringLiteral("sandbox test %1 %2").arg(type, format)},
        {QStringLiteral("language"), QStringLiteral("EN")},
        {QStringLiteral("objectType"), QStringLiteral("CONTACT")},
        {QStringLiteral("objectProperties"),
         QJsonArray{QStringLiteral("email"), QStringLiteral("firstname"),
                    QStringLiteral("lastname"), QStringLiteral("lifecyclestage")}},
        {QStringLiteral("associatedObjectType"), QJsonArray{}},
        {QStringLiteral("exportInternalValuesOptions"), QJsonArray{}},
        {QStringLiteral("includeLabeledAssociations"), false},
        {QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects"), false},
        {QStringLiteral("overrideAssociatedObjectsPerDefinitionPerRowLimit"), false},
    };
}

static QJsonObject filter(const QString &property, const QString &op, const QString &value = {})
{
    QJsonObject object{{QStringLiteral("propertyName"), property},
                       {QStringLiteral("operator"), op}};
    if (!value.isEmpty())
        object.insert(QStringLiteral("value"), value);
    return object;
}

QJsonObject viewRequest(const QString &format)
{
    QJsonObject request = baseRequest(QStringLiteral("VIEW"), format);
    // (lifecycle stage is customer) OR (has an email AND a first name)
    const QJsonArray groups{
        QJsonObject{{QStringLiteral("filters"),
                     QJsonArray{filter(QStringLiteral("lifecyclestage"), QStringLiteral("EQ"),
                                       QStringLiteral("customer"))}}},
        QJsonObject{
            {QStringLiteral("filters"),
             QJsonArray{filter(QStringLiteral("email"), QStringLiteral("HAS_PROPERTY")),
                        filter(QStringLiteral("firstname"), QStringLiteral("HAS_PROPERTY"))}}},
    };
    request.insert(QStringLiteral("publicCrmSearchRequest"),
                   QJsonObject{{QStringLiteral("filterGroups"), groups},
                               {QStringLiteral("filters"), QJsonArray{}},
                               {QStringLiteral("sorts"), QJsonArray{}}});
    return request;
}

QJsonObject listRequest(const QString &format, const QString &listId)
{
    QJsonObject request = baseRequest(QStringLiteral("LIST"), format);
    request.insert(QStringLiteral("listId"), listId);
    return request;
}

void SchemaChecks::add(const QString &specFile, const QString &schema, const QJsonObject &instance,
                       const QString &label, const QStringList &allowMissing)
{
    m_checks.append(QJsonObject{
        {QStringLiteral("spec"), QString(QStringLiteral(ES_SPEC_DIR "/") + specFile)},
        {QStringLiteral("schema"), schema},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("label"), label},
        {QStringLiteral("allowMissing"), QJsonArray::fromStringList(allowMissing)},
    });
}

bool SchemaChecks::run(QString *message)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *message = QStringLiteral("python3 is not installed: the schema checks need it");
        return false;
    }
    QProcess process;
    process.start(python, {QStringLiteral(ES_SOURCE_DIR "/tests/sandbox/server/check_schema.py")});
    if (!process.waitForStarted(10000)) {
        *message = process.errorString();
        return false;
    }
    process.write(QJsonDocument(QJsonObject{{QStringLiteral("checks"), m_checks}}).toJson());
    process.closeWriteChannel();
    process.waitForFinished(60000);
    *message = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    m_checks = {};
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
