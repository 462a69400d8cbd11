#pragma once

// One Engine wired to a scripted HubSpot, with its state in a temporary folder.

#include "engine/engine.h"
#include "fakehubspot.h"
#include "hubspot/hubspotclient.h"
#include "jobstate_printer.h"
#include "transfer/exportqueue.h"
#include "transfer/history.h"
#include "transfer/jobstore.h"
#include "transfer/quotaledger.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <memory>

inline es::ClientConfig fakeClientConfig()
{
    es::ClientConfig config;
    config.apiBase = FakeHubSpot::apiBase();
    config.token = QStringLiteral("test-token");
    config.accountId = QStringLiteral("acct");
    config.apiVersion = es::ApiVersion::V3; // FakeHubSpot serves the v3 paths
    config.retry.baseDelayMs = 5;
    config.retry.maxDelayMs = 20;
    config.retry.jitter = 0;
    config.transferTimeoutMs = 5000;
    return config;
}

inline es::PollPolicy fastPoll()
{
    es::PollPolicy poll;
    poll.initialMs = 10;
    poll.factor = 1.5;
    poll.maxMs = 40;
    return poll;
}

struct QueueRig
{
    FakeHubSpot hub;
    QTemporaryDir dir;
    QDateTime clockNow; // invalid: real time
    std::unique_ptr<es::HubSpotClient> client;
    int dailyLimit;
    std::unique_ptr<es::Engine> engine;
    // engine's parts, renewed by makeQueue()
    es::JobStore *store = nullptr;
    es::QuotaLedger *quota = nullptr;
    es::History *history = nullptr;
    es::ExportQueue *queue = nullptr;
    QHash<QString, QList<es::JobState>> seen; // states each job went through, in order

    explicit QueueRig(int dailyLimit = 30)
        : dailyLimit(dailyLimit)
    {
        client = std::make_unique<es::HubSpotClient>(&hub.network, fakeClientConfig());
        makeQueue();
    }

    // Account "none" has no client (an unknown account or one without a token).
    es::ExportQueue::ClientProvider clients()
    {
        return [this](const QString &account) -> es::HubSpotClient * {
            return account == u"none" ? nullptr : client.get();
        };
    }

    // A new engine over the same state folder, as after a restart.
    void makeQueue()
    {
        engine.reset();
        es::Engine::Options engineOptions;
        engineOptions.dailyQuota = dailyLimit;
        engine = std::make_unique<es::Engine>(dir.path(), &hub.network, clients(), engineOptions);
        store = engine->jobStore();
        quota = engine->quota();
        history = engine->history();
        queue = engine->queue();
        queue->setPollPolicy(fastPoll());
        es::DownloadOptions download;
        download.retryBaseDelay = std::chrono::milliseconds(10);
        queue->setDownloadOptions(download);
        queue->setClock(
            [this] { return clockNow.isValid() ? clockNow : QDateTime::currentDateTimeUtc(); });
        QObject::connect(queue, &es::ExportQueue::jobAdded, queue, [this](const QString &id) {
            if (const auto job = queue->job(id); job && !seen.contains(id))
                seen[id].append(job->state);
        });
        QObject::connect(queue, &es::ExportQueue::jobChanged, queue, [this](const QString &id) {
            const auto job = queue->job(id);
            auto &states = seen[id];
            if (job && (states.isEmpty() || states.last() != job->state))
                states.append(job->state);
        });
    }

    QString outDir() const { return dir.filePath(QStringLiteral("out")); }

    es::ExportOptions options(bool unzip = true, bool keepZip = false) const
    {
        es::ExportOptions o;
        o.downloadDir = outDir();
        o.unzip = unzip;
        o.keepZip = keepZip;
        return o;
    }

    static es::ExportRequest request(const QString &name,
                                     es::FileFormat format = es::FileFormat::Csv)
    {
        es::ExportRequest r;
        r.exportName = name;
        r.format = format;
        r.objectType = QStringLiteral("CONTACT");
        r.objectProperties = {QStringLiteral("email"), QStringLiteral("firstname")};
        return r;
    }

    QString enqueue(const QString &name, const QString &account = QStringLiteral("acct"),
                    es::FileFormat format = es::FileFormat::Csv)
    {
        return queue->enqueue(account, request(name, format), options());
    }

    es::JobInfo job(const QString &id) const { return queue->job(id).value_or(es::JobInfo{}); }

    bool waitFinished(const QString &id, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const auto j = queue->job(id);
            if (j && es::isFinished(j->state))
                return true;
            QTest::qWait(5);
        }
        return false;
    }

    bool waitState(const QString &id, es::JobState state, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const auto j = queue->job(id);
            if (j && j->state == state)
                return true;
            QTest::qWait(2);
        }
        return false;
    }

    // Visible files in the download folder (hidden work files and staging excluded).
    QStringList outFiles() const { return QDir(outDir()).entryList(QDir::Files, QDir::Name); }
    QStringList allOutEntries() const
    {
        return QDir(outDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                        QDir::Name);
    }
};
