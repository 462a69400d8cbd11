#pragma once

#include <QByteArray>
#include <QString>

namespace es {

// Writes a whole file so that a reader sees either the old content or the new, never a mix:
// QSaveFile, with the flush checked before commit() because Qt 6.4's QSaveFile does not notice a
// failing final flush (a full disk) and would replace the old file with a truncated one.
//
// On failure returns false and sets `error` to the OS reason ("No space left on device"); the
// caller adds what was being saved and what to do.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

// Why a write failed, read from the OS reason (strerror or QFileDevice::errorString()), so the
// advice fits: a read-only folder is not helped by freeing space. A reason in another language
// (strerror follows the locale) is Unknown, and the advice then names both causes.
enum class WriteFailure
{
    DiskFull,
    NotWritable,
    Unknown
};
WriteFailure classifyWriteFailure(const QString &reason);

// "The disk seems to be full: free some space and try again." or "Check that you may write to
// FOLDER." — advice matching the reason writeFileAtomically() gave.
QString writeAdvice(const QString &path, const QString &reason);

} // namespace es
