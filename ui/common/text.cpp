#include "text.h"

#include <QLocale>
#include <QRegularExpression>
#include <model/exportrequest.h>
#include <model/objecttype.h>
#include <transfer/jobinfo.h>

namespace es {

QString Text::state(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Queued");
    case JobState::Starting:
        return tr("Starting");
    case JobState::Pending:
        return tr("Waiting at HubSpot");
    case JobState::Processing:
        return tr("Processing");
    case JobState::Downloading:
        return tr("Downloading");
    case JobState::Unpacking:
        return tr("Unpacking");
    case JobState::Done:
        return tr("Done");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Canceled:
        return tr("Canceled");
    }
    return {};
}

QString Text::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 total = ms / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    const QLatin1Char zero('0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, zero)
            .arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

QString Text::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString Text::rate(double bytesPerSecond)
{
    //: download speed, %1 is a size such as "2.1 MB"
    return tr("%1/s").arg(size(qint64(bytesPerSecond)));
}

QString Text::when(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QStringLiteral("—");
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString Text::relative(const QDateTime &dateTime, const QDateTime &now)
{
    if (!dateTime.isValid())
        return tr("never");
    const qint64 seconds = dateTime.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return seconds < 120 ? tr("1 minute ago") : tr("%1 minutes ago").arg(seconds / 60);
    const QDate day = dateTime.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return tr("today %1")
            .arg(QLocale().toString(dateTime.toLocalTime().time(), QLocale::ShortFormat));
    if (day.daysTo(today) == 1)
        return tr("yesterday");
    if (day.daysTo(today) < 7)
        return tr("%1 days ago").arg(day.daysTo(today));
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString Text::accountName(const QString &name, bool sandbox)
{
    if (!sandbox)
        return name;
    const QString words[] = {
        QStringLiteral("sandbox"),
        //: The word a name contains when it already names the built-in sandbox (lower case).
        tr("sandbox"),
        QCoreApplication::translate("es::AppContext", "Sandbox"),
    };
    for (const QString &word : words) {
        if (!word.isEmpty() && name.contains(word, Qt::CaseInsensitive))
            return name;
    }
    return tr("%1 (sandbox)").arg(name);
}

QString Text::inSentence(const QString &objectName)
{
    if (QLocale().language() == QLocale::German)
        return objectName;
    return QLocale().toLower(objectName);
}

QString Text::objectName(const QString &objectType)
{
    if (objectType.isEmpty())
        return QStringLiteral("—");
    const QString canonical = ObjectTypes::canonicalName(objectType);
    if (canonical == QLatin1String("CONTACT"))
        return tr("Contacts");
    if (canonical == QLatin1String("COMPANY"))
        return tr("Companies");
    if (canonical == QLatin1String("DEAL"))
        return tr("Deals");
    if (canonical == QLatin1String("TICKET"))
        return tr("Tickets");
    return ObjectTypes::pluralLabel(objectType);
}

QString Text::requestSummary(const ExportRequest &request)
{
    const QString type = request.exportType == ExportType::List ? tr("List") : tr("View");
    //: An export in short: %1 the object type ("Contacts"), %2 "List" or "View", %3 the file format
    //: (CSV, XLSX, XLS)
    return tr("%1 · %2 · %3").arg(objectName(request.objectType), type, toWire(request.format));
}

QString Text::wrapKeepingIds(const QString &text)
{
    // Hyphenated groups (UUIDs, correlation ids) and long hex runs: Qt breaks lines after a
    // hyphen, and its "white-space: nowrap" holds only for a whole block, not for a span. So an
    // id (with what sticks to it, such as a closing parenthesis) gets a block of its own: it
    // starts a line when the text is longer than one, and is never cut.
    static const QRegularExpression id(
        QStringLiteral("[0-9A-Za-z]+(?:-[0-9A-Za-z]+){2,}\\S*|[0-9a-fA-F]{16,}\\S*"));
    QString html;
    qsizetype from = 0;
    for (auto it = id.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(from, match.capturedStart() - from).toHtmlEscaped();
        html += QStringLiteral("<div style=\"white-space:nowrap\">%1</div>")
                    .arg(match.captured().toHtmlEscaped());
        from = match.capturedEnd();
    }
    html += text.mid(from).toHtmlEscaped();
    return html;
}

} // namespace es
