#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <schedule/scheduleplanner.h>

namespace es {

// The day's plan of the scheduled presets as a table: when each run is expected to start, the
// preset, and why it waits when it does (the run before it, the daily export limit) or that it
// makes up a missed slot. The rows of one preset (the one being edited) are emphasised.
class DayPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartColumn,
        PresetColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        PresetIdRole = Qt::UserRole + 1,
        HighlightedRole, // bool: a run of the emphasised preset
    };

    explicit DayPlanModel(QObject *parent = nullptr);

    // `now` decides "today"/"tomorrow" and which slots were missed.
    void setPlan(const QList<PlannedRun> &plan, const QDateTime &now,
                 const QString &highlightPresetId = {});
    QList<PlannedRun> plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "07:30", "Tomorrow 07:30" or "Wed 07:30", relative to `now`.
    static QString when(const QDateTime &at, const QDateTime &now);
    static QString note(const PlannedRun &run, const QDateTime &now);

private:
    QList<PlannedRun> m_plan;
    QDateTime m_now;
    QString m_highlight;
};

} // namespace es
