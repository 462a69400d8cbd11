#include "vault.h"

#include "storage/paths.h"
#include "valuecodec.h"
#include "vaultdiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace es {

namespace {

struct VaultText
{
    Q_DECLARE_TR_FUNCTIONS(es::Vault)
};

// SQLite's primary result codes that decide what happens to the file.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADb = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString timeText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const char *const Schema[] = {
    "CREATE TABLE presets(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
    "name TEXT NOT NULL DEFAULT '', columns TEXT NOT NULL DEFAULT '[]')",
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, preset INTEGER NOT NULL REFERENCES presets(id), "
    "job_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL CHECK(kind IN ('full','incremental')), "
    "started_at TEXT NOT NULL, ingested_at TEXT NOT NULL, rows INTEGER NOT NULL DEFAULT 0, "
    "added INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL DEFAULT 0, "
    "removed INTEGER NOT NULL DEFAULT 0, files TEXT NOT NULL DEFAULT '[]')",
    // A record's values from run_from until run_to (the run that changed or removed it; NULL
    // while current). vals: ValueCodec's JSON array in presets.columns order.
    "CREATE TABLE versions(preset INTEGER NOT NULL, object_id INTEGER NOT NULL, "
    "run_from INTEGER NOT NULL, run_to INTEGER, vals BLOB NOT NULL)",
    "CREATE UNIQUE INDEX versions_key ON versions(preset, object_id, run_from)",
    "CREATE INDEX versions_from ON versions(preset, run_from)",
    "CREATE INDEX versions_to ON versions(preset, run_to) WHERE run_to IS NOT NULL",
    "CREATE TABLE pending(job_id TEXT PRIMARY KEY, preset_key TEXT NOT NULL, "
    "preset_name TEXT NOT NULL, kind TEXT NOT NULL, started_at TEXT NOT NULL)",
    // For people with the sqlite3 shell: every preset's current rows.
    "CREATE VIEW current_rows AS SELECT p.key AS preset, v.object_id AS hs_object_id, "
    "CAST(v.vals AS TEXT) AS vals FROM versions v JOIN presets p ON p.id = v.preset "
    "WHERE v.run_to IS NULL",
};

} // namespace

QString toString(RunKind kind)
{
    return kind == RunKind::Full ? QStringLiteral("full") : QStringLiteral("incremental");
}

std::optional<RunKind> runKindFromString(const QString &text)
{
    if (text == u"full")
        return RunKind::Full;
    if (text == u"incremental")
        return RunKind::Incremental;
    return std::nullopt;
}

QJsonObject VaultRun::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("jobId"), jobId},
                       {QStringLiteral("startedAt"), timeText(startedAt)},
                       {QStringLiteral("ingestedAt"), timeText(ingestedAt)},
                       {QStringLiteral("kind"), toString(kind)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("removed"), removed}};
}

Vault::Vault(const QString &path, Access access)
    : m_path(path)
    , m_access(access)
    , m_connection(QStringLiteral("es-vault-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Vault::~Vault()
{
    close();
}

void Vault::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_open = false;
}

QString Vault::fileFor(const QString &stateDir, const QString &accountId)
{
    QString safe;
    for (const QChar c : accountId) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
            c == u'-' || c == u'_' || c == u'.')
            safe += c;
        else
            safe += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    return QDir(stateDir).filePath(QStringLiteral("vault/") + safe + QStringLiteral(".sqlite"));
}

QSqlDatabase Vault::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Vault::setAside(const QString &why, const QString &reason)
{
    close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".") + reason + QStringLiteral("-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".") + reason + QStringLiteral("-") + stamp +
                 QStringLiteral("-%1").arg(n);
    const bool moved = QFile::rename(m_path, target);
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    if (!moved) {
        m_lastError = VaultText::tr("%1 The file %2 could not be moved aside either: move or "
                                    "delete it yourself; until then the history is not kept. "
                                    "Your downloaded files are not affected.")
                          .arg(why, QDir::toNativeSeparators(m_path));
        return false;
    }
    m_setAside = target;
    m_lastError = why + QLatin1Char(' ') +
                  VaultText::tr("It was moved to %1 and nothing in it was changed; the next run "
                                "of a history preset starts a new, empty history. Your "
                                "downloaded files are not affected.")
                      .arg(QDir::toNativeSeparators(target));
    return false;
}

