#include "schedulerunner.h"

#include "engine/engine.h"
#include "scheduleplanner.h"
#include "storage/presetstore.h"
#include "transfer/exportqueue.h"
#include "vault/vaultmanager.h"

#include <QCoreApplication>
#include <algorithm>

namespace es {

namespace {

struct RunnerText
{
    Q_DECLARE_TR_FUNCTIONS(es::ScheduleRunner)
};

} // namespace

ScheduleRunner::ScheduleRunner(PresetStore *presets, Engine *engine, QObject *parent)
    : QObject(parent)
    , m_presets(presets)
    , m_engine(engine)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_timer.setSingleShot(true);
    // Coarse is enough: schedules have minutes precision, and it spares the machine wake-ups.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
    // A changed schedule or a run started by hand moves the next run.
    connect(m_presets, &PresetStore::presetsChanged, this, [this] {
        if (m_active)
            arm();
    });
    // An earlier run that ended frees its preset for its next slot.
    connect(m_engine->queue(), &ExportQueue::jobFinished, this, [this] {
        m_blocked.clear();
        if (m_active)
            arm();
    });
}

void ScheduleRunner::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime ScheduleRunner::now() const
{
    return m_clock();
}

void ScheduleRunner::start()
{
    m_active = true;
    m_nextCheck = now();
    m_timer.start(0);
}

void ScheduleRunner::stop()
{
    m_active = false;
    m_timer.stop();
    m_nextCheck = QDateTime();
}

bool ScheduleRunner::waitsInQueue(const QString &presetId) const
{
    if (m_starting.contains(presetId))
        return true;
    const QList<JobInfo> jobs = m_engine->queue()->jobs();
    return std::any_of(jobs.cbegin(), jobs.cend(), [&](const JobInfo &job) {
        return job.presetId == presetId && !isFinished(job.state);
    });
}

void ScheduleRunner::skip(const QString &presetId, const QString &reason)
{
    m_blocked.insert(presetId);
    if (m_lastReason.value(presetId) == reason)
        return;
    m_lastReason.insert(presetId, reason);
    Q_EMIT runSkipped(presetId, reason);
}

QStringList ScheduleRunner::check()
{
    const QDateTime at = now();
    m_blocked.clear();
    QStringList handed;
    const QString account = m_account ? m_account() : QString();
    const ValidationLimits limits = m_limits ? m_limits() : ValidationLimits{};
    const ExportOptions options = m_options ? m_options() : ExportOptions{};
    for (const ScheduledPreset &due :
         SchedulePlanner::due(SchedulePlanner::scheduled(m_presets->list()), at)) {
        const std::optional<Preset> preset = m_presets->find(due.presetId);
        if (!preset)
            continue;
        if (waitsInQueue(preset->id)) {
            // Its earlier run has not started or finished yet: this one is covered by it.
            m_blocked.insert(preset->id);
            continue;
        }
        if (account.isEmpty()) {
            skip(preset->id, RunnerText::tr("The scheduled preset “%1” cannot run: there is no "
                                            "account. Add one in Accounts.")
                                 .arg(preset->name));
            continue;
        }
        const QList<ValidationIssue> issues = validate(preset->request, limits);
        if (hasErrors(issues)) {
            //: %1 the preset's name, %2 what is wrong with it (whole sentences)
            skip(preset->id, RunnerText::tr("The scheduled preset “%1” cannot run: %2 Edit it to "
                                            "fix this.")
                                 .arg(preset->name, describe(issues).join(QLatin1Char(' '))));
            continue;
        }
        // Recorded before it starts: the slots it answers are covered by this one run.
        if (!m_presets->markRun(preset->id, at.toUTC())) {
            skip(preset->id, m_presets->lastError());
            continue;
        }
        m_lastReason.remove(preset->id);
        m_starting.insert(preset->id);
        handed.append(preset->id);
        const QString id = preset->id;
        m_engine->vaults()->runPreset(account, *preset, options, false, limits,
                                      [this, id](const VaultManager::Started &started) {
                                          m_starting.remove(id);
                                          if (started.jobId.isEmpty())
                                              skip(id, started.error);
                                          else
                                              Q_EMIT runStarted(id, started.jobId, started.notes);
                                      });
    }
    if (m_active)
        arm();
    return handed;
}

QDateTime ScheduleRunner::nextRun() const
{
    const QDateTime at = now();
    QDateTime earliest;
    for (const ScheduledPreset &p : SchedulePlanner::scheduled(m_presets->list())) {
        if (m_blocked.contains(p.presetId))
            continue;
        const QDateTime next = p.schedule.nextRun(p.lastRun, at);
        if (next.isValid() && (!earliest.isValid() || next < earliest))
            earliest = next;
    }
    return earliest;
}

void ScheduleRunner::arm()
{
    const QDateTime at = now();
    const QDateTime next = nextRun();
    qint64 wait = CheckIntervalMs;
    if (next.isValid())
        wait = std::clamp<qint64>(at.msecsTo(next), 0, CheckIntervalMs);
    m_nextCheck = at.addMSecs(wait);
    m_timer.start(int(wait));
}

} // namespace es
