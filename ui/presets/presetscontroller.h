#pragma once

#include <QObject>

namespace es {

class PresetStore;
class PresetsPanel;
struct Preset;

// Carries out what the Presets panel asks, through the PresetStore, and keeps the panel's model
// in step with the store. Running and editing belong to the window (they need the current account
// and the wizard), so those are passed on as signals.
class PresetsController : public QObject
{
    Q_OBJECT

public:
    PresetsController(PresetStore *store, PresetsPanel *panel, QObject *parent = nullptr);

    PresetStore *store() const { return m_store; }
    // Brings back the preset deleted last (the Undo button of the "deleted" note).
    bool undoRemove();
    // Imports preset files (from the panel, or from the command line); returns the new ids.
    QStringList importFiles(const QStringList &paths);

Q_SIGNALS:
    void runRequested(const QString &presetId);
    void editRequested(const QString &presetId);
    // A preset was deleted and may be brought back with undoRemove().
    void removed(const QString &presetName);
    // Something the person should read: success notes and failures with what to do.
    void information(const QString &message);
    void problem(const QString &message);

private:
    void sync();
    void duplicate(const QString &presetId);
    void rename(const QString &presetId, const QString &newName);
    void remove(const QString &presetId);
    void exportTo(const QString &presetId, const QString &path);

    PresetStore *m_store;
    PresetsPanel *m_panel;
};

} // namespace es
