#include "presetscontroller.h"

#include "presetsmodel.h"
#include "presetspanel.h"

#include <QFileInfo>
#include <storage/presetstore.h>

namespace es {

PresetsController::PresetsController(PresetStore *store, PresetsPanel *panel, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_panel(panel)
{
    connect(store, &PresetStore::presetsChanged, this, &PresetsController::sync);
    connect(panel, &PresetsPanel::runRequested, this, &PresetsController::runRequested);
    connect(panel, &PresetsPanel::editRequested, this, &PresetsController::editRequested);
    connect(panel, &PresetsPanel::duplicateRequested, this, &PresetsController::duplicate);
    connect(panel, &PresetsPanel::renameRequested, this, &PresetsController::rename);
    connect(panel, &PresetsPanel::deleteRequested, this, &PresetsController::remove);
    connect(panel, &PresetsPanel::importRequested, this, &PresetsController::importFiles);
    connect(panel, &PresetsPanel::exportRequested, this, &PresetsController::exportTo);
    sync();
    if (!store->problems().isEmpty()) {
        const auto problems = store->problems();
        Q_EMIT problem(tr("Some preset files could not be read and are left untouched: %1")
                           .arg(problems.first().message));
    }
}

void PresetsController::sync()
{
    if (!m_store || !m_panel)
        return;
    const QString current = m_panel->currentPresetId();
    m_panel->model()->setPresets(m_store->list());
    if (!current.isEmpty())
        m_panel->selectPreset(current);
}

void PresetsController::duplicate(const QString &presetId)
{
    const QString id = m_store->duplicate(presetId);
    if (id.isEmpty()) {
        Q_EMIT problem(m_store->lastError());
        return;
    }
    m_panel->selectPreset(id);
}

void PresetsController::rename(const QString &presetId, const QString &newName)
{
    if (!m_store->rename(presetId, newName)) {
        Q_EMIT problem(m_store->lastError());
        sync(); // put the old name back in the list
        return;
    }
    m_panel->selectPreset(presetId);
}

void PresetsController::remove(const QString &presetId)
{
    const std::optional<Preset> preset = m_store->find(presetId);
    if (!preset)
        return;
    if (!m_store->remove(presetId)) {
        Q_EMIT problem(m_store->lastError());
        return;
    }
    Q_EMIT removed(preset->name);
}

bool PresetsController::undoRemove()
{
    if (!m_store || !m_store->canRestore())
        return false;
    const QString id = m_store->restoreLastRemoved();
    if (id.isEmpty()) {
        Q_EMIT problem(m_store->lastError());
        return false;
    }
    m_panel->selectPreset(id);
    return true;
}

QStringList PresetsController::importFiles(const QStringList &paths)
{
    QStringList ids;
    QStringList failures;
    for (const QString &path : paths) {
        const QString id = m_store->importFile(path);
        if (id.isEmpty())
            failures << m_store->lastError();
        else
            ids << id;
    }
    if (!ids.isEmpty()) {
        m_panel->selectPreset(ids.last());
        Q_EMIT information(
            ids.size() == 1
                ? tr("Imported 1 preset. Double-click it to run it.")
                : tr("Imported %1 presets. Double-click one to run it.").arg(ids.size()));
    }
    if (!failures.isEmpty())
        Q_EMIT problem(failures.join(QLatin1Char(' ')));
    return ids;
}

void PresetsController::exportTo(const QString &presetId, const QString &path)
{
    if (!m_store->exportFile(presetId, path)) {
        Q_EMIT problem(m_store->lastError());
        return;
    }
    Q_EMIT information(tr("Saved the preset to %1. Anyone with Export Studio can import it; it "
                          "holds no token.")
                           .arg(QFileInfo(path).fileName()));
}

} // namespace es
