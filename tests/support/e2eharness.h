#pragma once

// Shared by the fault matrix and the crash-recovery tests: a hubspot-sandbox child and its
// admin endpoints, export-studio-cli runs, and the checks they make on what a run left on disk.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QUrl>

namespace e2e {

inline const QString Token = QStringLiteral("sandbox-token");

// The sandbox's admin endpoints (no token) and, for set-ups, its API with the token.
class SandboxAdmin
{
public:
    explicit SandboxAdmin(const QUrl &base = {})
        : m_base(base)
    {}
    void setBase(const QUrl &base) { m_base = base; }
    QUrl base() const { return m_base; }

    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                     bool withToken = false, int *status = nullptr)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (withToken)
            request.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
        QNetworkReply *reply =
            verb == "GET" ? m_nam.get(request)
                          : m_nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    bool reset()
    {
        return call("POST", QStringLiteral("/__sandbox/reset")).value(u"reset").toBool();
    }
    bool addFaults(const QStringList &rules)
    {
        int status = 0;
        call("POST", QStringLiteral("/__sandbox/faults"),
             QJsonObject{{QStringLiteral("rules"), QJsonArray::fromStringList(rules)}}, false,
             &status);
        return status == 200;
    }
    void clearFaults() { call("DELETE", QStringLiteral("/__sandbox/faults")); }
    QJsonObject stats() { return call("GET", QStringLiteral("/__sandbox/stats")); }
    int exportsStarted() { return stats().value(u"exportsStarted").toInt(-1); }
    QJsonObject exportInfo(const QString &taskId)
    {
        return call("GET", QStringLiteral("/__sandbox/exports/") + taskId);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

// Starts hubspot-sandbox on a free port with `args` and points `admin` at it once it says where
// it listens.
inline bool startSandbox(QProcess &process, SandboxAdmin &admin, const QStringList &args)
{
    process.start(QStringLiteral(ES_SANDBOX_BIN),
                  QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
    if (!process.waitForStarted(10000))
        return false;
    QByteArray line;
    QElapsedTimer t;
    t.start();
    while (!line.contains('\n') && t.elapsed() < 30000) {
        process.waitForReadyRead(200);
        line += process.readLine();
    }
    if (!line.startsWith("listening on "))
        return false;
    admin.setBase(QUrl(QString::fromLatin1(line.mid(13).trimmed())));
    return admin.base().port() > 0;
}

struct Run
{
    bool crashed = false; // ended by a signal (or hung and was killed)
    bool timedOut = false;
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// The CLI's --timeout and --stall-timeout in the matrix, in seconds.
inline constexpr int ApiTimeoutSeconds = 5;
inline constexpr int StallTimeoutSeconds = 5;

inline QProcessEnvironment cliEnvironment(const QString &stateDir = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), Token);
    env.remove(QStringLiteral("EXPORT_STUDIO_VERBOSE"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!stateDir.isEmpty())
        env.insert(QStringLiteral("EXPORT_STUDIO_STATE_DIR"), stateDir);
    // Short network timeouts (the defaults are 30 s and 60 s): the stall rows then take seconds.
    // Through the environment so that `resume` runs get them too; exportArgs passes the flags.
    env.insert(QStringLiteral("EXPORT_STUDIO_TIMEOUT"), QString::number(ApiTimeoutSeconds));
    env.insert(QStringLiteral("EXPORT_STUDIO_STALL_TIMEOUT"), QString::number(StallTimeoutSeconds));
    // Keeps the keychain (and its D-Bus) out of it: --api-base runs never ask it.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    return env;
}

inline Run runCli(const QStringList &args, int timeoutMs = 90000)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(ES_CLI_BIN), args);
    Run run;
    if (!p.waitForStarted(10000)) {
        run.crashed = true;
        run.err = p.errorString();
        return run;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    run.crashed = run.timedOut || p.exitStatus() != QProcess::NormalExit;
    run.code = run.crashed ? -1 : p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray sha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

inline bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(object).toJson()) > 0;
}

inline QJsonObject contactsRequest(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("exportType"), QStringLiteral("VIEW")},
        {QStringLiteral("exportName"), name},
        {QStringLiteral("format"), QStringLiteral("CSV")},
        {QStringLiteral("language"), QStringLiteral("EN")},
        {QStringLiteral("objectType"), QStringLiteral("CONTACT")},
        {QStringLiteral("objectProperties"),
         QJsonArray{QStringLiteral("email"), QStringLiteral("firstname"),
                    QStringLiteral("lastname"), QStringLiteral("city")}},
        // The strict wire shape: it is also sent to the sandbox as it is, and
        // the request schema check holds such bodies to the spec.
        {QStringLiteral("associatedObjectType"), QJsonArray{}},
        {QStringLiteral("exportInternalValuesOptions"), QJsonArray{}},
        {QStringLiteral("includeLabeledAssociations"), false},
        {QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects"), false},
        {QStringLiteral("overrideAssociatedObjectsPerDefinitionPerRowLimit"), false}};
}

