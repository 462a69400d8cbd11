#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace es {

class TablePreview;

// The rows of a TablePreview for a QTableView, read a page at a time when the view asks for
// them and kept in a small least-recently-used window of pages, so a million-row file costs
// the memory of a few screens. Grows while the preview counts; shows only the matching rows
// (numbered as in the file) while a filter is set.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageRows = 256;
    static constexpr int CachedPages = 24;

    explicit PreviewModel(TablePreview *preview, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The file's data row (0-based) shown at `row`.
    qint64 sourceRow(int row) const;
    int cachedPages() const { return int(m_pages.size()); }

Q_SIGNALS:
    void problem(const QString &message);

private:
    void onRowsCounted(qint64 rows);
    void onFilterChanged();
    void onMatchesFound(qint64 total);
    const QStringList *cachedRow(qint64 sourceRow) const;

    TablePreview *m_preview;
    int m_rows = 0;
    // Mutable: data() is const, yet reading a page is what a lazy model does there.
    mutable QHash<qint64, QList<QStringList>> m_pages;
    mutable QList<qint64> m_recent; // page numbers, most recently used last
    mutable QString m_lastError;
};

} // namespace es
