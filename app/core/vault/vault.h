#pragma once

#include "model/exportrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlError;

namespace es {

class VaultDiff;

enum class RunKind
{
    Full,
    Incremental,
};
QString toString(RunKind kind); // "full", "incremental"
std::optional<RunKind> runKindFromString(const QString &text);

// One run of a preset kept in the vault.
struct VaultRun
{
    qint64 id = 0; // ascending in the order runs were ingested
    QString presetKey;
    QString jobId;
    QDateTime startedAt; // when the export was queued: the base of the next incremental filter
    QDateTime ingestedAt;
    RunKind kind = RunKind::Full;
    qint64 rows = 0; // rows in the run's files
    qint64 added = 0;
    qint64 changed = 0;
    qint64 removed = 0; // full runs only

    QJsonObject
    toJson() const; // {"id", "startedAt", "kind", "rows", "added", "changed", "removed"}
};

// A finished (or running) export of a history preset whose files are not in the vault yet.
// Written before the export is queued and removed in the transaction that ingests it, so a
// kill at any point leaves either the marker or the complete run.
struct PendingIngest
{
    QString jobId;
    QString presetKey;
    QString presetName;
    RunKind kind = RunKind::Full;
    QDateTime startedAt;
};

// The history of an account's presets: one SQLite file per account (Qt SQL, QSQLITE) under the
// state folder. Every run of a preset that keeps a history is stored as record versions keyed by
// the record ID (hs_object_id): a version is valid from the run that brought its values until
// the run that changed or removed it, so the table at any run, and the difference between any
// two runs, are queries. Schema version in PRAGMA user_version.
//
// A file SQLite reports damaged, or one written by a newer Export Studio, is never recreated
// over: it is renamed aside and lastError() says so and what to do.
//
// One Vault is one connection: use it in the thread that opened it (the ingest opens its own).
// A read-only Vault (the preview's workers) never creates, migrates or sets aside the file: a
// problem is only reported.
class Vault
{
public:
    static constexpr int SchemaVersion = 1;

    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    explicit Vault(const QString &path, Access access = Access::ReadWrite);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // <stateDir>/vault/<account>.sqlite; the account id is made safe for a file name.
    static QString fileFor(const QString &stateDir, const QString &accountId);

    // Opens the file, creating it (and its folder) when missing. False with lastError() when it
    // cannot: damaged or newer files are set aside first (setAsidePath() says where).
    bool open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QString setAsidePath() const { return m_setAside; }

    // Runs of a preset, oldest first.
    QList<VaultRun> runs(const QString &presetKey);
    std::optional<VaultRun> lastRun(const QString &presetKey);
    // Incremental runs since the last full one (all of them when there was none).
    int incrementalsSinceFull(const QString &presetKey);
    // The preset's columns (internal names) in the order values are stored.
    QStringList columns(const QString &presetKey);

    bool addPending(const PendingIngest &pending);
    QList<PendingIngest> pending();
    bool removePending(const QString &jobId);

    // The difference between two runs of a preset (either order; `from` is "before"). Null with
    // lastError() when a run is unknown.
    std::unique_ptr<VaultDiff> diff(const QString &presetKey, qint64 fromRun, qint64 toRun);

    // The preset's table as it was after `runId`, ordered by record id. `fn` returns false to
    // stop. False with lastError() on a problem.
    bool forEachRow(const QString &presetKey, qint64 runId,
                    const std::function<bool(qint64 id, const QList<QByteArray> &values)> &fn);

    // Keyset pagination over the preset's table as it was after `runId`: up to `limit` rows whose
    // record id is at least `fromId`, ordered by id, into `ids` and `values` (ValueCodec's
    // encoding, decoded by whoever needs the cells). A page far down costs what the first one
    // does, unlike OFFSET. False with lastError() on a problem.
    bool pageOfRows(const QString &presetKey, qint64 runId, qint64 fromId, int limit,
                    QList<qint64> *ids, QList<QByteArray> *values);
    // Whether the preset has a run `runId` (false with lastError() saying so otherwise).
    bool hasRun(const QString &presetKey, qint64 runId);

    struct IngestInput
    {
        PendingIngest pending;
        QStringList files; // the run's data files (several when HubSpot split the export)
        ExportRequest request;
        const std::atomic<bool> *cancel = nullptr;
        std::function<void(qint64 rows)> progress; // every few thousand rows
    };
    struct IngestOutcome
    {
        bool ok = false;
        bool canceled = false;
        bool alreadyDone = false; // the run was in the vault already (a repeated resume)
        VaultRun run;
        QString message; // failure: what happened and what to do
    };
    // Adds the run in one transaction (the pending marker goes in the same one): a failure,
    // a cancel or a kill leaves the vault as it was.
    IngestOutcome ingest(const IngestInput &input);

    // For VaultDiff and the ingest: the connection, and a failed statement's error turned into
    // a message (a damaged file is set aside here).
    QSqlDatabase database() const;
    QString describe(const QSqlError &error, const QString &what);

private:
    friend class VaultDiff;
    bool createSchema();
    bool setAside(const QString &why, const QString &reason);
    qint64 presetRow(const QString &presetKey, const QString &name, bool create);
    QStringList columnsOf(qint64 presetRow);
    void close();

    QString m_path;
    Access m_access = Access::ReadWrite;
    QString m_connection;
    qint64 m_pagedPreset = 0; // pageOfRows(): the preset row of m_pagedKey
    QString m_pagedKey;
    bool m_open = false;
    QString m_lastError;
    QString m_setAside;
};

} // namespace es
