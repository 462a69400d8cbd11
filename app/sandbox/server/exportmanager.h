#pragma once

#include "dataset.h"
#include "exportrenderer.h"
#include "sandboxclock.h"

#include <QHash>
#include <QList>
#include <QString>
#include <mutex>
#include <optional>

namespace sandbox {

// The exports of one portal: a queue where one export runs at a time, a rolling 24 h quota, the
// PENDING → PROCESSING → COMPLETE clock, file rendering on a worker thread and the short-lived
// download links. Every method is thread-safe (one mutex); the renderer runs outside it.
class ExportManager
{
public:
    enum class Phase
    {
        Pending,
        Processing,
        Complete,
        Failed
    };

    struct Settings
    {
        int dailyQuota = 30;
        RenderOptions render;
        qint64 minPendingMs = 1000;     // sandbox time an export waits before it starts
        qint64 baseProcessingMs = 2000; // plus one ms per two rows
        qint64 linkLifetimeMs = qint64{5} * 60 * 1000;
    };

    struct Task
    {
        QString id;
        es::ExportRequest request;
        QString objectTypeId;
        Phase phase = Phase::Pending;
        qint64 requestedAt = 0;
        qint64 startedAt = -1;
        qint64 completedAt = -1;
        qint64 updatedAt = 0;
        bool renderDone = false;
        qint64 renderDoneAt = -1;
        RenderResult result;
    };

    ExportManager(const Dataset &dataset, const SandboxClock &clock, Settings settings);
    ~ExportManager();

    struct StartResult
    {
        bool accepted = false;
        QString id;
        qint64 retryAfterSandboxMs = 0; // when the quota refused it
    };
    StartResult start(const es::ExportRequest &request, const QString &objectTypeId);

    std::optional<Task> task(const QString &id); // advances the clock first

    struct Link
    {
        enum class State
        {
            Unknown,
            Expired,
            Valid
        } state = State::Unknown;
        QString exportId;
        RenderedExport file;
        qint64 expiresAt = 0;
    };
    QString mintLink(const QString &exportId); // empty unless the export is complete
    Link resolveLink(const QString &token);
    void expireLink(const QString &token);
    void expireAllLinks();

    void tick();
    void reset(); // forgets exports, links and the quota history
    int startedCount() const;
    int completedCount() const;
    const Settings &settings() const { return m_settings; }

private:
    void tickLocked(qint64 now);
    void beginProcessing(Task &task, qint64 startAt);

    const Dataset &m_dataset;
    const SandboxClock &m_clock;
    const Settings m_settings;

    mutable std::mutex m_mutex;
    QList<Task> m_tasks; // in start order
    QList<qint64> m_quotaStarts;
    struct LinkEntry
    {
        QString exportId;
        qint64 expiresAt = 0;
        bool revoked = false;
    };
    QHash<QString, LinkEntry> m_links;
    quint64 m_nextId = 1000001;
    int m_generation = 0; // bumped by reset() so that late renders are dropped
    int m_started = 0;
    int m_completed = 0;
    int m_rendersRunning = 0;
};

QString phaseStatus(ExportManager::Phase phase);      // PENDING ... (status endpoint)
QString phaseExportState(ExportManager::Phase phase); // ENQUEUED ... (GET export)

} // namespace sandbox
