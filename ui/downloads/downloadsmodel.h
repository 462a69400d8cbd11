#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <transfer/history.h>

namespace es {

// Every file that finished exports left in the download folder, newest first: one row per file
// (a multi-file export lists each of its files). Fed with plain HistoryEntry values, so it is the
// same whether History comes from disk, from the CLI or from a test.
class DownloadsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ExportColumn,
        SizeColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value: name, bytes, date
        PathRole,
        JobIdRole,
        ExistsRole,
    };

    struct Row
    {
        QString path;
        QString fileName;
        qint64 size = 0;
        QString jobId;
        QString exportName;
        QString presetId;
        QString accountId;
        QDateTime finishedAt;
        bool exists = true;
        QString completeness;    // the export's completeness check in words, may be empty
        bool incomplete = false; // the files hold fewer or more rows than HubSpot reported
    };

    explicit DownloadsModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    // Looks at the disk again (a file deleted or moved outside the app).
    void refreshExistence();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Row *rowAt(int row) const;
    int rowOfPath(const QString &path) const;

private:
    QList<Row> m_rows;
};

} // namespace es
