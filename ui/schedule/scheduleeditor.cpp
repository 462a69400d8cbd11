#include "scheduleeditor.h"

#include "dayplanmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

namespace {

constexpr int planHorizonHours = 24;

} // namespace

ScheduleEditor::ScheduleEditor(const Planning &planning, QWidget *parent, Clock clock)
    : QDialog(parent)
    , m_planning(planning)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
    , m_kind(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_hours(new QSpinBox(this))
    , m_time(new QTimeEdit(this))
    , m_days(new QButtonGroup(this))
    , m_hoursRow(new QWidget(this))
    , m_daysRow(new QWidget(this))
    , m_nextRun(new QLabel(this))
    , m_fit(new QLabel(this))
    , m_planView(new QTableView(this))
    , m_planModel(new DayPlanModel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    //: %1 the preset's name
    setWindowTitle(tr("Schedule “%1”").arg(planning.preset.name));
    setObjectName(QStringLiteral("scheduleEditor"));

    m_kind->setObjectName(QStringLiteral("scheduleKind"));
    m_kind->addItem(tr("Only when started", "schedule kind"), int(Schedule::Kind::None));
    m_kind->addItem(tr("Every few hours", "schedule kind"), int(Schedule::Kind::EveryHours));
    m_kind->addItem(tr("Daily", "schedule kind"), int(Schedule::Kind::Daily));
    m_kind->addItem(tr("Weekly", "schedule kind"), int(Schedule::Kind::Weekly));
    m_kind->setAccessibleName(tr("Runs"));

    m_hours->setObjectName(QStringLiteral("scheduleHours"));
    m_hours->setRange(1, Schedule::MaxHours);
    m_hours->setValue(6);
    m_hours->setAccessibleName(tr("Hours between runs"));
    auto *hoursLayout = new QHBoxLayout(m_hoursRow);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    hoursLayout->addWidget(m_hours);
    hoursLayout->addWidget(new QLabel(tr("hours", "every N hours"), m_hoursRow), 1);

    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(7, 0));
    m_time->setAccessibleName(tr("Time of day"));

    // Seven toggles in the locale's week order, named by the locale's short day names.
    auto *daysLayout = new QHBoxLayout(m_daysRow);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    daysLayout->setSpacing(2);
    m_days->setExclusive(false);
    const QLocale locale;
    const int first = int(locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i) {
        const int day = (first - 1 + i) % 7 + 1;
        auto *button = new QToolButton(m_daysRow);
        button->setCheckable(true);
        button->setText(locale.dayName(day, QLocale::ShortFormat));
        button->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        button->setObjectName(QStringLiteral("scheduleDay%1").arg(day));
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
        m_days->addButton(button, day);
        daysLayout->addWidget(button);
    }
    daysLayout->addStretch(1);

    m_form->addRow(tr("&Runs:"), m_kind);
    m_form->addRow(tr("&Every:"), m_hoursRow);
    m_form->addRow(tr("On:", "weekdays"), m_daysRow);
    m_form->addRow(tr("&At:", "time of day"), m_time);
    static_cast<QLabel *>(m_form->labelForField(m_hoursRow))->setBuddy(m_hours);
    m_nextRun->setObjectName(QStringLiteral("scheduleNextRun"));
    m_nextRun->setWordWrap(true);

    auto *planBox = new QGroupBox(tr("The next 24 hours"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    m_fit->setObjectName(QStringLiteral("scheduleFit"));
    m_fit->setWordWrap(true);
    m_planView->setObjectName(QStringLiteral("schedulePlan"));
    m_planView->setModel(m_planModel);
    m_planView->setSelectionMode(QAbstractItemView::NoSelection);
    m_planView->setTabKeyNavigation(false);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->verticalHeader()->hide();
    m_planView->horizontalHeader()->setSectionResizeMode(DayPlanModel::StartColumn,
                                                         QHeaderView::ResizeToContents);
    m_planView->horizontalHeader()->setSectionResizeMode(DayPlanModel::PresetColumn,
                                                         QHeaderView::ResizeToContents);
    m_planView->horizontalHeader()->setStretchLastSection(true);
    m_planView->setAccessibleName(tr("Planned runs of all scheduled presets"));
    planLayout->addWidget(m_fit);
    planLayout->addWidget(m_planView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_nextRun);
    layout->addWidget(planBox, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!fits())
            return;
        Q_EMIT scheduleChosen(schedule());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleEditor::update);
    connect(m_hours, &QSpinBox::valueChanged, this, &ScheduleEditor::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleEditor::update);
    connect(m_days, &QButtonGroup::idToggled, this, &ScheduleEditor::update);

    setSchedule(planning.preset.schedule);
    resize(620, 520);
}

QDateTime ScheduleEditor::now() const
{
    return m_clock();
}

QToolButton *ScheduleEditor::dayButton(int dayOfWeek) const
{
    return qobject_cast<QToolButton *>(m_days->button(dayOfWeek));
}

void ScheduleEditor::setSchedule(const Schedule &schedule)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockHours(m_hours);
    const QSignalBlocker blockTime(m_time);
    const QSignalBlocker blockDays(m_days);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(schedule.kind))));
    if (schedule.kind == Schedule::Kind::EveryHours)
        m_hours->setValue(schedule.hours);
    if (schedule.at.isValid())
        m_time->setTime(schedule.at);
    for (int day = 1; day <= 7; ++day)
        m_days->button(day)->setChecked(schedule.days.contains(day));
    update();
}

