// FileNaming::sanitize on any UTF-8 (export names and zip entry names come from elsewhere): the
// result is always one safe path component of bounded length, as filenaming.h promises.

#include "fuzzcommon.h"
#include "transfer/filenaming.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::fuzz::quietQt();
    const QString name = QString::fromUtf8(es::fuzz::bytes(data, size));
    const QString safe = es::FileNaming::sanitize(name);
    if (safe.isEmpty())
        es::fuzz::fail("sanitize returned an empty name");
    if (safe == QStringLiteral(".") || safe == QStringLiteral("..") ||
        safe.startsWith(QLatin1Char('.')))
        es::fuzz::fail("sanitize returned a dot name");
    if (safe.startsWith(QLatin1Char(' ')) || safe.endsWith(QLatin1Char(' ')) ||
        safe.endsWith(QLatin1Char('.')))
        es::fuzz::fail("sanitize kept a leading space or a trailing dot or space");
    for (const QChar c : safe) {
        if (c.unicode() < 0x20 || QStringView(u"<>:\"/\\|?*").contains(c))
            es::fuzz::fail("sanitize kept a separator, control or Windows-reserved character");
    }
    if (safe.toUtf8().size() > es::FileNaming::MaxNameBytes)
        es::fuzz::fail("sanitize returned a name longer than MaxNameBytes");
    return 0;
}
