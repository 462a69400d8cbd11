#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QAction;
class QListView;
class QToolButton;

namespace es {

class PresetsModel;

// The Presets panel: double-click (or Enter) runs a preset on the current account; Edit opens
// the wizard filled in; Duplicate, Rename (F2, in place), Delete, Import… and Export… (JSON
// files to share). It asks; the controller does it through the PresetStore.
class PresetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PresetsPanel(PresetsModel *model, QWidget *parent = nullptr);

    PresetsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QString currentPresetId() const;
    void selectPreset(const QString &presetId);
    // Starts the in-place name editor (Rename).
    void editName(const QString &presetId);

    // Tests (and the screenshot run) answer the file dialogs themselves.
    using OpenFiles = std::function<QStringList()>;
    using SaveFile = std::function<QString(const QString &suggestedName)>;
    void setFileDialogs(OpenFiles open, SaveFile save);

    QAction *runAction() const { return m_run; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *historyAction() const { return m_history; }
    QAction *scheduleAction() const { return m_schedule; }

Q_SIGNALS:
    void runRequested(const QString &presetId);
    void editRequested(const QString &presetId);
    void duplicateRequested(const QString &presetId);
    void renameRequested(const QString &presetId, const QString &newName);
    void deleteRequested(const QString &presetId);
    // "History…" of a preset that keeps a history.
    void historyRequested(const QString &presetId);
    // "Schedule…": when the preset runs by itself.
    void scheduleRequested(const QString &presetId);
    void importRequested(const QStringList &paths);
    void exportRequested(const QString &presetId, const QString &path);

private:
    void updateActions();
    void showContextMenu(const QPoint &pos);

    PresetsModel *m_model;
    QListView *m_view;
    QToolButton *m_runButton;
    QToolButton *m_moreButton;
    QAction *m_run;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
    QAction *m_history;
    QAction *m_schedule;
    OpenFiles m_openFiles;
    SaveFile m_saveFile;
};

} // namespace es
