#pragma once

#include <QString>

namespace es {

class VaultDiff;

// "Export diff as CSV": one row per record that differs, with the columns change
// (added/changed/removed), hs_object_id, then the preset's properties ("old → new" where a value
// changed), as `export-studio-cli diff --out` writes them; a .xlsx path gets a workbook. The file
// appears only when complete.
namespace DiffCsvWriter {
// False with `*error` naming the file and the problem.
bool write(VaultDiff &diff, const QString &path, QString *error);
} // namespace DiffCsvWriter

} // namespace es