QString Vault::describe(const QSqlError &error, const QString &what)
{
    const int code = primaryCode(error);
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
    if (code == SqliteFull) {
        m_lastError = VaultText::tr("The disk is full: the history folder %1 has no room left, "
                                    "so nothing was saved in it. Free some space there, then run "
                                    "`export-studio-cli resume` (or start Export Studio) to save "
                                    "the run again.")
                          .arg(folder);
        Q_UNUSED(what)
    } else if ((code == SqliteCorrupt || code == SqliteNotADb) && m_access == Access::ReadOnly) {
        // A reader leaves the file to the next open for writing, which sets it aside.
        m_lastError = VaultText::tr("The history file %1 is damaged (SQLite says: %2).")
                          .arg(QDir::toNativeSeparators(m_path), error.driverText());
    } else if (code == SqliteCorrupt || code == SqliteNotADb) {
        setAside(VaultText::tr("The history file %1 is damaged (SQLite says: %2).")
                     .arg(QDir::toNativeSeparators(m_path), error.driverText()),
                 QStringLiteral("damaged"));
    } else {
        m_lastError = VaultText::tr("The history file %1 could not be used: %2")
                          .arg(QDir::toNativeSeparators(m_path), error.text());
    }
    return m_lastError;
}

bool Vault::open()
{
    if (m_open)
        return true;
    m_lastError.clear();
    const bool readOnly = m_access == Access::ReadOnly;
    if (readOnly && !QFileInfo::exists(m_path)) {
        m_lastError = VaultText::tr("There is no history file %1: run a preset that keeps a "
                                    "history first.")
                          .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QString dirError;
    if (!readOnly && !Paths::ensureDir(QFileInfo(m_path).absolutePath(), &dirError)) {
        m_lastError = dirError;
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(
            readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY")
                     : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            m_lastError = VaultText::tr("The history file %1 cannot be opened: %2")
                              .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
            close();
            return false;
        }
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version"))) {
        describe(query.lastError(), QString());
        query = QSqlQuery();
        close();
        return false;
    }
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (readOnly && (version > SchemaVersion || version == 0)) {
        query = QSqlQuery();
        close();
        m_lastError = version == 0
                          ? VaultText::tr("The file %1 is not an Export Studio history.")
                                .arg(QDir::toNativeSeparators(m_path))
                          : VaultText::tr("The history file %1 was written by a newer Export "
                                          "Studio (history format %2; this version knows up to "
                                          "%3). Update Export Studio to see it.")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(version)
                                .arg(SchemaVersion);
        return false;
    }
    if (version > SchemaVersion) {
        query = QSqlQuery();
        setAside(VaultText::tr("The history file %1 was written by a newer Export Studio "
                               "(history format %2; this version knows up to %3). Update Export "
                               "Studio and move the file back to use it.")
                     .arg(QDir::toNativeSeparators(m_path))
                     .arg(version)
                     .arg(SchemaVersion),
                 QStringLiteral("newer"));
        return false;
    }
    if (version == 0) {
        // A brand-new file has no tables; anything else at version 0 is not ours.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            describe(query.lastError(), QString());
            query = QSqlQuery();
            close();
            return false;
        }
        const int objects = query.value(0).toInt();
        query = QSqlQuery();
        if (objects > 0) {
            setAside(VaultText::tr("The file %1 is not an Export Studio history (it holds other "
                                   "tables).")
                         .arg(QDir::toNativeSeparators(m_path)),
                     QStringLiteral("unknown"));
            return false;
        }
        if (!createSchema()) {
            close();
            return false;
        }
    }
    QSqlQuery pragmas(database());
    pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    m_open = true;
    return true;
}

bool Vault::createSchema()
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        describe(db.lastError(), QString());
        return false;
    }
    QSqlQuery query(db);
    for (const char *statement : Schema) {
        if (!query.exec(QLatin1String(statement))) {
            describe(query.lastError(), QString());
            db.rollback();
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)) || !db.commit()) {
        describe(query.lastError(), QString());
        db.rollback();
        return false;
    }
    return true;
}

