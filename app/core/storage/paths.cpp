#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace es::Paths {

namespace {

struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(es::Storage)
};

QString &stateOverride()
{
    static QString dir;
    return dir;
}
} // namespace

QString stateDir()
{
    if (!stateOverride().isEmpty())
        return stateOverride();
    const QString fromEnv = qEnvironmentVariable("EXPORT_STUDIO_STATE_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

void setStateDirOverride(const QString &dir)
{
    stateOverride() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString presetsDir()
{
    return stateDir() + QStringLiteral("/presets");
}

QString jobsDir()
{
    return jobsDir(stateDir());
}

QString jobsDir(const QString &stateDir)
{
    return stateDir + QStringLiteral("/jobs");
}

QString quotaFile(const QString &stateDir)
{
    return stateDir + QStringLiteral("/quota.json");
}

QString historyFile(const QString &stateDir)
{
    return stateDir + QStringLiteral("/history.json");
}

QString defaultDownloadDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return dir;
}

bool ensureDir(const QString &dir, QString *error)
{
    if (QFileInfo(dir).isDir())
        return true;
    if (QDir().mkpath(dir))
        return true;
    if (error)
        *error = StorageText::tr("Cannot create the folder %1: check that its parent exists and "
                                 "that you may write there.")
                     .arg(QDir::toNativeSeparators(dir));
    return false;
}

} // namespace es::Paths
