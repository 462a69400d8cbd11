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

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("export-studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Export Studio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("exportstudio.github.io"));
}

QString adoptLegacyCliStateDir()
{
    if (!stateOverride().isEmpty() || !qEnvironmentVariableIsEmpty("EXPORT_STUDIO_STATE_DIR"))
        return {};
    const QString shared = stateDir();
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/export-studio/export-studio");
    if (shared == legacy || !QFileInfo(legacy).isDir())
        return {};
    if (QFileInfo::exists(shared))
        return StorageText::tr("Export Studio now keeps the command line's presets, accounts "
                               "and quota with the desktop app's, in %1. The older command-line "
                               "folder %2 was left as it was: copy any presets you still need "
                               "from it, then delete it.")
            .arg(QDir::toNativeSeparators(shared), QDir::toNativeSeparators(legacy));
    QString error;
    if (!ensureDir(QFileInfo(shared).absolutePath(), &error) || !QDir().rename(legacy, shared))
        return StorageText::tr("The command line's state folder %1 could not be moved to %2, "
                               "where the desktop app keeps the same things: move it there "
                               "yourself.")
            .arg(QDir::toNativeSeparators(legacy), QDir::toNativeSeparators(shared));
    return {};
}

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
