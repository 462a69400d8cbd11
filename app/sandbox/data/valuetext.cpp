#include "valuetext.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <cstdio>

namespace sandbox::valuetext {
namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's days → civil date: exact and much cheaper than QDateTime per cell.
void civil(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(qint64(yoe) + era * 400 + (month <= 2 ? 1 : 0));
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Calls `visit` with every token of `lower` (already lower-case) until it returns true.
template<typename Visit>
bool anyToken(QStringView lower, Visit visit)
{
    const qsizetype n = lower.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && lower[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !lower[i].isSpace())
            ++i;
        if (i == start)
            continue;
        const QStringView word = lower.mid(start, i - start);
        if (visit(word))
            return true;
        // An e-mail address: its local part and its domain are tokens too ("example.org" of
        // "anna@example.org"), as HubSpot's search (Elasticsearch's standard tokenizer, which
        // splits at '@' but not at a '.' between letters) finds them.
        if (const qsizetype at = word.lastIndexOf(u'@'); at > 0 && at + 1 < word.size()) {
            const QStringView local = word.left(at);
            const QStringView domain = word.mid(at + 1);
            if (visit(local) || visit(domain))
                return true;
        }
        qsizetype k = 0;
        while (k < word.size()) {
            while (k < word.size() && !isWordChar(word[k]))
                ++k;
            const qsizetype pieceStart = k;
            while (k < word.size() && isWordChar(word[k]))
                ++k;
            if (k > pieceStart && k - pieceStart < word.size() &&
                visit(word.mid(pieceStart, k - pieceStart)))
                return true;
        }
    }
    return false;
}

} // namespace

QString formatDate(qint64 epochMs)
{
    int y, m, d;
    civil(floorDiv(epochMs, kDayMs), y, m, d);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    return QString::fromLatin1(buffer);
}

QString formatDateTime(qint64 epochMs)
{
    int y, m, d;
    const qint64 days = floorDiv(epochMs, kDayMs);
    civil(days, y, m, d);
    const qint64 minutes = (epochMs - days * kDayMs) / 60000;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", y, m, d, int(minutes / 60),
                  int(minutes % 60));
    return QString::fromLatin1(buffer);
}

std::optional<qint64> parseTime(const QString &text, bool dateOnly)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    qint64 ms = trimmed.toLongLong(&ok);
    if (!ok) {
        if (trimmed.size() == 10) {
            const QDate date = QDate::fromString(trimmed, Qt::ISODate);
            if (!date.isValid())
                return std::nullopt;
            ms = date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        } else {
            QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
            if (!time.isValid())
                return std::nullopt;
            if (time.timeSpec() == Qt::LocalTime)
                time.setTimeSpec(Qt::UTC);
            ms = time.toMSecsSinceEpoch();
        }
    }
    return dateOnly ? floorDiv(ms, kDayMs) * kDayMs : ms;
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

QStringList tokenPatterns(const QString &query)
{
    QStringList patterns;
    const QString lower = query.toLower();
    qsizetype i = 0;
    while (i < lower.size()) {
        while (i < lower.size() && lower[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < lower.size() && !lower[i].isSpace())
            ++i;
        if (i > start)
            patterns.append(lower.mid(start, i - start));
    }
    return patterns;
}

bool containsTokens(const QString &text, const QStringList &patterns)
{
    if (patterns.isEmpty() || text.isEmpty())
        return false;
    const QString lower = text.toLower();
    for (const QString &pattern : patterns) {
        if (!anyToken(lower, [&pattern](QStringView token) { return globMatch(pattern, token); }))
            return false;
    }
    return true;
}

bool containsToken(const QString &text, const QString &query)
{
    return containsTokens(text, tokenPatterns(query));
}

} // namespace sandbox::valuetext
