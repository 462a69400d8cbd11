#include "systemdtimer.h"

#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace es {

namespace {

struct TimerText
{
    Q_DECLARE_TR_FUNCTIONS(es::SystemdTimer)
};

// One word of ExecStart= or Environment=, quoted for systemd: `\` and `"` escaped, `%` doubled
// (specifiers), and in ExecStart= `$` doubled too (variables), so a path holding them stays as
// it is.
QString quoted(QString word, bool exec)
{
    word.replace(u'\\', QStringLiteral("\\\\"));
    word.replace(u'"', QStringLiteral("\\\""));
    word.replace(u'%', QStringLiteral("%%"));
    if (exec)
        word.replace(u'$', QStringLiteral("$$"));
    return u'"' + word + u'"';
}

} // namespace

SystemdTimer::SystemdTimer(const QString &unitDir)
    : m_unitDir(unitDir.isEmpty() ? defaultUnitDir() : unitDir)
{}

QString SystemdTimer::defaultUnitDir()
{
    // systemd reads $XDG_CONFIG_HOME/systemd/user, falling back to ~/.config like XDG says.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::home().filePath(QStringLiteral(".config"));
    return QDir(config).filePath(QStringLiteral("systemd/user"));
}

QString SystemdTimer::servicePath() const
{
    return QDir(m_unitDir).filePath(QString::fromLatin1(ServiceName));
}

QString SystemdTimer::timerPath() const
{
    return QDir(m_unitDir).filePath(QString::fromLatin1(TimerName));
}

QString SystemdTimer::wantsLink() const
{
    return QDir(m_unitDir).filePath(QStringLiteral("timers.target.wants/") +
                                    QString::fromLatin1(TimerName));
}

QByteArray SystemdTimer::serviceUnit(const QString &cliPath, const QString &stateDir)
{
    QString text = QStringLiteral("# Written by Export Studio (Settings, or `export-studio-cli "
                                  "schedule install-timer`).\n"
                                  "[Unit]\n"
                                  "Description=Export Studio: run the scheduled HubSpot exports "
                                  "that are due\n"
                                  "\n"
                                  "[Service]\n"
                                  "Type=oneshot\n");
    if (!stateDir.isEmpty())
        text += QStringLiteral("Environment=") +
                quoted(QStringLiteral("EXPORT_STUDIO_STATE_DIR=") + stateDir, false) + u'\n';
    text += QStringLiteral("ExecStart=") + quoted(cliPath, true) + QStringLiteral(" run-due\n");
    return text.toUtf8();
}

QByteArray SystemdTimer::timerUnit()
{
    return QByteArrayLiteral("# Written by Export Studio (Settings, or `export-studio-cli "
                             "schedule install-timer`).\n"
                             "[Unit]\n"
                             "Description=Export Studio: run the due scheduled exports every 15 "
                             "minutes\n"
                             "\n"
                             "[Timer]\n"
                             "OnCalendar=*:0/15\n"
                             // A slot missed while the machine was off runs at the next boot.
                             "Persistent=true\n"
                             "Unit=export-studio-run-due.service\n"
                             "\n"
                             "[Install]\n"
                             "WantedBy=timers.target\n");
}

QString SystemdTimer::findCli()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("export-studio-cli"));
    if (QFileInfo(beside).isExecutable())
        return QFileInfo(beside).absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("export-studio-cli"));
}

bool SystemdTimer::install(const QString &cliPath, const QString &stateDir, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (cliPath.isEmpty() || !QDir::isAbsolutePath(cliPath) || !QFileInfo(cliPath).isExecutable())
        return fail(TimerText::tr("export-studio-cli was not found next to Export Studio or on "
                                  "the PATH (“%1”). Install the export-studio package, then try "
                                  "again.")
                        .arg(cliPath));
    if (!QDir().mkpath(QDir(m_unitDir).filePath(QStringLiteral("timers.target.wants"))))
        return fail(TimerText::tr("Could not create the folder %1. Check that you may write to "
                                  "it.")
                        .arg(m_unitDir));
    QString reason;
    if (!writeFileAtomically(servicePath(), serviceUnit(cliPath, stateDir), &reason))
        return fail(TimerText::tr("Could not write %1: %2. %3")
                        .arg(servicePath(), reason, writeAdvice(servicePath(), reason)));
    if (!writeFileAtomically(timerPath(), timerUnit(), &reason))
        return fail(TimerText::tr("Could not write %1: %2. %3")
                        .arg(timerPath(), reason, writeAdvice(timerPath(), reason)));
    // What `systemctl --user enable` does, without needing a running user manager.
    const QString link = wantsLink();
    if (QFileInfo(link).isSymLink() || QFileInfo::exists(link))
        QFile::remove(link);
    if (!QFile::link(timerPath(), link))
        return fail(TimerText::tr("Could not enable the timer (link %1). Run `systemctl --user "
                                  "enable %2` instead.")
                        .arg(link, QString::fromLatin1(TimerName)));
    return true;
}

bool SystemdTimer::remove(QString *error)
{
    QStringList left;
    for (const QString &path : {wantsLink(), timerPath(), servicePath()}) {
        const QFileInfo info(path);
        if ((info.exists() || info.isSymLink()) && !QFile::remove(path))
            left.append(path);
    }
    if (!left.isEmpty() && error)
        *error = TimerText::tr("Could not remove %1. Check that you may write to %2.")
                     .arg(left.join(QStringLiteral(", ")), m_unitDir);
    return left.isEmpty();
}

bool SystemdTimer::isInstalled() const
{
    return QFileInfo::exists(timerPath()) && QFileInfo::exists(servicePath());
}

QString SystemdTimer::activationHint()
{
    return TimerText::tr("The timer starts at your next login; to start it now, run "
                         "`systemctl --user daemon-reload && systemctl --user start %1`.")
        .arg(QString::fromLatin1(TimerName));
}

} // namespace es
