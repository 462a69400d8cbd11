#include "schedulecontroller.h"

#include "dayplanmodel.h"

#include <storage/presetstore.h>
#include <transfer/quotaledger.h>

namespace es {

ScheduleController::ScheduleController(PresetStore *presets, QuotaLedger *quota,
                                       AccountProvider account, int dailyLimit, QObject *parent)
    : QObject(parent)
    , m_presets(presets)
    , m_quota(quota)
    , m_account(std::move(account))
    , m_dailyLimit(dailyLimit)
{}

QDateTime ScheduleController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

ScheduleEditor *ScheduleController::open(const QString &presetId, QWidget *parent)
{
    const std::optional<Preset> preset = m_presets->find(presetId);
    if (!preset) {
        Q_EMIT problem(tr("That preset no longer exists."));
        return nullptr;
    }
    if (m_editor)
        m_editor->close();
    ScheduleEditor::Planning planning;
    planning.preset = {preset->id, preset->name, preset->schedule, preset->lastRun};
    for (const ScheduledPreset &other : SchedulePlanner::scheduled(m_presets->list())) {
        if (other.presetId != preset->id)
            planning.others.append(other);
    }
    const QString account = m_account ? m_account() : QString();
    if (m_quota && !account.isEmpty())
        planning.spentStarts = m_quota->startsInWindow(account, now().toUTC());
    planning.dailyLimit = m_dailyLimit;
    auto *editor = new ScheduleEditor(planning, parent, [this] { return now(); });
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ScheduleEditor::scheduleChosen, this,
            [this, presetId](const Schedule &schedule) { apply(presetId, schedule); });
    m_editor = editor;
    editor->open();
    return editor;
}

bool ScheduleController::apply(const QString &presetId, const Schedule &schedule)
{
    std::optional<Preset> preset = m_presets->find(presetId);
    if (!preset) {
        Q_EMIT problem(tr("That preset no longer exists."));
        return false;
    }
    // Another window (or the CLI) may have scheduled more since the editor opened.
    QList<Schedule> schedules{schedule};
    for (const Preset &other : m_presets->list()) {
        if (other.id != presetId)
            schedules.append(other.schedule);
    }
    const SchedulePlanner::Fit fit = SchedulePlanner::fit(schedules, m_dailyLimit);
    if (!fit.fits()) {
        Q_EMIT problem(fit.message());
        return false;
    }
    preset->schedule = schedule;
    if (m_presets->save(*preset).isEmpty()) {
        Q_EMIT problem(m_presets->lastError());
        return false;
    }
    const std::optional<Preset> saved = m_presets->find(presetId);
    if (!schedule.isSet()) {
        //: %1 the preset's name
        Q_EMIT information(tr("“%1” runs only when you start it.").arg(preset->name));
        return true;
    }
    const QDateTime next = saved ? saved->schedule.nextRun(saved->lastRun, now()) : QDateTime();
    //: %1 the preset's name, %2 "Daily at 07:30"-like, %3 "07:30", "Tomorrow 07:30" or "Wed 07:30"
    Q_EMIT information(tr("“%1” is scheduled: %2. Next run: %3.")
                           .arg(preset->name, schedule.describe(),
                                next.isValid() ? DayPlanModel::when(next, now()) : QString()));
    return true;
}

} // namespace es
