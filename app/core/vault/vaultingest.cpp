// Vault::ingest: a run's files into the vault, streamed, in one transaction.

#include "headermap.h"
#include "tablereader.h"
#include "valuecodec.h"
#include "vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <vector>

namespace es {

namespace {

struct IngestText
{
    Q_DECLARE_TR_FUNCTIONS(es::Vault)
};

// Rows per statement: few enough to keep memory flat, enough to pay a statement's overhead once
// per batch rather than once per row (4 values a row, far below SQLite's 32,766 variables).
constexpr int BatchRows = 400;

struct Row
{
    qint64 id = 0;
    QByteArray vals;
};

struct Current
{
    qint64 rowid = 0;
    qint64 runFrom = 0;
    QByteArray vals;
};

QString placeholders(int rows, const char *one)
{
    QString text;
    text.reserve(qsizetype(rows) * qsizetype(qstrlen(one) + 1));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += QLatin1String(one);
    }
    return text;
}

// Prepared statements per batch size: the full size is prepared once, the last short batch once.
class Statements
{
public:
    Statements(const QSqlDatabase &db)
        : m_db(db)
    {}

    QSqlQuery &lookup(int n)
    {
        return get(m_lookup, n, [](int k) -> QString {
            return QStringLiteral("SELECT rowid, object_id, run_from, vals FROM versions WHERE "
                                  "preset = ? AND run_to IS NULL AND object_id IN (") +
                   placeholders(k, "?") + QLatin1Char(')');
        });
    }
    QSqlQuery &insert(int n)
    {
        return get(m_insert, n, [](int k) -> QString {
            return QStringLiteral(
                       "INSERT INTO versions(preset, object_id, run_from, vals) VALUES ") +
                   placeholders(k, "(?,?,?,?)") +
                   QStringLiteral(" ON CONFLICT(preset, object_id, run_from) DO UPDATE SET "
                                  "vals = excluded.vals");
        });
    }
    QSqlQuery &close(int n)
    {
        return get(m_close, n, [](int k) -> QString {
            return QStringLiteral("UPDATE versions SET run_to = ? WHERE rowid IN (") +
                   placeholders(k, "?") + QLatin1Char(')');
        });
    }
    QSqlQuery &seen(int n)
    {
        return get(m_seen, n, [](int k) -> QString {
            return QStringLiteral("INSERT OR IGNORE INTO temp.seen(id) VALUES ") +
                   placeholders(k, "(?)");
        });
    }

private:
    template<typename Make>
    QSqlQuery &get(QHash<int, QSqlQuery> &cache, int n, Make make)
    {
        auto it = cache.find(n);
        if (it == cache.end()) {
            if (cache.size() > 2)
                cache.clear(); // only the full size and one short size are ever reused
            it = cache.insert(n, QSqlQuery(m_db));
            it->prepare(make(n));
        }
        return *it;
    }

    QSqlDatabase m_db;
    QHash<int, QSqlQuery> m_lookup;
    QHash<int, QSqlQuery> m_insert;
    QHash<int, QSqlQuery> m_close;
    QHash<int, QSqlQuery> m_seen;
};

} // namespace

