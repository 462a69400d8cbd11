#include "privatemounts.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace es::test {
namespace {

// Plain values (constant-initialised): the function runs from other files' static initialisers.
bool g_entered = false;
const char *g_failedStep = "enterPrivateMountNamespace() was not called";
int g_errno = 0;

bool writeProcFile(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

bool failed(const char *step)
{
    g_failedStep = step;
    g_errno = errno;
    return false;
}

} // namespace

bool enterPrivateMountNamespace()
{
    if (g_entered)
        return true;
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWNS) != 0) {
        // Not allowed to mount here: become root in a user namespace of our own.
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return failed("this kernel allows no user namespace (unshare)");
        if (!writeProcFile("/proc/self/setgroups", "deny") ||
            !writeProcFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1") ||
            !writeProcFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1"))
            return failed("cannot map the user into its namespace");
    }
    // Nothing mounted here may show up outside (systemd makes / shared by default).
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return failed("cannot make the mounts private");
    g_entered = true;
    return true;
}

bool inPrivateMountNamespace()
{
    return g_entered;
}

static QString result(int rc)
{
    return rc == 0 ? QString() : QString::fromLocal8Bit(std::strerror(errno));
}

QString mountTmpfs(const QString &path, const QString &size)
{
    return result(::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0,
                          QByteArray("size=" + size.toLatin1()).constData()));
}

QString resizeTmpfs(const QString &path, const QString &size)
{
    return result(::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", MS_REMOUNT,
                          QByteArray("size=" + size.toLatin1()).constData()));
}

QString setReadOnly(const QString &path, bool readOnly)
{
    return result(::mount(nullptr, QFile::encodeName(path).constData(), nullptr,
                          MS_REMOUNT | MS_BIND | (readOnly ? MS_RDONLY : 0), nullptr));
}

void unmount(const QString &path)
{
    ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
}

QString privateMountProblem()
{
    if (g_entered)
        return {};
    return QStringLiteral("%1: %2").arg(QLatin1String(g_failedStep),
                                        QString::fromLocal8Bit(std::strerror(g_errno)));
}

} // namespace es::test
