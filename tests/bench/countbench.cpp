// bench_count: how long a live count takes on a big portal, and what counting costs the wizard.
//
//   bench_count [--contacts N] [--rounds R] [--keys K]
//
// 1. Count latency: hubspot-sandbox with N contacts (default 1,000,000); HubSpotClient's
//    countRecords (CRM search, limit 1, `total`) for filter shapes of every operator family and a
//    query, R rounds each (default 5). The figure is the wall time from the call to the answer,
//    as a user waits for it, pacing by the client's search limiter (about 3 per second) included:
//    a request with two groups needs three searches.
// 2. Event-loop stalls: the export wizard on that sandbox, its filters page counting while K keys
//    (default 24) are typed into a filter value at 60 ms apart, like a quick typist. A 1 ms timer
//    on the GUI thread records how late each of its ticks fires; the worst lateness is the
//    longest the window could not repaint or take a key. Goal: none over 16 ms (one frame).
#include "benchutil.h"
#include "count/recordcounter.h"
#include "filters/filterbuilder.h"
#include "filters/filtergroupbox.h"
#include "filters/filterrow.h"
#include "filters/valueeditors.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/metadatacache.h"
#include "wizard/exportwizard.h"
#include "wizard/wizardpages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <sandboxrunner.h>

using namespace es;

