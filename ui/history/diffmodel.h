#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>
#include <vault/vaultdiff.h>

namespace es {

// The records that differ between two runs, for a QTableView: Change, Record ID, then the
// preset's properties; a changed value reads "old → new" and is highlighted. Entries are read a
// page at a time through VaultDiff::page and a few pages are kept, so a diff of a million records
// costs the memory of a few screens. A kind filter lists the positions of that kind once.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageRows = 200;
    static constexpr int CachedPages = 16;
    enum Role
    {
        ChangedRole = Qt::UserRole + 1, // bool: the cell's value differs between the runs
        KindRole,                       // int: VaultDiff::Kind of the row
    };

    explicit DiffModel(VaultDiff *diff, QObject *parent = nullptr);

    // Only records of `kind`; std::nullopt shows all.
    void setKindFilter(std::optional<VaultDiff::Kind> kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(VaultDiff::Kind kind);

private:
    const VaultDiff::Entry *entryAt(int row) const;

    VaultDiff *m_diff;
    QList<int> m_propertyColumns; // indexes into diff->columns(), hs_object_id left out
    std::optional<VaultDiff::Kind> m_kind;
    QList<qint64> m_positions; // with a kind filter: the diff's positions of that kind
    mutable QHash<qint64, QList<VaultDiff::Entry>> m_pages;
    mutable QList<qint64> m_recent;
};

} // namespace es
