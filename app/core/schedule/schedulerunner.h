#pragma once

#include "model/validation.h"
#include "transfer/jobinfo.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace es {

class Engine;
class PresetStore;

// Runs scheduled presets while the app is open: wakes at the next run the planner gives (and at
// least every CheckIntervalMs, because a long timer does not count the time the machine slept),
// and hands each due preset to the engine once (VaultManager::runPreset: history presets keep
// their runs). The run is recorded on the preset before it starts, so a slot missed while the
// machine was off runs once, not once per missed slot, and `run-due` does not repeat it. A
// preset whose earlier run still waits in the queue is not queued again: the queue keeps one
// export at a time per account and the daily limit, and the runner adds no second copy.
class ScheduleRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 60 * 1000;

    using Clock = std::function<QDateTime()>;
    using AccountProvider = std::function<QString()>;
    using OptionsProvider = std::function<ExportOptions()>;
    using LimitsProvider = std::function<ValidationLimits()>;

    ScheduleRunner(PresetStore *presets, Engine *engine, QObject *parent = nullptr);

    // The account scheduled presets run on ("" = none: nothing runs, runSkipped() says why).
    void setAccountProvider(AccountProvider provider) { m_account = std::move(provider); }
    // The download options and filter limits of each run (default: ExportOptions{}, the
    // default limits).
    void setOptionsProvider(OptionsProvider provider) { m_options = std::move(provider); }
    void setLimitsProvider(LimitsProvider provider) { m_limits = std::move(provider); }
    // Local time source (tests use a fixed or shifted one).
    void setClock(Clock clock);
    QDateTime now() const;

    // Checks at once (from the event loop), then keeps checking at each next run.
    void start();
    void stop();
    bool isActive() const { return m_active; }

    // Starts what is due now; returns the ids of the presets it handed to the engine.
    QStringList check();
    // When the timer fires next (invalid while stopped).
    QDateTime nextCheck() const { return m_nextCheck; }
    // The earliest next run of any scheduled preset that is not waiting (invalid: none).
    QDateTime nextRun() const;

Q_SIGNALS:
    // A scheduled run is in the queue as `jobId`; `notes` are the engine's decisions (full run
    // and why, ...), for people.
    void runStarted(const QString &presetId, const QString &jobId, const QStringList &notes);
    // A due preset could not run (no account, a request that does not validate, a preset file
    // that cannot be written); said once per preset and reason, not at every check.
    void runSkipped(const QString &presetId, const QString &reason);

private:
    void arm();
    bool waitsInQueue(const QString &presetId) const;
    void skip(const QString &presetId, const QString &reason);

    PresetStore *m_presets;
    Engine *m_engine;
    AccountProvider m_account;
    OptionsProvider m_options;
    LimitsProvider m_limits;
    Clock m_clock;
    QTimer m_timer;
    QDateTime m_nextCheck;
    bool m_active = false;
    QSet<QString> m_starting;             // handed to the engine, not yet queued
    QSet<QString> m_blocked;              // due at the last check but could not start
    QHash<QString, QString> m_lastReason; // per preset: what runSkipped() said last
};

} // namespace es
