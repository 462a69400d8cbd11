#pragma once

#include "previewsource.h"

namespace es {

// A preset's table as it was after one of its runs, from the vault, as a preview source. Every
// worker opens its own read-only connection to the vault file (a connection belongs to the
// thread that opened it) and walks the table by record id in short keyset queries ("id ≥ x
// ORDER BY id LIMIT n"): the counter remembers every Stride-th id, so a page a million rows
// down is one query from the id before it, never an OFFSET over the rows above.
class VaultTablePreview : public PreviewSource
{
    Q_OBJECT

public:
    explicit VaultTablePreview(QObject *parent = nullptr);

    // Reads the preset's columns and checks the run, then starts counting. False with `*error`
    // when the vault file, the preset or the run cannot be read.
    bool open(const QString &vaultPath, const QString &presetKey, const QString &presetName,
              qint64 runId, QString *error);
    QString presetKey() const { return m_presetKey; }
    qint64 runId() const { return m_runId; }
    QString title() const override; // which preset, after which run

private:
    QString m_presetKey;
    QString m_presetName;
    qint64 m_runId = 0;
};

} // namespace es
