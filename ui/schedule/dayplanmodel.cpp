#include "dayplanmodel.h"

#include <QFont>
#include <QLocale>

namespace es {

DayPlanModel::DayPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DayPlanModel::setPlan(const QList<PlannedRun> &plan, const QDateTime &now,
                           const QString &highlightPresetId)
{
    beginResetModel();
    m_plan = plan;
    m_now = now;
    m_highlight = highlightPresetId;
    endResetModel();
}

int DayPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int DayPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DayPlanModel::when(const QDateTime &at, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime localAt = at.toLocalTime();
    QString time = locale.toString(localAt.time(), QLocale::ShortFormat);
    const qint64 days = now.toLocalTime().date().daysTo(localAt.date());
    if (days == 0)
        return time;
    if (days == 1)
        //: a planned run's start, %1 the time
        return tr("Tomorrow %1").arg(time);
    //: a planned run's start, %1 the weekday, %2 the time
    return tr("%1 %2", "weekday time")
        .arg(locale.dayName(localAt.date().dayOfWeek(), QLocale::ShortFormat), time);
}

QString DayPlanModel::note(const PlannedRun &run, const QDateTime &now)
{
    switch (run.delay) {
    case PlannedRun::Delay::Busy:
        return tr("After the run before it (one export at a time)");
    case PlannedRun::Delay::Quota:
        return tr("Waits for the daily export limit");
    case PlannedRun::Delay::None:
        break;
    }
    if (run.slot < now)
        //: %1 when the missed run was due
        return tr("Missed at %1: runs once now").arg(when(run.slot, now));
    return tr("On time");
}

QVariant DayPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.size())
        return {};
    const PlannedRun &run = m_plan.at(index.row());
    const bool highlighted = !m_highlight.isEmpty() && run.presetId == m_highlight;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn:
            return when(run.expectedStart, m_now);
        case PresetColumn:
            return run.name;
        case NoteColumn:
            return note(run, m_now);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StartColumn)
            return QLocale().toString(run.expectedStart.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::FontRole:
        if (highlighted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PresetIdRole:
        return run.presetId;
    case HighlightedRole:
        return highlighted;
    }
    return {};
}

QVariant DayPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("Starts", "planned run");
    case PresetColumn:
        return tr("Preset");
    case NoteColumn:
        return tr("Note", "planned run");
    }
    return {};
}

} // namespace es
