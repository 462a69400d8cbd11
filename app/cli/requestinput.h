#pragma once

#include "model/exportrequest.h"
#include "model/preset.h"

#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace es {

class CliContext;

// Reads --request FILE (- = stdin) or --preset NAME_OR_FILE into `request` and validates it.
// Every problem is printed on stderr; on an error the command is finished (exit 2) and false
// returned. `presetId` (and `saved`, when given) are set for a stored preset.
bool readRequest(CliContext &cli, const QCommandLineParser &parser, ExportRequest *request,
                 QString *presetId, std::optional<Preset> *saved = nullptr);

} // namespace es
