#pragma once

#include <QString>

namespace es {

// Where Export Studio keeps its files. Every location can be redirected for tests and for the
// CLI's --state-dir, so nothing a test does touches the user's real data.
namespace Paths {

// Root of the application's own state (jobs, history, quota ledger, presets). Defaults to
// QStandardPaths::AppLocalDataLocation; EXPORT_STUDIO_STATE_DIR overrides it.
QString stateDir();
void setStateDirOverride(const QString &dir);

QString presetsDir(); // stateDir()/presets
QString jobsDir();    // stateDir()/jobs

// The layout of a state folder (stateDir() or one given, e.g. to the Engine).
QString jobsDir(const QString &stateDir);     // <stateDir>/jobs
QString quotaFile(const QString &stateDir);   // <stateDir>/quota.json
QString historyFile(const QString &stateDir); // <stateDir>/history.json

// The XDG download folder, falling back to the home folder.
QString defaultDownloadDir();

// Creates the folder (and parents) if it is missing; false with a reason on failure.
bool ensureDir(const QString &dir, QString *error = nullptr);

} // namespace Paths
} // namespace es
