#pragma once

#include <QByteArray>
#include <QString>

namespace es {

// The systemd user timer that runs `export-studio-cli run-due` every 15 minutes while the app is
// closed: two unit files in $XDG_CONFIG_HOME/systemd/user/ (~/.config/systemd/user/), and the
// link that enables the timer (what `systemctl --user enable` makes), so the timer starts at the
// next login or `systemctl --user daemon-reload`. The CLI and the Settings dialog both use it.
class SystemdTimer
{
public:
    static constexpr auto ServiceName = "export-studio-run-due.service";
    static constexpr auto TimerName = "export-studio-run-due.timer";

    // An empty folder means defaultUnitDir().
    explicit SystemdTimer(const QString &unitDir = QString());

    static QString defaultUnitDir();
    QString unitDir() const { return m_unitDir; }
    QString servicePath() const;
    QString timerPath() const;

    // The units' text. `cliPath` is the absolute path of export-studio-cli; `stateDir`, when
    // not empty, is passed to it (EXPORT_STUDIO_STATE_DIR).
    static QByteArray serviceUnit(const QString &cliPath, const QString &stateDir = QString());
    static QByteArray timerUnit();

    // export-studio-cli beside the running program (installed side by side), else on PATH.
    // Empty when there is none.
    static QString findCli();

    // Writes both units (each atomically) and enables the timer. On failure `error` says what
    // failed and what to do; a unit that was written is left for remove().
    bool install(const QString &cliPath, const QString &stateDir, QString *error);
    // Removes the units and the enabling link; true when none is left.
    bool remove(QString *error);
    bool isInstalled() const;
    // What to run for the timer to start now rather than at the next login.
    static QString activationHint();

private:
    QString wantsLink() const;
    QString m_unitDir;
};

} // namespace es
