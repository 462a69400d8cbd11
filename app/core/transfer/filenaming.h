#pragma once

#include <QString>

namespace es {

// File names that come from elsewhere (an export's name, an entry in a downloaded zip) are
// hostile until proven otherwise: they must never leave the folder they are meant for, never
// replace an existing file, and must stay valid on every desktop file system.
namespace FileNaming {

// Longest sanitised name in UTF-8 bytes; leaves room for " (NNN)" and most file systems' 255.
inline constexpr int MaxNameBytes = 120;

// A single path component built from `name`: separators, control characters and characters
// Windows refuses (<>:"/\|?*) become '_', leading dots and spaces and trailing dots and spaces
// are dropped, reserved device names (CON, NUL, COM1, LPT1, ...) get a '_' suffix, and the
// result is cut to MaxNameBytes of UTF-8 on a character boundary keeping the extension.
// Returns `fallback` (itself sanitised) when nothing usable is left.
QString sanitize(const QString &name, const QString &fallback = QStringLiteral("export"));

// dir/name if free, else dir/"base (2).ext", dir/"base (3).ext", ... (the first name that does
// not exist). Only a suggestion: another process may take it before you do; moveNoOverwrite()
// is the race-safe way to claim a name. `name` is sanitised first.
QString uniquePath(const QString &dir, const QString &name);

// Atomically renames `src` to `dst` only if `dst` does not exist (Linux renameat2 with
// RENAME_NOREPLACE; falls back to link()+unlink() on file systems without it). Never replaces
// an existing file, even when another process creates it at the same moment. Both paths must be
// on the same file system. Sets *alreadyExists when the refusal was because dst exists.
bool renameNoReplace(const QString &src, const QString &dst, QString *error = nullptr,
                     bool *alreadyExists = nullptr);

// Moves `src` into `dir` under the sanitised `name`, taking the first free numbered variant
// ("name.csv", "name (2).csv", ...). Each candidate is claimed atomically with
// renameNoReplace(), so two movers can never end up with the same final file. Returns the final
// absolute path, or an empty string with *error set (src is left where it was).
QString moveNoOverwrite(const QString &src, const QString &dir, const QString &name,
                        QString *error = nullptr);

// Flushes a directory entry (after a rename) to disk; best effort.
void syncDirectory(const QString &dir);

} // namespace FileNaming
} // namespace es
