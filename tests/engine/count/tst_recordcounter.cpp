// RecordCounter against the real hubspot-sandbox: what it counts equals HubSpot's search total,
// the cache and the debounce keep the searches few, a newer request drops an older one's
// search, unfinished filters are not sent, and a failing search says why.

#include "count/recordcounter.h"
#include "hubspot/hubspotclient.h"
#include "model/objectsearch.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <sandboxrunner.h>

using namespace es;
using es::test::SandboxRunner;

namespace {

Filter filter(const QString &property, FilterOperator op, const QString &value = {},
              const QString &high = {})
{
    Filter f;
    f.propertyName = property;
    f.op = op;
    f.value = value;
    f.highValue = high;
    return f;
}

ExportRequest contacts(const QList<FilterGroup> &groups, const QString &query = {})
{
    ExportRequest request;
    request.objectType = QStringLiteral("CONTACT");
    SearchRequest search;
    search.filterGroups = groups;
    search.query = query;
    request.search = search;
    return request;
}

} // namespace

class TestRecordCounter : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxRunner> m_sandbox;
    std::unique_ptr<HubSpotClient> m_client;

    // The sandbox's own count of search requests (every version).
    int searchesAtSandbox()
    {
        return m_sandbox->admin("GET", QStringLiteral("/__sandbox/stats"))
            .value(u"requests")
            .toObject()
            .value(u"search")
            .toInt();
    }

    // HubSpot's total for a search body, asked directly.
    qint64 searchTotal(const SearchRequest &search)
    {
        auto *reply =
            m_client->searchObjects(QStringLiteral("CONTACT"), ObjectSearch::body(search, 1));
        qint64 total = -2;
        QSignalSpy done(reply, &ApiReply::finished);
        reply->onFinished(
            this, [&](const ApiResult<SearchPage> &r) { total = r.isOk() ? r.value().total : -3; });
        if (!done.wait(30000))
            return -4;
        return total;
    }

    static bool settled(const RecordCounter &counter)
    {
        const CountState::Status s = counter.state().status;
        return s == CountState::Status::Ready || s == CountState::Status::Unavailable ||
               s == CountState::Status::NotCountable;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxRunner>(QStringLiteral(ES_SANDBOX_BIN));
        QVERIFY2(m_sandbox->start({QStringLiteral("--contacts"), QStringLiteral("800")}),
                 qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        m_sandbox->admin("POST", QStringLiteral("/__sandbox/reset"));
        ClientConfig config;
        config.apiBase = m_sandbox->apiBase();
        config.token = m_sandbox->token();
        config.accountId = QStringLiteral("sandbox");
        config.retry.baseDelayMs = 50;
        config.retry.maxDelayMs = 200;
        m_client = std::make_unique<HubSpotClient>(&m_nam, config);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void totalAndGroupsAreHubSpotsCounts()
    {
        const FilterGroup lead{{filter(u"lifecyclestage"_qs, FilterOperator::Eq, u"lead"_qs)}};
        const FilterGroup noPhone{{filter(u"phone"_qs, FilterOperator::NotHasProperty)}};
        const ExportRequest request = contacts({lead, noPhone});

        RecordCounter counter;
        counter.setClient(m_client.get());
        QSignalSpy changed(&counter, &RecordCounter::stateChanged);
        counter.setRequest(request);
        // Debounced: nothing is sent yet, but the page can say a count is coming.
        QCOMPARE(int(counter.state().status), int(CountState::Status::Counting));
        QCOMPARE(counter.searchesSent(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(counter), 30000);
        const CountState state = counter.state();
        QCOMPARE(int(state.status), int(CountState::Status::Ready));
        QVERIFY(!state.isList);
        // "Counting…" was said before the numbers came.
        QVERIFY(changed.size() >= 2);
        QCOMPARE(changed.first().first().value<CountState>().status, CountState::Status::Counting);

        QCOMPARE(state.total, searchTotal(*request.search));
        QCOMPARE(state.perGroup.size(), 2);
        SearchRequest only;
        only.filterGroups = {lead};
        QCOMPARE(state.perGroup.at(0), searchTotal(only));
        only.filterGroups = {noPhone};
        QCOMPARE(state.perGroup.at(1), searchTotal(only));
        QVERIFY(state.total > 0);
        QVERIFY(state.total <= state.perGroup.at(0) + state.perGroup.at(1));
        QVERIFY(state.total >= std::max(state.perGroup.at(0), state.perGroup.at(1)));
        QCOMPARE(counter.searchesSent(), 3);
    }

    void editingOneGroupAsksOnlyForItAndTheTotal()
    {
        const FilterGroup lead{{filter(u"lifecyclestage"_qs, FilterOperator::Eq, u"lead"_qs)}};
        const FilterGroup noPhone{{filter(u"phone"_qs, FilterOperator::NotHasProperty)}};
        RecordCounter counter;
        counter.setClient(m_client.get());
        counter.setRequest(contacts({lead, noPhone}));
        counter.countNow();
        QTRY_VERIFY_WITH_TIMEOUT(settled(counter), 30000);
        QCOMPARE(counter.searchesSent(), 3);
        const qint64 leads = counter.state().perGroup.at(0);

        // The second group changes: the first group's count comes from the cache.
        const FilterGroup customers{
            {filter(u"lifecyclestage"_qs, FilterOperator::Eq, u"customer"_qs)}};
        counter.setRequest(contacts({lead, customers}));
        counter.countNow();
        QCOMPARE(int(counter.state().status), int(CountState::Status::Counting));
        QCOMPARE(counter.state().perGroup.at(0), leads); // shown at once
        QCOMPARE(counter.state().perGroup.at(1), qint64(-1));
        QTRY_VERIFY_WITH_TIMEOUT(settled(counter), 30000);
        QCOMPARE(int(counter.state().status), int(CountState::Status::Ready));
        QCOMPARE(counter.searchesSent(), 5);

        // Back to the first request: everything is cached, nothing is sent.
        const int atSandbox = searchesAtSandbox();
        counter.setRequest(contacts({lead, noPhone}));
        counter.countNow();
        QCOMPARE(int(counter.state().status), int(CountState::Status::Ready));
        QCOMPARE(counter.searchesSent(), 5);
        QCOMPARE(searchesAtSandbox(), atSandbox);
    }

    void typingIsDebouncedToOneSearch()
    {
        RecordCounter counter;
        counter.setClient(m_client.get());
        const int before = searchesAtSandbox();
        // A value typed letter by letter, faster than the debounce.
        const QString typed = QStringLiteral("example");
        for (qsizetype n = 1; n <= typed.size(); ++n)
            counter.setRequest(contacts({FilterGroup{
                {filter(u"email"_qs, FilterOperator::ContainsToken, typed.left(n))}}}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(counter), 30000);
        QCOMPARE(int(counter.state().status), int(CountState::Status::Ready));
        QCOMPARE(counter.searchesSent(), 1);
        QCOMPARE(searchesAtSandbox(), before + 1);
        SearchRequest last;
        last.filterGroups = {
            FilterGroup{{filter(u"email"_qs, FilterOperator::ContainsToken, typed)}}};
        QCOMPARE(counter.state().total, searchTotal(last));
    }

    void newerRequestCancelsTheOlderSearch()
    {
        RecordCounter counter;
        counter.setClient(m_client.get());
        // Hold searches at the sandbox so the first one is surely on its way when the
        // second request comes.
        m_sandbox->admin("POST", QStringLiteral("/__sandbox/faults"),
                         {{u"rule"_qs, u"search:stall=30:count=1"_qs}});
        counter.setRequest(contacts(
            {FilterGroup{{filter(u"lifecyclestage"_qs, FilterOperator::Eq, u"lead"_qs)}}}));
        counter.countNow();
        QCOMPARE(int(counter.state().status), int(CountState::Status::Counting));
        QTRY_COMPARE_WITH_TIMEOUT(searchesAtSandbox(), 1, 30000);

        const ExportRequest second = contacts(
            {FilterGroup{{filter(u"lifecyclestage"_qs, FilterOperator::Eq, u"customer"_qs)}}});
        counter.setRequest(second);
        counter.countNow();
        QTRY_VERIFY_WITH_TIMEOUT(settled(counter), 30000);
        QCOMPARE(int(counter.state().status), int(CountState::Status::Ready));
        QCOMPARE(counter.state().total, searchTotal(*second.search));
        QCOMPARE(counter.searchesSent(), 2);
    }

    void unfinishedFiltersAreNotSent()
    {
        RecordCounter counter;
        counter.setClient(m_client.get());
        const int before = searchesAtSandbox();
        counter.setRequest(contacts({FilterGroup{{filter(u"email"_qs, FilterOperator::Eq)}}}));
        counter.countNow();
        QCOMPARE(int(counter.state().status), int(CountState::Status::NotCountable));
        QCOMPARE(counter.searchesSent(), 0);
        QCOMPARE(searchesAtSandbox(), before);
    }

    void listExportCountsTheListSize()
    {
        const QJsonArray lists =
            m_sandbox->admin("GET", QStringLiteral("/__sandbox/lists")).value(u"lists").toArray();
        QVERIFY(!lists.isEmpty());
        const QJsonObject list = lists.first().toObject();
        ExportRequest request;
        request.exportType = ExportType::List;
        request.objectType = QStringLiteral("CONTACT");
        request.listId = list.value(u"listId").toString();
        QVERIFY(!request.listId.isEmpty());

        RecordCounter counter;
        counter.setClient(m_client.get());
        counter.setRequest(request);
        counter.countNow();
        QTRY_VERIFY_WITH_TIMEOUT(settled(counter), 30000);
        QCOMPARE(int(counter.state().status), int(CountState::Status::Ready));
        QVERIFY(counter.state().isList);
        QCOMPARE(counter.state().total, list.value(u"size").toInteger(-1));
    }

    void failingSearchSaysWhy()
    {
        m_sandbox->admin("POST", QStringLiteral("/__sandbox/faults"),
                         {{u"rule"_qs, u"search:status=403:count=always"_qs}});
        RecordCounter counter;
        counter.setClient(m_client.get());
        counter.setRequest(contacts({}));
        counter.countNow();
        QTRY_VERIFY_WITH_TIMEOUT(settled(counter), 30000);
        QCOMPARE(int(counter.state().status), int(CountState::Status::Unavailable));
        QVERIFY2(!counter.state().reason.isEmpty(), "a reason is given");
        QCOMPARE(counter.state().total, qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestRecordCounter)
#include "tst_recordcounter.moc"
