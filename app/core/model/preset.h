#pragma once

#include "exportrequest.h"
#include "schedule/schedule.h"
#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace es {

// Whether a preset keeps a local history of its runs (the vault) and how it runs then. Not part of
// the request: the engine derives each run's request from it (record id column, last-modified
// filter).
struct HistoryOptions
{
    bool keep = false;        // every finished run is ingested into the account's vault
    bool incremental = false; // fetch only what changed since the last successful run
    int lookbackMinutes = 60; // overlap with the last run, against clock skew and slow indexing
    int fullEvery = 0;        // a full run after this many incremental ones (0: only when needed)

    bool operator==(const HistoryOptions &) const = default;
};

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
    HistoryOptions history;
    Schedule schedule; // unset: runs only when started
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
