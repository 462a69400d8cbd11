#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>
#include <vault/diffsession.h>

namespace es {

// The records that differ between two runs, for a QTableView: Change, Record ID, then the
// preset's properties; a changed value reads "old → new" and is highlighted. Entries are read a
// page at a time by the DiffSession's worker and a few pages are kept, so a diff of a million
// records costs the memory of a few screens and the window never waits for the disk: a row whose
// page is on its way is blank for a moment, and fills in (dataChanged) when the page arrives. A
// kind filter lists the positions of that kind once, in the worker too.
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

    // `session` has computed its diff (DiffSession::computed came).
    explicit DiffModel(DiffSession *session, QObject *parent = nullptr);

    // Only records of `kind`; std::nullopt shows all. With a kind, the rows appear once the
    // worker has listed them (isFiltering() until then).
    void setKindFilter(std::optional<VaultDiff::Kind> kind);
    bool isFiltering() const { return m_filtering; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(VaultDiff::Kind kind);

private:
    const VaultDiff::Entry *entryAt(int row) const;
    void onKindPositions(VaultDiff::Kind kind, const QList<qint64> &positions);
    void onPageRead(qint64 offset, const QList<VaultDiff::Entry> &entries);
    qint64 total() const;

    DiffSession *m_session;
    QStringList m_columns;
    QList<int> m_propertyColumns; // indexes into m_columns, hs_object_id left out
    std::optional<VaultDiff::Kind> m_kind;
    bool m_filtering = false;
    QList<qint64> m_positions; // with a kind filter: the diff's positions of that kind
    mutable QHash<qint64, QList<VaultDiff::Entry>> m_pages;
    mutable QList<qint64> m_recent;
    mutable QSet<qint64> m_requested; // pages asked of the worker, not arrived yet
};

} // namespace es