Vault::IngestOutcome Vault::ingest(const IngestInput &input)
{
    IngestOutcome out;
    const PendingIngest &pending = input.pending;
    if (!open()) {
        out.message = m_lastError;
        return out;
    }
    QSqlDatabase db = database();
    {
        QSqlQuery pragma(db);
        // 32 MiB of page cache: the batch lookups stay in memory, RSS stays bounded.
        pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));
        pragma.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS seen(id INTEGER PRIMARY KEY)"));
        pragma.exec(QStringLiteral("DELETE FROM temp.seen"));
    }
    {
        QSqlQuery done(db);
        done.prepare(QStringLiteral("SELECT id FROM runs WHERE job_id = ?"));
        done.addBindValue(pending.jobId);
        if (done.exec() && done.next()) {
            const qint64 id = done.value(0).toLongLong();
            done = QSqlQuery();
            removePending(pending.jobId);
            for (const VaultRun &run : runs(pending.presetKey)) {
                if (run.id == id)
                    out.run = run;
            }
            out.ok = true;
            out.alreadyDone = true;
            return out;
        }
    }
    const QString what = pending.presetName;
    if (!db.transaction()) {
        out.message = describe(db.lastError(), what);
        return out;
    }
    bool rolledBack = false;
    const auto fail = [&](const QString &message) {
        if (!rolledBack)
            db.rollback();
        rolledBack = true;
        out.message = message;
        return out;
    };
    const auto sqlFail = [&](const QSqlError &error) {
        db.rollback();
        rolledBack = true;
        return fail(describe(error, what));
    };

    const qint64 preset = presetRow(pending.presetKey, pending.presetName, true);
    if (preset <= 0)
        return sqlFail(db.lastError());
    QStringList columns = columnsOf(preset);
    const qsizetype knownColumns = columns.size();

    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO runs(preset, job_id, kind, started_at, ingested_at, "
                                 "files) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(preset);
    query.addBindValue(pending.jobId);
    query.addBindValue(toString(pending.kind));
    query.addBindValue(pending.startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(input.files)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return sqlFail(query.lastError());
    const qint64 runId = query.lastInsertId().toLongLong();
    out.run.id = runId;
    out.run.presetKey = pending.presetKey;
    out.run.jobId = pending.jobId;
    out.run.kind = pending.kind;
    out.run.startedAt = pending.startedAt;

    query.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM versions WHERE preset = ?)"));
    query.addBindValue(preset);
    if (!query.exec() || !query.next())
        return sqlFail(query.lastError());
    const bool hadRows = query.value(0).toBool();
    query.finish();

    const bool full = pending.kind == RunKind::Full;
    Statements statements(db);
    std::vector<Row> batch;
    batch.reserve(BatchRows);
    QHash<qint64, qsizetype> inBatch;
    QHash<qint64, Current> current;
    std::vector<Row> inserts;
    std::vector<qint64> closes;
    std::vector<qint64> seen;

    const auto flush = [&]() -> bool {
        if (batch.empty())
            return true;
        current.clear();
        if (hadRows) {
            QSqlQuery &lookup = statements.lookup(int(batch.size()));
            int k = 0;
            lookup.bindValue(k++, preset);
            for (const Row &row : batch)
                lookup.bindValue(k++, row.id);
            if (!lookup.exec()) {
                sqlFail(lookup.lastError());
                return false;
            }
            while (lookup.next())
                current.insert(lookup.value(1).toLongLong(),
                               Current{lookup.value(0).toLongLong(), lookup.value(2).toLongLong(),
                                       lookup.value(3).toByteArray()});
            lookup.finish();
        }
        inserts.clear();
        closes.clear();
        seen.clear();
        for (Row &row : batch) {
            const auto it = current.constFind(row.id);
            if (it == current.cend()) {
                ++out.run.added;
                inserts.push_back(std::move(row));
            } else if (it->runFrom == runId) {
                inserts.push_back(std::move(row)); // a repeated id in this run: the last wins
            } else if (it->vals == row.vals) {
                if (full)
                    seen.push_back(row.id);
            } else {
                ++out.run.changed;
                closes.push_back(it->rowid);
                inserts.push_back(std::move(row));
            }
        }
        if (!closes.empty()) {
            QSqlQuery &close = statements.close(int(closes.size()));
            int k = 0;
            close.bindValue(k++, runId);
            for (qint64 rowid : closes)
                close.bindValue(k++, rowid);
            if (!close.exec()) {
                sqlFail(close.lastError());
                return false;
            }
        }
        if (!inserts.empty()) {
            QSqlQuery &insert = statements.insert(int(inserts.size()));
            int k = 0;
            for (const Row &row : inserts) {
                insert.bindValue(k++, preset);
                insert.bindValue(k++, row.id);
                insert.bindValue(k++, runId);
                insert.bindValue(k++, row.vals);
            }
            if (!insert.exec()) {
                sqlFail(insert.lastError());
                return false;
            }
        }
        if (!seen.empty()) {
            QSqlQuery &mark = statements.seen(int(seen.size()));
            int k = 0;
            for (qint64 id : seen)
                mark.bindValue(k++, id);
            if (!mark.exec()) {
                sqlFail(mark.lastError());
                return false;
            }
        }
        batch.clear();
        inBatch.clear();
        return true;
    };

    QList<QByteArray> cells;
    QList<QByteArray> aligned;
    for (const QString &file : input.files) {
        QString error;
        std::unique_ptr<TableReader> reader = TableReader::open(file, &error);
        if (!reader)
            return fail(error);
        if (!reader->next(cells))
            return fail(reader->error().isEmpty()
                            ? IngestText::tr("%1 is empty: it has no header row.")
                                  .arg(QDir::toNativeSeparators(file))
                            : reader->error());
        const HeaderMap::Result mapped = HeaderMap::map(cells, input.request, file);
        if (!mapped.error.isEmpty())
            return fail(mapped.error);
        std::vector<int> target;
        int idColumn = -1;
        for (qsizetype c = 0; c < mapped.columns.size(); ++c) {
            const QString &name = mapped.columns.at(c);
            qsizetype at = columns.indexOf(name);
            if (at < 0) {
                columns.append(name);
                at = columns.size() - 1;
            }
            target.push_back(int(at));
            if (name == u"hs_object_id")
                idColumn = int(c);
        }
        if (idColumn < 0)
            return fail(IngestText::tr("%1 has no record ID column (hs_object_id), so its rows "
                                       "cannot be kept in the history.")
                            .arg(QDir::toNativeSeparators(file)));
        qint64 line = 1;
        while (reader->next(cells)) {
            ++line;
            bool blank = true;
            for (const QByteArray &cell : std::as_const(cells))
                blank = blank && cell.isEmpty();
            if (blank)
                continue;
            bool ok = false;
            const qint64 id =
                idColumn < cells.size() ? cells.at(idColumn).trimmed().toLongLong(&ok) : 0;
            if (!ok)
                return fail(IngestText::tr("Row %1 of %2 has no valid record ID (“%3”), so the "
                                           "run cannot be kept in the history.")
                                .arg(line)
                                .arg(QDir::toNativeSeparators(file),
                                     QString::fromUtf8(cells.value(idColumn).left(40))));
            aligned.resize(columns.size());
            for (QByteArray &value : aligned)
                value.resize(0);
            const qsizetype width = std::min<qsizetype>(cells.size(), qsizetype(target.size()));
            for (qsizetype c = 0; c < width; ++c)
                aligned[target[size_t(c)]] = cells.at(c);
            Row row{id, ValueCodec::encode(aligned)};
            const auto dup = inBatch.constFind(id);
            if (dup != inBatch.cend()) {
                batch[size_t(*dup)] = std::move(row);
            } else {
                inBatch.insert(id, qsizetype(batch.size()));
                batch.push_back(std::move(row));
            }
            ++out.run.rows;
            if (batch.size() >= size_t(BatchRows)) {
                if (!flush())
                    return out;
                if (input.cancel && input.cancel->load()) {
                    out.canceled = true;
                    return fail(IngestText::tr("Stopped before the run was kept; it is kept "
                                               "on the next start."));
                }
            }
            if (input.progress && out.run.rows % 5000 == 0)
                input.progress(out.run.rows);
        }
        if (!reader->error().isEmpty())
            return fail(reader->error());
    }
    if (!flush())
        return out;

    if (full && hadRows) {
        query.prepare(QStringLiteral("UPDATE versions SET run_to = ? WHERE preset = ? AND "
                                     "run_to IS NULL AND run_from < ? AND object_id NOT IN "
                                     "(SELECT id FROM temp.seen)"));
        query.addBindValue(runId);
        query.addBindValue(preset);
        query.addBindValue(runId);
        if (!query.exec())
            return sqlFail(query.lastError());
        out.run.removed = query.numRowsAffected();
    }
    if (columns.size() != knownColumns) {
        query.prepare(QStringLiteral("UPDATE presets SET columns = ?, name = ? WHERE id = ?"));
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact)));
        query.addBindValue(pending.presetName);
        query.addBindValue(preset);
        if (!query.exec())
            return sqlFail(query.lastError());
    }
    out.run.ingestedAt = QDateTime::currentDateTimeUtc();
    query.prepare(QStringLiteral("UPDATE runs SET rows = ?, added = ?, changed = ?, removed = ?, "
                                 "ingested_at = ? WHERE id = ?"));
    query.addBindValue(out.run.rows);
    query.addBindValue(out.run.added);
    query.addBindValue(out.run.changed);
    query.addBindValue(out.run.removed);
    query.addBindValue(out.run.ingestedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlFail(query.lastError());
    query.prepare(QStringLiteral("DELETE FROM pending WHERE job_id = ?"));
    query.addBindValue(pending.jobId);
    if (!query.exec())
        return sqlFail(query.lastError());
    query.finish();
    if (input.cancel && input.cancel->load()) {
        out.canceled = true;
        return fail(IngestText::tr("Stopped before the run was kept; it is kept on the next "
                                   "start."));
    }
    if (!db.commit())
        return sqlFail(db.lastError());
    {
        QSqlQuery clear(db);
        clear.exec(QStringLiteral("DELETE FROM temp.seen"));
    }
    out.ok = true;
    return out;
}

} // namespace es
