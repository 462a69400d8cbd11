#include "exportmanager.h"

#include <QRandomGenerator>
#include <QThreadPool>
#include <condition_variable>

namespace sandbox {

namespace {
std::condition_variable g_rendersIdle;
}

QString phaseStatus(ExportManager::Phase phase)
{
    switch (phase) {
    case ExportManager::Phase::Pending:
        return QStringLiteral("PENDING");
    case ExportManager::Phase::Processing:
        return QStringLiteral("PROCESSING");
    case ExportManager::Phase::Complete:
        return QStringLiteral("COMPLETE");
    case ExportManager::Phase::Failed:
        return QStringLiteral("CANCELED");
    }
    return {};
}

QString phaseExportState(ExportManager::Phase phase)
{
    switch (phase) {
    case ExportManager::Phase::Pending:
        return QStringLiteral("ENQUEUED");
    case ExportManager::Phase::Processing:
        return QStringLiteral("PROCESSING");
    case ExportManager::Phase::Complete:
        return QStringLiteral("DONE");
    case ExportManager::Phase::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

ExportManager::ExportManager(const Dataset &dataset, const SandboxClock &clock, Settings settings)
    : m_dataset(dataset)
    , m_clock(clock)
    , m_settings(std::move(settings))
{}

ExportManager::~ExportManager()
{
    // Renders hold references to the dataset and to this object: wait for them.
    std::unique_lock lock(m_mutex);
    ++m_generation;
    g_rendersIdle.wait(lock, [this] { return m_rendersRunning == 0; });
}

ExportManager::StartResult ExportManager::start(const es::ExportRequest &request,
                                                const QString &objectTypeId)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.nowMs();
    constexpr qint64 day = 24LL * 60 * 60 * 1000;
    while (!m_quotaStarts.isEmpty() && m_quotaStarts.first() <= now - day)
        m_quotaStarts.removeFirst();
    StartResult result;
    if (m_quotaStarts.size() >= m_settings.dailyQuota) {
        result.retryAfterSandboxMs = m_quotaStarts.first() + day - now;
        return result;
    }
    m_quotaStarts.append(now);
    Task task;
    task.id = QString::number(m_nextId++);
    task.request = request;
    task.objectTypeId = objectTypeId;
    task.requestedAt = now;
    task.updatedAt = now;
    m_tasks.append(task);
    ++m_started;
    result.accepted = true;
    result.id = task.id;
    tickLocked(now);
    return result;
}

std::optional<ExportManager::Task> ExportManager::task(const QString &id)
{
    std::lock_guard lock(m_mutex);
    tickLocked(m_clock.nowMs());
    for (const Task &task : std::as_const(m_tasks)) {
        if (task.id == id)
            return task;
    }
    return std::nullopt;
}

void ExportManager::tick()
{
    std::lock_guard lock(m_mutex);
    tickLocked(m_clock.nowMs());
}

void ExportManager::tickLocked(qint64 now)
{
    // Loop: finishing one export can start the next in the same tick.
    for (;;) {
        Task *running = nullptr;
        for (Task &task : m_tasks) {
            if (task.phase == Phase::Processing) {
                running = &task;
                break;
            }
        }
        if (running) {
            if (!running->renderDone)
                return;
            const qint64 due = running->startedAt + m_settings.baseProcessingMs +
                               running->result.file.recordCount / 2;
            if (now < due)
                return;
            running->completedAt = std::max(due, running->renderDoneAt);
            running->updatedAt = running->completedAt;
            running->phase = running->result.ok() ? Phase::Complete : Phase::Failed;
            ++m_completed;
            continue;
        }
        Task *next = nullptr;
        qint64 lastCompleted = 0;
        for (Task &task : m_tasks) {
            if (task.completedAt > lastCompleted)
                lastCompleted = task.completedAt;
            if (!next && task.phase == Phase::Pending)
                next = &task;
        }
        if (!next)
            return;
        const qint64 startAt = std::max(next->requestedAt + m_settings.minPendingMs, lastCompleted);
        if (now < startAt)
            return;
        beginProcessing(*next, startAt);
    }
}

void ExportManager::beginProcessing(Task &task, qint64 startAt)
{
    task.phase = Phase::Processing;
    task.startedAt = startAt;
    task.updatedAt = startAt;
    ++m_rendersRunning;
    const int generation = m_generation;
    const QString id = task.id;
    const es::ExportRequest request = task.request;
    QThreadPool::globalInstance()->start([this, generation, id, request] {
        RenderResult result = renderExport(m_dataset, request, m_settings.render, id);
        std::lock_guard lock(m_mutex);
        --m_rendersRunning;
        if (generation == m_generation) {
            for (Task &candidate : m_tasks) {
                if (candidate.id == id) {
                    candidate.result = std::move(result);
                    candidate.renderDone = true;
                    candidate.renderDoneAt = m_clock.nowMs();
                    break;
                }
            }
        }
        g_rendersIdle.notify_all();
    });
}

QString ExportManager::mintLink(const QString &exportId)
{
    std::lock_guard lock(m_mutex);
    // 32 random bytes from the system generator: a link nobody can guess.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_links.insert(token, {exportId, m_clock.nowMs() + m_settings.linkLifetimeMs, false});
    return token;
}

ExportManager::Link ExportManager::resolveLink(const QString &token)
{
    std::lock_guard lock(m_mutex);
    Link link;
    const auto it = m_links.constFind(token);
    if (it == m_links.cend())
        return link;
    link.exportId = it->exportId;
    link.expiresAt = it->expiresAt;
    for (const Task &task : std::as_const(m_tasks)) {
        if (task.id == it->exportId && task.phase == Phase::Complete)
            link.file = task.result.file;
    }
    if (link.file.path.isEmpty())
        return link;
    link.state = (it->revoked || m_clock.nowMs() >= it->expiresAt) ? Link::State::Expired
                                                                   : Link::State::Valid;
    return link;
}

void ExportManager::expireLink(const QString &token)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_links.find(token); it != m_links.end())
        it->revoked = true;
}

void ExportManager::expireAllLinks()
{
    std::lock_guard lock(m_mutex);
    for (auto &link : m_links)
        link.revoked = true;
}

void ExportManager::reset()
{
    std::lock_guard lock(m_mutex);
    ++m_generation;
    m_tasks.clear();
    m_links.clear();
    m_quotaStarts.clear();
    m_started = 0;
    m_completed = 0;
}

int ExportManager::startedCount() const
{
    std::lock_guard lock(m_mutex);
    return m_started;
}

int ExportManager::completedCount() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

} // namespace sandbox
