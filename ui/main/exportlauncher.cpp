#include "exportlauncher.h"

#include "appcontext.h"
#include "plan/plantext.h"

#include <model/validation.h>
#include <storage/accountstore.h>
#include <storage/presetstore.h>
#include <storage/settings.h>
#include <transfer/exportqueue.h>
#include <transfer/history.h>

namespace es {

ExportLauncher::ExportLauncher(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

QString ExportLauncher::runPreset(const QString &presetId)
{
    const std::optional<Preset> preset = m_context->presets()->find(presetId);
    if (!preset) {
        Q_EMIT problem(tr("That preset no longer exists."));
        return {};
    }
    const QString account = m_context->currentAccountId();
    if (account.isEmpty()) {
        Q_EMIT problem(tr("Add an account (or try the sandbox) before running a preset."));
        return {};
    }
    const QList<ValidationIssue> issues =
        validate(preset->request, m_context->settings()->validationLimits());
    if (hasErrors(issues)) {
        //: %1 the preset's name, %2 what is wrong with it (whole sentences)
        Q_EMIT problem(tr("The preset “%1” cannot run: %2 Edit it to fix this.")
                           .arg(preset->name, describe(issues).join(QLatin1Char(' '))));
        return {};
    }
    return start(account, preset->request, m_context->defaultOptions(), presetId);
}

QString ExportLauncher::start(const QString &accountId, const ExportRequest &request,
                              const ExportOptions &options, const QString &presetId)
{
    const QString account = accountId.isEmpty() ? m_context->currentAccountId() : accountId;
    QString jobId = m_context->queue()->enqueue(account, request, options, presetId);
    if (!presetId.isEmpty())
        m_context->presets()->markRun(presetId);
    Q_EMIT started(jobId);
    // Spent quota should not be discovered by watching a row that never moves.
    const std::optional<QuotaPlanner::Start> start =
        m_context->queue()->plan(account).startOf(jobId);
    if (start && start->waitsForQuota)
        Q_EMIT information(PlanText::queuedNotice(request.exportName, start->expected,
                                                  QDateTime::currentDateTime()));
    return jobId;
}

void ExportLauncher::runAgain(const QString &jobId)
{
    std::optional<JobInfo> job = m_context->queue()->job(jobId);
    const std::optional<HistoryEntry> entry = m_context->history()->entry(jobId);
    if (!job && entry && !entry->presetId.isEmpty()) {
        if (const auto preset = m_context->presets()->find(entry->presetId)) {
            runPreset(preset->id);
            return;
        }
    }
    if (!job) {
        Q_EMIT problem(tr("The settings of this export are no longer known (it was removed from "
                          "Transfers). Start it again with New export, or save exports you repeat "
                          "as presets."));
        return;
    }
    const QString account = m_context->accounts()->find(job->accountId)
                                ? job->accountId
                                : m_context->currentAccountId();
    start(account, job->request, job->options, job->presetId);
}

QString ExportLauncher::savePreset(const QString &editingId, const QString &name,
                                   const QString &description, const ExportRequest &request)
{
    Preset preset;
    if (!editingId.isEmpty()) {
        if (const auto existing = m_context->presets()->find(editingId);
            existing && existing->name == name)
            preset = *existing;
    }
    preset.name = name;
    preset.description = description;
    preset.request = request;
    QString id = m_context->presets()->save(preset);
    if (id.isEmpty())
        Q_EMIT problem(m_context->presets()->lastError());
    return id;
}

} // namespace es
