#include "filenaming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace es::FileNaming {

namespace {

struct NamingText
{
    Q_DECLARE_TR_FUNCTIONS(es::FileNaming)
};

bool isForbiddenChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
        return true;
    // Separators and what Windows refuses; a name must survive a copy to any disk.
    switch (u) {
    case u'/':
    case u'\\':
    case u':':
    case u'*':
    case u'?':
    case u'"':
    case u'<':
    case u'>':
    case u'|':
        return true;
    default:
        break;
    }
    // Unicode line/paragraph separators, bidi overrides, BOM: invisible tricks in a name.
    if (u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) ||
        (u >= 0x2066 && u <= 0x2069) || u == 0xfeff || u == 0x200e || u == 0x200f)
        return true;
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

bool isReservedStem(const QString &name)
{
    // Windows reserves these device names whatever the extension ("nul.csv" is NUL).
    static const QRegularExpression re(QStringLiteral("^(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|"
                                                      "COM[0-9¹²³]|LPT[0-9¹²³])$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const qsizetype dot = name.indexOf(u'.');
    QString stem = dot < 0 ? name : name.left(dot);
    while (stem.endsWith(u' '))
        stem.chop(1);
    return re.match(stem).hasMatch();
}

// Cuts `s` so that its UTF-8 form is at most `maxBytes`, never inside a surrogate pair.
QString truncateUtf8(const QString &s, int maxBytes)
{
    if (s.toUtf8().size() <= maxBytes)
        return s;
    QString out;
    int bytes = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        qsizetype len = 1;
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            len = 2;
        const QString piece = s.mid(i, len);
        const int pieceBytes = int(piece.toUtf8().size());
        if (bytes + pieceBytes > maxBytes)
            break;
        out += piece;
        bytes += pieceBytes;
        i += len - 1;
    }
    return out;
}

QString trimEdges(QString s)
{
    // Leading dots would hide the file (and "..": walk out); trailing dots and spaces are
    // silently dropped by Windows, so two names could collide there.
    qsizetype start = 0;
    while (start < s.size() && (s.at(start) == u'.' || s.at(start).isSpace()))
        ++start;
    s = s.mid(start);
    while (!s.isEmpty() && (s.endsWith(u'.') || s.back().isSpace()))
        s.chop(1);
    return s;
}

QString sanitizeOnce(const QString &name)
{
    QString s;
    s.reserve(name.size());
    for (QChar c : name)
        s += isForbiddenChar(c) ? QChar(u'_') : (c.isSpace() ? QChar(u' ') : c);
    s = trimEdges(s.simplified());
    if (s.isEmpty())
        return s;
    if (isReservedStem(s)) {
        const qsizetype dot = s.indexOf(u'.');
        s = dot < 0 ? QString(s + u'_') : QString(s.left(dot) + u'_' + s.mid(dot));
    }

    if (s.toUtf8().size() > MaxNameBytes) {
        // Keep a short, plain extension; cut the stem.
        const qsizetype dot = s.lastIndexOf(u'.');
        QString ext = dot > 0 ? s.mid(dot) : QString();
        if (ext.size() > 10 || ext.toUtf8().size() != ext.size())
            ext.clear();
        const QString stem = ext.isEmpty() ? s : s.left(dot);
        s = trimEdges(truncateUtf8(stem, MaxNameBytes - int(ext.size()))) + ext;
        s = trimEdges(s);
    }
    return s;
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

QString sanitize(const QString &name, const QString &fallback)
{
    QString s = sanitizeOnce(name);
    if (s.isEmpty() || s.startsWith(u'.'))
        s = sanitizeOnce(fallback);
    if (s.isEmpty())
        s = QStringLiteral("export");
    return s;
}

static QString numbered(const QString &name, int n)
{
    if (n <= 1)
        return name;
    // "report.csv" -> "report (2).csv"; a multi-dot name keeps only its last extension.
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    if (dot <= 0)
        return name + suffix;
    return name.left(dot) + suffix + name.mid(dot);
}

QString uniquePath(const QString &dir, const QString &name)
{
    const QString clean = sanitize(name);
    const QDir d(dir);
    for (int n = 1;; ++n) {
        QString candidate = d.absoluteFilePath(numbered(clean, n));
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
}

bool renameNoReplace(const QString &src, const QString &dst, QString *error, bool *alreadyExists)
{
    if (alreadyExists)
        *alreadyExists = false;
    const QByteArray s = QFile::encodeName(src);
    const QByteArray d = QFile::encodeName(dst);
    // QFile::rename() is not used on purpose: it checks exists() first and may fall back to a
    // copy, and whether the final step can replace a target depends on the Qt build. This is
    // the guarantee spelled out: the kernel refuses if dst exists, atomically.
    if (::renameat2(AT_FDCWD, s.constData(), AT_FDCWD, d.constData(), RENAME_NOREPLACE) == 0)
        return true;
    int err = errno;
    if (err == EINVAL || err == ENOSYS || err == ENOTSUP) {
        // File system without RENAME_NOREPLACE (some network/FUSE mounts): link() is just as
        // exclusive, then drop the old name.
        if (::link(s.constData(), d.constData()) == 0) {
            ::unlink(s.constData());
            return true;
        }
        err = errno;
    }
    if (err == EEXIST && alreadyExists)
        *alreadyExists = true;
    if (error)
        *error =
            NamingText::tr("Cannot move %1 to %2: %3")
                .arg(QDir::toNativeSeparators(src), QDir::toNativeSeparators(dst), errnoText(err));
    return false;
}

QString moveNoOverwrite(const QString &src, const QString &dir, const QString &name, QString *error)
{
    const QString clean = sanitize(name);
    const QDir d(dir);
    // Bounded so a folder full of "name (N)" cannot make this spin forever.
    for (int n = 1; n <= 10000; ++n) {
        QString candidate = d.absoluteFilePath(numbered(clean, n));
        bool exists = false;
        QString err;
        if (renameNoReplace(src, candidate, &err, &exists))
            return candidate;
        if (!exists) {
            if (error)
                *error = err;
            return {};
        }
    }
    if (error)
        *error = NamingText::tr("The folder %1 already holds 10000 files named like %2: choose "
                                "another folder.")
                     .arg(QDir::toNativeSeparators(dir), clean);
    return {};
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace es::FileNaming
