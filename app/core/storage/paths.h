#pragma once

#include <QString>

namespace es {

// Where Export Studio keeps its files. Every location can be redirected for tests and for the
// CLI's --state-dir, so nothing a test does touches the user's real data.
namespace Paths {

// The names QStandardPaths builds the state folder from. The desktop app and the CLI must use
// the same ones: they share presets, accounts, jobs and the daily quota ledger, and a CLI that
// kept its own folder would count its own 30 exports a day. Call once, after the
// QCoreApplication exists.
void setApplicationIdentity();

// Versions before 0.1.1 gave the CLI another organization name, so its state lived in
// ~/.local/share/export-studio/export-studio. When that folder exists and the shared one does
// not, it is moved there (one rename, nothing copied). Returns a sentence for people when there
// is something they should know (both folders exist, or the move failed); empty otherwise.
QString adoptLegacyCliStateDir();

// Root of the application's own state (jobs, history, quota ledger, presets, accounts,
// settings). Defaults to QStandardPaths::AppLocalDataLocation (on Linux
// ~/.local/share/Export Studio/export-studio); EXPORT_STUDIO_STATE_DIR overrides it.
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