Schedule ScheduleEditor::schedule() const
{
    Schedule s;
    switch (Schedule::Kind(m_kind->currentData().toInt())) {
    case Schedule::Kind::None:
        return {};
    case Schedule::Kind::EveryHours:
        s = Schedule::everyHours(m_hours->value());
        break;
    case Schedule::Kind::Daily:
        s = Schedule::daily(m_time->time());
        break;
    case Schedule::Kind::Weekly: {
        QList<int> days;
        for (int day = 1; day <= 7; ++day) {
            if (m_days->button(day)->isChecked())
                days.append(day);
        }
        s = Schedule::weekly(days, m_time->time());
        break;
    }
    }
    // The same rule keeps counting from when it was set; a new one counts from now (its
    // first run is its next slot, not at once).
    const Schedule &saved = m_planning.preset.schedule;
    s.since = saved.sameRule(s) && saved.since.isValid() ? saved.since : now().toUTC();
    return s;
}

bool ScheduleEditor::fits() const
{
    return m_problem.isEmpty();
}

QString ScheduleEditor::problem() const
{
    return m_problem;
}

void ScheduleEditor::update()
{
    const auto kind = Schedule::Kind(m_kind->currentData().toInt());
    m_form->setRowVisible(m_hoursRow, kind == Schedule::Kind::EveryHours);
    m_form->setRowVisible(m_daysRow, kind == Schedule::Kind::Weekly);
    m_form->setRowVisible(m_time, kind == Schedule::Kind::Daily || kind == Schedule::Kind::Weekly);
    // Hidden rows give their height back to the plan at once.
    m_form->invalidate();
    if (layout())
        layout()->invalidate();

    const QDateTime at = now();
    const Schedule edited = schedule();
    ScheduledPreset self = m_planning.preset;
    self.schedule = edited;
    QList<ScheduledPreset> all = m_planning.others;
    if (edited.isSet())
        all.append(self);

    m_problem.clear();
    const SchedulePlanner::Fit fit = SchedulePlanner::fit(all, m_planning.dailyLimit);
    if (kind == Schedule::Kind::Weekly && edited.days.isEmpty())
        m_problem = tr("Choose at least one day.");
    else if (!fit.fits())
        m_problem = fit.message() + QLatin1Char(' ') +
                    tr("Run this preset less often, or take another preset's schedule off.");

    // When it runs next, in words.
    if (!edited.isSet()) {
        m_nextRun->setText(tr("Runs only when you start it."));
    } else if (edited.days.isEmpty() && kind == Schedule::Kind::Weekly) {
        m_nextRun->clear();
    } else {
        const QDateTime next = edited.nextRun(self.lastRun, at);
        const QString whenText = next <= at ? tr("now") : DayPlanModel::when(next, at);
        m_nextRun->setText(self.lastRun.isValid()
                               //: %1 "07:30", "Tomorrow 07:30" or "Wed 07:30"
                               ? tr("Next run: %1.").arg(whenText)
                               //: %1 "07:30", "Tomorrow 07:30" or "Wed 07:30"
                               : tr("First run: %1 (a new schedule waits for its first time, "
                                    "it does not run at once).")
                                     .arg(whenText));
    }

    SchedulePlanner::Options options;
    options.dailyLimit = m_planning.dailyLimit;
    options.horizonHours = planHorizonHours;
    const QList<PlannedRun> plan =
        SchedulePlanner::dayPlan(all, m_planning.spentStarts, at, options);
    m_planModel->setPlan(plan, at, self.presetId);
    // A problem in the problem colour the Settings dialog uses (and in words: never colour
    // alone).
    QPalette fitPalette = palette();
    if (!m_problem.isEmpty())
        fitPalette.setColor(QPalette::WindowText, QColor(0xC0, 0x50, 0x40));
    m_fit->setPalette(fitPalette);
    if (!m_problem.isEmpty()) {
        m_fit->setText(m_problem);
    } else {
        //: %1 exports the schedules need a day at most, %2 the daily limit (30)
        m_fit->setText(tr("The scheduled presets need %1 of the %2 exports HubSpot allows a day. "
                          "%n run(s) in the next 24 hours:",
                          nullptr, int(plan.size()))
                           .arg(fit.needed)
                           .arg(fit.allowed));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(fits());
}

} // namespace es