namespace {

Filter filter(const QString &property, FilterOperator op, const QString &value = {},
              const QString &high = {}, const QStringList &values = {})
{
    Filter f;
    f.propertyName = property;
    f.op = op;
    f.value = value;
    f.highValue = high;
    f.values = values;
    return f;
}

ExportRequest contacts(const QList<FilterGroup> &groups, const QString &query = {})
{
    ExportRequest request;
    request.exportType = ExportType::View;
    request.exportName = QStringLiteral("bench");
    request.objectType = QStringLiteral("CONTACT");
    request.format = FileFormat::Csv;
    request.objectProperties = {QStringLiteral("email")};
    SearchRequest search;
    search.filterGroups = groups;
    search.query = query;
    request.search = search;
    return request;
}

// Runs the event loop until `done` (checked every 5 ms) or 120 s; dies on the timeout. A real
// event loop, as the app runs one: QTest::qWait sleeps between its rounds of events, which would
// show up as stalls that the app does not have.
void waitFor(const std::function<bool()> &done, const QString &what)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop,
                     [&what] { bench::die(QStringLiteral("no answer within 120 s: ") + what); });
    poll.start();
    timeout.start(120000);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("bench_count"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts in the sandbox."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Counts per filter shape."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("Keys typed during counting."),
                      QStringLiteral("K"), QStringLiteral("24")});
    parser.process(app);
    const int contactsWanted = parser.value(QStringLiteral("contacts")).toInt();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const int keys = std::max(1, parser.value(QStringLiteral("keys")).toInt());

    test::SandboxRunner sandbox(QStringLiteral(ES_SANDBOX_BIN));
    QElapsedTimer startup;
    startup.start();
    if (!sandbox.start({QStringLiteral("--contacts"), QString::number(contactsWanted)}, 600000))
        bench::die(QStringLiteral("the sandbox did not start: ") + sandbox.errorString());
    bench::out() << "sandbox with " << contactsWanted << " contacts ready in " << startup.elapsed()
                 << " ms" << Qt::endl;

    QNetworkAccessManager nam;
    ClientConfig config;
    config.apiBase = sandbox.apiBase();
    config.token = sandbox.token();
    config.accountId = QStringLiteral("sandbox");
    HubSpotClient client(&nam, config);

    // 1. Latency per filter shape.
    const FilterGroup customers{
        {filter(QStringLiteral("lifecyclestage"), FilterOperator::Eq, QStringLiteral("customer"))}};
    const FilterGroup leadsOrSubscribers{
        {filter(QStringLiteral("lifecyclestage"), FilterOperator::In, {}, {},
                {QStringLiteral("lead"), QStringLiteral("subscriber")})}};
    const FilterGroup noPhone{{filter(QStringLiteral("phone"), FilterOperator::NotHasProperty)}};
    const FilterGroup createdIn2024{
        {filter(QStringLiteral("createdate"), FilterOperator::Between,
                QStringLiteral("2024-01-01T00:00:00Z"), QStringLiteral("2024-06-30T23:59:59Z"))}};
    const FilterGroup emailToken{{filter(QStringLiteral("email"), FilterOperator::ContainsToken,
                                         QStringLiteral("*example*"))}};
    const QList<std::pair<QString, ExportRequest>> shapes{
        {QStringLiteral("EQ (one group)"), contacts({customers})},
        {QStringLiteral("IN OR NOT_HAS_PROPERTY (two groups)"),
         contacts({leadsOrSubscribers, noPhone})},
        {QStringLiteral("BETWEEN on dates"), contacts({createdIn2024})},
        {QStringLiteral("CONTAINS_TOKEN"), contacts({emailToken})},
        {QStringLiteral("query"), contacts({}, QStringLiteral("smith"))},
    };
    QList<double> all;
    for (const auto &[name, request] : shapes) {
        QList<double> times;
        qint64 total = -1;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer wall;
            wall.start();
            ApiResult<RecordCount> *reply = client.countRecords(request);
            bool done = false;
            QString error;
            reply->onFinished(&app, [&](const ApiResult<RecordCount> &result) {
                done = true;
                total = result.value().total;
                if (!result.isOk())
                    error = result.error().technicalSummary();
            });
            waitFor([&] { return done; }, name);
            if (!error.isEmpty())
                bench::die(name + QStringLiteral(": ") + error);
            times.append(double(wall.nsecsElapsed()) / 1e6);
        }
        all += times;
        bench::out() << QStringLiteral("count %1: %2 records; median %3 ms, worst %4 ms")
                            .arg(name)
                            .arg(total)
                            .arg(bench::median(times), 0, 'f', 0)
                            .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 0)
                     << Qt::endl;
    }
    bench::summary(QStringLiteral("count latency, %1 contacts (5 filter shapes × %2)")
                       .arg(contactsWanted)
                       .arg(rounds),
                   QStringLiteral("median %1 ms, worst %2 ms")
                       .arg(bench::median(all), 0, 'f', 0)
                       .arg(*std::max_element(all.begin(), all.end()), 0, 'f', 0));

    // 2. The wizard's event loop while a filter value is typed during counting.
    MetadataCache cache(&client);
    ExportWizard wizard(&cache);
    wizard.setAccounts({{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), true}},
                       QStringLiteral("sandbox"));
    wizard.show();
    waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the wizard's first page"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    FilterBuilder *builder = wizard.filtersPage()->builder();
    waitFor([&] { return !builder->properties().isEmpty(); }, QStringLiteral("properties"));
    QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
    FilterRow *row = builder->group(0)->row(0);
    row->chooseProperty(QStringLiteral("email"));
    row->chooseOperator(FilterOperator::ContainsToken);
    QWidget *value = row->valueEditor()->lowEditor()->editor();
    RecordCounter *counter = wizard.counter();

    QList<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.append(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    ticker.start();
    const int searchesBefore = counter->searchesSent();
    // One key every 60 ms from a timer, so the event loop runs between keys as it does for a user.
    const QString text = QStringLiteral("examplecorporation");
    int typed = 0;
    QTimer typist;
    typist.setInterval(60);
    QObject::connect(&typist, &QTimer::timeout, &app, [&] {
        QTest::keyClick(value, text.at(typed % text.size()).toLatin1());
        if (++typed == keys)
            typist.stop();
    });
    typist.start();
    waitFor([&] { return typed == keys; }, QStringLiteral("typing"));
    waitFor([&] { return counter->state().status == CountState::Status::Ready; },
            QStringLiteral("the count after typing"));
    ticker.stop();
    std::sort(lateness.begin(), lateness.end());
    const double worst = lateness.isEmpty() ? 0 : lateness.last();
    const double p99 = lateness.isEmpty() ? 0 : lateness.at(qsizetype(lateness.size() * 0.99));
    bench::out() << QStringLiteral("wizard while typing %1 keys during counting: %2 ticks, "
                                   "worst lateness %3 ms, 99th percentile %4 ms; %5 searches "
                                   "sent; count %6")
                        .arg(keys)
                        .arg(lateness.size())
                        .arg(worst, 0, 'f', 1)
                        .arg(p99, 0, 'f', 1)
                        .arg(counter->searchesSent() - searchesBefore)
                        .arg(counter->state().total)
                 << Qt::endl;
    bench::summary(
        QStringLiteral("wizard event loop while typing during counting: worst stall"),
        QStringLiteral("%1 ms (99th percentile %2 ms)").arg(worst, 0, 'f', 1).arg(p99, 0, 'f', 1),
        QStringLiteral("≤ 16 ms"));
    return 0;
}
