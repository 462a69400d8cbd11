#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace es {

// HubSpot allows 30 exports per account in any rolling 24 hours. The ledger remembers when each
// export was started (persisted, so a restart does not forget), and answers how many are left and
// when the next slot opens. The queue asks it before every start rather than sending a request
// that must fail.
class QuotaLedger : public QObject
{
    Q_OBJECT

public:
    // `filePath` empty: in memory only (tests).
    explicit QuotaLedger(const QString &filePath, int dailyLimit = 30, QObject *parent = nullptr);

    int dailyLimit() const;
    void setDailyLimit(int limit);

    int used(const QString &accountId,
             const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    int remaining(const QString &accountId,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // When the oldest start in the window leaves it; invalid when a slot is free now.
    QDateTime nextSlot(const QString &accountId,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The accounts that have starts in the ledger.
    QStringList accounts() const;

    void recordStart(const QString &accountId,
                     const QDateTime &when = QDateTime::currentDateTimeUtc());
    // HubSpot said DAILY although we counted fewer: trust HubSpot until `until`.
    void markExhausted(const QString &accountId, const QDateTime &until);

    // The starts that count at `now` (inside the window ending then), earliest first: the quota
    // and schedule planners' input; and until when HubSpot said the quota is used up (invalid
    // when it did not, or that time has passed).
    QList<QDateTime> startsInWindow(const QString &accountId,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QDateTime exhaustedUntil(const QString &accountId,
                             const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Additive (engine): the file's path; reload() re-reads it (another process may have started
    // exports: the GUI and the CLI share the ledger). Reads also pick up a changed file.
    QString filePath() const { return m_filePath; }
    void reload();
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed(const QString &accountId);

private:
    void refreshIfChanged() const;
    void load();
    bool save();
    void prune(const QDateTime &now);

    QString m_filePath;
    QString m_lastError;
    mutable QDateTime m_fileStamp;
    int m_dailyLimit;
    QHash<QString, QList<QDateTime>> m_starts;
    QHash<QString, QDateTime> m_exhaustedUntil;
};

} // namespace es
