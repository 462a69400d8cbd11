// `export-studio-cli count` against the real hubspot-sandbox: the count of a request equals the
// rows of an export of that request, record for record, for every operator family and a query;
// a LIST export counts its list; the API version falls back once on a portal without 2026-09.

#include "clie2e.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <hubspot/hubspotclient.h>
#include <model/objectsearch.h>
#include <model/requestcodec.h>

using namespace Qt::StringLiterals;

namespace {

QJsonObject filter(const QString &property, const QString &op, const QJsonValue &value = {},
                   const QJsonValue &high = {})
{
    QJsonObject f{{u"propertyName"_s, property}, {u"operator"_s, op}};
    if (value.isArray())
        f.insert(u"values"_s, value);
    else if (!value.isUndefined() && !value.isNull())
        f.insert(u"value"_s, value);
    if (!high.isUndefined() && !high.isNull())
        f.insert(u"highValue"_s, high);
    return f;
}

QJsonObject group(std::initializer_list<QJsonObject> filters)
{
    QJsonArray array;
    for (const QJsonObject &f : filters)
        array.append(f);
    return QJsonObject{{u"filters"_s, array}};
}

QJsonObject viewRequest(const QJsonArray &groups, const QString &query = {})
{
    QJsonObject search{{u"filterGroups"_s, groups}, {u"sorts"_s, QJsonArray()}};
    if (!query.isEmpty())
        search.insert(u"query"_s, query);
    return QJsonObject{{u"exportType"_s, u"VIEW"_s},
                       {u"exportName"_s, u"Counted"_s},
                       {u"format"_s, u"CSV"_s},
                       {u"language"_s, u"EN"_s},
                       {u"objectType"_s, u"CONTACT"_s},
                       {u"objectProperties"_s, QJsonArray{u"hs_object_id"_s}},
                       {u"publicCrmSearchRequest"_s, search}};
}

// Record ids of an export of objectProperties ["hs_object_id"]: one per data row.
QStringList csvIds(const QByteArray &csv)
{
    QStringList lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst(); // header
    QStringList ids;
    for (QString line : std::as_const(lines))
        ids.append(line.remove(u'\r').remove(u'"').trimmed());
    return ids;
}

} // namespace

