#pragma once

#include "exportrenderer.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <mutex>
#include <optional>

namespace sandbox {

// What kind of request a rule applies to. `any` matches every request except the admin ones.
enum class EndpointKind
{
    Start,
    Status,
    Get,
    Properties,
    Lists,
    Schemas,
    Owners,
    Pipelines,
    Search,
    Download,
    Other,
};
QString kindName(EndpointKind kind);
std::optional<EndpointKind> kindFromName(const QString &name);
QStringList allKindNames();

// One fault rule, parsed from `KIND:ACTION[=VALUE][:ACTION[=VALUE]...]`, for example
// `download:drop-after=1048576:count=1` or `status:status=429:retry-after=2`. Several actions
// in one rule combine (a stall followed by a status, a trickle that also drops).
struct FaultRule
{
    QString text;  // as given, for listings
    QString kind;  // kind name or "any"
    int count = 1; // matching requests left; -1 = every one
    int skip = 0;  // matching requests to let through first

    int status = 0;        // answer with this HTTP status
    bool noBody = false;   // ... and an empty body
    int retryAfter = -1;   // seconds, sent as Retry-After
    qint64 dropAfter = -1; // bytes of body, then the connection is cut
    double stallSeconds = 0;
    qint64 trickle = 0;     // bytes per second
    bool truncate = false;  // half the body, with a matching Content-Length
    qint64 wrongLength = 0; // added to the real Content-Length (may be negative)
    bool invalidJson = false;
    int html = 0; // an HTML error page with this status
    std::optional<BadZipKind> badZip;
    bool expireLink = false;
    QString etag; // download only: "md5" (S3 single-part ETag) or "multipart" ("<md5>-2")
    bool revokeToken = false;

    bool matches(EndpointKind requestKind) const;
};

std::optional<FaultRule> parseFaultRule(const QString &text, QString *error);
// The syntax, for --help and the README.
QString faultRuleHelp();

// The rules in force. Thread-safe: connection threads take rules as requests arrive.
class FaultBook
{
public:
    void add(const FaultRule &rule);
    void clear();
    void reset(); // clear() and forget how many fired
    // The first rule that applies to this request, consumed by one.
    std::optional<FaultRule> take(EndpointKind kind);
    QJsonArray describe() const;
    int fired() const;

private:
    mutable std::mutex m_mutex;
    QList<FaultRule> m_rules;
    int m_fired = 0;
};

} // namespace sandbox