qint64 Vault::presetRow(const QString &presetKey, const QString &name, bool create)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM presets WHERE key = ?"));
    query.addBindValue(presetKey);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    if (!create)
        return 0;
    query.prepare(QStringLiteral("INSERT INTO presets(key, name) VALUES (?, ?)"));
    query.addBindValue(presetKey);
    query.addBindValue(name);
    if (!query.exec())
        return -1;
    return query.lastInsertId().toLongLong();
}

namespace {
VaultRun runFrom(const QSqlQuery &q, const QString &presetKey)
{
    VaultRun run;
    run.id = q.value(0).toLongLong();
    run.presetKey = presetKey;
    run.jobId = q.value(1).toString();
    run.kind = runKindFromString(q.value(2).toString()).value_or(RunKind::Full);
    run.startedAt = timeFrom(q.value(3));
    run.ingestedAt = timeFrom(q.value(4));
    run.rows = q.value(5).toLongLong();
    run.added = q.value(6).toLongLong();
    run.changed = q.value(7).toLongLong();
    run.removed = q.value(8).toLongLong();
    return run;
}
} // namespace

QList<VaultRun> Vault::runs(const QString &presetKey)
{
    QList<VaultRun> list;
    if (!open())
        return list;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT r.id, r.job_id, r.kind, r.started_at, r.ingested_at, r.rows, r.added, r.changed, "
        "r.removed FROM runs r JOIN presets p ON p.id = r.preset WHERE p.key = ? ORDER BY r.id"));
    query.addBindValue(presetKey);
    if (!query.exec()) {
        describe(query.lastError(), QString());
        return list;
    }
    while (query.next())
        list.append(runFrom(query, presetKey));
    return list;
}

std::optional<VaultRun> Vault::lastRun(const QString &presetKey)
{
    const QList<VaultRun> all = runs(presetKey);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

int Vault::incrementalsSinceFull(const QString &presetKey)
{
    int count = 0;
    const QList<VaultRun> all = runs(presetKey);
    for (auto it = all.crbegin(); it != all.crend() && it->kind == RunKind::Incremental; ++it)
        ++count;
    return count;
}

QStringList Vault::columns(const QString &presetKey)
{
    if (!open())
        return {};
    return columnsOf(presetRow(presetKey, {}, false));
}

QStringList Vault::columnsOf(qint64 presetRow)
{
    QStringList list;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT columns FROM presets WHERE id = ?"));
    query.addBindValue(presetRow);
    if (query.exec() && query.next()) {
        const QJsonArray array = QJsonDocument::fromJson(query.value(0).toByteArray()).array();
        for (const auto &v : array)
            list.append(v.toString());
    }
    return list;
}

bool Vault::addPending(const PendingIngest &pending)
{
    if (!open())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO pending(job_id, preset_key, preset_name, "
                                 "kind, started_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(pending.jobId);
    query.addBindValue(pending.presetKey);
    query.addBindValue(pending.presetName);
    query.addBindValue(toString(pending.kind));
    query.addBindValue(timeText(pending.startedAt));
    if (!query.exec()) {
        describe(query.lastError(), QString());
        return false;
    }
    return true;
}

QList<PendingIngest> Vault::pending()
{
    QList<PendingIngest> list;
    if (!open())
        return list;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT job_id, preset_key, preset_name, kind, started_at FROM "
                                   "pending ORDER BY started_at"))) {
        describe(query.lastError(), QString());
        return list;
    }
    while (query.next()) {
        PendingIngest p;
        p.jobId = query.value(0).toString();
        p.presetKey = query.value(1).toString();
        p.presetName = query.value(2).toString();
        p.kind = runKindFromString(query.value(3).toString()).value_or(RunKind::Full);
        p.startedAt = timeFrom(query.value(4));
        list.append(p);
    }
    return list;
}

bool Vault::removePending(const QString &jobId)
{
    if (!open())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM pending WHERE job_id = ?"));
    query.addBindValue(jobId);
    if (!query.exec()) {
        describe(query.lastError(), QString());
        return false;
    }
    return true;
}

