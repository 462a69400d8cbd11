#include "bodyrecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>

namespace sandbox {

bool BodyRecorder::open(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the --record-bodies folder \"%1\".").arg(dir);
        return false;
    }
    m_file.setFileName(QDir(dir).filePath(
        QStringLiteral("bodies-%1.jsonl").arg(QCoreApplication::applicationPid())));
    // Unbuffered: each record is one write(), so a test that kills the sandbox loses no line and
    // never leaves half of one.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot write \"%1\": %2 (--record-bodies).")
                     .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void BodyRecorder::record(const HttpRequest &request)
{
    if (!m_file.isOpen())
        return;
    // Requests that carry a body, and those whose method needs one (an empty POST is a finding).
    const bool needsBody =
        request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
    if (request.body.isEmpty() && !needsBody)
        return;
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("lenient"), request.header("x-sandbox-lenient") == "1"},
        // Base64 keeps the bytes as sent, invalid UTF-8 and broken JSON included.
        {QStringLiteral("bodyBase64"), QString::fromLatin1(request.body.toBase64())},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::lock_guard lock(m_mutex);
    if (m_file.write(bytes) != bytes.size()) {
        // A body left unrecorded would go unchecked: stop loudly so the test fails.
        std::fprintf(stderr, "hubspot-sandbox: cannot record a request body in %s: %s\n",
                     qPrintable(m_file.fileName()), qPrintable(m_file.errorString()));
        std::abort();
    }
}

} // namespace sandbox
