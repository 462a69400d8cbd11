// The request of `export` and `count`: a request file or a preset, read and validated alike.

#include "requestinput.h"

#include "clicontext.h"
#include "model/preset.h"
#include "model/requestcodec.h"
#include "model/validation.h"
#include "storage/paths.h"
#include "storage/presetstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace es {

bool readRequest(CliContext &cli, const QCommandLineParser &parser, ExportRequest *request,
                 QString *presetId, std::optional<Preset> *saved)
{
    QList<ValidationIssue> issues;
    if (parser.isSet(QStringLiteral("request"))) {
        const QString path = parser.value(QStringLiteral("request"));
        QFile file(path);
        const bool opened =
            path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened) {
            cli.note(QStringLiteral("export-studio-cli: cannot read the request file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
            cli.finish(Exit::Usage);
            return false;
        }
        const RequestCodec::DecodeResult decoded = RequestCodec::fromBytes(file.readAll());
        *request = decoded.request;
        issues = decoded.issues;
    } else {
        const QString wanted = parser.value(QStringLiteral("preset"));
        if (QFileInfo(wanted).isFile()) {
            QFile file(wanted);
            if (!file.open(QIODevice::ReadOnly)) {
                cli.note(QStringLiteral("export-studio-cli: cannot read the preset file %1: %2")
                             .arg(QDir::toNativeSeparators(wanted), file.errorString()));
                cli.finish(Exit::Usage);
                return false;
            }
            const PresetCodec::DecodeResult decoded = PresetCodec::fromBytes(file.readAll());
            *request = decoded.preset.request;
            issues = decoded.issues;
        } else {
            PresetStore presets(Paths::presetsDir());
            std::optional<Preset> preset = presets.find(wanted);
            if (!preset) {
                for (const Preset &p : presets.list()) {
                    if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
                        preset = p;
                }
            }
            if (!preset) {
                cli.note(QStringLiteral("export-studio-cli: there is no preset “%1” (see "
                                        "`export-studio-cli presets list`) and no such file.")
                             .arg(wanted));
                cli.finish(Exit::Usage);
                return false;
            }
            *request = preset->request;
            *presetId = preset->id;
            if (saved)
                *saved = preset;
        }
    }
    // Every problem at once: what the codec could not read and what validate() finds in the
    // rest (a field the codec already reported is not reported twice).
    for (const ValidationIssue &issue : validate(*request)) {
        const bool known =
            std::any_of(issues.cbegin(), issues.cend(),
                        [&](const ValidationIssue &i) { return i.field == issue.field; });
        if (!known)
            issues.append(issue);
    }
    for (const ValidationIssue &issue : std::as_const(issues)) {
        cli.note(QStringLiteral("%1: %2: %3")
                     .arg(issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                          issue.field.isEmpty() ? QStringLiteral("(request)") : issue.field,
                          issue.message));
    }
    if (hasErrors(issues)) {
        const auto errors = std::count_if(issues.cbegin(), issues.cend(),
                                          [](const ValidationIssue &i) { return i.isError(); });
        cli.note(QStringLiteral("export-studio-cli: the request has %1 problem(s); nothing was "
                                "sent to HubSpot.")
                     .arg(errors));
        cli.finish(Exit::Usage);
        return false;
    }
    return true;
}

} // namespace es
