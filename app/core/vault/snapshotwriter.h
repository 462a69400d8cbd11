#pragma once

#include <QString>

namespace es {

class Vault;

// "Save current snapshot": a preset's table as it was after a run, written as CSV (RFC 4180,
// UTF-8, CRLF, quoted only where needed, as HubSpot writes them) or XLSX (a plain SpreadsheetML
// package written through QuaZip: libxlsxwriter cannot share a process with QuaZip, see the
// README). The header row holds the property internal names; rows are ordered by record id.
// The file appears at `path` only when complete.
namespace SnapshotWriter {

// False with `*error` (naming the file and what to do). `*rows` gets the number of data rows.
bool write(Vault &vault, const QString &presetKey, qint64 runId, const QString &path,
           QString *error, qint64 *rows = nullptr);

} // namespace SnapshotWriter
} // namespace es
