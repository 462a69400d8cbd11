// The download origin: /exports/<token>/<fileName>, no Authorization, S3-like answers.
#include "errorbody.h"
#include "sandboxservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace sandbox {

namespace {

HttpResponse s3Error(int status, const QByteArray &code, const QByteArray &message,
                     const QByteArray &extra = {})
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/xml");
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code +
                    "</Code><Message>" + message + "</Message>" + extra + "</Error>\n";
    return response;
}

struct ByteRange
{
    enum class Kind
    {
        None,
        Satisfiable,
        Unsatisfiable
    } kind = Kind::None;
    qint64 first = 0;
    qint64 last = 0;
};

// One `bytes=` range (a-b, a-, -n). Several ranges are answered with the whole file, which
// RFC 9110 allows.
ByteRange parseRange(const QByteArray &header, qint64 size)
{
    ByteRange range;
    if (header.isEmpty())
        return range;
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$"));
    const auto match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return range; // malformed or multi-range: ignore
    const QString a = match.captured(1);
    const QString b = match.captured(2);
    if (a.isEmpty() && b.isEmpty())
        return range;
    if (a.isEmpty()) {
        const qint64 suffix = b.toLongLong();
        if (suffix == 0 || size == 0) {
            range.kind = ByteRange::Kind::Unsatisfiable;
            return range;
        }
        range.first = std::max<qint64>(0, size - suffix);
        range.last = size - 1;
    } else {
        range.first = a.toLongLong();
        range.last = b.isEmpty() ? size - 1 : std::min(b.toLongLong(), size - 1);
        if (!b.isEmpty() && b.toLongLong() < range.first)
            return range; // invalid: ignore the header
        if (range.first >= size) {
            range.kind = ByteRange::Kind::Unsatisfiable;
            return range;
        }
    }
    range.kind = ByteRange::Kind::Satisfiable;
    return range;
}

std::optional<QString> badZipSuffix(BadZipKind kind)
{
    switch (kind) {
    case BadZipKind::Corrupt:
        return QStringLiteral("corrupt");
    case BadZipKind::PathTraversal:
        return QStringLiteral("traversal");
    case BadZipKind::AbsolutePath:
        return QStringLiteral("absolute");
    case BadZipKind::Symlink:
        return QStringLiteral("symlink");
    case BadZipKind::Bomb:
        return QStringLiteral("bomb");
    }
    return std::nullopt;
}

} // namespace

HttpResponse SandboxService::handleDownload(const HttpRequest &request)
{
    count(EndpointKind::Download);
    const std::optional<FaultRule> fault = m_faults.take(EndpointKind::Download);
    if (fault && fault->stallSeconds > 0)
        sleepUnlessStopping(static_cast<qint64>(fault->stallSeconds * 1000));
    HttpResponse response;
    if (fault && fault->status)
        response = faultStatus(*fault, EndpointKind::Download);
    else if (fault && fault->html)
        response = htmlErrorPage(fault->html);
    else
        response = downloadFile(request, fault);
    if (fault)
        shapeBody(response, *fault);
    log(request, EndpointKind::Download, response.status);
    return response;
}

HttpResponse SandboxService::downloadFile(const HttpRequest &request,
                                          const std::optional<FaultRule> &fault)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response = s3Error(405, "MethodNotAllowed",
                                        "The specified method is not allowed against this "
                                        "resource.");
        response.setHeader("Allow", "GET, HEAD");
        return response;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^/exports/([A-Za-z0-9_-]{20,})/[^/]+$"));
    const auto match = pattern.match(request.path);
    if (!match.hasMatch())
        return s3Error(403, "AccessDenied", "Access Denied");
    const QString token = match.captured(1);
    if (fault && fault->expireLink)
        m_exports.expireLink(token);
    const ExportManager::Link link = m_exports.resolveLink(token);
    if (link.state == ExportManager::Link::State::Unknown)
        return s3Error(403, "AccessDenied", "Access Denied");
    if (link.state == ExportManager::Link::State::Expired) {
        return s3Error(403, "AccessDenied", "Request has expired",
                       "<Expires>" + SandboxClock::iso(link.expiresAt).toLatin1() +
                           "</Expires><ServerTime>" +
                           SandboxClock::iso(m_clock.nowMs()).toLatin1() + "</ServerTime>");
    }

    RenderedExport file = link.file;
    if (fault && fault->badZip) {
        file = writeBadZip(*fault->badZip, m_config.dataDir,
                           link.exportId + u'-' + badZipSuffix(*fault->badZip).value_or(QString()));
        if (file.path.isEmpty())
            return s3Error(500, "InternalError", "The sandbox could not write the bad zip.");
    }

    QByteArray etag = '"' + file.sha256Hex + '"';
    if (fault && !fault->etag.isEmpty()) {
        // What S3 sends: the MD5 of a single-part object, or a digest of digests for multipart.
        QFile in(file.path);
        QCryptographicHash md5(QCryptographicHash::Md5);
        if (!in.open(QIODevice::ReadOnly) || !md5.addData(&in))
            return s3Error(500, "InternalError", "The sandbox could not read the export file.");
        etag = '"' + md5.result().toHex() + (fault->etag == u"multipart" ? "-2" : "") + '"';
    }
    HttpResponse response;
    response.setHeader("Content-Type", file.contentType.isEmpty()
                                           ? QByteArray("application/octet-stream")
                                           : file.contentType);
    response.setHeader("ETag", etag);
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("Content-Disposition",
                       "attachment; filename=\"" + file.fileName.toUtf8() + '"');
    response.setHeader("Cache-Control", "private, max-age=0");
    if (request.header("if-none-match") == etag) {
        response.status = 304;
        return response;
    }
    ByteRange range = parseRange(request.header("range"), file.size);
    const QByteArray ifRange = request.header("if-range");
    if (!ifRange.isEmpty() && ifRange != etag)
        range.kind = ByteRange::Kind::None; // the file changed: send all of it
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        HttpResponse refused =
            s3Error(416, "InvalidRange", "The requested range is not satisfiable");
        refused.setHeader("Content-Range", "bytes */" + QByteArray::number(file.size));
        refused.setHeader("Accept-Ranges", "bytes");
        refused.setHeader("ETag", etag);
        return refused;
    }
    response.filePath = file.path;
    if (range.kind == ByteRange::Kind::Satisfiable) {
        response.status = 206;
        response.fileOffset = range.first;
        response.fileLength = range.last - range.first + 1;
        response.setHeader("Content-Range", "bytes " + QByteArray::number(range.first) + '-' +
                                                QByteArray::number(range.last) + '/' +
                                                QByteArray::number(file.size));
    } else {
        response.fileLength = file.size;
    }
    {
        std::lock_guard lock(m_statsMutex);
        ++m_downloads;
    }
    return response;
}

} // namespace sandbox
