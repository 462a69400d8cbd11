#pragma once

#include <QObject>
#include <QString>

namespace es {

class AppContext;
struct ExportOptions;
struct ExportRequest;

// Puts exports into the queue: from a preset on the current account (after checking it can run),
// from the wizard (which may also save its export as a preset), and again from a finished export.
// Says what stops one as a problem; the window shows what started through started().
class ExportLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ExportLauncher(AppContext *context, QObject *parent = nullptr);

    // Runs a preset on the current account with the default download options, through the
    // engine's VaultManager (a preset that keeps a history is noted for the vault, and may run
    // incrementally). True when it was handed on: started() follows (at once, or after the
    // object's properties were read), or problem(). False with a problem when it cannot run.
    bool runPreset(const QString &presetId);
    // Queues the export (on the current account when `accountId` is empty) and marks its preset
    // as run; returns the job id.
    QString start(const QString &accountId, const ExportRequest &request,
                  const ExportOptions &options, const QString &presetId = {});
    // Runs a finished export again: its preset when Transfers no longer has it, else its request.
    void runAgain(const QString &jobId);
    // The wizard's "Save as preset": under the name of the preset being edited (`editingId`) it
    // updates that one, under another name it makes a new one. Returns the id, or "" (with a
    // problem).
    QString savePreset(const QString &editingId, const QString &name, const QString &description,
                       const ExportRequest &request);

Q_SIGNALS:
    void started(const QString &jobId);
    void problem(const QString &message);
    // A queued export waits for the daily quota: when it is expected to start.
    void information(const QString &message);

private:
    // After a job was queued: marks its preset run, says so, and warns of a wait for the quota.
    void announce(const QString &accountId, const QString &exportName, const QString &presetId,
                  const QString &jobId);

    AppContext *m_context;
};

} // namespace es
