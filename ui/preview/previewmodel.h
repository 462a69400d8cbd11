#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace es {

class PreviewSource;

// The rows of a PreviewSource for a QTableView, a page at a time, kept in a small
// least-recently-used window of pages, so a million rows cost the memory of a few screens.
// data() never reads: a row whose page is not here yet shows as loading (LoadingRole, grey
// "loading…") while the source's worker reads the page; when it arrives, dataChanged() repaints
// its rows. Grows while the source counts; shows only the matching rows (numbered as in the
// table) while a filter is set, a page then being a page of matching rows.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageRows = 256;
    static constexpr int CachedPages = 24;
    enum Role
    {
        LoadingRole = Qt::UserRole + 1, // bool: the row's cells are still being read
    };

    explicit PreviewModel(PreviewSource *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The table's data row (0-based) shown at `row`.
    qint64 sourceRow(int row) const;
    int cachedPages() const { return int(m_pages.size()); }
    // Pages asked of the source and not answered yet.
    int waitingPages() const { return int(m_waiting.size()); }

Q_SIGNALS:
    void problem(const QString &message);

private:
    void onRowsCounted(qint64 rows);
    void onFilterChanged();
    void onMatchesFound(qint64 total);
    void onRowsRead(quint64 ticket, const QList<QStringList> &rows, const QString &error);
    void onRowsDropped(quint64 ticket);
    void pageChanged(qint64 page);
    // The row at `row`, or nullptr (its page then asked for) while it is being read.
    const QStringList *cachedRow(int row) const;
    void request(qint64 page) const;

    PreviewSource *m_source;
    int m_rows = 0;
    // Mutable: data() is const, yet asking for a missing page is what a lazy model does there.
    mutable QHash<qint64, QList<QStringList>> m_pages;
    mutable QList<qint64> m_recent;           // page numbers, most recently used last
    mutable QHash<quint64, qint64> m_waiting; // ticket → page
    mutable quint64 m_nextTicket = 1;
    QSet<qint64> m_failed; // pages a read failed on: not asked for again until a reset
    QString m_lastError;
};

} // namespace es
