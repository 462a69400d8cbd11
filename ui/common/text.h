#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace es {

enum class JobState;
struct ExportRequest;

// The words the panels share, so a state or a duration reads the same everywhere.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(es::Text)

public:
    static QString state(JobState state);
    // "0:42", "12:05", "1:02:03"
    static QString duration(qint64 ms);
    static QString size(qint64 bytes);
    static QString rate(double bytesPerSecond);
    // Time only for today, date and time otherwise; local time, the user's locale.
    static QString when(const QDateTime &dateTime);
    // "2 minutes ago", "yesterday", else a date.
    static QString relative(const QDateTime &dateTime,
                            const QDateTime &now = QDateTime::currentDateTime());
    // "Contacts"; custom object ids as they are.
    static QString objectName(const QString &objectType);
    // "Contacts · View · CSV"
    static QString requestSummary(const ExportRequest &request);
    // An account as lists and titles show it. The built-in sandbox is marked so it cannot pass
    // for a real portal, unless its name already says "sandbox": in English, in the interface's
    // language, or as the translated default name it got when it was created.
    static QString accountName(const QString &name, bool sandbox);
    // An object name inside a sentence: "contacts" in English, French, Spanish and Portuguese,
    // "Kontakte" in German, where nouns keep their capital. Follows QLocale(), which
    // TranslationLoader sets to the interface language.
    static QString inSentence(const QString &objectName);
    // `text` as rich text for a word-wrapping label, with ids (HubSpot correlation ids, UUIDs,
    // long hex or digit runs) kept on one line: a line break inside an id cuts what people copy
    // into a support ticket in two.
    static QString wrapKeepingIds(const QString &text);
};

} // namespace es
