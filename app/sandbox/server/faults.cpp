#include "faults.h"

#include <QJsonObject>

namespace sandbox {

namespace {

struct KindName
{
    EndpointKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {EndpointKind::Start, "start"},   {EndpointKind::Status, "status"},
    {EndpointKind::Get, "get"},       {EndpointKind::Properties, "properties"},
    {EndpointKind::Lists, "lists"},   {EndpointKind::Schemas, "schemas"},
    {EndpointKind::Owners, "owners"}, {EndpointKind::Pipelines, "pipelines"},
    {EndpointKind::Search, "search"}, {EndpointKind::Download, "download"},
    {EndpointKind::Other, "other"},
};

std::optional<BadZipKind> badZipFromName(const QString &name)
{
    if (name == u"corrupt")
        return BadZipKind::Corrupt;
    if (name == u"traversal")
        return BadZipKind::PathTraversal;
    if (name == u"absolute")
        return BadZipKind::AbsolutePath;
    if (name == u"symlink")
        return BadZipKind::Symlink;
    if (name == u"bomb")
        return BadZipKind::Bomb;
    return std::nullopt;
}

} // namespace

QString kindName(EndpointKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("other");
}

std::optional<EndpointKind> kindFromName(const QString &name)
{
    for (const auto &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList allKindNames()
{
    QStringList names;
    for (const auto &entry : kindNames)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

bool FaultRule::matches(EndpointKind requestKind) const
{
    return kind == u"any" || kind == kindName(requestKind);
}

std::optional<FaultRule> parseFaultRule(const QString &text, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<FaultRule> {
        if (error)
            *error = QStringLiteral("fault rule \"%1\": %2").arg(text, message);
        return std::nullopt;
    };
    const QStringList parts = text.trimmed().split(u':', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return fail(QStringLiteral("expected KIND:ACTION[=VALUE][:...], e.g. "
                                   "download:drop-after=1024"));
    FaultRule rule;
    rule.text = text.trimmed();
    rule.kind = parts.first().toLower();
    if (rule.kind != u"any" && !kindFromName(rule.kind))
        return fail(QStringLiteral("unknown kind \"%1\" (use any, %2)")
                        .arg(rule.kind, allKindNames().join(QStringLiteral(", "))));

    bool hasAction = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const qsizetype eq = part.indexOf(u'=');
        const QString key = (eq < 0 ? part : part.left(eq)).toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        bool ok = true;
        auto number = [&](qint64 fallback = -1) -> qint64 {
            if (value.isEmpty()) {
                ok = fallback >= 0;
                return fallback;
            }
            return value.toLongLong(&ok);
        };
        if (key == u"count") {
            rule.count = (value == u"always" || value == u"-1") ? -1 : int(number());
            if (ok && rule.count == 0)
                ok = false;
        } else if (key == u"skip") {
            rule.skip = int(number());
        } else if (key == u"status") {
            rule.status = int(number());
            ok = ok && rule.status >= 100 && rule.status <= 599;
            hasAction = true;
        } else if (key == u"nobody" || key == u"no-body") {
            rule.noBody = true;
        } else if (key == u"retry-after") {
            rule.retryAfter = int(number());
        } else if (key == u"drop-after" || key == u"drop") {
            rule.dropAfter = number(0);
            hasAction = true;
        } else if (key == u"stall") {
            rule.stallSeconds = value.toDouble(&ok);
            hasAction = true;
        } else if (key == u"trickle") {
            rule.trickle = number(1024);
            ok = ok && rule.trickle > 0;
            hasAction = true;
        } else if (key == u"truncate") {
            rule.truncate = true;
            hasAction = true;
        } else if (key == u"wrong-length") {
            rule.wrongLength = number(100);
            ok = ok && rule.wrongLength != 0;
            hasAction = true;
        } else if (key == u"invalid-json") {
            rule.invalidJson = true;
            hasAction = true;
        } else if (key == u"html") {
            rule.html = int(number(502));
            ok = ok && rule.html >= 100 && rule.html <= 599;
            hasAction = true;
        } else if (key == u"badzip" || key == u"bad-zip") {
            rule.badZip = badZipFromName(value.toLower());
            ok = rule.badZip.has_value();
            hasAction = true;
        } else if (key == u"etag") {
            rule.etag = value.toLower();
            ok = rule.etag == u"md5" || rule.etag == u"multipart";
            hasAction = true;
        } else if (key == u"expire") {
            rule.expireLink = true;
            hasAction = true;
        } else if (key == u"revoke-token") {
            rule.revokeToken = true;
            hasAction = true;
        } else {
            return fail(QStringLiteral("unknown action \"%1\"").arg(key));
        }
        if (!ok || (rule.skip < 0))
            return fail(QStringLiteral("bad value \"%1\" for %2").arg(value, key));
    }
    if (!hasAction)
        return fail(QStringLiteral("no action (status, drop-after, stall, trickle, truncate, "
                                   "wrong-length, invalid-json, html, badzip, expire, "
                                   "etag, revoke-token)"));
    if ((rule.badZip || rule.expireLink || !rule.etag.isEmpty()) && rule.kind != u"download")
        return fail(QStringLiteral("badzip, expire and etag apply to the download kind only"));
    return rule;
}

QString faultRuleHelp()
{
    return QStringLiteral(
        "Fault rules (--fault RULE, repeatable; or POST /__sandbox/faults {\"rules\":[RULE]}):\n"
        "  KIND:ACTION[=VALUE][:ACTION[=VALUE]...]\n"
        "  KIND: any, start, status, get, properties, lists, schemas, owners, pipelines,\n"
        "        download\n"
        "  ACTION:\n"
        "    status=CODE        answer CODE with HubSpot's error body (nobody: empty body;\n"
        "                       retry-after=S: add Retry-After)\n"
        "    drop-after=BYTES   send BYTES of the body, then cut the connection\n"
        "    stall=SECONDS      wait before answering (other requests are not held up)\n"
        "    trickle=BPS        send the body at BPS bytes per second\n"
        "    truncate           send half the body with a matching Content-Length\n"
        "    wrong-length=N     declare Content-Length off by N bytes (default 100)\n"
        "    invalid-json       a 200 whose JSON body does not parse\n"
        "    html=CODE          an HTML error page with status CODE (default 502)\n"
        "    badzip=KIND        download only: corrupt, traversal, absolute, symlink, bomb\n"
        "    expire             download only: the link expires now (403)\n"
        "    etag=md5|multipart download only: an S3-style ETag, the file's MD5 (single part)\n"
        "                       or \"<md5>-2\" (multipart, no digest of the file)\n"
        "    revoke-token       the bearer token stops working (401) until /__sandbox/reset\n"
        "  count=N (default 1; 'always' for every request), skip=N (let N through first)\n"
        "  Examples: download:drop-after=1048576:count=1   start:status=500:count=2\n"
        "            status:status=429:retry-after=2       properties:html=502\n"
        "            download:badzip=traversal             any:stall=3\n");
}

void FaultBook::add(const FaultRule &rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.append(rule);
}

void FaultBook::clear()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

void FaultBook::reset()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
    m_fired = 0;
}

std::optional<FaultRule> FaultBook::take(EndpointKind kind)
{
    std::lock_guard lock(m_mutex);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (!rule.matches(kind))
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            continue;
        }
        FaultRule fired = rule;
        if (rule.count > 0 && --rule.count == 0)
            m_rules.removeAt(i);
        ++m_fired;
        return fired;
    }
    return std::nullopt;
}

QJsonArray FaultBook::describe() const
{
    std::lock_guard lock(m_mutex);
    QJsonArray rules;
    for (const auto &rule : m_rules) {
        rules.append(QJsonObject{{QStringLiteral("rule"), rule.text},
                                 {QStringLiteral("remaining"), rule.count},
                                 {QStringLiteral("skip"), rule.skip}});
    }
    return rules;
}

int FaultBook::fired() const
{
    std::lock_guard lock(m_mutex);
    return m_fired;
}

} // namespace sandbox
