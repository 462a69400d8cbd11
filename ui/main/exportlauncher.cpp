#include "exportlauncher.h"

#include "appcontext.h"
#include "plan/plantext.h"

#include <QPointer>
#include <engine/engine.h>
#include <model/validation.h>
#include <storage/accountstore.h>
#include <storage/presetstore.h>
#include <storage/settings.h>
#include <transfer/exportqueue.h>
#include <transfer/history.h>
#include <vault/vaultmanager.h>

namespace es {

ExportLauncher::ExportLauncher(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

bool ExportLauncher::runPreset(const QString &presetId)
{
    const std::optional<Preset> preset = m_context->presets()->find(presetId);
    if (!preset) {
        Q_EMIT problem(tr("That preset no longer exists."));
        return false;
    }
    const QString account = m_context->currentAccountId();
    if (account.isEmpty()) {
        Q_EMIT problem(tr("Add an account (or try the sandbox) before running a preset."));
        return false;
    }
    const ValidationLimits limits = m_context->settings()->validationLimits();
    const QList<ValidationIssue> issues = validate(preset->request, limits);
    if (hasErrors(issues)) {
        //: %1 the preset's name, %2 what is wrong with it (whole sentences)
        Q_EMIT problem(tr("The preset “%1” cannot run: %2 Edit it to fix this.")
                           .arg(preset->name, describe(issues).join(QLatin1Char(' '))));
        return false;
    }
    // The same path as the CLI's `export --preset` and the schedule runner: a history preset's
    // run is noted as pending before it is queued, so its files are kept in the vault when it
    // finishes (and an incremental preset gets its last-modified filter).
    const QPointer<ExportLauncher> self(this);
    const QString name = preset->name;
    const QString exportName = preset->request.exportName;
    m_context->engine()->vaults()->runPreset(
        account, *preset, m_context->defaultOptions(), false, limits,
        [self, account, presetId, name, exportName](const VaultManager::Started &started) {
            if (!self)
                return;
            if (started.jobId.isEmpty()) {
                //: %1 the preset's name, %2 why (a sentence)
                Q_EMIT self->problem(
                    tr("The preset “%1” could not start: %2").arg(name, started.error));
                return;
            }
            if (!started.notes.isEmpty())
                Q_EMIT self->information(started.notes.join(QLatin1Char(' ')));
            self->announce(account, exportName, presetId, started.jobId);
        });
    return true;
}

QString ExportLauncher::start(const QString &accountId, const ExportRequest &request,
                              const ExportOptions &options, const QString &presetId)
{
    const QString account = accountId.isEmpty() ? m_context->currentAccountId() : accountId;
    QString jobId = m_context->queue()->enqueue(account, request, options, presetId);
    announce(account, request.exportName, presetId, jobId);
    return jobId;
}

void ExportLauncher::announce(const QString &accountId, const QString &exportName,
                              const QString &presetId, const QString &jobId)
{
    if (!presetId.isEmpty())
        m_context->presets()->markRun(presetId);
    Q_EMIT started(jobId);
    // Spent quota should not be discovered by watching a row that never moves.
    const std::optional<QuotaPlanner::Start> start =
        m_context->queue()->plan(accountId).startOf(jobId);
    if (start && start->waitsForQuota)
        Q_EMIT information(
            PlanText::queuedNotice(exportName, start->expected, QDateTime::currentDateTime()));
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