std::unique_ptr<VaultDiff> Vault::diff(const QString &presetKey, qint64 fromRun, qint64 toRun)
{
    if (!open())
        return nullptr;
    const qint64 preset = presetRow(presetKey, {}, false);
    bool fromKnown = false;
    bool toKnown = false;
    for (const VaultRun &run : runs(presetKey)) {
        fromKnown = fromKnown || run.id == fromRun;
        toKnown = toKnown || run.id == toRun;
    }
    if (preset <= 0 || !fromKnown || !toKnown) {
        m_lastError = VaultText::tr("The preset has no run %1 in its history (see "
                                    "`export-studio-cli runs --preset NAME`).")
                          .arg(!fromKnown ? fromRun : toRun);
        return nullptr;
    }
    auto result = std::unique_ptr<VaultDiff>(new VaultDiff(this, preset, fromRun, toRun));
    if (!result->compute()) {
        m_lastError = result->error();
        return nullptr;
    }
    return result;
}

bool Vault::forEachRow(const QString &presetKey, qint64 runId,
                       const std::function<bool(qint64, const QList<QByteArray> &)> &fn)
{
    if (!open())
        return false;
    const qint64 preset = presetRow(presetKey, {}, false);
    if (preset <= 0) {
        m_lastError = VaultText::tr("The preset has no history yet: run it first.");
        return false;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT object_id, vals FROM versions WHERE preset = ? AND "
                                 "run_from <= ? AND (run_to IS NULL OR run_to > ?) "
                                 "ORDER BY object_id"));
    query.addBindValue(preset);
    query.addBindValue(runId);
    query.addBindValue(runId);
    if (!query.exec()) {
        describe(query.lastError(), QString());
        return false;
    }
    QList<QByteArray> values;
    while (query.next()) {
        if (!ValueCodec::decode(query.value(1).toByteArray(), &values)) {
            m_lastError = VaultText::tr("Record %1 in the history file %2 cannot be read.")
                              .arg(query.value(0).toLongLong())
                              .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        if (!fn(query.value(0).toLongLong(), values))
            break;
    }
    if (query.lastError().isValid()) {
        describe(query.lastError(), QString());
        return false;
    }
    return true;
}

bool Vault::hasRun(const QString &presetKey, qint64 runId)
{
    if (!open())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM runs r JOIN presets p ON p.id = r.preset WHERE p.key = ? AND r.id = ?"));
    query.addBindValue(presetKey);
    query.addBindValue(runId);
    if (!query.exec()) {
        describe(query.lastError(), QString());
        return false;
    }
    if (query.next())
        return true;
    m_lastError = VaultText::tr("The preset has no run %1 in its history (see "
                                "`export-studio-cli runs --preset NAME`).")
                      .arg(runId);
    return false;
}

bool Vault::pageOfRows(const QString &presetKey, qint64 runId, qint64 fromId, int limit,
                       QList<qint64> *ids, QList<QByteArray> *values)
{
    ids->clear();
    values->clear();
    if (!open())
        return false;
    if (m_pagedKey != presetKey || m_pagedPreset <= 0) {
        m_pagedPreset = presetRow(presetKey, {}, false);
        m_pagedKey = presetKey;
    }
    if (m_pagedPreset <= 0) {
        m_lastError = VaultText::tr("The preset has no history yet: run it first.");
        return false;
    }
    // versions_key (preset, object_id, run_from) serves both the range and the order, so SQLite
    // starts at fromId instead of stepping over the rows before it.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT object_id, vals FROM versions WHERE preset = ? AND "
                                 "object_id >= ? AND run_from <= ? AND "
                                 "(run_to IS NULL OR run_to > ?) ORDER BY object_id LIMIT ?"));
    query.addBindValue(m_pagedPreset);
    query.addBindValue(fromId);
    query.addBindValue(runId);
    query.addBindValue(runId);
    query.addBindValue(limit);
    if (!query.exec()) {
        describe(query.lastError(), QString());
        return false;
    }
    ids->reserve(limit);
    values->reserve(limit);
    while (query.next()) {
        ids->append(query.value(0).toLongLong());
        values->append(query.value(1).toByteArray());
    }
    if (query.lastError().isValid()) {
        describe(query.lastError(), QString());
        return false;
    }
    return true;
}

} // namespace es