class TestCliCount : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;

    // Every id the sandbox's CRM search returns for the request's filters and query, page by
    // page (after), through the client and its search pacing.
    QStringList searchIds(const QJsonObject &request)
    {
        const es::SearchRequest search =
            es::RequestCodec::fromJson(request).request.search.value_or(es::SearchRequest());
        es::ClientConfig config;
        config.apiBase = m_sandbox.base;
        config.token = u"sandbox-token"_s;
        es::HubSpotClient client(&m_nam, config);
        QStringList ids;
        QString after = u"0"_s;
        for (int page = 0; page < 100 && !after.isEmpty(); ++page) {
            auto *reply = client.searchObjects(
                u"CONTACT"_s, es::ObjectSearch::body(search, es::ObjectSearch::MaxLimit, after,
                                                     {u"hs_object_id"_s}));
            bool done = false;
            es::SearchPage result;
            reply->onFinished(this, [&](const es::ApiResult<es::SearchPage> &r) {
                done = true;
                if (r.isOk())
                    result = r.value();
                else
                    qWarning("search failed: %s", qPrintable(r.error().technicalSummary()));
            });
            if (!QTest::qWaitFor([&] { return done; }, 30000))
                return {u"TIMEOUT"_s};
            for (const QJsonObject &record : std::as_const(result.results))
                ids.append(record.value(u"id"_s).toString());
            after = result.nextAfter;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // More contacts than the default 60, so that every filter below selects some and not
        // all; the last --contacts wins.
        QVERIFY(m_sandbox.start({u"--contacts"_s, u"400"_s}));
    }

    void countEqualsExportRowForRow_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::newRow("EQ / NEQ") << viewRequest(
            {group({filter(u"lifecyclestage"_s, u"EQ"_s, u"lead"_s)}),
             group({filter(u"lifecyclestage"_s, u"NEQ"_s, u"subscriber"_s),
                    filter(u"newsletter_opt_in"_s, u"EQ"_s, u"true"_s)})});
        QTest::newRow("IN / NOT_IN") << viewRequest(
            {group({filter(u"lifecyclestage"_s, u"IN"_s,
                           QJsonArray{u"lead"_s, u"marketingqualifiedlead"_s}),
                    filter(u"hs_lead_status"_s, u"NOT_IN"_s, QJsonArray{u"NEW"_s})})});
        QTest::newRow("number ranges and BETWEEN") << viewRequest(
            {group({filter(u"num_associated_deals"_s, u"GTE"_s, u"1"_s),
                    filter(u"num_associated_deals"_s, u"LT"_s, u"3"_s)}),
             group({filter(u"num_associated_deals"_s, u"BETWEEN"_s, u"4"_s, u"6"_s)}),
             group({filter(u"num_associated_deals"_s, u"GT"_s, u"8"_s),
                    filter(u"num_associated_deals"_s, u"LTE"_s, u"9"_s)})});
        QTest::newRow("date ranges and BETWEEN") << viewRequest(
            {group({filter(u"createdate"_s, u"BETWEEN"_s, u"2021-01-01"_s, u"2022-12-31"_s)}),
             group({filter(u"date_of_birth"_s, u"LT"_s, u"1975-01-01"_s)}),
             group({filter(u"createdate"_s, u"GTE"_s, u"1719792000000"_s)})});
        QTest::newRow("HAS_PROPERTY / NOT_HAS_PROPERTY")
            << viewRequest({group({filter(u"phone"_s, u"HAS_PROPERTY"_s),
                                   filter(u"date_of_birth"_s, u"NOT_HAS_PROPERTY"_s)})});
        QTest::newRow("CONTAINS_TOKEN")
            << viewRequest({group({filter(u"email"_s, u"CONTAINS_TOKEN"_s, u"*example.com"_s)}),
                            group({filter(u"company"_s, u"CONTAINS_TOKEN"_s, u"group"_s)})});
        // An e-mail domain is a token: the count and the export find the same contacts.
        QTest::newRow("CONTAINS_TOKEN e-mail domain")
            << viewRequest({group({filter(u"email"_s, u"CONTAINS_TOKEN"_s, u"example.com"_s)})});
        QTest::newRow("query with a filter") << viewRequest(
            {group({filter(u"lifecyclestage"_s, u"NEQ"_s, u"customer"_s)})}, u"an"_s);
    }

    void countEqualsExportRowForRow()
    {
        QFETCH(QJsonObject, request);
        QTemporaryDir tmp;
        const QString req = tmp.filePath(u"request.json"_s);
        QVERIFY(writeJson(req, request));

        const CliRun count =
            runCli({u"count"_s, u"--request"_s, req, u"--api-base"_s, m_sandbox.base.toString(),
                    u"--json"_s, u"--state-dir"_s, tmp.filePath(u"state"_s)});
        QVERIFY2(count.code == 0, qPrintable(count.err));
        const QJsonObject counted = QJsonDocument::fromJson(count.out.toUtf8()).object();
        const qint64 total = counted.value(u"total"_s).toInteger(-1);
        // A filter that selects nothing or everything would prove little.
        QVERIFY2(total > 0 && total < 400, qPrintable(count.out));
        QCOMPARE(counted.value(u"apiVersion"_s).toString(), u"2026-09"_s);
        const QJsonArray groups = counted.value(u"groups"_s).toArray();
        const qsizetype groupCount = request.value(u"publicCrmSearchRequest"_s)
                                         .toObject()
                                         .value(u"filterGroups"_s)
                                         .toArray()
                                         .size();
        QCOMPARE(groups.size(), groupCount);
        qint64 largest = 0;
        qint64 sum = 0;
        for (const auto &g : groups) {
            largest = std::max(largest, g.toInteger());
            sum += g.toInteger();
        }
        // Groups are ORed: the whole is at least its largest group and at most their sum.
        QVERIFY(total >= largest && total <= sum);
        // The bare form prints the same number alone.
        const CliRun bare =
            runCli({u"count"_s, u"--request"_s, req, u"--api-base"_s, m_sandbox.base.toString(),
                    u"--state-dir"_s, tmp.filePath(u"state"_s)});
        QVERIFY2(bare.code == 0, qPrintable(bare.err));
        QCOMPARE(bare.out, QString::number(total) + u'\n');

        const CliRun exported =
            runCli({u"export"_s, u"--request"_s, req, u"--api-base"_s, m_sandbox.base.toString(),
                    u"--out"_s, tmp.filePath(u"out"_s), u"--state-dir"_s, tmp.filePath(u"state"_s),
                    u"--poll-initial-ms"_s, u"100"_s, u"--poll-max-ms"_s, u"300"_s});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QStringList files = exported.lines();
        QCOMPARE(files.size(), 1);
        QStringList exportedIds = csvIds(readFile(files.first()));
        QCOMPARE(exportedIds.size(), qsizetype(total));

        // Row for row: the records the search finds are the records the export holds.
        QStringList found = searchIds(request);
        QCOMPARE(found.size(), qsizetype(total));
        exportedIds.sort();
        found.sort();
        QCOMPARE(found, exportedIds);
    }

    void listCountIsTheListSize()
    {
        QJsonObject list;
        for (const auto &v :
             m_sandbox.admin("GET", u"/__sandbox/lists"_s).value(u"lists"_s).toArray()) {
            if (v.toObject().value(u"objectTypeId"_s).toString() == u"0-1")
                list = v.toObject();
        }
        QVERIFY(!list.isEmpty());
        QTemporaryDir tmp;
        const QString req = tmp.filePath(u"request.json"_s);
        QVERIFY(
            writeJson(req, QJsonObject{{u"exportType"_s, u"LIST"_s},
                                       {u"exportName"_s, u"A list"_s},
                                       {u"format"_s, u"CSV"_s},
                                       {u"language"_s, u"EN"_s},
                                       {u"objectType"_s, u"CONTACT"_s},
                                       {u"listId"_s, list.value(u"listId"_s).toString()},
                                       {u"objectProperties"_s, QJsonArray{u"hs_object_id"_s}}}));
        const int startedBefore = m_sandbox.stats().value(u"exportsStarted"_s).toInt();
        const CliRun count = runCli({u"count"_s, u"--request"_s, req, u"--api-base"_s,
                                     m_sandbox.base.toString(), u"--json"_s});
        QVERIFY2(count.code == 0, qPrintable(count.err));
        const QJsonObject counted = QJsonDocument::fromJson(count.out.toUtf8()).object();
        QCOMPARE(counted.value(u"total"_s).toInteger(), list.value(u"size"_s).toInteger());
        QCOMPARE(counted.value(u"listId"_s).toString(), list.value(u"listId"_s).toString());
        // Counting spends no export.
        QCOMPARE(m_sandbox.stats().value(u"exportsStarted"_s).toInt(), startedBefore);
    }

    void fallsBackOnceToAnOlderVersion()
    {
        Sandbox older;
        QVERIFY(older.start({u"--api-versions"_s, u"2026-03,v3"_s}));
        QTemporaryDir tmp;
        const QString req = tmp.filePath(u"request.json"_s);
        // Two groups: three searches in one run, only the first of which meets the 404.
        QVERIFY(
            writeJson(req, viewRequest({group({filter(u"lifecyclestage"_s, u"EQ"_s, u"lead"_s)}),
                                        group({filter(u"phone"_s, u"HAS_PROPERTY"_s)})})));
        const CliRun count = runCli(
            {u"count"_s, u"--request"_s, req, u"--api-base"_s, older.base.toString(), u"--json"_s});
        QVERIFY2(count.code == 0, qPrintable(count.err));
        QVERIFY2(count.err.contains(u"using 2026-03 from now on"_s), qPrintable(count.err));
        QCOMPARE(count.err.count(u"from now on"_s), 1);
        const QJsonObject counted = QJsonDocument::fromJson(count.out.toUtf8()).object();
        QCOMPARE(counted.value(u"apiVersion"_s).toString(), u"2026-03"_s);
        const QJsonObject stats = older.stats();
        const QJsonObject versions = stats.value(u"versions"_s).toObject();
        QCOMPARE(versions.value(u"2026-09"_s).toInt(), 1);
        QCOMPARE(versions.value(u"2026-03"_s).toInt(), 3);
        QCOMPARE(stats.value(u"versionNotServed"_s).toInt(), 1);

        // Asked for explicitly, v3 goes to the legacy paths only.
        const CliRun legacy = runCli({u"count"_s, u"--request"_s, req, u"--api-base"_s,
                                      older.base.toString(), u"--api-version"_s, u"v3"_s});
        QVERIFY2(legacy.code == 0, qPrintable(legacy.err));
        QCOMPARE(legacy.out.trimmed(), QString::number(counted.value(u"total"_s).toInteger()));
        QCOMPARE(older.stats().value(u"versions"_s).toObject().value(u"v3"_s).toInt(), 3);
    }

    void usage()
    {
        QCOMPARE(runCli({u"count"_s}).code, 2);
        QTemporaryDir tmp;
        const QString req = tmp.filePath(u"request.json"_s);
        QVERIFY(writeJson(req, viewRequest({})));
        const CliRun badVersion =
            runCli({u"count"_s, u"--request"_s, req, u"--api-base"_s, m_sandbox.base.toString(),
                    u"--api-version"_s, u"2024-01"_s});
        QCOMPARE(badVersion.code, 2);
        QVERIFY(badVersion.err.contains(u"2026-09, 2026-03, v3"_s));
        QProcessEnvironment env = cliEnv();
        env.insert(u"EXPORT_STUDIO_API_VERSION"_s, u"nope"_s);
        QCOMPARE(
            runCli({u"count"_s, u"--request"_s, req, u"--api-base"_s, m_sandbox.base.toString()},
                   env)
                .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliCount)
#include "tst_cli_count.moc"
