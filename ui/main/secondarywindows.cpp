#include "secondarywindows.h"

#include "appcontext.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "history/historydialog.h"
#include "preview/previewdialog.h"

#include <memory>
#include <storage/paths.h>
#include <storage/presetstore.h>
#include <vault/diffsession.h>
#include <vault/vault.h>

namespace es {

SecondaryWindows::SecondaryWindows(AppContext *context, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{}

void SecondaryWindows::showGuide(const QString &topicId)
{
    if (!m_guide) {
        m_guide = new HelpWindow(m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->showTopic(HelpTopics::fromId(topicId));
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void SecondaryWindows::showHistory(const QString &presetId)
{
    const std::optional<Preset> preset = m_context->presets()->find(presetId);
    if (!preset)
        return;
    auto vault =
        std::make_shared<Vault>(Vault::fileFor(Paths::stateDir(), m_context->currentAccountId()));
    if (!vault->open()) {
        Q_EMIT problem(vault->lastError());
        return;
    }
    auto *dialog = new HistoryDialog(vault, preset->id, preset->name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Written by the dialog's diff worker (a million-row diff takes a while); a problem is
    // said like any other.
    connect(dialog, &HistoryDialog::exportDiffRequested, dialog->session(),
            &DiffSession::exportCsv);
    connect(dialog->session(), &DiffSession::exported, this,
            [this](const QString &, bool ok, const QString &error) {
                if (!ok)
                    Q_EMIT problem(error);
            });
    const QString vaultPath = vault->path();
    const QString presetKey = preset->id;
    const QString presetName = preset->name;
    connect(dialog, &HistoryDialog::previewTableRequested, this,
            [this, dialog, vaultPath, presetKey, presetName](qint64 runId) {
                previewVaultTable(dialog, vaultPath, presetKey, presetName, runId);
            });
    dialog->show();
}

void SecondaryWindows::previewVaultTable(QWidget *parent, const QString &vaultPath,
                                         const QString &presetKey, const QString &presetName,
                                         qint64 runId)
{
    auto *dialog = new PreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!dialog->openVaultTable(vaultPath, presetKey, presetName, runId, &error)) {
        delete dialog;
        Q_EMIT problem(error);
        return;
    }
    dialog->show();
}

void SecondaryWindows::preview(const QString &path)
{
    auto *dialog = new PreviewDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!dialog->openFile(path, &error)) {
        delete dialog;
        Q_EMIT problem(error);
        return;
    }
    dialog->show();
}

} // namespace es
