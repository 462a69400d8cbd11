#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace es {

class Vault;

// The difference between two runs of a preset, computed once into a temporary table of the
// vault's connection so that a view can page through it (page(offset, limit) is what a
// QAbstractTableModel's fetchMore needs) and the CLI can stream it, whatever its size.
// Lives no longer than the Vault that made it.
class VaultDiff
{
public:
    enum class Kind
    {
        Added,
        Changed,
        Removed,
    };
    static QString toString(Kind kind); // "added", "changed", "removed"

    struct Entry
    {
        Kind kind = Kind::Changed;
        qint64 id = 0;
        QList<QByteArray> before;  // empty for Added; one value per columns() entry
        QList<QByteArray> after;   // empty for Removed
        QList<int> changedColumns; // Changed: the columns whose value differs
    };

    ~VaultDiff();
    VaultDiff(const VaultDiff &) = delete;
    VaultDiff &operator=(const VaultDiff &) = delete;

    qint64 fromRun() const { return m_from; }
    qint64 toRun() const { return m_to; }
    qint64 added() const { return m_added; }
    qint64 changed() const { return m_changed; }
    qint64 removed() const { return m_removed; }
    qint64 count() const { return m_added + m_changed + m_removed; }
    QStringList columns() const { return m_columns; }
    QString error() const { return m_error; }

    // Entries ordered by record id.
    QList<Entry> page(qint64 offset, qint64 limit);
    bool forEach(const std::function<bool(const Entry &)> &fn);

private:
    friend class Vault;
    VaultDiff(Vault *vault, qint64 presetRow, qint64 from, qint64 to);
    bool compute();
    bool read(qint64 offset, qint64 limit, const std::function<bool(const Entry &)> &fn);

    Vault *m_vault;
    qint64 m_preset;
    qint64 m_from;
    qint64 m_to;
    QString m_table;
    QStringList m_columns;
    qint64 m_added = 0;
    qint64 m_changed = 0;
    qint64 m_removed = 0;
    QString m_error;
};

} // namespace es
