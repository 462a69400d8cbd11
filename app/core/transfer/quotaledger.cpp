#include "quotaledger.h"

#include "storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace es {

namespace {

constexpr qint64 windowSecs = qint64{24} * 60 * 60;

QDateTime parseDate(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

QuotaLedger::QuotaLedger(const QString &filePath, int dailyLimit, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_dailyLimit(std::max(1, dailyLimit))
{
    load();
}

int QuotaLedger::dailyLimit() const
{
    return m_dailyLimit;
}

void QuotaLedger::setDailyLimit(int limit)
{
    m_dailyLimit = std::max(1, limit);
}

void QuotaLedger::reload()
{
    load();
}

void QuotaLedger::refreshIfChanged() const
{
    if (m_filePath.isEmpty())
        return;
    const QFileInfo info(m_filePath);
    const QDateTime stamp = info.exists() ? info.lastModified() : QDateTime();
    if (stamp != m_fileStamp)
        const_cast<QuotaLedger *>(this)->load();
}

void QuotaLedger::load()
{
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    const QFileInfo info(m_filePath);
    m_fileStamp = info.exists() ? info.lastModified() : QDateTime();
    if (!file.open(QIODevice::ReadOnly))
        return; // no ledger yet: nothing spent
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A damaged ledger must not block exports forever; HubSpot's own DAILY answer still
        // stops us if we undercount.
        m_lastError = tr("The export quota file %1 is damaged (%2); it was ignored.")
                          .arg(QDir::toNativeSeparators(m_filePath), parseError.errorString());
        return;
    }
    m_starts.clear();
    m_exhaustedUntil.clear();
    const QJsonObject accounts = doc.object().value(u"accounts").toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject account = it.value().toObject();
        QList<QDateTime> starts;
        const QJsonArray array = account.value(u"starts").toArray();
        for (const auto &v : array) {
            const QDateTime when = parseDate(v);
            if (when.isValid())
                starts.append(when);
        }
        std::sort(starts.begin(), starts.end());
        if (!starts.isEmpty())
            m_starts.insert(it.key(), starts);
        const QDateTime until = parseDate(account.value(u"exhaustedUntil"));
        if (until.isValid())
            m_exhaustedUntil.insert(it.key(), until);
    }
}

bool QuotaLedger::save()
{
    if (m_filePath.isEmpty())
        return true;
    QJsonObject accounts;
    QStringList ids = m_starts.keys();
    for (const QString &id : m_exhaustedUntil.keys()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString &id : std::as_const(ids)) {
        QJsonObject account;
        QJsonArray starts;
        for (const QDateTime &when : m_starts.value(id))
            starts.append(when.toUTC().toString(Qt::ISODateWithMs));
        account[u"starts"] = starts;
        const QDateTime until = m_exhaustedUntil.value(id);
        if (until.isValid())
            account[u"exhaustedUntil"] = until.toUTC().toString(Qt::ISODateWithMs);
        accounts[id] = account;
    }
    QJsonObject root;
    root[u"version"] = 1;
    root[u"accounts"] = accounts;

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QString reason;
    if (!writeFileAtomically(m_filePath, QJsonDocument(root).toJson(QJsonDocument::Indented),
                             &reason)) {
        m_lastError =
            tr("Cannot save the export quota file %1: %2. %3")
                .arg(QDir::toNativeSeparators(m_filePath), reason, writeAdvice(m_filePath, reason));
        return false;
    }
    const QFileInfo info(m_filePath);
    m_fileStamp = info.lastModified();
    return true;
}

void QuotaLedger::prune(const QDateTime &now)
{
    const QDateTime cutoff = now.addSecs(-windowSecs);
    for (auto it = m_starts.begin(); it != m_starts.end();) {
        it->erase(std::remove_if(it->begin(), it->end(),
                                 [&](const QDateTime &when) { return when <= cutoff; }),
                  it->end());
        it = it->isEmpty() ? m_starts.erase(it) : std::next(it);
    }
    for (auto it = m_exhaustedUntil.begin(); it != m_exhaustedUntil.end();)
        it = it.value() <= now ? m_exhaustedUntil.erase(it) : std::next(it);
}

int QuotaLedger::used(const QString &accountId, const QDateTime &now) const
{
    refreshIfChanged();
    const QDateTime cutoff = now.addSecs(-windowSecs);
    const QList<QDateTime> starts = m_starts.value(accountId);
    return int(std::count_if(starts.cbegin(), starts.cend(),
                             [&](const QDateTime &when) { return when > cutoff && when <= now; }));
}

QStringList QuotaLedger::accounts() const
{
    refreshIfChanged();
    QStringList ids = m_starts.keys();
    ids.sort();
    return ids;
}

int QuotaLedger::remaining(const QString &accountId, const QDateTime &now) const
{
    refreshIfChanged();
    const QDateTime until = m_exhaustedUntil.value(accountId);
    if (until.isValid() && until > now)
        return 0;
    return std::max(0, m_dailyLimit - used(accountId, now));
}

QDateTime QuotaLedger::nextSlot(const QString &accountId, const QDateTime &now) const
{
    if (remaining(accountId, now) > 0)
        return {};
    QDateTime slot;
    const QList<QDateTime> inWindow = startsInWindow(accountId, now);
    const int over = int(inWindow.size()) - m_dailyLimit;
    if (over >= 0)
        slot = inWindow.at(over).addSecs(windowSecs);
    const QDateTime until = m_exhaustedUntil.value(accountId);
    if (until.isValid() && until > now && (!slot.isValid() || until > slot))
        slot = until;
    return slot.toUTC();
}

QList<QDateTime> QuotaLedger::startsInWindow(const QString &accountId, const QDateTime &now) const
{
    refreshIfChanged();
    const QDateTime cutoff = now.addSecs(-windowSecs);
    QList<QDateTime> inWindow;
    for (const QDateTime &when : m_starts.value(accountId)) {
        if (when > cutoff && when <= now)
            inWindow.append(when);
    }
    std::sort(inWindow.begin(), inWindow.end());
    return inWindow;
}

QDateTime QuotaLedger::exhaustedUntil(const QString &accountId, const QDateTime &now) const
{
    refreshIfChanged();
    const QDateTime until = m_exhaustedUntil.value(accountId);
    return until.isValid() && until > now ? until : QDateTime();
}

void QuotaLedger::recordStart(const QString &accountId, const QDateTime &when)
{
    refreshIfChanged(); // another process may have written starts since we read
    QList<QDateTime> &starts = m_starts[accountId];
    starts.append(when.toUTC());
    std::sort(starts.begin(), starts.end());
    prune(QDateTime::currentDateTimeUtc() > when ? when : QDateTime::currentDateTimeUtc());
    save();
    Q_EMIT changed(accountId);
}

void QuotaLedger::markExhausted(const QString &accountId, const QDateTime &until)
{
    refreshIfChanged();
    m_exhaustedUntil.insert(accountId, until.toUTC());
    save();
    Q_EMIT changed(accountId);
}

} // namespace es
