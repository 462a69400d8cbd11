#include "recordcounter.h"

#include "hubspot/hubspotclient.h"
#include "model/objectsearch.h"
#include "model/objecttype.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCount, "es.count")

namespace es {

namespace {

// Problems that make HubSpot refuse the search (or the list read): nothing to count yet.
bool countable(const ExportRequest &request, const ValidationLimits &limits)
{
    for (const ValidationIssue &issue : validate(request, limits)) {
        if (!issue.isError())
            continue;
        if (issue.field.startsWith(u"publicCrmSearchRequest") || issue.field == u"listId" ||
            issue.field == u"objectType")
            return false;
    }
    return true;
}

} // namespace

RecordCounter::RecordCounter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CountState>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &RecordCounter::start);
}

RecordCounter::~RecordCounter()
{
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->cancel();
    }
}

void RecordCounter::setClient(HubSpotClient *client)
{
    if (m_client == client)
        return;
    cancel();
    m_client = client;
    m_cache.clear();
    if (m_haveRequest)
        m_debounce.start();
}

void RecordCounter::setRequest(const ExportRequest &request)
{
    // Only what decides the count: the name, columns and format do not.
    const bool same =
        m_haveRequest && request.exportType == m_request.exportType &&
        request.objectType == m_request.objectType &&
        (request.exportType == ExportType::List ? request.listId == m_request.listId
                                                : request.search.value_or(SearchRequest()) ==
                                                      m_request.search.value_or(SearchRequest()));
    m_request = request;
    m_haveRequest = true;
    if (same && m_state.status != CountState::Status::Idle)
        return;
    // The old numbers no longer hold: say so at once, not after the debounce.
    CountState pending;
    pending.status = CountState::Status::Counting;
    pending.isList = request.exportType == ExportType::List;
    if (!pending.isList)
        pending.perGroup =
            QList<qint64>(request.search.value_or(SearchRequest()).filterGroups.size(), -1);
    publish(pending);
    m_debounce.start();
}

void RecordCounter::countNow()
{
    m_debounce.stop();
    start();
}

void RecordCounter::cancel()
{
    m_debounce.stop();
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->cancel();
    }
    m_inFlight = nullptr;
    m_inFlightKey.clear();
    m_questions.clear();
    publish(CountState{});
}

std::optional<qint64> RecordCounter::cached(const QString &key) const
{
    const auto found = m_cache.constFind(key);
    if (found == m_cache.constEnd() || m_maxAgeSeconds <= 0 ||
        found->at.secsTo(QDateTime::currentDateTimeUtc()) > m_maxAgeSeconds)
        return std::nullopt;
    return found->total;
}

void RecordCounter::start()
{
    m_debounce.stop();
    if (!m_client || !m_haveRequest) {
        cancel();
        return;
    }
    const bool isList = m_request.exportType == ExportType::List;
    if (!countable(m_request, m_limits)) {
        cancel();
        CountState state;
        state.status = CountState::Status::NotCountable;
        state.isList = isList;
        publish(state);
        return;
    }
    // Answers are kept per body and object: the same filters of another object differ.
    const QString object = ObjectTypes::typeIdOf(m_request.objectType).isEmpty()
                               ? m_request.objectType.toLower()
                               : ObjectTypes::typeIdOf(m_request.objectType);
    m_questions.clear();
    if (isList) {
        m_questions.append({QStringLiteral("list %1").arg(m_request.listId), {}, m_request.listId});
    } else {
        const SearchRequest search = m_request.search.value_or(SearchRequest());
        const auto question = [&object](const QJsonObject &body) {
            return Question{
                object + u' ' +
                    QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                body,
                {}};
        };
        m_questions.append(question(ObjectSearch::body(search, 1)));
        // One group's count is the total; several are each asked for on their own.
        if (search.filterGroups.size() > 1) {
            for (qsizetype g = 0; g < search.filterGroups.size(); ++g)
                m_questions.append(
                    question(ObjectSearch::body(ObjectSearch::groupOnly(search, g), 1)));
        }
    }
    // What is on its way stays when the new request needs it too; anything else is dropped.
    if (m_inFlight) {
        bool needed = false;
        for (const Question &q : std::as_const(m_questions))
            needed = needed || q.key == m_inFlightKey;
        if (!needed) {
            disconnect(m_inFlight, nullptr, this, nullptr);
            m_inFlight->cancel();
            m_inFlight = nullptr;
            m_inFlightKey.clear();
        }
    }
    settle();
}

void RecordCounter::settle()
{
    CountState state;
    state.isList = m_request.exportType == ExportType::List;
    const qsizetype groups =
        state.isList ? 0 : m_request.search.value_or(SearchRequest()).filterGroups.size();
    state.perGroup = QList<qint64>(groups, -1);
    bool missing = false;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const std::optional<qint64> total = cached(m_questions.at(i).key);
        missing = missing || !total;
        if (!total)
            continue;
        if (i == 0)
            state.total = *total;
        else
            state.perGroup[i - 1] = *total;
    }
    if (groups == 1)
        state.perGroup[0] = state.total;
    state.status = missing ? CountState::Status::Counting : CountState::Status::Ready;
    publish(state);
    if (missing && !m_inFlight)
        askNext();
}

void RecordCounter::askNext()
{
    for (const Question &q : std::as_const(m_questions)) {
        if (cached(q.key))
            continue;
        m_inFlightKey = q.key;
        ++m_sent;
        if (!q.listId.isEmpty()) {
            ExportRequest list = m_request;
            auto *reply = m_client->countRecords(list);
            m_inFlight = reply;
            reply->onFinished(this, [this, key = q.key](const ApiResult<RecordCount> &r) {
                m_inFlight = nullptr;
                m_inFlightKey.clear();
                if (!r.isOk()) {
                    CountState state = m_state;
                    state.status = CountState::Status::Unavailable;
                    state.reason = r.error().userMessage();
                    publish(state);
                    return;
                }
                m_cache.insert(key, {r.value().total, QDateTime::currentDateTimeUtc()});
                // A newer request is waiting for its debounce: it settles then, with its own
                // questions (these are the older request's).
                if (!m_debounce.isActive())
                    settle();
            });
        } else {
            auto *reply = m_client->searchObjects(m_request.objectType, q.body);
            m_inFlight = reply;
            reply->onFinished(this, [this, key = q.key](const ApiResult<SearchPage> &r) {
                m_inFlight = nullptr;
                m_inFlightKey.clear();
                if (!r.isOk()) {
                    qCInfo(lcCount) << "count failed:" << r.error().technicalSummary();
                    CountState state = m_state;
                    state.status = CountState::Status::Unavailable;
                    state.reason = r.error().userMessage();
                    publish(state);
                    return;
                }
                m_cache.insert(key, {r.value().total, QDateTime::currentDateTimeUtc()});
                // A newer request is waiting for its debounce: it settles then, with its own
                // questions (these are the older request's).
                if (!m_debounce.isActive())
                    settle();
            });
        }
        return;
    }
}

void RecordCounter::publish(const CountState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

} // namespace es
