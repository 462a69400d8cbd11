#include "vaultdiff.h"

#include "valuecodec.h"
#include "vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace es {

namespace {
std::atomic<int> g_nextTable{1};
} // namespace

QString VaultDiff::toString(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

VaultDiff::VaultDiff(Vault *vault, qint64 presetRow, qint64 from, qint64 to)
    : m_vault(vault)
    , m_preset(presetRow)
    , m_from(from)
    , m_to(to)
    , m_table(QStringLiteral("temp.diff_%1").arg(g_nextTable.fetch_add(1)))
{}

VaultDiff::~VaultDiff()
{
    if (m_vault && m_vault->isOpen()) {
        QSqlQuery drop(m_vault->database());
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_table);
    }
}

bool VaultDiff::compute()
{
    m_columns = m_vault->columnsOf(m_preset);
    QSqlDatabase db = m_vault->database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE ") + m_table +
                    QStringLiteral("(seq INTEGER PRIMARY KEY, object_id INTEGER NOT NULL, "
                                   "old BLOB, new BLOB)"))) {
        m_error = m_vault->describe(query.lastError(), QString());
        return false;
    }
    // Only records with a version boundary between the two runs can differ; for each, the
    // version valid at either run (none: absent), kept when they are not the same.
    const qint64 lo = std::min(m_from, m_to);
    const qint64 hi = std::max(m_from, m_to);
    const QString at = QStringLiteral(
        "(SELECT v.vals FROM versions v WHERE v.preset = ? AND v.object_id = c.object_id AND "
        "v.run_from <= ? AND (v.run_to IS NULL OR v.run_to > ?))");
    query.prepare(QStringLiteral("INSERT INTO ") + m_table +
                  QStringLiteral("(object_id, old, new) SELECT object_id, old, new FROM ("
                                 "SELECT c.object_id AS object_id, ") +
                  at + QStringLiteral(" AS old, ") + at +
                  QStringLiteral(" AS new FROM (SELECT DISTINCT object_id FROM versions WHERE "
                                 "preset = ? AND ((run_from > ? AND run_from <= ?) OR "
                                 "(run_to > ? AND run_to <= ?))) c) WHERE old IS NOT new "
                                 "ORDER BY object_id"));
    for (const qint64 value :
         {m_preset, m_from, m_from, m_preset, m_to, m_to, m_preset, lo, hi, lo, hi})
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = m_vault->describe(query.lastError(), QString());
        return false;
    }
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(old IS NULL), 0), "
                                   "coalesce(sum(new IS NULL), 0), count(*) FROM ") +
                    m_table) ||
        !query.next()) {
        m_error = m_vault->describe(query.lastError(), QString());
        return false;
    }
    m_added = query.value(0).toLongLong();
    m_removed = query.value(1).toLongLong();
    m_changed = query.value(2).toLongLong() - m_added - m_removed;
    return true;
}

bool VaultDiff::read(qint64 offset, qint64 limit, const std::function<bool(const Entry &)> &fn)
{
    QSqlQuery query(m_vault->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT object_id, old, new FROM ") + m_table +
                  QStringLiteral(" WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(offset);
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = m_vault->describe(query.lastError(), QString());
        return false;
    }
    const qsizetype width = m_columns.size();
    Entry entry;
    while (query.next()) {
        entry.id = query.value(0).toLongLong();
        const QVariant before = query.value(1);
        const QVariant after = query.value(2);
        entry.before.clear();
        entry.after.clear();
        entry.changedColumns.clear();
        if (!before.isNull())
            ValueCodec::decode(before.toByteArray(), &entry.before);
        if (!after.isNull())
            ValueCodec::decode(after.toByteArray(), &entry.after);
        entry.kind = before.isNull() ? Kind::Added : after.isNull() ? Kind::Removed : Kind::Changed;
        if (!before.isNull())
            entry.before.resize(width);
        if (!after.isNull())
            entry.after.resize(width);
        if (entry.kind == Kind::Changed) {
            for (qsizetype c = 0; c < width; ++c) {
                if (entry.before.at(c) != entry.after.at(c))
                    entry.changedColumns.append(int(c));
            }
        }
        if (!fn(entry))
            break;
    }
    return true;
}

QList<VaultDiff::Entry> VaultDiff::page(qint64 offset, qint64 limit)
{
    QList<Entry> entries;
    read(offset, limit, [&](const Entry &e) {
        entries.append(e);
        return true;
    });
    return entries;
}

bool VaultDiff::forEach(const std::function<bool(const Entry &)> &fn)
{
    return read(0, -1, fn);
}

} // namespace es
