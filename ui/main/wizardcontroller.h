#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace es {

class AppContext;
class ExportLauncher;
class ExportWizard;
struct ExportRequest;

// Owns the export wizard: opens it fresh or filled in from a preset, keeps its accounts and
// limits current, and turns its requests into work: Start goes to the ExportLauncher (marking
// the preset being edited as run), "Save as preset" updates that preset or makes a new one.
// The wizard is made on first use and kept (hidden) between exports, like KGet's new-transfer
// dialog, so reopening it is instant.
class WizardController : public QObject
{
    Q_OBJECT

public:
    WizardController(AppContext *context, ExportLauncher *launcher, QWidget *window,
                     QObject *parent = nullptr);
    ~WizardController() override;

    // Opens (or raises) the wizard: empty for a new export, filled in from `presetId`.
    ExportWizard *open(const QString &presetId = {});
    ExportWizard *wizard() const;
    // The preset the open wizard edits ("" for a new export).
    QString editingPresetId() const { return m_editingPresetId; }

    // The accounts or the current one changed: the open wizard's account list follows.
    void refreshAccounts();
    // Settings were applied: the open wizard checks against the new limits.
    void refreshLimits();

Q_SIGNALS:
    // "Save as preset" stored the preset `presetId`; `message` says so in the user's words.
    void presetSaved(const QString &presetId, const QString &message);
    void guideRequested(const QString &topicId);
    void propertyDefinitionsRequested(const QString &accountId, const QString &objectType);

private:
    ExportWizard *create();
    void savePreset(const QString &name, const QString &description, const ExportRequest &request);

    AppContext *m_context;
    ExportLauncher *m_launcher;
    QWidget *m_window;
    QPointer<ExportWizard> m_wizard;
    QString m_editingPresetId;
};

} // namespace es
