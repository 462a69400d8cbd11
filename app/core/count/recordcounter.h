#pragma once

#include "hubspot/hubspotclient.h" // QPointer needs the complete types
#include "model/exportrequest.h"
#include "model/validation.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace es {

// What the counter knows about the request it was last given.
struct CountState
{
    enum class Status
    {
        Idle,         // nothing to count (no client, no request yet)
        NotCountable, // the filters are unfinished: HubSpot would refuse the search
        Counting,     // searches are on their way (or waiting for the search limit)
        Ready,        // total (and each group's count) known
        Unavailable   // HubSpot could not be asked or refused: `reason` says why
    };

    Status status = Status::Idle;
    bool isList = false;
    qint64 total = -1; // records the export would hold; -1 while unknown
    // Each filter group's own count, in order; -1 while unknown. Empty for a LIST export or a
    // search without groups.
    QList<qint64> perGroup;
    QString reason; // Unavailable: HubSpot's answer in the user's words

    bool operator==(const CountState &) const = default;
};

// Counts the records an export would hold while its request is being edited, spending no
// export: CRM search (the same filterGroups and query, limit 1, its `total`) for a VIEW, the
// list's size for a LIST. Every change is debounced; a newer request cancels the searches the
// older one still needs and no other; each search body's answer is cached (a few minutes), so
// editing one group asks only for that group and the total again. Searches go through the
// client's own search limiter (about 3 per second) and the account's window, and a search 429
// holds only searches: counting never makes the export traffic wait for a 429.
class RecordCounter : public QObject
{
    Q_OBJECT

public:
    explicit RecordCounter(QObject *parent = nullptr);
    ~RecordCounter() override;

    // The account's client; another client (account) drops the cache. nullptr: Idle.
    void setClient(HubSpotClient *client);
    HubSpotClient *client() const { return m_client; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    void setLimits(const ValidationLimits &limits) { m_limits = limits; }
    // How long an answer is reused for the same body (default 5 minutes; 0 = never).
    void setMaxAgeSeconds(int seconds) { m_maxAgeSeconds = seconds; }

    // Counts `request` after the debounce (its search part for a VIEW, its list for a LIST);
    // the state says Counting at once. An unchanged request keeps the state it has.
    void setRequest(const ExportRequest &request);
    // Counts the current request at once (e.g. the Review page, which needs no debounce).
    void countNow();
    // Stops what is on its way; the state goes back to Idle.
    void cancel();

    const CountState &state() const { return m_state; }
    // Searches sent since construction (the cache and cancellations keep this low).
    int searchesSent() const { return m_sent; }

Q_SIGNALS:
    void stateChanged(const es::CountState &state);

private:
    struct Cached
    {
        qint64 total = -1;
        QDateTime at;
    };
    // One thing to ask HubSpot: a search body (VIEW) or a list (LIST), by its cache key.
    struct Question
    {
        QString key;
        QJsonObject body; // VIEW
        QString listId;   // LIST
    };

    void start();
    void askNext();
    void settle();
    void publish(const CountState &state);
    std::optional<qint64> cached(const QString &key) const;

    QPointer<HubSpotClient> m_client;
    ValidationLimits m_limits;
    ExportRequest m_request;
    bool m_haveRequest = false;
    QTimer m_debounce;
    int m_maxAgeSeconds = 300;
    QHash<QString, Cached> m_cache;
    // The questions of the current request: [0] is the total, then one per group (2+ groups).
    QList<Question> m_questions;
    QPointer<ApiReply> m_inFlight;
    QString m_inFlightKey;
    CountState m_state;
    int m_sent = 0;
};

} // namespace es

Q_DECLARE_METATYPE(es::CountState)
