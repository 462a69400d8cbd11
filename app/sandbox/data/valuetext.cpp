#include "valuetext.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
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

QStringList tokens(const QString &text)
{
    QStringList result;
    const QStringList words =
        text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &word : words) {
        result.append(word);
        const QStringList pieces = word.split(punctuation, Qt::SkipEmptyParts);
        if (pieces.size() > 1 || (pieces.size() == 1 && pieces.first() != word))
            result += pieces;
    }
    return result;
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

bool containsToken(const QString &text, const QString &query)
{
    const QStringList patterns =
        query.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (patterns.isEmpty() || text.isEmpty())
        return false;
    const QStringList words = tokens(text);
    for (const QString &pattern : patterns) {
        bool found = false;
        for (const QString &word : words) {
            if (globMatch(pattern, word)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace sandbox::valuetext
