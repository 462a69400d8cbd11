#pragma once

#include "scheduleeditor.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace es {

class PresetStore;
class QuotaLedger;

// Opens the schedule editor for a preset with what its plan needs (the other scheduled presets,
// the current account's export starts of the last 24 hours) and saves the schedule it gives
// back, after checking again that the whole set fits in the daily limit.
class ScheduleController : public QObject
{
    Q_OBJECT

public:
    using AccountProvider = std::function<QString()>;

    ScheduleController(PresetStore *presets, QuotaLedger *quota, AccountProvider account,
                       int dailyLimit = 30, QObject *parent = nullptr);

    // Tests and the screenshot run fix the clock (local time).
    void setClock(ScheduleEditor::Clock clock) { m_clock = std::move(clock); }

    ScheduleEditor *open(const QString &presetId, QWidget *parent);
    ScheduleEditor *editor() const { return m_editor; }
    // Saves `schedule` on the preset; false (with problem()) when it cannot be.
    bool apply(const QString &presetId, const Schedule &schedule);

Q_SIGNALS:
    void information(const QString &message);
    void problem(const QString &message);

private:
    QDateTime now() const;

    PresetStore *m_presets;
    QuotaLedger *m_quota;
    AccountProvider m_account;
    int m_dailyLimit;
    ScheduleEditor::Clock m_clock;
    QPointer<ScheduleEditor> m_editor;
};

} // namespace es
