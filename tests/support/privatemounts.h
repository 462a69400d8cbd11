#pragma once

#include <QString>

namespace es::test {

// Gives this process (and the children it starts afterwards) a mount namespace of its own, so a
// test can mount a small or read-only tmpfs as an ordinary user too: as root a plain new mount
// namespace; otherwise a new user namespace in which this user is root (Debian's kernels allow
// that by default). Mounts made there are private and vanish with the process.
//
// Must run while the process has a single thread (an unshared user namespace demands it), so call
// it from a static initialiser, before QTest starts its watchdog thread:
//     static const bool privateMounts = es::test::enterPrivateMountNamespace();
// False when the kernel allows neither; privateMountProblem() then says why.
bool enterPrivateMountNamespace();
bool inPrivateMountNamespace();
QString privateMountProblem();

// Mount calls that work in that namespace as root and as an ordinary user alike (mount(8) asks
// for more than a user namespace allows when it remounts). Each returns empty, or why it failed.
QString mountTmpfs(const QString &path, const QString &size); // size as tmpfs takes it: "8k"
QString resizeTmpfs(const QString &path, const QString &size);
QString setReadOnly(const QString &path, bool readOnly); // this mount only: writes get EROFS
void unmount(const QString &path);

} // namespace es::test
