#include "sampledata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace es::sample {
namespace {

JobInfo job(const QString &id, const QString &name, const QString &object, JobState state,
            const QDateTime &now)
{
    JobInfo info;
    info.id = id;
    info.accountId = QStringLiteral("acme");
    info.request.exportName = name;
    info.request.objectType = object;
    info.state = state;
    info.created = now.addSecs(-600);
    info.stateSince = now.addSecs(-42);
    return info;
}

} // namespace

QList<JobInfo> transfers(const QDateTime &now, const QString &downloadDir)
{
    QList<JobInfo> jobs;
    JobInfo weekly = job(QStringLiteral("j1"), QStringLiteral("Weekly customers"),
                         QStringLiteral("CONTACT"), JobState::Downloading, now);
    weekly.bytesReceived = 34'200'000;
    weekly.bytesTotal = 42'100'000;
    weekly.bytesPerSecond = 8'300'000;
    weekly.taskId = QStringLiteral("5589321");
    jobs << weekly;

    JobInfo marketing = job(QStringLiteral("j2"), QStringLiteral("Marketing list"),
                            QStringLiteral("CONTACT"), JobState::Processing, now);
    marketing.stateSince = now.addSecs(-70);
    marketing.recordCount = 18'240;
    jobs << marketing;

    JobInfo deals = job(QStringLiteral("j3"), QStringLiteral("Deals Q3"), QStringLiteral("DEAL"),
                        JobState::Queued, now);
    deals.queuePosition = 2;
    // As the queue plans it: after the processing export, whose slot was the last one free.
    deals.nextSlot = now.addSecs(1500);
    deals.expectedStart =
        QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() + 1500) / 60 * 60 + 60, Qt::UTC);
    deals.startWaitsForQuota = true;
    deals.waitingReason =
        QCoreApplication::translate("es::ExportQueue",
                                    "Daily limit of %1 exports reached: next slot at %2")
            .arg(30)
            .arg(QLocale().toString(deals.nextSlot.toLocalTime(), QLocale::ShortFormat));
    jobs << deals;

    JobInfo tickets = job(QStringLiteral("j4"), QStringLiteral("Open tickets"),
                          QStringLiteral("TICKET"), JobState::Failed, now);
    tickets.error.message =
        QStringLiteral("HubSpot refused the export: the token lacks the crm.export scope. Add it "
                       "to the private app, then retry.");
    tickets.error.detail = QStringLiteral("MISSING_SCOPES, correlationId 3f1c2a7e-41b0-4d7c");
    tickets.error.fix = FailureFix::OpenAccount;
    tickets.finishedAt = now.addSecs(-300);
    jobs << tickets;

    JobInfo companies = job(QStringLiteral("j5"), QStringLiteral("All companies"),
                            QStringLiteral("COMPANY"), JobState::Done, now);
    companies.finishedAt = now.addSecs(-900);
    companies.msInState = {{JobState::Pending, 12'000},
                           {JobState::Processing, 61'000},
                           {JobState::Downloading, 3'000}};
    companies.files = {
        JobFile{downloadDir + QStringLiteral("/all-companies-2026-03-01.csv"), 1'843'200}};
    // The completeness check: the files hold what HubSpot reported; two companies were added
    // between the wizard's count and the start.
    companies.recordCount = 9'216;
    companies.options.countedBefore = 9'214;
    companies.completeness = {9'216, 9'216, 9'214, {}};
    jobs << companies;
    return jobs;
}

QList<QDateTime> quotaSlotsFree(const QDateTime &now)
{
    // A busy morning a day ago: a few runs close together, then one every hour or so.
    const QList<qint64> minutes{25,  40,  40,  130, 190, 250, 340, 410, 470,
                                530, 600, 600, 660, 720, 790, 850, 905, 960};
    QList<QDateTime> frees;
    const qint64 base = now.toSecsSinceEpoch() / 60 * 60;
    for (qint64 m : minutes)
        frees << QDateTime::fromSecsSinceEpoch(base + m * 60, Qt::UTC);
    return frees;
}

QList<Preset> presets(const QDateTime &now)
{
    QList<Preset> list;
    auto make = [&](const QString &id, const QString &name, const QString &object, ExportType type,
                    FileFormat format, const QDateTime &lastRun) {
        Preset preset;
        preset.id = id;
        preset.name = name;
        preset.request.exportName = name;
        preset.request.objectType = object;
        preset.request.exportType = type;
        preset.request.format = format;
        preset.lastRun = lastRun;
        list << preset;
    };
    make(QStringLiteral("p1"), QStringLiteral("Weekly customers"), QStringLiteral("CONTACT"),
         ExportType::View, FileFormat::Csv, now.addSecs(-3 * 3600));
    make(QStringLiteral("p2"), QStringLiteral("Marketing list"), QStringLiteral("CONTACT"),
         ExportType::List, FileFormat::Xlsx, now.addDays(-1));
    make(QStringLiteral("p3"), QStringLiteral("Deals Q3"), QStringLiteral("DEAL"), ExportType::View,
         FileFormat::Xlsx, {});
    make(QStringLiteral("p4"), QStringLiteral("Open tickets by owner"), QStringLiteral("TICKET"),
         ExportType::View, FileFormat::Csv, now.addDays(-12));
    return list;
}

QList<HistoryEntry> downloads(const QDateTime &now, const QString &dir)
{
    QDir().mkpath(dir);
    auto file = [&](const QString &name, int size) {
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray(size, 'x'));
        return JobFile{f.fileName(), size};
    };
    QList<HistoryEntry> entries;
    HistoryEntry a;
    a.jobId = QStringLiteral("j5");
    a.exportName = QStringLiteral("All companies");
    a.finishedAt = now.addSecs(-900);
    a.files = {file(QStringLiteral("all-companies-2026-03-01.csv"), 1'843'200)};
    entries << a;
    HistoryEntry b;
    b.jobId = QStringLiteral("h2");
    b.exportName = QStringLiteral("Weekly customers");
    b.finishedAt = now.addDays(-1);
    b.files = {file(QStringLiteral("weekly-customers-2026-02-28.csv"), 4'300'000)};
    entries << b;
    HistoryEntry c;
    c.jobId = QStringLiteral("h3");
    c.exportName = QStringLiteral("Marketing list");
    c.finishedAt = now.addDays(-2);
    c.files = {file(QStringLiteral("marketing-list-2026-02-27.xlsx"), 812'000)};
    entries << c;
    HistoryEntry d;
    d.jobId = QStringLiteral("h4");
    d.exportName = QStringLiteral("Deals (all, 1.2M rows)");
    d.finishedAt = now.addDays(-3);
    d.files = {file(QStringLiteral("deals-2026-02-26-1.csv"), 120'000),
               file(QStringLiteral("deals-2026-02-26-2.csv"), 96'000)};
    entries << d;
    return entries;
}

} // namespace es::sample
