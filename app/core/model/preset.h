#pragma once

#include "exportrequest.h"
#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace es {

// A saved export. Presets are files people share, so they hold the request and nothing that
// belongs to an account: no token, no portal id, no download folder.
struct Preset
{
    static constexpr int CurrentSchemaVersion = 1;

    QString id; // stable file stem, set by PresetStore
    QString name;
    QString description;
    ExportRequest request;
    QDateTime created;
    QDateTime updated;
    QDateTime lastRun; // invalid when never run
    int schemaVersion = CurrentSchemaVersion;

    bool operator==(const Preset &) const = default;
};

namespace PresetCodec {

struct DecodeResult
{
    Preset preset;
    QList<ValidationIssue> issues;

    bool ok() const { return !hasErrors(issues); }
};

QJsonObject toJson(const Preset &preset);
QByteArray toBytes(const Preset &preset);
// Refuses a file of a newer schemaVersion with a message that says to update Export Studio.
DecodeResult fromBytes(const QByteArray &bytes);

} // namespace PresetCodec
} // namespace es