// Every entry below `dir`, relative, hidden ones included (symlinks are listed, not followed).
inline QStringList treeOf(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(dir).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

// Entries whose name (any path component) starts with a dot: work files, staging folders.
inline QStringList hiddenEntries(const QStringList &tree)
{
    QStringList hidden;
    for (const QString &entry : tree) {
        const QStringList parts = entry.split(u'/');
        if (std::any_of(parts.cbegin(), parts.cend(),
                        [](const QString &p) { return p.startsWith(u'.'); }))
            hidden.append(entry);
    }
    return hidden;
}

inline QStringList visibleEntries(const QStringList &tree)
{
    QStringList visible;
    const QStringList hidden = hiddenEntries(tree);
    for (const QString &entry : tree) {
        if (!hidden.contains(entry))
            visible.append(entry);
    }
    return visible;
}

inline QByteArray runTool(const QString &program, const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

// The names of the entries of a zip, as Info-ZIP lists them.
inline QStringList zipEntries(const QString &zipPath)
{
    const QString listing =
        QString::fromUtf8(runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zipPath}));
    return listing.split(u'\n', Qt::SkipEmptyParts);
}

inline QByteArray zipEntryBytes(const QString &zipPath, const QString &entry)
{
    return runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, entry});
}

// The files of a finished job as the CLI's JSON summary lists them.
inline QStringList summaryFiles(const QJsonObject &job)
{
    QStringList paths;
    for (const auto &f : job.value(u"files").toArray())
        paths.append(f.toObject().value(u"path").toString());
    return paths;
}

// Compares what a job saved with what the sandbox served: a plain file byte for byte against
// the sandbox's sha256; a zip (kept with --keep-zip) against that sha256, and each unpacked
// file against Info-ZIP's extraction of the same archive. Empty = identical.
inline QString compareWithServed(SandboxAdmin &admin, const QJsonObject &job)
{
    const QJsonObject info = admin.exportInfo(job.value(u"taskId").toString());
    const QByteArray served = info.value(u"sha256").toString().toLatin1();
    if (served.isEmpty())
        return QStringLiteral("the sandbox does not know export %1")
            .arg(job.value(u"taskId").toString());
    const QStringList files = summaryFiles(job);
    if (files.isEmpty())
        return QStringLiteral("the job lists no files");
    if (!info.value(u"zipped").toBool()) {
        if (files.size() != 1)
            return QStringLiteral("%1 files for a plain export").arg(files.size());
        const QByteArray got = sha256Hex(files.first());
        return got == served
                   ? QString()
                   : QStringLiteral("%1: sha256 %2, served %3 (%4 bytes served, %5 saved)")
                         .arg(files.first(), QString::fromLatin1(got), QString::fromLatin1(served))
                         .arg(info.value(u"size").toInteger())
                         .arg(QFileInfo(files.first()).size());
    }
    QString zip;
    QStringList unpacked;
    for (const QString &f : files) {
        if (f.endsWith(u".zip"))
            zip = f;
        else
            unpacked.append(f);
    }
    if (zip.isEmpty())
        return QStringLiteral("a zipped export without --keep-zip cannot be compared");
    if (sha256Hex(zip) != served)
        return QStringLiteral("the kept zip differs from the served one");
    const QStringList entries = zipEntries(zip);
    if (entries.size() != unpacked.size())
        return QStringLiteral("%1 entries in the zip, %2 files unpacked: %3")
            .arg(entries.size())
            .arg(unpacked.size())
            .arg(unpacked.join(u", "));
    for (const QString &entry : entries) {
        const QString name = entry.section(u'/', -1);
        const auto it = std::find_if(unpacked.cbegin(), unpacked.cend(), [&](const QString &p) {
            return QFileInfo(p).fileName() == name;
        });
        if (it == unpacked.cend())
            return QStringLiteral("no unpacked file for the entry %1").arg(entry);
        if (readAll(*it) != zipEntryBytes(zip, entry))
            return QStringLiteral("%1 differs from the zip's entry %2").arg(*it, entry);
    }
    return {};
}

} // namespace e2e
