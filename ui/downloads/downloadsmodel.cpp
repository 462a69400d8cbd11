#include "downloadsmodel.h"

#include "common/icons.h"
#include "common/text.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QPalette>

namespace es {

DownloadsModel::DownloadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DownloadsModel::setEntries(const QList<HistoryEntry> &entries)
{
    QList<Row> rows;
    for (const HistoryEntry &entry : entries) {
        if (entry.state != JobState::Done)
            continue;
        for (const JobFile &file : entry.files) {
            Row row;
            row.path = file.path;
            row.fileName = QFileInfo(file.path).fileName();
            row.size = file.size;
            row.jobId = entry.jobId;
            row.exportName = entry.exportName;
            row.presetId = entry.presetId;
            row.accountId = entry.accountId;
            row.finishedAt = entry.finishedAt;
            row.exists = QFileInfo::exists(file.path);
            row.completeness = entry.completeness.describe();
            row.incomplete = !entry.completeness.matches();
            rows.append(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.finishedAt > b.finishedAt; });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void DownloadsModel::refreshExistence()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool exists = QFileInfo::exists(m_rows.at(i).path);
        if (exists != m_rows.at(i).exists) {
            m_rows[i].exists = exists;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DownloadsModel::Row *DownloadsModel::rowAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? &m_rows.at(row) : nullptr;
}

int DownloadsModel::rowOfPath(const QString &path) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).path == path)
            return i;
    }
    return -1;
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case PathRole:
        return row.path;
    case JobIdRole:
        return row.jobId;
    case ExistsRole:
        return row.exists;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.exists ? row.fileName : tr("%1 (deleted)").arg(row.fileName);
        case ExportColumn:
            return row.exportName;
        case SizeColumn:
            return Text::size(row.size);
        case DateColumn:
            return Text::when(row.finishedAt);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return row.fileName;
        case ExportColumn:
            return row.exportName;
        case SizeColumn:
            return row.size;
        case DateColumn:
            return row.finishedAt;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            static QMimeDatabase mimes;
            const QMimeType mime =
                mimes.mimeTypeForFile(row.fileName, QMimeDatabase::MatchExtension);
            return QIcon::fromTheme(
                mime.iconName(),
                QIcon::fromTheme(mime.genericIconName(), Icons::icon(Icons::Id::File)));
        }
        return {};
    case Qt::ForegroundRole:
        if (!row.exists)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("%1<br>%2")
                .arg(row.path.toHtmlEscaped(),
                     QLocale().toString(row.finishedAt.toLocalTime(), QLocale::LongFormat));
        if (!row.completeness.isEmpty())
            tip += QStringLiteral("<br>") + row.completeness.toHtmlEscaped();
        if (!row.exists)
            tip += QStringLiteral("<br>") +
                   tr("The file is no longer there: run the export again to get it back.");
        return tip;
    }
    }
    return {};
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case ExportColumn:
        return tr("Export");
    case SizeColumn:
        return tr("Size");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace es
