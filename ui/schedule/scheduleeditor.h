#pragma once

#include <QDialog>
#include <functional>
#include <schedule/scheduleplanner.h>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTableView;
class QTimeEdit;
class QToolButton;

namespace es {

class DayPlanModel;

// Sets when a preset runs by itself: not at all, every N hours, daily at a time, or weekly on
// chosen days at a time. Shows when it first runs and the day's plan of every scheduled preset
// with this one as edited (one export at a time, the 30-per-24-hours limit), and refuses a set
// that cannot fit, saying how many exports it needs. It asks; ScheduleController saves.
class ScheduleEditor : public QDialog
{
    Q_OBJECT

public:
    // What the plan is made of besides the edited schedule.
    struct Planning
    {
        ScheduledPreset preset;        // the edited preset, its schedule as saved
        QList<ScheduledPreset> others; // the other scheduled presets
        QList<QDateTime> spentStarts;  // the account's export starts of the last 24 hours
        int dailyLimit = 30;
    };
    using Clock = std::function<QDateTime()>;

    ScheduleEditor(const Planning &planning, QWidget *parent = nullptr, Clock clock = {});

    // The schedule as the controls say (since: kept for the same rule, else now).
    Schedule schedule() const;
    void setSchedule(const Schedule &schedule);
    // Whether OK is allowed, and why not.
    bool fits() const;
    QString problem() const;

    QComboBox *kindCombo() const { return m_kind; }
    QSpinBox *hoursSpin() const { return m_hours; }
    QTimeEdit *timeEdit() const { return m_time; }
    QToolButton *dayButton(int dayOfWeek) const; // 1 = Monday
    QLabel *nextRunLabel() const { return m_nextRun; }
    QLabel *fitLabel() const { return m_fit; }
    QTableView *planView() const { return m_planView; }
    DayPlanModel *planModel() const { return m_planModel; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void scheduleChosen(const es::Schedule &schedule);

private:
    void update();
    QDateTime now() const;

    Planning m_planning;
    Clock m_clock;
    QComboBox *m_kind;
    QFormLayout *m_form;
    QSpinBox *m_hours;
    QTimeEdit *m_time;
    QButtonGroup *m_days;
    QWidget *m_hoursRow;
    QWidget *m_daysRow;
    QLabel *m_nextRun;
    QLabel *m_fit;
    QTableView *m_planView;
    DayPlanModel *m_planModel;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

} // namespace es
