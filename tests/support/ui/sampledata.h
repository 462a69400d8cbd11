#pragma once

// Realistic transfers, presets and downloads for the screenshot and window tests.
#include <QList>
#include <QString>
#include <model/preset.h>
#include <transfer/history.h>
#include <transfer/jobinfo.h>

namespace es::sample {

QList<JobInfo> transfers(const QDateTime &now, const QString &downloadDir);
// When the 18 spent export slots of the screens' account free up (12 of 30 left), UTC.
QList<QDateTime> quotaSlotsFree(const QDateTime &now);
QList<Preset> presets(const QDateTime &now);
// Writes the files into `dir` and returns the history entries that name them.
QList<HistoryEntry> downloads(const QDateTime &now, const QString &dir);

} // namespace es::sample
